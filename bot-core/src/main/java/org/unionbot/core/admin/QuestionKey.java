package org.unionbot.core.admin;

import java.util.regex.Pattern;
import org.unionbot.knowledge.KnowledgeBase;

/**
 * How the question log groups and stores a question's wording: the key that different wordings of
 * one question share, and the text shown for it, both cut to {@value #MAX_TEXT} characters.
 */
final class QuestionKey {

  /**
   * Stored question texts and keys are cut to this many characters, far beyond what a worker types
   * as a question, so that a row (key and text, up to 3 UTF-8 bytes a character) stays within what
   * SQLite keeps on a 4 KiB B-tree page (about 1,000 bytes) instead of spilling to overflow pages.
   * Cut at 500, a day of 20,000 distinct long questions (a flood) added 187 MB to the file.
   */
  static final int MAX_TEXT = 100;

  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern SPACE_BY_HAN =
      Pattern.compile(
          "(?<=[\\p{IsHan}\\p{IsPunctuation}])\\s+|\\s+(?=[\\p{IsHan}\\p{IsPunctuation}])");
  private static final Pattern TRAILING = Pattern.compile("[\\s?？!！。.]+$");

  private QuestionKey() {}

  /**
   * The text questions are grouped by: {@link KnowledgeBase#normalize}d (traditional → simplified,
   * full-width → half-width, lower case), whitespace next to Chinese characters or punctuation
   * removed and other runs collapsed to one space, trailing ?？!！。 removed.
   */
  static String of(String question) {
    String t = KnowledgeBase.normalize(question.strip());
    t = SPACE_BY_HAN.matcher(t).replaceAll("");
    t = SPACE.matcher(t).replaceAll(" ");
    t = TRAILING.matcher(t).replaceAll("");
    return cut(t.strip());
  }

  /** The question as stored for display: stripped, runs of whitespace as one space, cut. */
  static String text(String question) {
    return cut(SPACE.matcher(question.strip()).replaceAll(" "));
  }

  private static String cut(String s) {
    if (s.length() <= MAX_TEXT) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
    return s.substring(0, end); // never half a character
  }
}
