package org.unionbot.knowledge.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.notice.Numerals;

/**
 * The form in which questions and knowledge-base text are compared: normalised characters, no
 * whitespace, and counted Chinese numerals as digits (五个方面 → 5个方面, 三百元 → 300元, 百分之八十 → 80%), so 5/五
 * and 8个/八个 match.
 */
public final class Canonical {

  private static final Pattern COUNTED =
      Pattern.compile(
          "(?<![第零一二三四五六七八九十百千万两\\d])([零一二三四五六七八九十百千万两]{1,8})"
              + "(?=(个|项|条|种|步|类|点|名|位|次(?!性)|年|天|日|周|分钟|小时|批|层|方面|样|元|本|家|场|所|人|件|篇|册|份|户"
              + "|岁|倍|级|届|期|轮|支|台|辆|公斤|千克|米|度|℃|块|门|集))");

  /** 百分之八十 → 80%. */
  private static final Pattern PERCENT = Pattern.compile("百分之([零一二三四五六七八九十百两]{1,4})");

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
    if (s.indexOf("百分之") >= 0) {
      Matcher p = PERCENT.matcher(s);
      StringBuilder sb = new StringBuilder();
      while (p.find()) {
        int n = Numerals.parse(p.group(1));
        p.appendReplacement(sb, n >= 0 ? n + "%" : p.group());
      }
      p.appendTail(sb);
      s = sb.toString();
    }
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
