package org.unionbot.core.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.unionbot.knowledge.Content;
import org.unionbot.knowledge.Faq;
import org.unionbot.knowledge.NoticeText;
import org.unionbot.knowledge.Synonym;
import org.unionbot.knowledge.quiz.QuizItem;

/**
 * The edit that replaces the whole content (documents, FAQ, synonyms, curated and disabled quiz
 * items) exactly as it is given: the ids stay, so that disabled and edited quiz items keep
 * matching. Each part is checked as the single edits check it.
 */
final class ContentImport {

  private ContentImport() {}

  static Edit of(Content content) {
    Objects.requireNonNull(content, "content");
    return (state, context) -> {
      if (content.documents().isEmpty()) {
        throw AdminException.invalid("the knowledge base needs at least one document");
      }
      KbState next =
          new KbState(
              0,
              documents(content, context.now()),
              faqs(content),
              synonyms(content),
              quiz(content),
              disabled(content));
      return Edit.Proposal.of("import", "content", next);
    };
  }

  private static List<KbState.Doc> documents(Content content, Instant at) {
    List<KbState.Doc> docs = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Set<String> titles = new HashSet<>();
    for (NoticeText n : content.documents()) {
      String id = Checks.line("document id", n.id(), Checks.MAX_TERM);
      String title = Checks.title(n.title().orElse(id));
      if (!ids.add(id)) {
        throw AdminException.invalid("document " + id + " is given twice");
      }
      if (!titles.add(Checks.titleKey(title))) {
        throw AdminException.invalid("the title “" + title + "” is given twice");
      }
      docs.add(new KbState.Doc(id, 0, title, Checks.text(n.text()), at));
    }
    return docs;
  }

  private static List<Faq> faqs(Content content) {
    List<Faq> faqs = new ArrayList<>();
    Set<String> faqIds = new HashSet<>();
    Set<String> questions = new HashSet<>();
    for (Faq f : content.faqs()) {
      String id = Checks.line("FAQ id", f.id(), Checks.MAX_TERM);
      String q = Checks.line("question", f.question(), Checks.MAX_QUESTION);
      if (!faqIds.add(id) || !questions.add(QuestionKey.of(q))) {
        throw AdminException.invalid("FAQ pair " + id + " is given twice");
      }
      String a = Checks.paragraph("answer", f.answer(), Checks.MAX_ANSWER);
      faqs.add(new Faq(id, q, a, FaqEdits.alternatives(q, f.alternatives())));
    }
    return faqs;
  }

  private static List<Synonym> synonyms(Content content) {
    List<Synonym> synonyms = new ArrayList<>();
    Set<String> terms = new HashSet<>();
    for (Synonym y : content.synonyms()) {
      String t = Checks.line("term", y.term(), Checks.MAX_TERM);
      String c = Checks.line("canonical word", y.canonical(), Checks.MAX_TERM);
      if (Checks.titleKey(t).equals(Checks.titleKey(c))) {
        throw AdminException.invalid("a word cannot be its own synonym: " + t);
      }
      if (!terms.add(Checks.titleKey(t))) {
        throw AdminException.invalid("the synonym for " + t + " is given twice");
      }
      synonyms.add(new Synonym(t, c));
    }
    return synonyms;
  }

  private static List<QuizItem> quiz(Content content) {
    List<QuizItem> quiz = new ArrayList<>();
    Set<String> quizIds = new HashSet<>();
    for (QuizItem q : content.quizItems()) {
      String id = Checks.line("quiz item id", q.id(), Checks.MAX_TERM);
      if (!quizIds.add(id)) {
        throw AdminException.invalid("quiz item " + id + " is given twice");
      }
      QuizDraft d =
          Checks.quiz(
              new QuizDraft(
                  q.type(), q.prompt(), q.options(), q.answer(), q.accepted(), q.source()));
      quiz.add(QuizEdits.item(id, d, q.section(), q.doc()));
    }
    return quiz;
  }

  private static Set<String> disabled(Content content) {
    Set<String> disabled = new LinkedHashSet<>();
    for (String id : content.disabledQuiz()) {
      disabled.add(Checks.line("disabled quiz item id", id, Checks.MAX_TERM));
    }
    return disabled;
  }
}
