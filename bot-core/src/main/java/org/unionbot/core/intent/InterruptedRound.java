package org.unionbot.core.intent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.unionbot.core.Reply;
import org.unionbot.core.score.ScoreStore;
import org.unionbot.knowledge.KnowledgeBase;

/**
 * A round lives in its node's memory. When a node dies, its users' next node has no round for them:
 * out of a round, the session's first message that {@link #looksLikeAnswer looks like an answer}
 * finds the round still open in the store ({@link ScoreStore#closeInterruptedRound}) and gets one
 * note that it was interrupted, with how to start again; points already recorded stay. A round
 * found open that started before the session's idle time ({@link ScoreStore#closeOpenRound}) was
 * abandoned rather than interrupted: the note says it expired. When the store has no such round,
 * the next row tries.
 */
final class InterruptedRound implements Intent {

  /** The longest reply, in characters, that may be an answer to a quiz item. */
  static final int SHORT_ANSWER = 8;

  private static final Pattern QUESTION = Pattern.compile("[?？吗呢]|什么|怎么|多少|哪|几|如何|为何");

  private final ScoreStore scores;
  private final Clock clock;
  private final Duration sessionIdle;

  InterruptedRound(ScoreStore scores, Clock clock, Duration sessionIdle) {
    this.scores = scores;
    this.clock = clock;
    this.sessionIdle = sessionIdle;
  }

  @Override
  public Optional<Reply> handle(Turn turn) {
    Session session = turn.session();
    if (turn.inRound()
        || session.interruptionChecked()
        || !looksLikeAnswer(turn.text(), turn.normalized())) {
      return Optional.empty();
    }
    session.interruptionChecked(true);
    Instant since = clock.instant().minus(sessionIdle);
    return switch (scores.closeOpenRound(turn.user(), since)) {
      case INTERRUPTED -> Optional.of(Reply.of(Reply.Kind.HELP, Texts.ROUND_INTERRUPTED));
      case EXPIRED -> Optional.of(Reply.of(Reply.Kind.HELP, Texts.ROUND_EXPIRED));
      case NONE -> Optional.empty();
    };
  }

  /**
   * Whether a message with no round running here could be an answer to a quiz item: a letter A–D or
   * a short word (at most {@value #SHORT_ANSWER} characters), not a question.
   *
   * @param normalized {@code text} as {@link KnowledgeBase#normalize} makes it
   */
  static boolean looksLikeAnswer(String text, String normalized) {
    if (QUESTION.matcher(text).find()) {
      return false;
    }
    String t = Command.NOISE.matcher(normalized).replaceAll("");
    return !t.isEmpty() && t.codePointCount(0, t.length()) <= SHORT_ANSWER;
  }
}
