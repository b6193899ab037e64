package org.unionbot.core.admin;

import java.util.List;
import java.util.Objects;
import org.unionbot.knowledge.quiz.QuizItem;

/**
 * A quiz item as an admin writes it; the service gives it an id.
 *
 * @param type multiple choice or fill in the blank
 * @param prompt the question
 * @param options for a choice, 2 to 4 distinct option texts (no "A." prefix); empty for a blank
 * @param answer the correct option's text, or the word that fills the blank
 * @param accepted other forms that count for a blank (may be empty)
 * @param source the sentence the item is about, shown when the answer is wrong (may be blank)
 */
public record QuizDraft(
    QuizItem.Type type,
    String prompt,
    List<String> options,
    String answer,
    List<String> accepted,
    String source) {

  public QuizDraft {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(prompt, "prompt");
    options = List.copyOf(options);
    Objects.requireNonNull(answer, "answer");
    accepted = List.copyOf(accepted);
    Objects.requireNonNull(source, "source");
  }
}
