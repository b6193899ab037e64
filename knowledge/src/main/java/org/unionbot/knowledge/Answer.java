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
 */
public record Answer(
    Kind kind, String text, List<Source> sources, List<String> suggestions, String detail) {

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
  }

  /** An answer without a paragraph to expand on. */
  public Answer(Kind kind, String text, List<Source> sources, List<String> suggestions) {
    this(kind, text, sources, suggestions, "");
  }

  public boolean answered() {
    return kind == Kind.ANSWER;
  }
}
