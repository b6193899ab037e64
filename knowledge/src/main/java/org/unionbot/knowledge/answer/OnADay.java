package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question whether something can still be done on a day (3月21日还能报名吗, 9月20日交回执还来得及吗, 1月25日交货可以吗):
 * notices give the deadline, not the day asked, so the question is asked as when the deed's time
 * ends (报名截止到哪天), and the reply says whether the day is past it when the answer gives that end
 * plainly.
 */
final class OnADay {

  /** The day a question names, with what may follow it of the time of day: 6月30日晚上10点. */
  private static final Pattern DAY =
      Pattern.compile(
          "(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})[日号](?:(?:早上|上午|中午|下午|晚上|傍晚|凌晨)?\\d{1,2}[点时:：]?\\d{0,2}分?)?"
              + "(?:以后|之后|以前|之前|前|后)?(?!的)");

  /** Asking whether it can be done: 还能…吗, 可以吗, 行吗, 来得及吗, 能不能. */
  private static final Pattern WHETHER =
      Pattern.compile("还能|还可以|能不能|可不可以|可以吗|行吗|行不行|来得及吗|还来得及|还收吗|能.{1,10}吗");

  /** The words that ask it, which the asked-of deed does without. */
  private static final Pattern ASKING =
      Pattern.compile(
          "还来得及吗|来得及吗|还能|还可以|能不能|可不可以|可以吗|行吗|行不行|可以|能|吗|呢|[？?]|还|才" + "|早上|上午|中午|下午|晚上|傍晚|凌晨");

  /** A span that gives an end: 截止, 前, 止, 至, 到. */
  private static final Pattern ENDS = Pattern.compile("截止|截至|之前|前|止|至|到");

  /** What a notice says becomes of a deed done late: 逾期不再受理, 过期视为放弃. */
  static final Pattern LATE =
      Pattern.compile("(逾期|过期|超过期限|过时)[^。；]{0,12}(不再|不予|视为|不得|一律)[^。；]*[。；]?");

  /** A month and day a span gives. */
  private static final Pattern GIVEN = Pattern.compile("(\\d{1,2})月(\\d{1,2})[日号]");

  private OnADay() {}

  /** The question as one of when the deed's time ends (报名截止到哪天), or empty when it is no such. */
  static Optional<String> asWhen(String question) {
    Matcher day = DAY.matcher(question);
    if (!day.find() || !WHETHER.matcher(question).find()) {
      return Optional.empty();
    }
    String rest = question.substring(0, day.start()) + question.substring(day.end());
    String deed = ASKING.matcher(rest).replaceAll("").strip();
    if (deed.length() < 2 || deed.length() > 10 || DAY.matcher(deed).find()) {
      return Optional.empty();
    }
    return Optional.of(deed + "截止到哪天");
  }

  /** Month × 100 + day of the day a question names. */
  static int asked(String question) {
    Matcher day = DAY.matcher(question);
    day.find();
    return Integer.parseInt(day.group(2)) * 100 + Integer.parseInt(day.group(3));
  }

  /**
   * Whether the day asked is past the end an answer gives (its last day, where it says an end), or
   * within its days; empty when the answer gives none plainly, the day is before its first, or a
   * year turns between them.
   */
  static Optional<Boolean> past(int asked, String answer) {
    String first = answer.lines().findFirst().orElse("");
    List<Integer> days = new ArrayList<>();
    Matcher m = GIVEN.matcher(first);
    while (m.find()) {
      days.add(Integer.parseInt(m.group(1)) * 100 + Integer.parseInt(m.group(2)));
    }
    if (days.isEmpty() || !ENDS.matcher(first).find()) {
      return Optional.empty();
    }
    for (int k = 1; k < days.size(); k++) {
      if (days.get(k) < days.get(k - 1)) {
        return Optional.empty(); // 12月25日至1月12日: a year turns, which month and day alone misorder
      }
    }
    int last = days.get(days.size() - 1);
    if (Math.abs(asked / 100 - last / 100) > 6) {
      return Optional.empty(); // 1月 asked of a December end: another year
    }
    if (asked > last) {
      return Optional.of(true);
    }
    // a day before the first the answer gives may be before the time opens: no verdict
    return asked >= days.get(0) ? Optional.of(false) : Optional.empty();
  }
}
