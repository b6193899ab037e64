package org.unionbot.core.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.unionbot.knowledge.Content;
import org.unionbot.knowledge.Faq;
import org.unionbot.knowledge.NoticeText;
import org.unionbot.knowledge.Synonym;
import org.unionbot.knowledge.quiz.QuizItem;

/**
 * Everything one knowledge-base version is made of, as stored: the documents with their revision
 * ids, and the curated lists. Immutable.
 *
 * @param version the version number (0 for a state not yet committed)
 * @param documents the documents, in the admins' order
 * @param faqs the FAQ pairs
 * @param synonyms the synonyms
 * @param quiz the curated quiz items
 * @param disabled ids of quiz items never asked
 */
record KbState(
    long version,
    List<Doc> documents,
    List<Faq> faqs,
    List<Synonym> synonyms,
    List<QuizItem> quiz,
    Set<String> disabled) {

  /**
   * One document at one revision.
   *
   * @param id the document id
   * @param revision the revision's row id; 0 for a revision not stored yet
   * @param title the title
   * @param text the text
   * @param updatedAt when the revision was made
   */
  record Doc(String id, long revision, String title, String text, Instant updatedAt) {

    NoticeText notice() {
      return new NoticeText(id, Optional.of(title), text);
    }

    DocumentInfo info() {
      return new DocumentInfo(id, title, text.length(), updatedAt);
    }

    Document document() {
      return new Document(id, title, text, updatedAt);
    }
  }

  KbState {
    documents = List.copyOf(documents);
    faqs = List.copyOf(faqs);
    synonyms = List.copyOf(synonyms);
    quiz = List.copyOf(quiz);
    disabled = Set.copyOf(disabled);
  }

  /** What {@link org.unionbot.knowledge.KnowledgeBase#build} makes this version from. */
  Content content() {
    List<NoticeText> notices = new ArrayList<>(documents.size());
    for (Doc d : documents) {
      notices.add(d.notice());
    }
    return new Content(notices, faqs, synonyms, quiz, disabled);
  }

  Optional<Doc> document(String id) {
    return documents.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  KbState withDocuments(List<Doc> next) {
    return new KbState(0, next, faqs, synonyms, quiz, disabled);
  }

  KbState withFaqs(List<Faq> next) {
    return new KbState(0, documents, next, synonyms, quiz, disabled);
  }

  KbState withSynonyms(List<Synonym> next) {
    return new KbState(0, documents, faqs, next, quiz, disabled);
  }

  KbState withQuiz(List<QuizItem> next, Set<String> nextDisabled) {
    return new KbState(0, documents, faqs, synonyms, next, nextDisabled);
  }

  /** Whether a version with this state would be built from the same content as {@code other}. */
  boolean sameContent(KbState other) {
    return content().equals(other.content());
  }
}
