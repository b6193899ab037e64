package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.Source;

/**
 * A question of two things at once, joined and asked of each (监票人和计票人各几名, 成绩公布和复审名单公布分别是哪天): each
 * is asked on its own (监票人几名, 计票人几名) and both replies are given, one after the other, when the
 * notice answers each of them surely and differently. Otherwise the question is answered as one.
 */
final class BothAsked {

  /**
   * Two things joined (X和Y, X与Y, X跟Y, X、Y) and what is asked of each after 分别 or 各: group 1 and 2
   * the things, group 3 what is asked.
   */
  private static final Pattern BOTH =
      Pattern.compile("^(.{2,16}?)(?:和|与|跟|、)(.{2,16}?)的?(?:分别|各自|各)(.{1,12})$");

  /** The most characters a second thing may add to the first as what both are of (初级工 / 中级工补贴). */
  private static final int SHARED_TAIL = 6;

  private BothAsked() {}

  /**
   * The replies to each of the two things the question asks of, one after the other; empty when it
   * asks of one thing, or either reply is unsure, a refusal, or the same as the other's.
   */
  static Optional<Answer> answer(String question, Function<String, Answer> ask) {
    Matcher m = BOTH.matcher(question.strip().replaceAll("[？?。！!]+$", ""));
    if (!m.matches()) {
      return Optional.empty();
    }
    String first = m.group(1);
    String second = m.group(2);
    String asked = m.group(3);
    Answer a = sure(ask.apply(first + asked));
    if (a == null
        && second.length() - first.length() >= 2
        && second.length() - first.length() <= SHARED_TAIL) {
      // 初级工和中级工补贴分别是多少: what the second names after the thing is of the first too
      a = sure(ask.apply(first + second.substring(first.length()) + asked));
    }
    Answer b = a == null ? null : sure(ask.apply(second + asked));
    if (b == null || a.text().equals(b.text())) {
      return Optional.empty();
    }
    List<Source> sources = new ArrayList<>(a.sources());
    b.sources().stream().filter(s -> !sources.contains(s)).forEach(sources::add);
    return Optional.of(
        new Answer(
            Answer.Kind.ANSWER,
            together(a.text(), b.text()),
            sources,
            List.of(),
            a.detail(),
            Math.min(a.confidence(), b.confidence())));
  }

  /** The line a reply cites its part with: ——摘自「考场安排」. */
  private static final String CITED = "\n——摘自";

  /** Two replies one after the other, citing once a part both are from. */
  private static String together(String a, String b) {
    int citedA = a.lastIndexOf(CITED);
    int citedB = b.lastIndexOf(CITED);
    if (citedA > 0 && citedB > 0 && a.substring(citedA).equals(b.substring(citedB))) {
      return a.substring(0, citedA) + "\n" + b;
    }
    return a + "\n" + b;
  }

  /** The reply when it is a sure answer; null for a refusal or an unsure one. */
  private static Answer sure(Answer a) {
    return a.kind() == Answer.Kind.ANSWER && !a.lowConfidence() ? a : null;
  }
}
