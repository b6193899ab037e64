package org.unionbot.core.admin;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.unionbot.core.store.Database;
import org.unionbot.core.store.Sql;

/**
 * What the admins read from the question log ({@link StoreQuestionLog}): the statistics, the
 * unanswered list and removing a question from it, and the daily prune that keeps the log within
 * its {@link org.unionbot.core.store.Retention}.
 */
final class QuestionReports {

  private QuestionReports() {}

  /**
   * Deletes the statistics older than {@code firstKept}: the per-day and per-question counts of
   * earlier days, and the unanswered questions last asked before that day began. One day of
   * questions per transaction, oldest first, so that a long backlog (the first prune of an old
   * database) never holds the database for long. Returns the rows deleted.
   */
  static long prune(Database db, LocalDate firstKept, ZoneId zone) {
    String first = firstKept.toString();
    long since = firstKept.atStartOfDay(zone).toInstant().toEpochMilli();
    long deleted = 0;
    for (int n = 1; n > 0; deleted += n) {
      n =
          db.write(
              c -> {
                String oldest =
                    Sql.one(
                        c,
                        "SELECT min(day) FROM stats_questions WHERE day < ?",
                        r -> r.getString(1),
                        first);
                return oldest == null
                    ? 0
                    : Sql.update(c, "DELETE FROM stats_questions WHERE day = ?", oldest);
              });
    }
    deleted += db.write(c -> Sql.update(c, "DELETE FROM stats_days WHERE day < ?", first));
    deleted +=
        db.write(c -> Sql.update(c, "DELETE FROM stats_unanswered WHERE last_at < ?", since));
    return deleted;
  }

  /**
   * The unanswered questions, most asked first, then most recent, without those the admins ignore
   * ({@link UnansweredIgnores}).
   */
  static List<Unanswered> unanswered(Connection c, int limit) throws SQLException {
    boolean noNoise = UnansweredIgnores.ignoresKind(c, UnansweredIgnores.NOISE);
    List<Unanswered> listed =
        Sql.list(
            c,
            "SELECT u.text, u.count, u.last_at FROM stats_unanswered u WHERE NOT EXISTS"
                + " (SELECT 1 FROM unanswered_ignored i WHERE i.qkey = u.qkey)"
                + " ORDER BY u.count DESC, u.last_at DESC, u.qkey"
                + (noNoise ? "" : " LIMIT " + limit),
            r -> new Unanswered(r.getString(1), r.getLong(2), Instant.ofEpochMilli(r.getLong(3))));
    if (!noNoise) {
      return listed;
    }
    return listed.stream().filter(u -> !UnansweredIgnores.isNoise(u.text())).limit(limit).toList();
  }

  /** Removes a question from the unanswered list; whether it was there. */
  static boolean forget(Connection c, String question) throws SQLException {
    return Sql.update(c, "DELETE FROM stats_unanswered WHERE qkey = ?", QuestionKey.of(question))
        > 0;
  }

  /**
   * Questions and quiz results over the {@code days} days up to {@code today}, days counted in
   * {@code zone}, with {@code dropped} questions the log could not keep.
   */
  static Stats stats(Connection c, int days, LocalDate today, ZoneId zone, long dropped)
      throws SQLException {
    LocalDate from = today.minusDays(days - 1L);
    List<Stats.Day> stored =
        Sql.list(
            c,
            "SELECT day, total, answered FROM stats_days WHERE day BETWEEN ? AND ? ORDER BY day",
            r -> new Stats.Day(LocalDate.parse(r.getString(1)), r.getLong(2), r.getLong(3)),
            from.toString(),
            today.toString());
    List<Stats.Day> perDay = new ArrayList<>();
    long total = 0;
    long answered = 0;
    LocalDate next = from;
    for (Stats.Day day : stored) {
      for (; next.isBefore(day.day()); next = next.plusDays(1)) {
        perDay.add(new Stats.Day(next, 0, 0));
      }
      perDay.add(day);
      total += day.total();
      answered += day.answered();
      next = day.day().plusDays(1);
    }
    for (; !next.isAfter(today); next = next.plusDays(1)) {
      perDay.add(new Stats.Day(next, 0, 0));
    }
    List<Stats.TopQuestion> top = top(c, from, today, "", "sum(q.count)");
    List<Stats.TopQuestion> topUnanswered =
        top(
            c,
            from,
            today,
            " HAVING sum(q.count) > sum(q.answered)",
            "sum(q.count) - sum(q.answered)");
    long players =
        Sql.number(
            c,
            "SELECT count(DISTINCT user_id) FROM quiz_rounds WHERE day BETWEEN ? AND ?",
            from.toString(),
            today.toString());
    long rounds =
        Sql.number(
            c,
            "SELECT count(*) FROM quiz_rounds WHERE day BETWEEN ? AND ?",
            from.toString(),
            today.toString());
    long[] quiz =
        Sql.one(
            c,
            "SELECT count(*), coalesce(sum(correct), 0) FROM quiz_answers"
                + " WHERE answered_at >= ? AND answered_at < ?",
            r -> new long[] {r.getLong(1), r.getLong(2)},
            from.atStartOfDay(zone).toInstant().toEpochMilli(),
            today.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
    long quizAnswers = quiz[0];
    long quizCorrect = quiz[1];
    return new Stats(
        days,
        perDay,
        total,
        answered,
        top,
        rounds,
        quizAnswers,
        quizCorrect,
        dropped,
        topUnanswered,
        players);
  }

  /**
   * The {@link Stats#TOP} questions of the window (grouped by key, named by their first wording),
   * most {@code rankedBy} first, then the most recently asked; {@code having} filters the groups.
   */
  private static List<Stats.TopQuestion> top(
      Connection c, LocalDate from, LocalDate today, String having, String rankedBy)
      throws SQLException {
    return Sql.list(
        c,
        "SELECT q.qkey, sum(q.count), sum(q.answered),"
            + " (SELECT f.text FROM stats_questions f WHERE f.qkey = q.qkey AND f.day >= ?"
            + " ORDER BY f.day LIMIT 1)"
            + " FROM stats_questions q WHERE q.day BETWEEN ? AND ?"
            + " GROUP BY q.qkey"
            + having
            + " ORDER BY "
            + rankedBy
            + " DESC, max(q.last_at) DESC, q.qkey LIMIT ?",
        r -> new Stats.TopQuestion(r.getString(4), r.getLong(2), r.getLong(3)),
        from.toString(),
        from.toString(),
        today.toString(),
        Stats.TOP);
  }
}
