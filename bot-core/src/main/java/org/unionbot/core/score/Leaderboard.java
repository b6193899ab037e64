package org.unionbot.core.score;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unionbot.core.score.ScoreStore.Standing;
import org.unionbot.core.store.Database;
import org.unionbot.core.store.Sql;

/**
 * Ranks, streaks and the leaderboard, read from {@code quiz_scores} and {@code quiz_rounds}.
 *
 * <p><b>Ranks</b> use competition ranking ("1224"): a user's rank is one more than the number of
 * users with more points, so users with equal points share a rank and the next rank skips. Only
 * users with points are ranked. {@link #top} orders equal points by who reached them first, then by
 * user id. A {@link ChannelFilter} counts only the users of some channels: a scan of the ranking
 * index that skips other channels' users. <b>Streaks</b> count consecutive days with a finished
 * round, ending today or, when the user has not played yet today, yesterday; "today" comes from the
 * clock. Thread-safe.
 */
final class Leaderboard {

  private final Database db;
  private final Clock clock;
  private final ZoneId zone;

  Leaderboard(Database db, Clock clock, ZoneId zone) {
    this.db = db;
    this.clock = clock;
    this.zone = zone;
  }

  /** The user's standing, ranked among the users of {@code among}. */
  Standing standing(String user, ChannelFilter among) {
    LocalDate today = today();
    return db.read(
        c -> {
          Optional<Standing> known =
              Sql.first(
                  c,
                  "SELECT points, answered, correct FROM quiz_scores WHERE user_id = ?",
                  r ->
                      new Standing(
                          user,
                          r.getInt(1),
                          rank(c, r.getInt(1), among),
                          r.getInt(2),
                          r.getInt(3),
                          streak(c, user, today)),
                  user);
          return known.isPresent()
              ? known.get()
              : new Standing(user, 0, 0, 0, 0, streak(c, user, today));
        });
  }

  /**
   * Competition rank among the users of {@code among}: one more than those with more points; 0
   * without points.
   */
  private static int rank(Connection c, int points, ChannelFilter among) throws SQLException {
    if (points <= 0) {
      return 0;
    }
    return Sql.one(
            c,
            "SELECT count(*) FROM quiz_scores WHERE points > ?" + among.sql(),
            r -> r.getInt(1),
            among.params(List.of(points), List.of()))
        + 1;
  }

  /**
   * Consecutive days with a finished round, ending today, or yesterday when there is none today
   * yet.
   */
  private static int streak(Connection c, String user, LocalDate today) throws SQLException {
    return Sql.query(
        c,
        "SELECT DISTINCT day FROM quiz_rounds WHERE user_id = ? AND day <= ? ORDER BY day DESC",
        rows -> {
          int streak = 0;
          LocalDate expected = today;
          while (rows.next()) {
            LocalDate day = LocalDate.parse(rows.getString(1));
            if (streak == 0 && day.equals(today.minusDays(1))) {
              expected = day; // not played yet today: the streak that ended yesterday still counts
            }
            if (!day.equals(expected)) {
              break;
            }
            streak++;
            expected = expected.minusDays(1);
          }
          return streak;
        },
        user,
        today.toString());
  }

  /** The leaderboard of the users of {@code among}, at most {@code limit} (not negative). */
  List<Standing> top(int limit, ChannelFilter among) {
    if (limit == 0) {
      return List.of();
    }
    LocalDate today = today();
    return db.read(
        c -> {
          List<Standing> top = new ArrayList<>();
          Sql.query(
              c,
              "SELECT user_id, points, answered, correct FROM quiz_scores WHERE points > 0"
                  + among.sql()
                  + " ORDER BY points DESC, reached_at, user_id LIMIT ?",
              rows -> {
                int rank = 0;
                int previous = -1;
                while (rows.next()) {
                  String user = rows.getString(1);
                  int points = rows.getInt(2);
                  if (points != previous) {
                    rank = top.size() + 1; // everyone above has more points
                    previous = points;
                  }
                  top.add(
                      new Standing(
                          user,
                          points,
                          rank,
                          rows.getInt(3),
                          rows.getInt(4),
                          streak(c, user, today)));
                }
                return null;
              },
              among.params(List.of(), List.of(limit)));
          return List.copyOf(top);
        });
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), zone);
  }
}
