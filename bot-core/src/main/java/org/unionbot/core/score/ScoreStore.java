package org.unionbot.core.score;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where quiz results and points live. Implementations are thread-safe and durable: a result
 * recorded before a restart is there after it.
 *
 * <p>The points rule ({@link PointsRule}) is applied by the store when a result is recorded, so
 * every channel and every node counts points the same way.
 *
 * <p><b>User ids</b> are keyed by channel: {@code <channel>:<the channel's id>}, such as {@code
 * wechat:<openid>}, {@code wecom:<userid>} or {@code web:<the chat page's id>} ({@link #channel}).
 * The leaderboard and ranks can count the users of some channels only ({@link #top(int, Set)},
 * {@link #standing(String, Set)}).
 */
public interface ScoreStore extends AutoCloseable {

  /** What separates a user id's channel from the channel's own id. */
  char CHANNEL_SEPARATOR = ':';

  /**
   * The channel of a user id: what comes before its first {@value #CHANNEL_SEPARATOR} ({@code
   * wechat} for {@code wechat:o6_bmjrPTlm6_2sgVt7hMZOPfL2M}), or the empty string for an id without
   * one.
   */
  static String channel(String user) {
    int colon = user.indexOf(CHANNEL_SEPARATOR);
    return colon < 0 ? "" : user.substring(0, colon);
  }

  /**
   * Records one graded answer and returns the points it earned (0 for a wrong answer). The answer
   * counts in the item's statistics ({@link #itemStats}); a wrong one puts the item in the user's
   * wrong-answer book ({@link #mistakes}).
   *
   * @param user the user id ({@code <channel>:<id>})
   * @param itemId the quiz item answered
   * @param correct whether it was right
   * @param at when it was answered
   */
  default int recordAnswer(String user, String itemId, boolean correct, Instant at) {
    return recordAnswer(user, itemId, correct, at, AlsoWritten.NOTHING);
  }

  /**
   * {@link #recordAnswer(String, String, boolean, Instant)}, writing {@code also} in the answer's
   * own transaction: a contest round's tally commits with the answer or not at all, at no extra
   * commit.
   */
  int recordAnswer(String user, String itemId, boolean correct, Instant at, AlsoWritten also);

  /** More to write with an answer, in its transaction, given the points the answer earned. */
  @FunctionalInterface
  interface AlsoWritten {

    /** Writes nothing. */
    AlsoWritten NOTHING = (connection, points) -> {};

    void write(Connection connection, int points) throws SQLException;
  }

  /**
   * Records that a round ended and returns the bonus points it earned (a daily-round bonus,
   * streaks), 0 when none.
   */
  int finishRound(String user, int correct, int total, Instant at);

  /**
   * Records that the user started a quiz round now. The round is open until {@link #roundEnded};
   * another node that finds it open knows the round was interrupted. Does nothing by default.
   */
  default void roundStarted(String user, Instant at) {}

  /** Records that the user's round ended (finished or quit). Does nothing by default. */
  default void roundEnded(String user) {}

  /**
   * Closes the user's open round, if any: true when one had started at or after {@code since}
   * (interrupted, say, by the death of the node that ran it), false when there was none or an older
   * one. Either way no round is open afterwards. False by default.
   */
  default boolean closeInterruptedRound(String user, Instant since) {
    return false;
  }

  /** What closing a user's open round found ({@link #closeOpenRound}). */
  enum OpenRound {
    /** No round was open. */
    NONE,
    /** A round had started recently: the node that ran it stopped. */
    INTERRUPTED,
    /** A round had started long ago: it expired unfinished. */
    EXPIRED
  }

  /**
   * Closes the user's open round, if any, and says what it found: {@link OpenRound#INTERRUPTED} for
   * one started at or after {@code since}, {@link OpenRound#EXPIRED} for an older one. By default,
   * what {@link #closeInterruptedRound} tells.
   */
  default OpenRound closeOpenRound(String user, Instant since) {
    return closeInterruptedRound(user, since) ? OpenRound.INTERRUPTED : OpenRound.NONE;
  }

  /**
   * An item's graded answers.
   *
   * @param asked how many
   * @param right how many of them were right
   */
  record ItemStats(long asked, long right) {}

  /** Every answered item's statistics, by item id (its difficulty). Empty by default. */
  default Map<String, ItemStats> itemStats() {
    return Map.of();
  }

  /**
   * The user's wrong-answer book: the items the user answered wrong in a graded answer and has not
   * answered right in "错题" since, the latest miss first, at most {@code limit}. Empty by default.
   */
  default List<String> mistakes(String user, int limit) {
    return List.of();
  }

  /** How many items the user's wrong-answer book holds. 0 by default. */
  default int mistakeCount(String user) {
    return 0;
  }

  /**
   * Takes an item out of the user's wrong-answer book (answered right in "错题"); false when it was
   * not in it. Gives no points. False by default.
   */
  default boolean mistakeCorrected(String user, String itemId) {
    return false;
  }

  /** The user's standing, ranked among every user. */
  Standing standing(String user);

  /**
   * The user's standing, ranked as on the leaderboard of {@code channels} ({@link #top(int, Set)})
   * when the user's own {@linkplain #channel channel} is one of them: among the users of those
   * channels only. A user of another channel is ranked among every user, as by {@link
   * #standing(String)}.
   *
   * @throws IllegalArgumentException when a channel is empty or contains {@value
   *     #CHANNEL_SEPARATOR}
   */
  Standing standing(String user, Set<String> channels);

  /**
   * The best users, most points first, at most {@code limit}; equal points come in a fixed order
   * (the implementation says which). Users without points are not listed.
   */
  List<Standing> top(int limit);

  /**
   * The best users of the given channels only ({@link #channel}), ranked among themselves, as
   * {@link #top(int)} ranks everyone: a WeChat leaderboard shows WeChat users. No channels, no
   * users.
   *
   * @throws IllegalArgumentException when a channel is empty or contains {@value
   *     #CHANNEL_SEPARATOR}
   */
  List<Standing> top(int limit, Set<String> channels);

  /** Items the user was asked on that day (in the store's time zone), to avoid repeats. */
  Set<String> itemsSeen(String user, LocalDate day);

  /**
   * A user's points and record.
   *
   * @param user the user id ({@code <channel>:<id>})
   * @param points total points
   * @param rank 1 for the most points; users with equal points share a rank; 0 when unranked (no
   *     points yet, or an unknown user)
   * @param answered answers graded
   * @param correct answers right
   * @param streak consecutive days with a finished round, up to today
   */
  record Standing(String user, int points, int rank, int answered, int correct, int streak) {

    /** Share of answers right, 0 when none answered. */
    public double accuracy() {
      return answered == 0 ? 0 : (double) correct / answered;
    }
  }

  @Override
  void close();
}
