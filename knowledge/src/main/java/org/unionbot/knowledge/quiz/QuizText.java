package org.unionbot.knowledge.quiz;

import java.util.List;
import java.util.regex.Pattern;
import org.unionbot.knowledge.notice.Clauses;
import org.unionbot.knowledge.quiz.QuizLists.QuizList;

/** Cuts prompts from sentences: the clauses around a blank, or a list's clause without the list. */
final class QuizText {

  private static final String TRAILING = "，、；：,;: ";
  private static final String END_MARKS = "。！？!?…";
  private static final String CLOSERS = "”’」』）)》";
  private static final String ELLIPSIS = "……";

  /** Fewest characters of context a list's clause must keep around the "……". */
  private static final int CONTEXT = 4;

  private static final Pattern CLAUSE_END = Pattern.compile("[，、；：。！？,;:!?]+$");

  private QuizText() {}

  /**
   * The clauses of the sentence around [start, end), widened by whole clauses while the window
   * stays within {@code max} characters, with the span replaced by {@link QuizItem#BLANK}; "……"
   * marks a window that starts mid-sentence, and it always ends like a sentence.
   */
  static String window(String sentence, int start, int end, int max) {
    int[] off = offsets(sentence);
    int a = clauseAt(off, start);
    int b = clauseAt(off, Math.max(start, end - 1));
    boolean grew = true;
    while (grew) {
      grew = false;
      if (a > 0 && off[b + 1] - off[a - 1] <= max) {
        a--;
        grew = true;
      }
      if (b + 2 < off.length && off[b + 2] - off[a] <= max) {
        b++;
        grew = true;
      }
    }
    String text =
        sentence.substring(off[a], start) + QuizItem.BLANK + sentence.substring(end, off[b + 1]);
    return (off[a] > 0 ? ELLIPSIS : "") + closed(text);
  }

  /**
   * The list's clause with the list itself replaced by "……" ("要大力弘扬……"), widened by a clause when
   * it says too little on its own ("要围绕……，广泛深入开展各种形式的劳动和技能竞赛").
   */
  static String listContext(String sentence, QuizList list) {
    int start = list.start();
    int end = list.end();
    if (list.quoted()) {
      start = Math.max(0, start - 1);
      end = Math.min(sentence.length(), end + 1);
    }
    int[] off = offsets(sentence);
    int a = clauseAt(off, start);
    int b = clauseAt(off, Math.max(start, end - 1));
    String before = sentence.substring(off[a], start);
    String after = CLAUSE_END.matcher(sentence.substring(end, off[b + 1])).replaceAll("");
    if (before.length() + after.length() < CONTEXT && a > 0) {
      before = sentence.substring(off[a - 1], start);
    } else if (before.length() + after.length() < CONTEXT && b + 2 < off.length) {
      after = CLAUSE_END.matcher(sentence.substring(end, off[b + 2])).replaceAll("");
    }
    return before + ELLIPSIS + after;
  }

  /** Clause boundaries: off[i] is where clause i starts, off[last] the sentence's length. */
  private static int[] offsets(String sentence) {
    List<String> clauses = Clauses.of(sentence);
    int[] off = new int[clauses.size() + 1];
    for (int i = 0; i < clauses.size(); i++) {
      off[i + 1] = off[i] + clauses.get(i).length();
    }
    return off;
  }

  private static int clauseAt(int[] off, int pos) {
    for (int i = 0; i + 1 < off.length; i++) {
      if (pos < off[i + 1]) {
        return i;
      }
    }
    return Math.max(0, off.length - 2);
  }

  /** The text ending like a sentence: an end mark, perhaps inside closing quotes. */
  private static String closed(String text) {
    String t = trimEnd(text);
    int i = t.length();
    int blank = QuizItem.BLANK.length();
    while (i > 0
        && CLOSERS.indexOf(t.charAt(i - 1)) >= 0
        && !t.startsWith(QuizItem.BLANK, i - blank)) {
      i--;
    }
    boolean ends = i > 0 && END_MARKS.indexOf(t.charAt(i - 1)) >= 0;
    return ends ? t : t + "。";
  }

  /** A heading with the span blanked, as it stands (headings have no end mark). */
  static String heading(String heading, int start, int end) {
    return heading.substring(0, start) + QuizItem.BLANK + heading.substring(end);
  }

  /** The text in quotes, its own quotes turned into inner ones: “四个步骤‘学深悟透’”. */
  static String quoted(String text) {
    return "“" + text.replace('“', '‘').replace('”', '’') + "”";
  }

  private static String trimEnd(String s) {
    int e = s.length();
    while (e > 0 && TRAILING.indexOf(s.charAt(e - 1)) >= 0) {
      e--;
    }
    return s.substring(0, e);
  }
}
