package org.unionbot.core.intent;

import java.util.Optional;
import org.unionbot.core.Message;
import org.unionbot.core.Reply;

/**
 * One message on its way through the intents, with the sender's session.
 *
 * @param message what the user sent
 * @param text a text message's text, stripped; "" for an event
 * @param normalized {@code text} as {@link org.unionbot.knowledge.KnowledgeBase#normalize} makes
 *     it; "" for an event or an empty text
 * @param session the sender's state, locked while the turn is handled
 */
record Turn(Message message, String text, String normalized, Session session) {

  String user() {
    return message.user();
  }

  Optional<Message.Event> event() {
    return message instanceof Message.Event e ? Optional.of(e) : Optional.empty();
  }

  boolean inRound() {
    return session.round().isPresent();
  }

  /**
   * {@code reply} with a reminder of where the round is, when one runs and it is not a quiz reply.
   */
  Reply remindingOfTheRound(Reply reply) {
    Optional<QuizRound> round = session.round();
    if (round.isEmpty() || reply.kind() == Reply.Kind.QUIZ || reply.kind() == Reply.Kind.GRADE) {
      return reply;
    }
    String reminder = String.format(Texts.IN_ROUND, round.get().position(), round.get().total());
    return new Reply(
        reply.kind(),
        reply.text() + reminder,
        reply.sources(),
        reply.suggestions(),
        reply.quiz(),
        reply.grade());
  }
}
