package org.unionbot.core.score;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.unionbot.core.store.Database;
import org.unionbot.core.store.Sql;

/**
 * The rounds in progress ({@code quiz_rounds_open}): recorded when a round starts and deleted when
 * it ends, so that another node can tell a user that a round was interrupted by a node's death.
 * Thread-safe.
 */
final class OpenRounds {

  private final Database db;

  OpenRounds(Database db) {
    this.db = db;
  }

  /** Records that the user's round started at {@code at}, replacing an older one. */
  void started(String user, Instant at) {
    long atMillis = at.toEpochMilli();
    db.write(
        c -> {
          Sql.update(
              c,
              "INSERT INTO quiz_rounds_open (user_id, started_at) VALUES (?, ?)"
                  + " ON CONFLICT (user_id) DO UPDATE SET started_at = excluded.started_at",
              user,
              atMillis);
          return null;
        });
  }

  /** Forgets the user's open round. */
  void ended(String user) {
    db.write(c -> deleteOpenRound(c, user, Long.MIN_VALUE));
  }

  /** Closes the user's open round: true when it had started at or after {@code since}. */
  boolean closeInterrupted(String user, Instant since) {
    return close(user, since) == ScoreStore.OpenRound.INTERRUPTED;
  }

  /**
   * Closes the user's open round: {@link ScoreStore.OpenRound#INTERRUPTED} when it had started at
   * or after {@code since}, {@link ScoreStore.OpenRound#EXPIRED} when before.
   */
  ScoreStore.OpenRound close(String user, Instant since) {
    long sinceMillis = since.toEpochMilli();
    return db.write(
        c -> {
          if (deleteOpenRound(c, user, sinceMillis) > 0) {
            return ScoreStore.OpenRound.INTERRUPTED;
          }
          return deleteOpenRound(c, user, Long.MIN_VALUE) > 0
              ? ScoreStore.OpenRound.EXPIRED
              : ScoreStore.OpenRound.NONE;
        });
  }

  /** Deletes every open round that started before {@code startedBefore}; how many. */
  int forget(Instant startedBefore) {
    long before = startedBefore.toEpochMilli();
    return db.write(
        c -> Sql.update(c, "DELETE FROM quiz_rounds_open WHERE started_at < ?", before));
  }

  /** Deletes the user's open round if it started at or after {@code since}; the rows deleted. */
  private static int deleteOpenRound(Connection c, String user, long since) throws SQLException {
    return Sql.update(
        c, "DELETE FROM quiz_rounds_open WHERE user_id = ? AND started_at >= ?", user, since);
  }
}
