package org.unionbot.core.intent;

import java.util.Optional;
import org.unionbot.core.Reply;

/**
 * The last row: anything else is a question to the knowledge base. Asked in a round, it is answered
 * with a reminder, and the round stays open.
 */
final class Question implements Intent {

  private final Questions questions;

  Question(Questions questions) {
    this.questions = questions;
  }

  @Override
  public Optional<Reply> handle(Turn turn) {
    return Optional.of(turn.remindingOfTheRound(questions.ask(turn.text(), turn.session())));
  }
}
