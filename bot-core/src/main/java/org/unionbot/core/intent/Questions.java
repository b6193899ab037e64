package org.unionbot.core.intent;

import org.unionbot.core.QuestionLog;
import org.unionbot.core.Reply;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.KnowledgeBase;

/**
 * Asks the knowledge base a question, reports it to the question log, and keeps the answer and its
 * suggestions in the session for follow-ups and numbered picks.
 */
final class Questions {

  private final KnowledgeBase knowledge;
  private final QuestionLog log;

  Questions(KnowledgeBase knowledge, QuestionLog log) {
    this.knowledge = knowledge;
    this.log = log;
  }

  Reply ask(String text, Session session) {
    Answer a = knowledge.answer(text);
    log.record(text, a);
    session.answered(a);
    Reply.Kind kind = a.answered() ? Reply.Kind.ANSWER : Reply.Kind.FALLBACK;
    return new Reply(kind, a.text(), a.sources(), a.suggestions());
  }
}
