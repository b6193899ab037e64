package org.unionbot.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * The knowledge base's reply to a question. Immutable.
 *
 * @param kind {@link Kind#ANSWER} when the knowledge base holds the answer, else {@link
 *     Kind#FALLBACK} (a polite refusal that never quotes an unrelated passage)
 * @param text the reply as a worker reads it
 * @param sources where the answer came from (empty for a fallback)
 * @param suggestions questions the worker could ask instead or next, in order
 * @param detail the whole paragraph the answer came from ("详细说说"), or "" when there is none
 * @param confidence how sure the knowledge base is, in [0, 1]: 0 for a fallback; 1 for a curated
 *     FAQ answer, a title or byline answer, or an outline answer to a question of structure words
 *     only ("分几步"); else the share of the question's weight that the answering heading, or the
 *     answering sentence with its heading, holds, times 0.7 when another sentence ranked almost as
 *     high; see {@link #lowConfidence()}
 */
public record Answer(
    Kind kind,
    String text,
    List<Source> sources,
    List<String> suggestions,
    String detail,
    double confidence) {

  /**
   * Below this confidence an answer is {@linkplain #lowConfidence() low-confidence}. Measured on
   * the extended question set (docs/how-it-answers.md): it flags most wrong or weak answers and few
   * right ones.
   */
  public static final double LOW_CONFIDENCE = 0.75;

  /** Whether the knowledge base answered. */
  public enum Kind {
    ANSWER,
    FALLBACK
  }

  public Answer {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    sources = List.copyOf(sources);
    suggestions = List.copyOf(suggestions);
    Objects.requireNonNull(detail, "detail");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
    }
  }

  /** A reply with the default confidence: 1 for an answer, 0 for a fallback. */
  public Answer(
      Kind kind, String text, List<Source> sources, List<String> suggestions, String detail) {
    this(kind, text, sources, suggestions, detail, kind == Kind.ANSWER ? 1 : 0);
  }

  /** A reply without a paragraph to expand on, with the default confidence. */
  public Answer(Kind kind, String text, List<Source> sources, List<String> suggestions) {
    this(kind, text, sources, suggestions, "");
  }

  public boolean answered() {
    return kind == Kind.ANSWER;
  }

  /**
   * True for an answer the knowledge base is unsure of (confidence below {@link #LOW_CONFIDENCE}):
   * worth an admin's look, like a fallback. Always false for a fallback, which is not an answer;
   * the admins' "unanswered questions" take {@code !answered() || lowConfidence()}.
   */
  public boolean lowConfidence() {
    return answered() && confidence < LOW_CONFIDENCE;
  }
}
