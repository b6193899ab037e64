package org.unionbot.knowledge.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.analysis.Token;
import org.unionbot.knowledge.notice.Numerals;

/**
 * Finds what a sentence states that a quiz can ask: counts (8个方面, 五年, 5分钟), dates (11月8日), quoted
 * names (“强基层补短板 创特色”, 《…》), institutions acting as the subject of a clause (市总工会发出…), and the
 * ending of a topic sentence "X是Y". Offsets index into the text given.
 */
final class QuizFacts {

  /**
   * A count: the numeral, an optional 余/多, a classifier and, after 个/项/…, the noun it counts.
   *
   * @param start where the numeral starts
   * @param numeralEnd where the numeral ends
   * @param end where the counted phrase ends (after the unit)
   */
  record Count(
      int start,
      int numeralEnd,
      int end,
      int value,
      String numeral,
      String more,
      String classifier,
      String unit) {

    /** The counted phrase as written: 8个方面, 1800余名. */
    String written() {
      return numeral + more + classifier + unit;
    }
  }

  /** A span of the text and what it says. */
  record Span(int start, int end, String text) {}

  private static final Pattern COUNT =
      Pattern.compile(
          "(?<![\\d.．第零一二三四五六七八九十两百千万])("
              + QuizForms.NUMERAL
              + ")(余|多)?("
              + QuizForms.CLASSIFIER
              + ")");

  /** Classifiers that take the noun they count after them: 个方面, 项重点任务. */
  private static final String GENERAL = "个项条种类点批";

  private static final Pattern DATE = Pattern.compile("(?<!\\d)(\\d{4}年)?\\d{1,2}月\\d{1,2}[日号]");
  private static final Pattern QUOTED = Pattern.compile("“([^“”]{2,30})”|《([^《》]{2,30})》");

  private static final List<String> ORG_ENDS =
      List.of("总工会", "工会", "委员会", "学院", "医院", "中心", "协会", "党委", "团委", "办公室");
  private static final String ORG_CHAR = "部科厅";
  private static final Pattern GENERIC_ORG = Pattern.compile("^(各|全|基层|广大|该|本|我|其)");
  private static final int ORG_MAX = 12;

  private QuizFacts() {}

  /** Counts of two or more; years and one-offs (一步, 1名) are left out. */
  static List<Count> counts(String text, Function<String, List<Token>> segment) {
    List<Count> out = new ArrayList<>();
    Matcher m = COUNT.matcher(text);
    List<Token> words = null;
    while (m.find()) {
      int value = Numerals.parse(m.group(1));
      String classifier = m.group(3);
      if (value < 2 || classifier.equals("年") && value >= 100) {
        continue;
      }
      String unit = "";
      if (GENERAL.contains(classifier)) {
        if (words == null) {
          words = segment.apply(text);
        }
        unit = unit(text, words, m.end());
      }
      String more = m.group(2) == null ? "" : m.group(2);
      out.add(
          new Count(
              m.start(),
              m.end(1),
              m.end() + unit.length(),
              value,
              m.group(1),
              more,
              classifier,
              unit));
    }
    return out;
  }

  /**
   * The noun right after a classifier (方面 of 五个方面深入领会), when it stands alone; "" when another noun
   * follows it (三项重点任务, 8个方面系统总结), so the count is asked without it.
   */
  private static String unit(String text, List<Token> words, int from) {
    for (int i = 0; i < words.size(); i++) {
      Token t = words.get(i);
      if (t.start() == from) {
        boolean next = i + 1 < words.size() && noun(words.get(i + 1));
        return noun(t) && t.word().length() <= 3 && !next ? text.substring(from, t.end()) : "";
      }
    }
    return "";
  }

  private static boolean noun(Token t) {
    return t.pos().startsWith("n") || t.pos().equals("vn");
  }

  static List<Span> dates(String text) {
    List<Span> out = new ArrayList<>();
    Matcher m = DATE.matcher(text);
    while (m.find()) {
      out.add(new Span(m.start(), m.end(), m.group()));
    }
    return out;
  }

  /** Quoted names standing alone (not one of a run “A”“B”), without their quote marks. */
  static List<Span> names(String text) {
    List<Span> out = new ArrayList<>();
    Matcher m = QUOTED.matcher(text);
    while (m.find()) {
      int g = m.group(1) != null ? 1 : 2;
      boolean run =
          g == 1
              && (m.start() > 0 && text.charAt(m.start() - 1) == '”'
                  || m.end() < text.length() && text.charAt(m.end()) == '“');
      String name = m.group(g).strip();
      if (!run && name.length() >= 3 && name.codePoints().anyMatch(Character::isLetter)) {
        out.add(new Span(m.start(g), m.end(g), m.group(g)));
      }
    }
    return out;
  }

  /** Every institution named in the text (a run of nouns ending in 工会, 委员会, 部, …). */
  static List<Span> institutions(String text, List<Token> words) {
    return institutions(text, words, false);
  }

  /** Institutions that open a clause and act in it: "市总工会发出专门通知" → 市总工会. */
  static List<Span> actingInstitutions(String text, List<Token> words) {
    return institutions(text, words, true);
  }

  private static List<Span> institutions(String text, List<Token> words, boolean acting) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      boolean opens = i == 0 || words.get(i - 1).isPunctuation();
      int j = i;
      int lastOrg = -1;
      while (j < words.size() && (nominal(words.get(j)) || org(words.get(j)))) {
        if (org(words.get(j))) {
          lastOrg = j;
        }
        j++;
      }
      if (lastOrg >= 0) {
        int start = words.get(i).start();
        int end = words.get(lastOrg).end();
        String name = text.substring(start, end);
        boolean acts =
            lastOrg == j - 1
                && j < words.size()
                && (words.get(j).pos().startsWith("v") || words.get(j).pos().startsWith("d"));
        boolean ok =
            name.length() >= 3
                && name.length() <= ORG_MAX
                && !GENERIC_ORG.matcher(name).find()
                && (!acting || opens && acts);
        if (ok) {
          out.add(new Span(start, end, name));
        }
      }
      i = Math.max(j, i + 1);
    }
    return out;
  }

  /** An organisation word: HanLP's nt, a name ending in 工会/委员会/…, or an office (医务科, 护理部). */
  private static boolean org(Token t) {
    String w = t.word();
    for (String end : ORG_ENDS) {
      if (w.endsWith(end)) {
        return true;
      }
    }
    return t.pos().equals("nt")
        || t.pos().startsWith("n")
            && w.length() >= 3
            && ORG_CHAR.indexOf(w.charAt(w.length() - 1)) >= 0
            && !w.endsWith("干部");
  }

  private static boolean nominal(Token t) {
    String pos = t.pos();
    return pos.startsWith("n") && !pos.equals("nx") && !pos.equals("nnt")
        || pos.equals("j")
        || pos.equals("b");
  }

  /**
   * The ending of a topic sentence "X是Y" worth asking (Y after its last 的): 最高政治原则 of
   * "深刻领会坚持党对工会的全面领导是最高政治原则", 重要途径 of "读书学习是提升职工素质的重要途径".
   */
  static Span topicEnd(String sentence, String topic) {
    int is = topic.lastIndexOf('是');
    if (is < 4 || is > topic.length() - 3) {
      return null;
    }
    String rest = topic.substring(is + 1);
    int of = rest.lastIndexOf('的');
    String end = of >= 0 && rest.length() - of - 1 >= 2 ? rest.substring(of + 1) : rest;
    int at = sentence.indexOf(topic);
    if (at < 0 || end.length() < 2) {
      return null;
    }
    int start = at + topic.length() - end.length();
    return new Span(start, start + end.length(), end);
  }
}
