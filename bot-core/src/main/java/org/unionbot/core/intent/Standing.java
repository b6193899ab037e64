package org.unionbot.core.intent;

import java.util.Set;
import org.unionbot.core.Reply;
import org.unionbot.core.score.ScoreStore;

/**
 * 积分: the user's points, rank (or that they are not ranked yet), accuracy and streak of days with a
 * finished round, always all four.
 */
final class Standing {

  private final ScoreStore scores;
  private final Set<String> ranked;

  Standing(ScoreStore scores, Set<String> ranked) {
    this.scores = scores;
    this.ranked = ranked;
  }

  Reply reply(Turn turn) {
    ScoreStore.Standing s = scores.standing(turn.user(), ranked);
    if (s.answered() == 0 && s.points() == 0) {
      return Reply.of(Reply.Kind.SCORE, Texts.NO_SCORE);
    }
    int accuracy = (int) Math.round(100 * s.accuracy());
    String rank = Texts.rank(s.rank());
    return Reply.of(
        Reply.Kind.SCORE,
        String.format(
            Texts.STANDING,
            s.points(),
            rank,
            s.answered(),
            s.correct(),
            accuracy,
            Texts.streak(s.streak())));
  }
}
