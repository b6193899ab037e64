package org.unionbot.core.admin;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.quiz.QuizItem;

/** The validation every change passes before anything is built or stored. */
final class Checks {

  /** The longest document text, in characters: a long notice is 10–30k; this leaves room. */
  static final int MAX_TEXT = 300_000;

  static final int MAX_TITLE = 200;

  /** Questions longer than this are cut by the knowledge base anyway. */
  static final int MAX_QUESTION = 500;

  static final int MAX_ANSWER = 2_000;
  static final int MAX_TERM = 50;
  static final int MAX_PROMPT = 500;
  static final int MAX_OPTION = 200;
  static final int MAX_SOURCE = 1_000;
  static final int MIN_OPTIONS = 2;
  static final int MAX_OPTIONS = 4;

  private Checks() {}

  static String text(String text) {
    if (text == null || text.isBlank()) {
      throw AdminException.invalid("the text is empty");
    }
    if (text.length() > MAX_TEXT) {
      throw AdminException.invalid(
          "the text has " + text.length() + " characters; the limit is " + MAX_TEXT);
    }
    int bad = binary(text, true);
    if (bad >= 0) {
      throw AdminException.invalid(
          "the text looks binary (character "
              + (bad + 1)
              + " is a control character); upload UTF-8 plain text or Markdown");
    }
    return text;
  }

  /** A list's limit: not negative. */
  static int limit(int limit) {
    if (limit < 0) {
      throw AdminException.invalid("the limit must not be negative");
    }
    return limit;
  }

  /** A report's days: 1 to 366. */
  static void days(int days) {
    if (days < 1 || days > 366) {
      throw AdminException.invalid("days must be 1 to 366, not " + days);
    }
  }

  /** A stripped title. */
  static String title(String title) {
    return line("title", title, MAX_TITLE);
  }

  /** The key titles are compared by: stripped, width- and case-folded, simplified. */
  static String titleKey(String title) {
    return KnowledgeBase.normalize(title.strip()).strip();
  }

  /** A stripped, non-blank, single-line value of at most {@code max} characters. */
  static String line(String what, String value, int max) {
    return checked(what, value, max, false);
  }

  /** A stripped, non-blank value of at most {@code max} characters; line breaks allowed. */
  static String paragraph(String what, String value, int max) {
    return checked(what, value, max, true);
  }

  private static String checked(String what, String value, int max, boolean lineBreaks) {
    if (value == null || value.isBlank()) {
      throw AdminException.invalid("the " + what + " is empty");
    }
    String v = value.strip();
    if (v.length() > max) {
      throw AdminException.invalid(
          "the " + what + " has " + v.length() + " characters; the limit is " + max);
    }
    if (binary(v, lineBreaks) >= 0) {
      throw AdminException.invalid(
          "the "
              + what
              + (lineBreaks
                  ? " contains a control character"
                  : " contains a line break or control character"));
    }
    return v;
  }

  /**
   * The index of the first character that does not belong in text (a C0 control other than tab and
   * line breaks, DEL, or U+FFFD, the mark of bytes that were not UTF-8), or -1.
   */
  static int binary(String s, boolean lineBreaks) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean allowed = c == '\t' || (lineBreaks && (c == '\n' || c == '\r'));
      if ((c < 0x20 && !allowed) || c == 0x7f || c == '\uFFFD') {
        return i;
      }
    }
    return -1;
  }

  /** A quiz draft, checked and stripped. */
  static QuizDraft quiz(QuizDraft draft) {
    if (draft == null) {
      throw AdminException.invalid("the quiz item is missing");
    }
    String prompt = paragraph("prompt", draft.prompt(), MAX_PROMPT);
    String answer = line("answer", draft.answer(), MAX_OPTION);
    String source = draft.source().isBlank() ? "" : paragraph("source", draft.source(), MAX_SOURCE);
    List<String> options =
        draft.options().stream().map(o -> line("option", o, MAX_OPTION)).toList();
    List<String> accepted =
        draft.accepted().stream().map(a -> line("accepted answer", a, MAX_OPTION)).toList();
    if (draft.type() == QuizItem.Type.CHOICE) {
      if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
        throw AdminException.invalid(
            "a choice needs " + MIN_OPTIONS + " to " + MAX_OPTIONS + " options");
      }
      Set<String> seen = new HashSet<>();
      for (String o : options) {
        if (!seen.add(titleKey(o))) {
          throw AdminException.invalid("the option “" + o + "” is given twice");
        }
      }
      if (!options.contains(answer)) {
        throw AdminException.invalid("the answer must be one of the options");
      }
      if (!accepted.isEmpty()) {
        throw AdminException.invalid("only a blank takes other accepted answers");
      }
    } else if (!options.isEmpty()) {
      throw AdminException.invalid("a blank has no options");
    }
    return new QuizDraft(draft.type(), prompt, options, answer, accepted, source);
  }
}
