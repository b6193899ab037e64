package org.unionbot.core.intent;

import java.util.List;
import org.unionbot.core.QuestionLog;
import org.unionbot.core.Reply;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.Source;

/**
 * Asks the knowledge base a question, reports it to the question log, and keeps the answer and its
 * suggestions in the session for follow-ups and numbered picks. A substantive answer out of a round
 * may end with an invitation to "考考我" on its section. A question about a union matter outside the
 * notices ({@link Referral}) that the knowledge base refuses, or answers only unsure, gets a
 * refusal that refers the worker elsewhere, and is not logged as unanswered: it is not the notices'
 * gap.
 */
final class Questions {

  private final KnowledgeBase knowledge;
  private final QuestionLog log;
  private final Referral referral;

  Questions(KnowledgeBase knowledge, QuestionLog log, Referral referral) {
    this.knowledge = knowledge;
    this.log = log;
    this.referral = referral;
  }

  Reply ask(String text, Session session) {
    Answer a = knowledge.answer(text);
    session.answered(a);
    session.unsure(!a.answered() || a.lowConfidence());
    if ((!a.answered() || a.lowConfidence()) && Referral.about(text, knowledge::mentions)) {
      return referred(a);
    }
    log.record(text, a);
    if (!a.answered()) {
      return new Reply(Reply.Kind.FALLBACK, a.text(), a.sources(), a.suggestions());
    }
    String reply = a.text();
    if (substantive(a) && session.round().isEmpty() && session.mayInvite()) {
      reply += Texts.INVITE;
    }
    return new Reply(Reply.Kind.ANSWER, reply, a.sources(), a.suggestions());
  }

  private Reply referred(Answer a) {
    StringBuilder text = new StringBuilder(referral.line());
    List<String> offered = a.suggestions();
    if (!offered.isEmpty()) {
      text.append('\n').append(Texts.ALSO_ASK);
      for (int i = 0; i < offered.size(); i++) {
        text.append('\n').append(i + 1).append(". ").append(offered.get(i));
      }
    }
    return new Reply(Reply.Kind.FALLBACK, text.toString(), List.of(), offered);
  }

  /** A sure answer from one section that has quiz items, which "考考我" can then ask from. */
  private boolean substantive(Answer a) {
    if (a.lowConfidence() || a.sources().size() != 1) {
      return false;
    }
    Source s = a.sources().get(0);
    return knowledge.quizItems().stream()
        .anyMatch(i -> i.doc().equals(s.doc()) && i.section().equals(s.section()));
  }
}
