package org.unionbot.knowledge.quiz;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.analysis.Canonical;

/**
 * Grades a worker's reply to a quiz item, accepting any equivalent form: a letter in any case or
 * width with or without a trailing dot (A, ａ, "B."), the option's text, and for blanks the answer
 * with numerals either way (五/5), with or without its classifier and unit (8个方面, 八个方面, 8), in
 * traditional characters too. Stateless and thread-safe.
 */
public final class QuizGrader {

  private static final Pattern LETTER = Pattern.compile("^(?:选)?([a-d])[.、)。．）]?$");
  private static final Pattern QUESTION = Pattern.compile("[?？]|什么|哪|几|吗|怎么|为什么|谁|如何|是否");
  private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+)(.*)$");
  private static final int SLACK = 4;

  private QuizGrader() {}

  /**
   * Whether the reply is right; empty when it is not an attempt at this item at all (a question
   * asked in the middle of a round, for example).
   */
  public static Optional<Boolean> grade(QuizItem item, String reply) {
    String r = clean(reply);
    if (r.isEmpty()) {
      return Optional.empty();
    }
    if (item.type() == QuizItem.Type.CHOICE) {
      Matcher letter = LETTER.matcher(r);
      if (letter.matches()) {
        int chosen = letter.group(1).charAt(0) - 'a';
        return Optional.of(chosen == item.correctIndex());
      }
      for (int i = 0; i < item.options().size(); i++) {
        if (r.equals(clean(item.options().get(i)))) {
          return Optional.of(i == item.correctIndex());
        }
      }
      return looksLikeQuestion(reply) ? Optional.empty() : Optional.of(false);
    }
    if (matches(item.answer(), r) || item.accepted().stream().anyMatch(a -> matches(a, r))) {
      return Optional.of(true);
    }
    return looksLikeQuestion(reply) ? Optional.empty() : Optional.of(false);
  }

  /** True when the text reads as a question rather than an answer. */
  public static boolean looksLikeQuestion(String text) {
    return QUESTION.matcher(text).find() && clean(text).length() > 4;
  }

  private static boolean matches(String expected, String reply) {
    String e = clean(expected);
    if (e.isEmpty()) {
      return false;
    }
    if (reply.equals(e) || reply.contains(e) && reply.length() <= e.length() + SLACK) {
      return true;
    }
    Matcher n = LEADING_NUMBER.matcher(e);
    if (n.matches()) {
      String number = n.group(1);
      String rest = n.group(2);
      return reply.equals(number)
          || !rest.isEmpty() && reply.equals(number + rest.substring(0, 1))
          || reply.startsWith(number) && rest.startsWith(reply.substring(number.length()));
    }
    return false;
  }

  /** Canonical form without punctuation or spaces: 八個方面 → 8个方面, Ａ． → a. */
  static String clean(String s) {
    String c = Canonical.question(s);
    String letterOnly = c.replaceAll("[\\s\\p{Z}]+", "");
    if (letterOnly.matches("^(?:选)?[a-d][.、)。．）]?$")) {
      return letterOnly;
    }
    return c.replaceAll("[\\p{P}\\p{S}\\s\\p{Z}]+", "");
  }
}
