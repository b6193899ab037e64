package org.unionbot.knowledge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How well a piece of text has the shape of an answer to a question's type (0 to 1). */
final class TypeFit {

  static final Pattern DATE =
      Pattern.compile(
          "\\d{4}年(\\d{1,2}月(\\d{1,2}[日号])?)?|\\d{1,2}月\\d{1,2}[日号]|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}");
  static final Pattern ENUMERATION =
      Pattern.compile("([^、，。；：“”]{1,12}、){1,}[^、，。；：“”]{1,12}|(“[^”]{1,30}”){2,}");
  private static final Pattern NAMED = Pattern.compile("“[^”]{2,40}”|《[^》]{2,40}》");
  private static final Pattern ANY_COUNT = Pattern.compile("\\d+(个|项|条|种|类|点|步|名|位|次|年|天|分钟)");
  private static final Pattern PERSON = Pattern.compile("总书记|主席|书记|教授|记者|同志|负责人|专家|劳模");
  private static final Pattern REASON = Pattern.compile("为了|因为|由于|所在|保证|意义|目的|为.{2,20}提供");

  private TypeFit() {}

  /** 1 when the canonical text has the shape the question asks for, less when partly. */
  static double of(Question q, String canonical, Snapshot kb) {
    return switch (q.type()) {
      case WHEN -> DATE.matcher(canonical).find() ? 1 : 0;
      case COUNT -> count(q, canonical);
      case LIST -> list(q, canonical);
      case NAME -> NAMED.matcher(canonical).find() ? 1 : 0;
      case WHERE -> kb.places.stream().anyMatch(canonical::contains) ? 1 : 0;
      case WHO -> PERSON.matcher(canonical).find() ? 0.5 : 0;
      case WHY -> REASON.matcher(canonical).find() ? 0.5 : 0;
      case WHAT -> definition(q, canonical);
      case HOW -> 0;
    };
  }

  static double count(Question q, String canonical) {
    if (!q.unit().isEmpty() && countOf(q.unit()).matcher(canonical).find()) {
      return 1;
    }
    if (!q.unit().isEmpty() && list(q, canonical) >= 0.8) {
      return 1;
    }
    return ANY_COUNT.matcher(canonical).find() ? 0.3 : 0;
  }

  /** "X是…" for a question "X是什么". */
  private static double definition(Question q, String canonical) {
    if (q.terms().isEmpty()) {
      return 0;
    }
    String subject = Canonical.text(q.terms().get(0));
    return canonical.contains(subject + "是") || canonical.contains(subject + "作为") ? 0.5 : 0;
  }

  /** "8个方面", "5分钟", "四个步骤" (canonical text has digits). */
  static Pattern countOf(String unit) {
    return Pattern.compile("\\d+(个|项|条|种|类|点|步|名|位|次)?" + Pattern.quote(unit));
  }

  static double list(Question q, String canonical) {
    Matcher m = ENUMERATION.matcher(canonical);
    double best = 0;
    while (m.find()) {
      String e = m.group();
      int items = e.startsWith("“") ? e.split("”“").length : e.split("、").length;
      double fit = 0.5;
      if (!q.unit().isEmpty() && e.contains(q.unit())) {
        fit += 0.3;
      }
      if (q.count().isPresent() && q.count().getAsInt() == items) {
        fit += 0.3;
      }
      best = Math.max(best, Math.min(1, fit));
    }
    return best;
  }
}
