package org.unionbot.knowledge;

import java.util.List;
import java.util.Set;
import org.unionbot.knowledge.quiz.QuizItem;

/**
 * Everything one knowledge-base version is built from, as admins curate it. Immutable.
 *
 * @param documents the notices, in the order admins added them
 * @param faqs curated question-and-answer pairs; they beat extracted answers
 * @param synonyms words in questions read as words of the notices
 * @param quizItems curated quiz items; one with the id of a generated item replaces it (an edit)
 * @param disabledQuiz ids of quiz items (generated or curated) that are never asked
 */
public record Content(
    List<NoticeText> documents,
    List<Faq> faqs,
    List<Synonym> synonyms,
    List<QuizItem> quizItems,
    Set<String> disabledQuiz) {

  public Content {
    documents = List.copyOf(documents);
    faqs = List.copyOf(faqs);
    synonyms = List.copyOf(synonyms);
    quizItems = List.copyOf(quizItems);
    disabledQuiz = Set.copyOf(disabledQuiz);
  }

  /** Just these notices, nothing curated. */
  public static Content of(List<NoticeText> documents) {
    return new Content(documents, List.of(), List.of(), List.of(), Set.of());
  }
}
