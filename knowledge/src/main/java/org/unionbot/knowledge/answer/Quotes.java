package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.analysis.Segmenter;
import org.unionbot.knowledge.index.Passage;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.Paragraph;

/**
 * Answers who said a quoted sentence: “…”是谁说的. A news report, an interview or a model worker's
 * deeds put what people said in quotes beside who said it (环卫工人周树根笑着对记者说, 中心主任卢国栋说：), or give an
 * interview's turns under the speaker's name (贺春燕：…); the sentence itself never names them.
 */
final class Quotes {

  /** A question of who said something: 是谁说的, 哪位讲的. */
  private static final Pattern WHO_SAID = Pattern.compile("(是)?(谁|哪位|什么人)(说|讲)(的|过)");

  /** What a question quotes: “…”, "…", 「…」. */
  private static final Pattern QUOTED = Pattern.compile("[“\"「『]([^”\"」』]{4,})[”\"」』]");

  /** The fewest characters of the quote that must be found as they are. */
  private static final int MIN_MATCH = 6;

  /** How a speaker says it, between the name and 说: 逢人便, 笑着, 对记者. */
  private static final String MANNER =
      "(?:逢人便|逢人就|常常|经常|总是|曾经|曾)?(?:笑着|高兴地|激动地|感慨地|动情地|坚定地|自豪地)?(?:对记者|向记者)?";

  private static final String SAYS = "(?:说|表示|介绍|感慨|坦言|告诉记者)";

  /** Who speaks before the quote: 中心主任卢国栋说：“ (the clause that ends at the open quote). */
  private static final Pattern SAID_BEFORE =
      Pattern.compile("([^。；！？“”，,]{2,20}?)" + MANNER + SAYS + "[：:，,]?$");

  /** Who speaks after the quote: ”环卫工人周树根笑着对记者说. */
  private static final Pattern SAID_AFTER =
      Pattern.compile("^[，,]?([^。；！？“”，,]{2,20}?)" + MANNER + SAYS);

  /** An interview's turn: 贺春燕：…. */
  private static final Pattern TURN = Pattern.compile("^(\\p{IsHan}{2,4})[：:]");

  private Quotes() {}

  /**
   * Who said what the question quotes, from the paragraph that holds the most of it (at least
   * {@link #MIN_MATCH} characters and half of it as they are); empty when the question asks no such
   * thing or the paragraph does not say who.
   */
  static Optional<Answer> speaker(Snapshot kb, Question q) {
    String raw = q.text();
    Matcher asks = WHO_SAID.matcher(raw);
    if (q.type() != QuestionType.WHO || !asks.find()) {
      return Optional.empty();
    }
    Matcher quoted = QUOTED.matcher(raw);
    String said = quoted.find() ? quoted.group(1) : raw.substring(0, asks.start());
    String wanted = bare(said);
    if (wanted.length() < MIN_MATCH) {
      return Optional.empty();
    }
    Passage best = null;
    int bestLength = 0;
    for (Passage p : kb.passages) {
      int n = commonRun(wanted, bare(p.text()));
      if (n > bestLength) {
        bestLength = n;
        best = p;
      }
    }
    if (best == null || bestLength < MIN_MATCH || 2 * bestLength < wanted.length()) {
      return Optional.empty();
    }
    Passage found = best;
    String paragraph = found.paragraphOf().text();
    int at = at(paragraph, wanted);
    return saidBy(paragraph, at, turnLabels(found.notice()))
        .or(() -> pronounSaid(kb, found, paragraph, at))
        .map(
            who ->
                Replies.answer(
                    "这句话是" + who + "说的。", found.notice(), found.section().title(), paragraph));
  }

  /**
   * Who says what starts at {@code at} in the paragraph: the speaker named beside the quote it is
   * in, else the name of the turn the paragraph is when the notice gives two or more paragraphs to
   * that name.
   */
  private static Optional<String> saidBy(String paragraph, int at, Map<String, Integer> turns) {
    int open = at < 0 ? -1 : paragraph.lastIndexOf('“', at + 1);
    int close = open < 0 ? -1 : paragraph.indexOf('”', open);
    if (open >= 0 && close > at) {
      Matcher before = SAID_BEFORE.matcher(paragraph.substring(0, open));
      if (before.find()) {
        return Optional.of(before.group(1).strip());
      }
      Matcher after = SAID_AFTER.matcher(paragraph.substring(close + 1));
      if (after.find()) {
        return Optional.of(after.group(1).strip());
      }
    }
    Matcher turn = TURN.matcher(paragraph);
    if (turn.find() && turns.getOrDefault(turn.group(1), 0) >= 2) {
      return Optional.of(turn.group(1));
    }
    return Optional.empty();
  }

  /**
   * A speaker told by a pronoun before the quote: 面对当初的质疑，他说：“ (the clause that ends at the open
   * quote).
   */
  private static final Pattern PRONOUN_BEFORE =
      Pattern.compile("(?:^|[。；！？”，,])\\s*(?:他|她)" + MANNER + SAYS + "[：:，,]?$");

  /**
   * Who 他 or 她 is when the speaker of the quote at {@code at} is told by a pronoun: the person last
   * named before it in the paragraph, else in the paragraphs of its section before it, else in the
   * notice's title (the deeds of 章立峰同志 tell him as 他 throughout); empty when none is named. A name
   * HanLP finds counts only when a role names it, or it is of three characters and the notice names
   * it twice (not 交检 of 一次交检合格).
   */
  private static Optional<String> pronounSaid(
      Snapshot kb, Passage found, String paragraph, int at) {
    int open = at < 0 ? -1 : paragraph.lastIndexOf('“', at + 1);
    if (open < 0 || !PRONOUN_BEFORE.matcher(paragraph.substring(0, open)).find()) {
      return Optional.empty();
    }
    List<String> before = new ArrayList<>();
    before.add(paragraph.substring(0, open));
    List<Paragraph> paragraphs = found.section().paragraphs();
    for (int i = found.paragraph() - 1; i >= 0; i--) {
      before.add(paragraphs.get(i).text());
    }
    before.add(found.notice().title());
    String notice = noticeText(found.notice());
    for (String text : before) {
      String last = null;
      for (String name : Segmenter.personNames(text)) {
        boolean vetted =
            kb.people.contains(name)
                || name.length() == 3 && notice.indexOf(name) != notice.lastIndexOf(name);
        if (!vetted) {
          continue;
        }
        if (last == null || text.lastIndexOf(name) > text.lastIndexOf(last)) {
          last = name;
        }
      }
      if (last != null) {
        return Optional.of(last);
      }
    }
    return Optional.empty();
  }

  /** The title and every paragraph of the notice, one per line. */
  private static String noticeText(Notice n) {
    StringBuilder out = new StringBuilder(n.title());
    paragraphs(n).forEach(p -> out.append('\n').append(p.text()));
    return out.toString();
  }

  /** The notice's paragraphs, section by section. */
  private static Stream<Paragraph> paragraphs(Notice n) {
    return n.sections().stream().flatMap(s -> s.paragraphs().stream());
  }

  /** How many paragraphs of the notice open with each name as a turn. */
  private static Map<String, Integer> turnLabels(Notice n) {
    Map<String, Integer> out = new HashMap<>();
    paragraphs(n)
        .map(p -> TURN.matcher(p.text()))
        .filter(Matcher::find)
        .forEach(m -> out.merge(m.group(1), 1, Integer::sum));
    return out;
  }

  /**
   * Where in the paragraph the longest run of the quote it holds starts, counted in the paragraph's
   * own characters; -1 when it holds none of {@link #MIN_MATCH} characters.
   */
  private static int at(String paragraph, String wanted) {
    StringBuilder bare = new StringBuilder();
    List<Integer> position = new ArrayList<>();
    for (int i = 0; i < paragraph.length(); i++) {
      String c = paragraph.substring(i, i + 1);
      if (!bare(c).isEmpty()) {
        bare.append(c);
        position.add(i);
      }
    }
    for (int n = wanted.length(); n >= MIN_MATCH; n--) {
      for (int from = 0; from + n <= wanted.length(); from++) {
        int k = bare.indexOf(wanted.substring(from, from + n));
        if (k >= 0) {
          return position.get(k);
        }
      }
    }
    return -1;
  }

  /** The text without punctuation and spaces, as quotes are compared. */
  private static String bare(String s) {
    return s.replaceAll("[\\p{P}\\p{S}\\s]", "");
  }

  /** The length of the longest run of characters both texts have. */
  private static int commonRun(String a, String b) {
    int best = 0;
    int[] prev = new int[b.length() + 1];
    for (int i = 1; i <= a.length(); i++) {
      int[] cur = new int[b.length() + 1];
      for (int j = 1; j <= b.length(); j++) {
        if (a.charAt(i - 1) == b.charAt(j - 1)) {
          cur[j] = prev[j - 1] + 1;
          best = Math.max(best, cur[j]);
        }
      }
      prev = cur;
    }
    return best;
  }
}
