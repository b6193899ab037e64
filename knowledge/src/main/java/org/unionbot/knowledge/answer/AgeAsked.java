package org.unionbot.knowledge.answer;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.notice.Numerals;

/**
 * A question whether someone of an age may do something (我56岁能参加吗, 十七岁能来吗, 15岁的孩子能用健身房吗): notices
 * give the ages allowed, not the one asked, so the question is asked as of the age a deed takes
 * (多大年龄能参加), and the reply says whether the age is within it when the answer gives one plain bound
 * or range.
 */
final class AgeAsked {

  /** The age a question names, with who has it: 我今年56岁, 十五岁的学徒工, 15岁的孩子. */
  private static final Pattern AGE =
      Pattern.compile(
          "(?:我|我们|本人)?(?:今年)?(?:已经|刚)?(\\d{1,2}|[一二三四五六七八九十]{1,3})(?:周)?岁(?:了)?(?:的\\p{IsHan}{1,4}?(?=能|可以|行|还能))?");

  /** Asking whether it may be done: 能…吗, 可以…吗, 行吗, 还能…吗. */
  private static final Pattern WHETHER = Pattern.compile("能|可以|行吗|行不行");

  /** The words that ask it, which the asked-of deed does without. */
  private static final Pattern ASKING =
      Pattern.compile("还能|还可以|能不能|可不可以|可以吗|行吗|行不行|可以|能|吗|呢|[？?，,]|还");

  /** Bounds an answer gives: 18至55周岁, 35至64周岁, 不超过35周岁, 年满18周岁, 16周岁以下, 60岁以上. */
  private static final Pattern RANGE =
      Pattern.compile("(\\d{1,2})(?:周岁|岁)?(?:至|到|—|-|～)(\\d{1,2})(?:周)?岁");

  private static final Pattern AT_MOST =
      Pattern.compile("(?:不超过|不满|不大于|未满)(\\d{1,2})(?:周)?岁|(\\d{1,2})(?:周)?岁(?:以下|及以下)");

  private static final Pattern AT_LEAST =
      Pattern.compile("(?:年满|不低于|不小于|满)(\\d{1,2})(?:周)?岁|(\\d{1,2})(?:周)?岁(?:以上|及以上)");

  /** Words that bar whom a bound names: 不得, 禁止, 谢绝. */
  private static final Pattern BARRED = Pattern.compile("不得|禁止|谢绝|不能|不可|请勿|不宜|不予|不接受|不在");

  private AgeAsked() {}

  /** The question as one of the age a deed takes (多大年龄能参加), or empty when it is no such. */
  static Optional<String> asAge(String question) {
    Matcher age = AGE.matcher(question);
    if (!age.find() || !WHETHER.matcher(question).find()) {
      return Optional.empty();
    }
    String rest = question.substring(0, age.start()) + question.substring(age.end());
    String deed = ASKING.matcher(rest).replaceAll("").strip();
    if (deed.length() > 8 || AGE.matcher(deed).find()) {
      return Optional.empty();
    }
    return Optional.of("多大年龄能" + (deed.isEmpty() ? "参加" : deed));
  }

  /** The age a question names. */
  static int asked(String question) {
    Matcher age = AGE.matcher(question);
    age.find();
    return Numerals.parse(age.group(1));
  }

  /** Whether an answer's first line gives an age. */
  static boolean givesAge(String answer) {
    return answer.lines().findFirst().orElse("").contains("岁");
  }

  /**
   * A rule's bounds followed by a case's own (年满18周岁、不超过55周岁；其中叉车司机班年龄不超过50周岁): the rule, the cases
   * the clause names, and what it says of them.
   */
  private static final Pattern AMONG = Pattern.compile("[；;，,。]\\s*其中([^；;，,。]{2,30}?)(年龄|须|应)");

  /**
   * Whether the age is within the one bound or range an answer's first line gives; empty when it
   * gives none or several (不超过35周岁；…可放宽至38周岁). Where a clause of 其中 gives a case its own bound, the
   * case's bound holds for a question that names the case (52岁能报叉车班吗), the rule's for any other.
   */
  static Optional<Boolean> within(int asked, String question, String answer) {
    String first = answer.lines().findFirst().orElse("");
    Matcher among = AMONG.matcher(first);
    if (!among.find()) {
      return bounds(first).map(b -> b.hold(asked));
    }
    Optional<Bounds> rule = bounds(first.substring(0, among.start()));
    if (!namesACase(question, among.group(1))) {
      return rule.map(b -> b.hold(asked));
    }
    Optional<Bounds> own = bounds(first.substring(among.start()));
    return rule.flatMap(r -> own.map(o -> o.over(r).hold(asked)));
  }

  /** True when the question says a word of two characters of the cases a clause names. */
  private static boolean namesACase(String question, String cases) {
    for (int i = 0; i + 2 <= cases.length(); i++) {
      if (question.contains(cases.substring(i, i + 2))) {
        return true;
      }
    }
    return false;
  }

  /** The lowest and highest age allowed; 0 and 200 where a side has no bound. */
  private record Bounds(int low, int high) {
    boolean hold(int age) {
      return age >= low && age <= high;
    }

    /** These bounds, the other's where these have none. */
    Bounds over(Bounds other) {
      return new Bounds(low > 0 ? low : other.low, high < NONE ? high : other.high);
    }
  }

  private static final int NONE = 200;

  /** The one bound or range a text gives; empty when it gives none or several. */
  private static Optional<Bounds> bounds(String first) {
    if (BARRED.matcher(first).find()) {
      // 16周岁以下不得入内: the bound bars, which a plain reading takes for allowing
      return Optional.empty();
    }
    int ranges = count(RANGE, first);
    int most = count(AT_MOST, first);
    int least = count(AT_LEAST, first);
    // one range, or at most one upper and one lower bound (年满18周岁、不超过35周岁)
    if (ranges + most + least == 0
        || ranges > 0 && ranges + most + least > 1
        || most > 1
        || least > 1) {
      return Optional.empty();
    }
    if (ranges == 1) {
      Matcher range = RANGE.matcher(first);
      range.find();
      int low = Integer.parseInt(range.group(1));
      int high = Integer.parseInt(range.group(2));
      return low < high ? Optional.of(new Bounds(low, high)) : Optional.empty();
    }
    OptionalInt high = bound(AT_MOST.matcher(first));
    OptionalInt low = bound(AT_LEAST.matcher(first));
    return Optional.of(new Bounds(low.orElse(0), high.orElse(NONE)));
  }

  private static int count(Pattern p, String text) {
    return (int) p.matcher(text).results().count();
  }

  private static OptionalInt bound(Matcher m) {
    if (!m.find()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
  }
}
