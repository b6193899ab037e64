package org.unionbot.core.intent;

import java.util.Optional;
import org.unionbot.core.Reply;

/** In a round, a reply that attempts the current item is graded and the round moves on. */
final class RoundAnswer implements Intent {

  private final Quiz quiz;

  RoundAnswer(Quiz quiz) {
    this.quiz = quiz;
  }

  @Override
  public Optional<Reply> handle(Turn turn) {
    return turn.inRound()
        ? quiz.answer(turn.user(), turn.session(), turn.text())
        : Optional.empty();
  }
}
