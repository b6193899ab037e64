package org.unionbot.knowledge.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.notice.Items;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.Numerals;
import org.unionbot.knowledge.notice.Section;
import org.unionbot.knowledge.quiz.QuizItems.At;

/**
 * Items from the outline of a counted section, whose items are its sub-headings or its paragraphs'
 * topic sentences ({@link Items#of}): "「四个步骤“学深悟透”」中的第二步是？" and "下列哪一项不属于「…」？".
 */
final class QuizOutline {

  private static final Pattern COUNTED =
      Pattern.compile("([一二三四五六七八九十两]{1,2}|\\d{1,2})(个|项|条|点|种|步|类|大)?");

  private QuizOutline() {}

  /** One ordinal item per listed item, and one "which is not one of them". */
  static void items(QuizItems g, QuizPools pools, Notice n, Section s) {
    List<String> listed = Items.of(n, s);
    if (s.count().isEmpty() || listed.size() != s.count().getAsInt() || listed.size() < 3) {
      return;
    }
    List<String> shown = display(listed);
    String title = s.title();
    String label = label(title);
    At at = new At(n.id(), title, title, "");
    for (int k = 1; k <= shown.size(); k++) {
      String answer = shown.get(k - 1);
      String ask = "「" + title + "」中的第" + Numerals.chinese(k) + label + "是";
      List<String> others = new ArrayList<>(shown);
      others.remove(answer);
      List<List<String>> tiers =
          List.of(
              others,
              List.copyOf(pools.outlineItems),
              List.copyOf(pools.topics),
              List.copyOf(pools.clauses));
      List<String> forms = QuizForms.textForms(answer);
      g.ask(
          at,
          -k,
          () ->
              answer.length() <= QuizGenerator.BLANK_MAX
                  ? g.blank(at, ask + QuizItem.BLANK + "。", answer, forms)
                  : null,
          () -> g.choice(at, ask + "？", answer, forms, tiers));
    }
    long seed = QuizForms.seed(QuizForms.id(n.id(), title, "outline"));
    int first = (int) Long.remainderUnsigned(seed, shown.size());
    List<String> members = new ArrayList<>();
    for (int k = 0; k < QuizItems.DISTRACTORS; k++) {
      members.add(shown.get((first + k) % shown.size()));
    }
    List<List<String>> outsiders =
        List.of(
            List.copyOf(pools.outlineItems),
            List.copyOf(pools.topics),
            List.copyOf(pools.clauses),
            List.copyOf(pools.members));
    g.add(g.notOneOf(at, "下列哪一项不属于「" + title + "」？", members, outsiders, seed));
  }

  /** Longest average item shown whole; longer "X是Y" items are shown as their subjects X. */
  private static final int LONG = 16;

  /**
   * The items without the words they all start with (深刻领会…), when that leaves enough; items that
   * are long statements "X是Y" become X.
   */
  static List<String> display(List<String> items) {
    List<String> shown = withoutPrefix(items);
    double average = shown.stream().mapToInt(String::length).average().orElse(0);
    if (average <= LONG) {
      return shown;
    }
    List<String> subjects = new ArrayList<>();
    for (String s : shown) {
      int is = s.lastIndexOf('是');
      if (is < 4) {
        return shown;
      }
      subjects.add(s.substring(0, is));
    }
    return subjects;
  }

  private static List<String> withoutPrefix(List<String> items) {
    if (items.size() < 2) {
      return items;
    }
    int n = Items.commonPrefix(items).length();
    if (n < 2) {
      return items;
    }
    List<String> out = new ArrayList<>();
    for (String s : items) {
      if (s.length() - n < 2) {
        return items;
      }
      out.add(s.substring(n));
    }
    return out;
  }

  /** How the heading counts its items: 四个步骤 → 步, 五个方面 → 个方面, 三个阶段 → 个阶段, 三项重点任务 → 项. */
  static String label(String title) {
    Matcher m = COUNTED.matcher(title);
    if (!m.find() || m.group(2) == null) {
      return "项";
    }
    String classifier = m.group(2);
    String after = title.substring(m.end());
    if (after.startsWith("步骤") || classifier.equals("步")) {
      return "步";
    }
    if (classifier.equals("个") && after.length() >= 2 && Character.isIdeographic(after.charAt(1))) {
      return "个" + after.substring(0, 2);
    }
    return classifier.equals("大") ? "项" : classifier;
  }
}
