package org.unionbot.knowledge.quiz;

import java.util.List;
import java.util.Objects;

/**
 * One quiz question drawn from the knowledge base. Immutable.
 *
 * @param id stable id: the same item from the same text keeps its id across rebuilds
 * @param type multiple choice (A–D) or fill in the blank
 * @param prompt the question as the worker reads it, without the options
 * @param options for {@link Type#CHOICE}, the option texts in display order (no "A." prefix); empty
 *     for a blank
 * @param answer the correct option's text, or the text that fills the blank
 * @param accepted other forms that count as the answer of a blank (五个方面 for 5个方面, …)
 * @param source the sentence the item was made from, as written
 * @param section the heading of its section ("导语" for the lead)
 * @param doc the id of its document
 */
public record QuizItem(
    String id,
    Type type,
    String prompt,
    List<String> options,
    String answer,
    List<String> accepted,
    String source,
    String section,
    String doc) {

  /** The visible blank in the prompt of a {@link Type#BLANK} item (and of a cloze choice). */
  public static final String BLANK = "（____）";

  /** The two kinds of item. */
  public enum Type {
    CHOICE,
    BLANK
  }

  public QuizItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(prompt, "prompt");
    options = List.copyOf(options);
    Objects.requireNonNull(answer, "answer");
    accepted = List.copyOf(accepted);
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(doc, "doc");
  }

  /** The index of the correct option of a choice item, or -1 for a blank. */
  public int correctIndex() {
    return options.indexOf(answer);
  }
}
