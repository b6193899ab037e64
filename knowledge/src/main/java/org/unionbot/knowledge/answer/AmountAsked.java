package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.notice.Numerals;

/**
 * A question whether an amount is allowed (一个节目40人上台可以吗, 每个单位能报20人吗, 票价800元的车票能领吗): notices give
 * the bound, not the amount asked, so the question is asked as the most of that unit (一个节目上台最多几人),
 * sure when the answer gives a bound in the unit, and the reply says whether the amount is within
 * the one bound it gives.
 */
final class AmountAsked {

  /** The units an amount is counted in, but 个, which may stand before one (两个队). */
  private static final String UNITS = "名|人|元|块钱|块|场|次|项|件|篇|份|张|单|期|间|辆|队|组|家";

  /** An amount a question names: 40人, 800元, 两场, 两个队, 三个. */
  private static final Pattern AMOUNT =
      Pattern.compile("(\\d{1,6}|[一两二三四五六七八九十百千]{1,4})(?:个?(" + UNITS + ")|(个))");

  /** Asking whether it is allowed: 可以吗, 能…吗, 行吗, 有效吗. */
  private static final Pattern WHETHER = Pattern.compile("(可以|能|行|有效|算数|允许).{0,8}吗|行不行|能不能|可不可以");

  /** The words that ask it, which the rest of the question does without. */
  private static final Pattern ASKING =
      Pattern.compile("能不能|可不可以|可以吗|行吗|行不行|有效吗|可以|能|吗|呢|[？?，,]|还|都");

  /** A bound an answer gives in a unit: 不超过30人, 最多10人, 限报1名, 不低于2元, 600元以内. */
  private static final String MOST = "(?:不超过|不得超过|不多于|最多|至多|限报|限约|限投稿|限领|限)";

  private static final String LEAST = "(?:不低于|不少于|至少|最少|不得低于)";

  private AmountAsked() {}

  /** A question of the most of the unit its amount is in, or empty when it asks no such thing. */
  static Optional<String> asBound(String question) {
    if (!WHETHER.matcher(question).find()) {
      return Optional.empty();
    }
    Matcher amount = AMOUNT.matcher(question);
    if (!amount.find() || Numerals.parse(amount.group(1)) < 0) {
      return Optional.empty();
    }
    if (amount.start() > 0
        && question.charAt(amount.start() - 1) == '第'
        && "名".equals(unit(amount))) {
      return Optional.empty(); // 第二名 is a place in the results, not two people (第三次 counts times)
    }
    String rest = question.substring(0, amount.start()) + question.substring(amount.end());
    if (AMOUNT.matcher(rest).find()) {
      return Optional.empty(); // two amounts: which one is asked is unclear
    }
    String of = ASKING.matcher(rest).replaceAll("").strip();
    if (of.length() < 2 || of.length() > 12) {
      return Optional.empty();
    }
    String unit = unit(amount);
    return Optional.of(of + (unit.equals("元") ? "最多多少元" : "最多几" + unit));
  }

  /** The amount a question names and its unit. */
  static Amount asked(String question) {
    Matcher amount = AMOUNT.matcher(question);
    amount.find();
    return new Amount(Numerals.parse(amount.group(1)), unit(amount));
  }

  /** The unit of an amount found: 元 for 块, the noun after 个 if there is one. */
  private static String unit(Matcher amount) {
    String unit = amount.group(2) != null ? amount.group(2) : amount.group(3);
    return unit.startsWith("块") ? "元" : unit;
  }

  /** An amount in a unit. */
  record Amount(int value, String unit) {}

  /** Whether an answer's first line gives a bound in the amount's unit. */
  static boolean givesBound(Amount asked, String answer) {
    String first = answer.lines().findFirst().orElse("");
    return !bounds(asked.unit(), first, MOST).isEmpty()
        || !bounds(asked.unit(), first, LEAST).isEmpty()
        || TypeFit.pattern("\\d+" + Pattern.quote(asked.unit()) + "(以内|以下|以上)")
            .matcher(first)
            .find();
  }

  /**
   * Whether the amount is within the one bound an answer's first line gives in its unit; empty when
   * it gives none or several.
   */
  static Optional<Boolean> within(Amount asked, String answer) {
    String first = answer.lines().findFirst().orElse("");
    List<Integer> most = bounds(asked.unit(), first, MOST);
    List<Integer> least = bounds(asked.unit(), first, LEAST);
    if (most.size() + least.size() != 1) {
      return Optional.empty();
    }
    return Optional.of(
        most.isEmpty() ? asked.value() >= least.get(0) : asked.value() <= most.get(0));
  }

  private static List<Integer> bounds(String unit, String text, String bound) {
    Matcher m =
        TypeFit.pattern(
                bound
                    + "[^，。；\\d一两二三四五六七八九十]{0,4}(\\d{1,6}|[一两二三四五六七八九十百千]{1,4})"
                    + (unit.equals("个") ? "" : "个?")
                    + Pattern.quote(unit))
            .matcher(text);
    List<Integer> out = new ArrayList<>();
    while (m.find()) {
      out.add(Numerals.parse(m.group(1)));
    }
    return out;
  }
}
