package org.unionbot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A curated question-and-answer pair. Its question, its alternative wordings, and close paraphrases
 * of any of them get its answer instead of one extracted from the notices.
 *
 * @param id stable id
 * @param question the question as the admin wrote it
 * @param answer the answer, as a worker reads it
 * @param alternatives other wordings of the question (an unanswered question attached to the pair,
 *     say), in the admins' order; may be empty
 */
public record Faq(String id, String question, String answer, List<String> alternatives) {

  public Faq {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    alternatives = List.copyOf(alternatives);
  }

  /** A pair without alternative wordings. */
  public Faq(String id, String question, String answer) {
    this(id, question, answer, List.of());
  }

  /** The question, then its alternatives: every wording the pair is matched by. */
  public List<String> wordings() {
    List<String> out = new ArrayList<>(1 + alternatives.size());
    out.add(question);
    out.addAll(alternatives);
    return out;
  }

  /** This pair with these alternatives. */
  public Faq withAlternatives(List<String> next) {
    return new Faq(id, question, answer, next);
  }
}
