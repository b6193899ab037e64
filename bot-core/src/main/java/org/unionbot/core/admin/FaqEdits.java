package org.unionbot.core.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unionbot.knowledge.Faq;
import org.unionbot.knowledge.answer.Faqs;

/**
 * The edits of FAQ pairs: add, update, remove, answer an unanswered question, attach one to a pair
 * as an alternative wording.
 */
final class FaqEdits {

  /** Most alternative wordings a pair may have. */
  static final int MAX_ALTERNATIVES = 100;

  private FaqEdits() {}

  /** Adds a FAQ pair under a new id ({@code faq-N}). */
  static Edit add(String question, String answer, List<String> alternatives) {
    return added("add-faq", question, answer, alternatives);
  }

  /**
   * Answers an unanswered question: adds the FAQ pair and, in the same transaction, removes the
   * question from the unanswered list.
   */
  static Edit fromUnanswered(String text, String answer) {
    Edit add = added("faq-from-unanswered", text, answer, List.of());
    return (state, context) -> add.apply(state, context).with(c -> QuestionReports.forget(c, text));
  }

  /**
   * Updates a pair; {@code alternatives} null keeps the ones it has (a client that does not know
   * them loses none).
   */
  static Edit update(String id, String question, String answer, List<String> alternatives) {
    return (state, context) -> {
      Faq old = require(state, id);
      String q = Checks.line("question", question, Checks.MAX_QUESTION);
      String a = Checks.paragraph("answer", answer, Checks.MAX_ANSWER);
      List<String> alts = alternatives(q, alternatives == null ? old.alternatives() : alternatives);
      requireNewWordings(state, q, alts, id);
      List<Faq> faqs = new ArrayList<>(state.faqs());
      faqs.set(faqs.indexOf(old), new Faq(id, q, a, alts));
      return Edit.Proposal.of("update-faq", id, state.withFaqs(faqs));
    };
  }

  /**
   * Attaches an unanswered question to a pair as one more alternative wording and, in the same
   * transaction, removes it from the unanswered list.
   */
  static Edit attach(String text, String id) {
    return (state, context) -> {
      Faq old = require(state, id);
      String t = Checks.line("text", text, Checks.MAX_QUESTION);
      List<String> next = new ArrayList<>(old.alternatives());
      next.add(t);
      List<String> alts = alternatives(old.question(), next);
      if (alts.size() == old.alternatives().size()) {
        throw AdminException.invalid("这个问法已经是问答「" + old.question() + "」的问法了");
      }
      requireNewWordings(state, old.question(), alts, id);
      List<Faq> faqs = new ArrayList<>(state.faqs());
      faqs.set(faqs.indexOf(old), old.withAlternatives(alts));
      return Edit.Proposal.of("attach-unanswered", id, state.withFaqs(faqs))
          .with(c -> QuestionReports.forget(c, t));
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

  private static Edit added(
      String action, String question, String answer, List<String> alternatives) {
    return (state, context) -> {
      String q = Checks.line("question", question, Checks.MAX_QUESTION);
      String a = Checks.paragraph("answer", answer, Checks.MAX_ANSWER);
      List<String> alts = alternatives(q, alternatives);
      requireNewWordings(state, q, alts, null);
      long n = context.peekId(IdSequence.FAQ);
      String id = IdSequence.FAQ.id(n);
      List<Faq> faqs = new ArrayList<>(state.faqs());
      faqs.add(new Faq(id, q, a, alts));
      return Edit.Proposal.of(action, id, state.withFaqs(faqs))
          .with(Edit.advance(IdSequence.FAQ, n));
    };
  }

  /**
   * The alternatives as stored: each stripped and checked as a question, blank lines and repeats
   * (of the question or of one another, as {@link Faqs#key} tells wordings apart) left out.
   */
  static List<String> alternatives(String question, List<String> given) {
    Map<String, String> byKey = new LinkedHashMap<>();
    byKey.put(Faqs.key(question), question);
    for (String g : given) {
      if (g == null || g.isBlank()) {
        continue;
      }
      String w = Checks.line("alternative", g, Checks.MAX_QUESTION);
      byKey.putIfAbsent(Faqs.key(w), w);
    }
    if (byKey.size() - 1 > MAX_ALTERNATIVES) {
      throw AdminException.invalid("一个问答最多有 " + MAX_ALTERNATIVES + " 种其他问法");
    }
    return List.copyOf(new ArrayList<>(byKey.values()).subList(1, byKey.size()));
  }

  private static Faq require(KbState state, String id) {
    return state.faqs().stream()
        .filter(f -> f.id().equals(id))
        .findFirst()
        .orElseThrow(() -> AdminException.notFound("no FAQ pair " + id));
  }

  /** No wording of another pair is the question or one of the alternatives. */
  private static void requireNewWordings(
      KbState state, String question, List<String> alternatives, String except) {
    Map<String, String> mine = new LinkedHashMap<>();
    mine.put(Faqs.key(question), question);
    alternatives.forEach(a -> mine.put(Faqs.key(a), a));
    for (Faq f : state.faqs()) {
      if (f.id().equals(except)) {
        continue;
      }
      for (String w : f.wordings()) {
        String taken = mine.get(Faqs.key(w));
        if (taken != null && taken.equals(question)) {
          throw AdminException.invalid("FAQ pair " + f.id() + " already has this question");
        }
        if (taken != null) {
          throw AdminException.invalid("问法「" + taken + "」已经属于问答「" + f.question() + "」");
        }
      }
    }
  }
}
