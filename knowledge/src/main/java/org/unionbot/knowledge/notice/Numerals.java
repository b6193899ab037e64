package org.unionbot.knowledge.notice;

/** Chinese and Arabic numerals up to 99, as notices write counts. */
public final class Numerals {

  private static final String DIGITS = "零一二三四五六七八九";

  private Numerals() {}

  /** Parses 五, 十二, 二十, 两, 8, 12; returns -1 when the text is not such a number. */
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
    int ten = text.indexOf('十');
    if (ten < 0) {
      return text.length() == 1 ? DIGITS.indexOf(text.charAt(0)) : -1;
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
    return s.length() == 1 ? DIGITS.indexOf(s.charAt(0)) : -1;
  }
}
