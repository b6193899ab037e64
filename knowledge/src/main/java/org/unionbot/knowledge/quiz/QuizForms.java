package org.unionbot.knowledge.quiz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.notice.Numerals;

/**
 * The shapes quiz answers take (a count, a date, other text), their equivalent forms (五/5,
 * 8个方面/八个方面, 11月8日/11月8号), and stable ids and seeds. Stateless.
 */
final class QuizForms {

  /** What kind of thing an answer or option is; options of one item are all of one kind. */
  enum Kind {
    COUNT,
    DATE,
    TEXT
  }

  static final String NUMERAL = "\\d{1,4}|[一二三四五六七八九十两]{1,3}";

  /** What counts are counted in: 个, 项, 名, 分钟, 万元 … (before the noun they count, if any). */
  static final String CLASSIFIER =
      "个|项|条|种|类|点|步|名|位|次|家|册|本|场|处|批|届|户|副|张|台|辆|所|件|份|篇|年|天|周|分钟|小时|万元|元|人";

  /** A numeral alone, or with a classifier and up to four characters of what it counts. */
  private static final Pattern COUNT_FORM =
      Pattern.compile("^(" + NUMERAL + ")(余|多)?((" + CLASSIFIER + ")\\p{IsHan}{0,4})?$");

  private static final Pattern DATE_FORM =
      Pattern.compile("^((\\d{4})年)?(\\d{1,2})月(\\d{1,2})([日号])$");
  private static final Pattern SEPARATORS = Pattern.compile("[·•・\\s—\\-]+");

  private QuizForms() {}

  static Kind kind(String s) {
    if (DATE_FORM.matcher(s).matches()) {
      return Kind.DATE;
    }
    Matcher m = COUNT_FORM.matcher(s);
    return m.matches() && Numerals.parse(m.group(1)) >= 0 ? Kind.COUNT : Kind.TEXT;
  }

  /**
   * 5 as written in the style of {@code like}: "五" when like is Chinese, "两" for 2 before a unit.
   */
  static String numeral(int n, String like, boolean beforeUnit) {
    if (like.chars().allMatch(Character::isDigit) || n > 99) {
      return String.valueOf(n);
    }
    return n == 2 && (beforeUnit || like.equals("两")) ? "两" : Numerals.chinese(n);
  }

  /**
   * The forms a count counts as: the numeral in digits and in Chinese, alone, with its classifier,
   * and with classifier and unit (8, 八, 8个, 八个, 8个方面, 八个方面), minus {@code written}.
   */
  static List<String> countForms(int n, String classifier, String unit, String written) {
    Set<String> out = new LinkedHashSet<>();
    List<String> numerals = new ArrayList<>();
    numerals.add(String.valueOf(n));
    if (n <= 99) {
      numerals.add(n == 2 ? "两" : Numerals.chinese(n));
      if (n == 2 && classifier.isEmpty()) {
        numerals.add("二");
      }
    }
    for (String num : numerals) {
      out.add(num);
      if (!classifier.isEmpty()) {
        out.add(num + classifier);
        if (!unit.isEmpty()) {
          out.add(num + classifier + unit);
        }
      }
    }
    out.remove(written);
    return List.copyOf(out);
  }

  /** 11月8日 → 11月8号; 2024年5月20日 → 2024年5月20号, 5月20日, 5月20号. */
  static List<String> dateForms(String date) {
    Matcher m = DATE_FORM.matcher(date);
    if (!m.matches()) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    String monthDay = m.group(3) + "月" + m.group(4);
    String year = m.group(1) == null ? "" : m.group(1);
    for (String prefix : year.isEmpty() ? List.of("") : List.of(year, "")) {
      out.add(prefix + monthDay + "日");
      out.add(prefix + monthDay + "号");
    }
    out.remove(date);
    return List.copyOf(out);
  }

  /** Shifted dates of the same shape: a day either side, then a month either side. */
  static List<String> nearDates(String date) {
    Matcher m = DATE_FORM.matcher(date);
    if (!m.matches()) {
      return List.of();
    }
    String year = m.group(1) == null ? "" : m.group(1);
    int month = Integer.parseInt(m.group(3));
    int day = Integer.parseInt(m.group(4));
    String mark = m.group(5);
    List<String> out = new ArrayList<>();
    for (int d : new int[] {day + 1, day - 1, day + 7, day - 7, day + 2}) {
      if (d >= 1 && d <= 28) {
        out.add(year + month + "月" + d + mark);
      }
    }
    for (int mo : new int[] {month + 1, month - 1}) {
      if (mo >= 1 && mo <= 12) {
        out.add(year + mo + "月" + day + mark);
      }
    }
    return out;
  }

  /** Forms of a name without its separators (百万职工大比武·匠心筑梦新盐城 → 百万职工大比武匠心筑梦新盐城). */
  static List<String> textForms(String text) {
    String bare = SEPARATORS.matcher(text).replaceAll("");
    return bare.equals(text) || bare.isEmpty() ? List.of() : List.of(bare);
  }

  /**
   * A short stable id: 12 hex digits of a 64-bit FNV-1a hash of the parts, mixed (MurmurHash3's
   * finaliser) so every bit depends on every character. Not cryptographic; ids only need to be
   * stable and, among a bank's few hundred items, distinct.
   */
  static String id(String... parts) {
    long h = 0xcbf29ce484222325L;
    for (String p : parts) {
      for (int i = 0; i < p.length(); i++) {
        h = (h ^ p.charAt(i)) * 0x100000001b3L;
      }
      h = (h ^ 0xffff) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    String hex = Long.toHexString(h >>> 16);
    return "0".repeat(12 - hex.length()) + hex;
  }

  /** A seed derived from the id, for deterministic shuffles and choices. */
  static long seed(String id) {
    return Long.parseUnsignedLong(id, 16);
  }
}
