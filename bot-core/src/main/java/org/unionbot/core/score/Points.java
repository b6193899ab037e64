package org.unionbot.core.score;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.unionbot.core.store.Database;
import org.unionbot.core.store.Sql;

/**
 * Recording points in the database: each answer and each finished round is a row ({@code
 * quiz_answers}, {@code quiz_rounds}), and the user's totals ({@code quiz_scores}), the item's
 * statistics, for a wrong answer the user's wrong-answer book ({@link Mistakes}) and a contest
 * round's tally change in the same transaction by an atomic upsert, so the points and the history
 * always agree and concurrent answers on any number of nodes never lose a point. {@link PointsRule}
 * says how many; a round's bonus reads the user's days before it writes, under a per-user lock on
 * PostgreSQL. Thread-safe.
 */
final class Points {

  private final Database db;
  private final ZoneId zone;

  Points(Database db, ZoneId zone) {
    this.db = db;
    this.zone = zone;
  }

  /** Records one graded answer and what comes {@code also} with it; the points it earned. */
  int recordAnswer(
      String user, String itemId, boolean correct, Instant at, ScoreStore.AlsoWritten also) {
    int points = PointsRule.forAnswer(correct);
    long atMillis = at.toEpochMilli();
    return db.write(
        c -> {
          Sql.update(
              c,
              "INSERT INTO quiz_answers (user_id, item_id, correct, points, answered_at)"
                  + " VALUES (?, ?, ?, ?, ?)",
              user,
              itemId,
              correct ? 1 : 0,
              points,
              atMillis);
          addToScore(c, user, points, 1, correct ? 1 : 0, atMillis);
          Mistakes.answered(c, user, itemId, correct, atMillis);
          also.write(c, points);
          return points;
        });
  }

  /** Records a finished round; the bonus it earned. */
  int finishRound(String user, int correct, int total, Instant at) {
    LocalDate day = LocalDate.ofInstant(at, zone);
    long atMillis = at.toEpochMilli();
    return db.write(
        c -> {
          // read, then write: two nodes finishing this user's rounds at once must not both get
          // the day's first-round bonus
          db.dialect().lockUser(c, user);
          boolean first = daysWithRounds(c, user, day, day) == 0;
          int before = PointsRule.STREAK_DAYS - 1;
          boolean onStreak =
              first && daysWithRounds(c, user, day.minusDays(before), day.minusDays(1)) == before;
          int bonus = PointsRule.roundBonus(first, onStreak);
          Sql.update(
              c,
              "INSERT INTO quiz_rounds (user_id, correct, total, bonus, finished_at, day)"
                  + " VALUES (?, ?, ?, ?, ?, ?)",
              user,
              correct,
              total,
              bonus,
              atMillis,
              day.toString());
          addToScore(c, user, bonus, 0, 0, atMillis);
          return bonus;
        });
  }

  /** Adds to a user's totals, creating the row on the user's first result. */
  private static void addToScore(
      Connection c, String user, int points, int answered, int correct, long atMillis)
      throws SQLException {
    Sql.update(
        c,
        "INSERT INTO quiz_scores (user_id, points, answered, correct, reached_at)"
            + " VALUES (?, ?, ?, ?, ?)"
            + " ON CONFLICT (user_id) DO UPDATE SET"
            + " points = quiz_scores.points + excluded.points,"
            + " answered = quiz_scores.answered + excluded.answered,"
            + " correct = quiz_scores.correct + excluded.correct,"
            + " reached_at = CASE WHEN excluded.points > 0"
            + " AND (quiz_scores.reached_at IS NULL"
            + " OR quiz_scores.reached_at < excluded.reached_at)"
            + " THEN excluded.reached_at ELSE quiz_scores.reached_at END",
        user,
        points,
        answered,
        correct,
        points > 0 ? (Object) atMillis : Sql.NULL_BIGINT);
  }

  /** How many distinct days from {@code from} to {@code to} (inclusive) have a finished round. */
  private static int daysWithRounds(Connection c, String user, LocalDate from, LocalDate to)
      throws SQLException {
    return Sql.one(
        c,
        "SELECT count(DISTINCT day) FROM quiz_rounds WHERE user_id = ? AND day BETWEEN ? AND ?",
        r -> r.getInt(1),
        user,
        from.toString(),
        to.toString());
  }
}
