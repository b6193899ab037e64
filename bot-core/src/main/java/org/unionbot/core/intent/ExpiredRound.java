package org.unionbot.core.intent;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.unionbot.core.Reply;
import org.unionbot.core.score.ScoreStore;
import org.unionbot.knowledge.quiz.QuizGrader;

/**
 * A round nobody answered or skipped in for longer than a session lives idle has expired: the next
 * message ends it before anything else reads it. An answer to its item, a "跳过" or a "退出" is told
 * that the round expired and how to start again, and is not graded; anything else (a question, a
 * command such as "答题") goes on as if no round ran. Points already recorded stay; an expired round
 * earns no round bonus.
 */
final class ExpiredRound implements Intent {

  private final ScoreStore scores;
  private final Clock clock;
  private final Duration idle;

  ExpiredRound(ScoreStore scores, Clock clock, Duration idle) {
    this.scores = scores;
    this.clock = clock;
    this.idle = idle;
  }

  @Override
  public Optional<Reply> handle(Turn turn) {
    Session session = turn.session();
    Optional<QuizRound> running = session.round();
    if (running.isEmpty() || !running.get().expired(clock.instant(), idle)) {
      return Optional.empty();
    }
    QuizRound round = running.get();
    session.round(null);
    if (!round.review()) {
      scores.roundEnded(turn.user());
    }
    if (turn.event().isPresent()) {
      return Optional.empty();
    }
    Optional<Command> command = Command.named(turn.normalized());
    boolean toTheRound =
        command.isPresent()
            ? command.get() == Command.SKIP || command.get() == Command.QUIT
            : QuizGrader.grade(round.current(), turn.text()).isPresent();
    return toTheRound
        ? Optional.of(Reply.of(Reply.Kind.HELP, Texts.ROUND_EXPIRED))
        : Optional.empty();
  }
}
