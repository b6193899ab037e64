package org.unionbot.knowledge;

import java.util.Objects;

/**
 * A curated question-and-answer pair. Its question, and close paraphrases of it, get its answer
 * instead of one extracted from the notices.
 *
 * @param id stable id
 * @param question the question as the admin wrote it
 * @param answer the answer, as a worker reads it
 */
public record Faq(String id, String question, String answer) {

  public Faq {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
  }
}
