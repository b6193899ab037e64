package org.unionbot.knowledge.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.notice.Numerals;

/**
 * The form in which questions and knowledge-base text are compared: normalised characters, no
 * whitespace, and counted Chinese numerals as digits (五个方面 → 5个方面), so 5/五 and 8个/八个 match.
 */
public final class Canonical {

  private static final Pattern COUNTED =
      Pattern.compile(
          "(?<![第十百千万\\d])([一二三四五六七八九十两]{1,3})(?=(个|项|条|种|步|类|点|名|位|次|年|天|分钟|小时|周|批|层|方面|样))");

  private Canonical() {}

  /** Canonical form of knowledge-base text (characters mapped one to one, numerals as digits). */
  public static String text(String s) {
    return numerals(Segmenter.normalizeChars(s).replaceAll("\\s+", ""));
  }

  /** Canonical form of a question: also traditional → simplified. */
  public static String question(String s) {
    return numerals(Segmenter.normalize(s).replaceAll("\\s+", ""));
  }

  public static String numerals(String s) {
    Matcher m = COUNTED.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int n = Numerals.parse(m.group(1));
      m.appendReplacement(sb, n > 0 ? String.valueOf(n) : m.group(1));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
