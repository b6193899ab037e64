package org.unionbot.core.intent;

import java.util.List;
import java.util.Set;
import org.unionbot.core.Reply;
import org.unionbot.core.score.ScoreStore;

/**
 * 排行榜: the top users of the ranked channels, their ids masked, the asker's line marked "（我）"; an
 * asker ranked below them gets their own place on a last line.
 */
final class Leaderboard {

  /** How many users the board lists. */
  static final int SIZE = 10;

  private final ScoreStore scores;
  private final Set<String> ranked;

  Leaderboard(ScoreStore scores, Set<String> ranked) {
    this.scores = scores;
    this.ranked = ranked;
  }

  Reply reply(Turn turn) {
    List<ScoreStore.Standing> top = scores.top(SIZE, ranked);
    if (top.isEmpty()) {
      return Reply.of(Reply.Kind.LEADERBOARD, Texts.LEADERBOARD_EMPTY);
    }
    StringBuilder sb = new StringBuilder(String.format(Texts.LEADERBOARD, SIZE));
    boolean listed = false;
    for (ScoreStore.Standing s : top) {
      boolean me = s.user().equals(turn.user());
      listed |= me;
      sb.append('\n')
          .append(s.rank())
          .append(". ")
          .append(mask(s.user()))
          .append(me ? Texts.ME : "")
          .append("  ")
          .append(s.points())
          .append("分");
    }
    if (!listed) {
      ScoreStore.Standing mine = scores.standing(turn.user(), ranked);
      if (mine.rank() > 0) {
        sb.append(String.format(Texts.MY_PLACE, mine.rank(), mine.points()));
      }
    }
    return Reply.of(Reply.Kind.LEADERBOARD, sb.toString());
  }

  /**
   * Shows enough of a user's id to recognise oneself, not enough to identify anyone: ab***yz for
   * {@code wechat:ab…yz}, without the channel.
   */
  static String mask(String key) {
    String user = key.substring(key.indexOf(':') + 1);
    int n = user.codePointCount(0, user.length());
    if (n <= 4) {
      return user.substring(0, user.offsetByCodePoints(0, 1)) + "***";
    }
    return user.substring(0, user.offsetByCodePoints(0, 2))
        + "***"
        + user.substring(user.offsetByCodePoints(0, n - 2));
  }
}
