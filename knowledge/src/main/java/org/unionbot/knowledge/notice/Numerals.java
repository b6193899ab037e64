package org.unionbot.knowledge.notice;

/**
 * Chinese and Arabic numerals as notices write counts and amounts: 五, 十二, 两, 三百, 一千二百, 五千, 两万, 8,
 * 12.
 */
public final class Numerals {

  private static final String DIGITS = "零一二三四五六七八九";

  private Numerals() {}

  /**
   * Parses 五, 十二, 二十, 两, 三百, 一百二十, 三千零五, 五千, 两万, 8, 12 (Chinese numerals below a hundred million,
   * Arabic ones of up to four digits); returns -1 when the text is not such a number.
   */
  public static int parse(String text) {
    if (text.isEmpty()) {
      return -1;
    }
    if (text.chars().allMatch(Character::isDigit)) {
      return text.length() <= 4 ? Integer.parseInt(text) : -1;
    }
    if (text.equals("两")) {
      return 2;
    }
    int wan = text.indexOf('万');
    if (wan >= 0) {
      int high = wan == 0 ? -1 : belowTenThousand(text.substring(0, wan));
      int low = wan == text.length() - 1 ? 0 : belowTenThousand(text.substring(wan + 1));
      return high <= 0 || low < 0 || high > 9999 ? -1 : high * 10_000 + low;
    }
    return belowTenThousand(text);
  }

  /** 0–9999 in Chinese numerals: 千, 百 and 十 places, 零 between them; -1 otherwise. */
  private static int belowTenThousand(String text) {
    if (text.isEmpty()) {
      return -1;
    }
    int value = 0;
    boolean zero = false;
    String rest = text;
    for (char place : new char[] {'千', '百'}) {
      int at = rest.indexOf(place);
      if (at >= 0) {
        int d = at == 0 ? -1 : digit(rest.substring(0, at));
        if (d <= 0) {
          return -1;
        }
        value += d * (place == '千' ? 1000 : 100);
        rest = rest.substring(at + 1);
        if (rest.startsWith("零")) {
          rest = rest.substring(1);
          zero = true;
        }
      }
    }
    if (rest.isEmpty()) {
      return value;
    }
    if (value > 0 && rest.length() == 1 && rest.charAt(0) != '十') {
      // 一百零三 is 103; 三百五 is 350 in speech and never written so in a notice: not a number
      int d = digit(rest);
      return d < 0 || !zero ? -1 : value + d;
    }
    int below = belowHundred(rest);
    return below < 0 ? -1 : value + below;
  }

  private static int belowHundred(String text) {
    int ten = text.indexOf('十');
    if (ten < 0) {
      return digit(text);
    }
    int tens = ten == 0 ? 1 : digit(text.substring(0, ten));
    int units = ten == text.length() - 1 ? 0 : digit(text.substring(ten + 1));
    return tens < 0 || units < 0 ? -1 : tens * 10 + units;
  }

  /** The Chinese numeral for 1–99 (5 → 五, 12 → 十二). */
  public static String chinese(int n) {
    if (n < 0 || n > 99) {
      throw new IllegalArgumentException("out of range: " + n);
    }
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    String tens = n / 10 == 1 ? "" : String.valueOf(DIGITS.charAt(n / 10));
    String units = n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10));
    return tens + "十" + units;
  }

  private static int digit(String s) {
    if (s.equals("两")) {
      return 2;
    }
    return s.length() == 1 ? DIGITS.indexOf(s.charAt(0)) : -1;
  }
}
