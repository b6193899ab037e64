package org.unionbot.knowledge;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the shortest part of a sentence that answers: a window of up to three clauses that covers
 * the question and has the asked-for shape, or, for a count that sits inside a quoted name, just
 * that name.
 */
final class Spans {

  /** Longest answer span before it is cut back to its best clauses. */
  static final int MAX_SPAN = 110;

  private static final Pattern QUOTED = Pattern.compile("“[^”]{1,40}”");
  private static final String TRAILING = "，：；,;:、";

  private Spans() {}

  static String answer(Question q, Weights w, Passage p, Snapshot kb) {
    List<String> clauses = p.clauses();
    String best = p.text();
    double bestValue = Double.NEGATIVE_INFINITY;
    double sentenceFit = TypeFit.of(q, p.canonical(), kb);
    for (int i = 0; i < clauses.size(); i++) {
      StringBuilder window = new StringBuilder();
      for (int j = i; j < Math.min(clauses.size(), i + 3); j++) {
        window.append(clauses.get(j));
        String text = window.toString();
        String canonical = Canonical.text(text);
        double fit = TypeFit.of(q, canonical, kb);
        if (sentenceFit > 0 && fit < sentenceFit) {
          continue;
        }
        double value = w.coverage(canonical) + 0.8 * fit - 0.004 * text.length();
        if (newInformation(w, canonical) < 2) {
          value -= 0.5;
        }
        if (value > bestValue) {
          bestValue = value;
          best = text;
        }
      }
    }
    if (q.type() == QuestionType.COUNT && !q.unit().isEmpty()) {
      best = quotedCount(q, best);
    }
    return tidy(best);
  }

  /** Characters of the span that the question does not already say. */
  private static int newInformation(Weights w, String canonical) {
    String rest = canonical;
    for (Weights.Term t : w.terms) {
      for (String f : t.forms()) {
        rest = rest.replace(f, "");
      }
    }
    return (int) rest.codePoints().filter(Character::isLetterOrDigit).count();
  }

  /** A count inside a quoted programme name (“班前5分钟思政小课”) is answered by the name. */
  private static String quotedCount(Question q, String span) {
    Matcher m = QUOTED.matcher(span);
    while (m.find()) {
      if (TypeFit.countOf(q.unit()).matcher(Canonical.text(m.group())).find()) {
        return m.group();
      }
    }
    return span;
  }

  static String tidy(String span) {
    String s = span.strip();
    while (!s.isEmpty() && TRAILING.indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.length() > MAX_SPAN) {
      s = s.substring(0, MAX_SPAN) + "…";
    }
    if (!s.isEmpty() && "。！？…”」》".indexOf(s.charAt(s.length() - 1)) < 0) {
      s += "。";
    }
    return s;
  }
}
