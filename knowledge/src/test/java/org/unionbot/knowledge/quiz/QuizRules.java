package org.unionbot.knowledge.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.notice.Items;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.Numerals;
import org.unionbot.knowledge.notice.Paragraph;
import org.unionbot.knowledge.notice.Section;

/**
 * The quiz rules of issue 4, checked independently of {@link QuizValidator}: a test oracle that
 * lists what is wrong with an item (empty when it is valid) and with a bank as a whole.
 */
final class QuizRules {

  private static final Pattern CATCH_ALL = Pattern.compile("以上|都是|都不是|都对|都不对|全部");
  private static final Pattern COUNT =
      Pattern.compile(
          "^(\\d{1,4}|[一二三四五六七八九十两]{1,3})(余|多)?"
              + "(([个项条种类点步名位次家册本场处批届户副张台辆所件份篇年天周元人]|分钟|小时|万元)\\p{IsHan}{0,4})?$");
  private static final Pattern DATE = Pattern.compile("^(\\d{4}年)?\\d{1,2}月\\d{1,2}[日号]$");
  private static final Pattern ORDINAL = Pattern.compile("第([一二三四五六七八九十]{1,3})(步|项|个)");

  private QuizRules() {}

  /** What breaks the rules in the bank: each item's problems, then duplicates. */
  static List<String> violations(List<QuizItem> bank, List<Notice> notices) {
    List<String> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Set<String> prompts = new HashSet<>();
    Set<String> facts = new HashSet<>();
    for (QuizItem item : bank) {
      Notice n = notices.stream().filter(x -> x.id().equals(item.doc())).findFirst().orElse(null);
      if (n == null) {
        out.add(item.id() + ": unknown doc");
        continue;
      }
      violations(item, n).forEach(v -> out.add(item.id() + " " + item.prompt() + ": " + v));
      if (!ids.add(item.id())) {
        out.add(item.id() + ": duplicate id");
      }
      if (!prompts.add(item.prompt())) {
        out.add(item.id() + ": duplicate prompt " + item.prompt());
      }
      if (!facts.add(item.doc() + "|" + item.source() + "|" + item.answer())) {
        out.add(item.id() + ": same answer from the same source");
      }
    }
    return out;
  }

  /** What breaks the rules in one item. */
  static List<String> violations(QuizItem item, Notice n) {
    List<String> out = new ArrayList<>();
    if (item.answer().isBlank() || item.source().isBlank() || item.prompt().isBlank()) {
      out.add("blank field");
    }
    if (!item.section().equals("导语")
        && n.sections().stream().noneMatch(s -> s.title().equals(item.section()))) {
      out.add("no such section " + item.section());
    }
    if (!sourcesOf(n).contains(item.source())) {
      out.add("source not in the notice as written: " + item.source());
    }
    int blanks = item.prompt().split("（____）", -1).length - 1;
    if (item.type() == QuizItem.Type.BLANK) {
      if (blanks != 1 || !item.options().isEmpty()) {
        out.add("a blank needs one （____） and no options");
      }
    } else {
      if (item.options().size() != 4 || new HashSet<>(item.options()).size() != 4) {
        out.add("a choice needs 4 distinct options: " + item.options());
      }
      if (item.correctIndex() < 0) {
        out.add("answer not among the options");
      }
    }
    String shown = item.prompt().replace("（____）", "|");
    boolean number = item.answer().chars().allMatch(Character::isDigit);
    if (item.answer().length() >= 2
        && (number
            ? Pattern.compile("(?<!\\d)" + item.answer() + "(?!\\d)").matcher(shown).find()
            : shown.contains(item.answer()))) {
      out.add("prompt gives the answer away");
    }
    List<String> listed = itemsOf(n, item.source());
    boolean negative = item.prompt().contains("不属于");
    int k = ordinal(item.prompt());
    boolean answerRight =
        k > 0 && listed != null
            ? k <= listed.size() && has(listed.get(k - 1), item.answer())
            : has(item.source(), item.answer()) || listed != null && in(listed, item.answer());
    if (negative == answerRight) {
      out.add(negative ? "the odd one out is in the list" : "answer not in the source");
    }
    for (String o : item.options()) {
      if (CATCH_ALL.matcher(o).find()) {
        out.add("catch-all option " + o);
      }
      if (o.equals(item.answer())) {
        continue;
      }
      boolean inList = has(item.source(), o) || listed != null && in(listed, o);
      boolean right =
          k > 0 && listed != null ? k <= listed.size() && has(listed.get(k - 1), o) : inList;
      if (negative ? !inList : right) {
        out.add("two right options: " + o);
      }
      if (kind(o) != kind(item.answer())) {
        out.add("distractor of another kind: " + o);
      }
      int a = item.answer().length();
      if (Math.abs(o.length() - a) > Math.max(3, a / 2)) {
        out.add("distractor of another length: " + o);
      }
    }
    return out;
  }

  private static Set<String> sourcesOf(Notice n) {
    Set<String> out = new HashSet<>();
    for (Section s : n.sections()) {
      out.add(s.title());
      for (Paragraph p : s.paragraphs()) {
        out.addAll(p.sentences());
      }
    }
    return out;
  }

  private static List<String> itemsOf(Notice n, String source) {
    for (Section s : n.sections()) {
      if (!s.heading().isEmpty() && s.title().equals(source)) {
        List<String> items = Items.of(n, s);
        return items.isEmpty() ? null : items;
      }
    }
    return null;
  }

  private static boolean in(List<String> items, String text) {
    return items.stream().anyMatch(i -> has(i, text));
  }

  /** Contains, in canonical form (五个 = 5个) or as written. */
  static boolean has(String text, String part) {
    return text.contains(part) || Canonical.text(text).contains(Canonical.text(part));
  }

  private static int ordinal(String prompt) {
    Matcher m = ORDINAL.matcher(prompt);
    int k = 0;
    while (m.find()) {
      k = Numerals.parse(m.group(1));
    }
    return k;
  }

  private static int kind(String s) {
    return DATE.matcher(s).matches() ? 2 : COUNT.matcher(s).matches() ? 1 : 0;
  }
}
