package org.unionbot.core.admin;

import java.util.ArrayList;
import java.util.List;
import org.unionbot.knowledge.Faq;

/** The edits of FAQ pairs: add, update, remove, answer an unanswered question. */
final class FaqEdits {

  private FaqEdits() {}

  /** Adds a FAQ pair under a new id ({@code faq-N}). */
  static Edit add(String question, String answer) {
    return added("add-faq", question, answer);
  }

  /**
   * Answers an unanswered question: adds the FAQ pair and, in the same transaction, removes the
   * question from the unanswered list.
   */
  static Edit fromUnanswered(String text, String answer) {
    Edit add = added("faq-from-unanswered", text, answer);
    return (state, context) -> add.apply(state, context).with(c -> QuestionReports.forget(c, text));
  }

  static Edit update(String id, String question, String answer) {
    return (state, context) -> {
      Faq old = require(state, id);
      String q = Checks.line("question", question, Checks.MAX_QUESTION);
      String a = Checks.paragraph("answer", answer, Checks.MAX_ANSWER);
      requireNewQuestion(state, q, id);
      List<Faq> faqs = new ArrayList<>(state.faqs());
      faqs.set(faqs.indexOf(old), new Faq(id, q, a));
      return Edit.Proposal.of("update-faq", id, state.withFaqs(faqs));
    };
  }

  static Edit remove(String id) {
    return (state, context) -> {
      Faq old = require(state, id);
      List<Faq> faqs = new ArrayList<>(state.faqs());
      faqs.remove(old);
      return Edit.Proposal.of("remove-faq", id, state.withFaqs(faqs));
    };
  }

  private static Edit added(String action, String question, String answer) {
    return (state, context) -> {
      String q = Checks.line("question", question, Checks.MAX_QUESTION);
      String a = Checks.paragraph("answer", answer, Checks.MAX_ANSWER);
      requireNewQuestion(state, q, null);
      long n = context.peekId(IdSequence.FAQ);
      String id = IdSequence.FAQ.id(n);
      List<Faq> faqs = new ArrayList<>(state.faqs());
      faqs.add(new Faq(id, q, a));
      return Edit.Proposal.of(action, id, state.withFaqs(faqs))
          .with(Edit.advance(IdSequence.FAQ, n));
    };
  }

  private static Faq require(KbState state, String id) {
    return state.faqs().stream()
        .filter(f -> f.id().equals(id))
        .findFirst()
        .orElseThrow(() -> AdminException.notFound("no FAQ pair " + id));
  }

  private static void requireNewQuestion(KbState state, String question, String except) {
    String key = QuestionKey.of(question);
    for (Faq f : state.faqs()) {
      if (!f.id().equals(except) && QuestionKey.of(f.question()).equals(key)) {
        throw AdminException.invalid("FAQ pair " + f.id() + " already has this question");
      }
    }
  }
}
