package org.unionbot.core.score;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.unionbot.core.store.Database;
import org.unionbot.core.store.Sql;
import org.unionbot.core.store.SqliteDatabase;
import org.unionbot.core.store.StoreException;

/**
 * The {@link ScoreStore} in unionbot's database: the embedded SQLite file {@code
 * <dataDir>/unionbot.db} (docs/DESIGN.md "Storage"), or PostgreSQL shared by several nodes; the
 * statements are the same on both ({@link Database}). Every answer and every finished round is a
 * row ({@code quiz_answers}, {@code quiz_rounds}); each user's totals ({@code quiz_scores}) change
 * in the same transaction, so the points and the history always agree, and a restart loses nothing
 * that was recorded. The schema is versioned with Flyway ({@code db/migration/V<n>__*.sql});
 * opening an existing file applies only the migrations it has not seen. See {@link SqliteDatabase}
 * for the settings (WAL, {@code synchronous=NORMAL}, busy timeout, foreign keys) and why.
 *
 * <p><b>Points</b> follow {@link PointsRule}: a round earns a bonus only when it is the user's
 * first finished round on its day, and the streak bonus when the user also finished a round on each
 * of the {@link PointsRule#STREAK_DAYS} − 1 days before. Days are calendar days in this store's
 * time zone ({@link #DEFAULT_ZONE} unless given); a round's day is fixed when it is recorded.
 *
 * <p><b>Ranks</b> use competition ranking ("1224"): a user's rank is one more than the number of
 * users with more points, so users with equal points share a rank and the next rank skips. Only
 * users with points are ranked: a user with none (unknown, or never right) has rank 0 and is not on
 * the leaderboard. {@link #top} orders equal points by who reached them first, then by user id.
 * <b>Per channel</b>, the leaderboard ({@link #top(int, Set)}) and a user's rank ({@link
 * #standing(String, Set)}) count only the users whose id starts with one of the channels and {@code
 * :} ({@link ScoreStore#channel}): a scan of the ranking index that skips other channels' users,
 * which is cheap while the leaderboard's channels hold most users.
 *
 * <p><b>Streaks</b> count consecutive days with a finished round, ending today or, when the user
 * has not played yet today, yesterday: a streak stays alive until a whole day passes without a
 * round. "Today" comes from the store's clock.
 *
 * <p>Thread-safe, and safe across nodes: every change is one transaction, totals change by an
 * atomic upsert ({@code points = quiz_scores.points + excluded.points}, never read-modify-write),
 * so concurrent answers on any number of nodes never lose a point; finishing a round, which reads
 * the user's days before it writes, holds a per-user lock on PostgreSQL. <b>Open rounds</b> ({@code
 * quiz_rounds_open}) are recorded when a round starts and deleted when it ends, so that another
 * node can tell a user that a round was interrupted by a node's death.
 */
public final class SqlScoreStore implements ScoreStore {

  /** The time zone of the union's workers, used for days when none is given. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

  private final Database db;
  private final Clock clock;
  private final ZoneId zone;

  /** The database file, when this store opened it; empty when it shares one. */
  private final Optional<Database> owned;

  private SqlScoreStore(Database db, Optional<Database> owned, Clock clock, ZoneId zone) {
    this.db = db;
    this.owned = owned;
    this.clock = clock;
    this.zone = zone;
  }

  /**
   * A store on a database someone else opened and will close (the admin service shares one file
   * between scores and the knowledge base). Closing this store does not close the database.
   */
  public static SqlScoreStore on(Database db, Clock clock, ZoneId zone) {
    Objects.requireNonNull(db, "db");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(zone, "zone");
    return new SqlScoreStore(db, Optional.empty(), clock, zone);
  }

  /** A store that owns {@code db}: closing the store closes it (PostgreSQL, tests). */
  public static SqlScoreStore owning(Database db, Clock clock, ZoneId zone) {
    Objects.requireNonNull(db, "db");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(zone, "zone");
    return new SqlScoreStore(db, Optional.of(db), clock, zone);
  }

  /**
   * Opens the store in {@code <dataDir>/unionbot.db}, creating the directories and the database
   * when missing and applying pending schema migrations.
   *
   * @param dataDir the data directory
   * @param clock tells what day it is, for streaks
   * @param zone the time zone whose calendar days count for bonuses, streaks and items seen
   * @throws ScoreStoreException when the file cannot be created, opened or migrated
   */
  public static SqlScoreStore open(Path dataDir, Clock clock, ZoneId zone) {
    return open(dataDir, clock, zone, List.of());
  }

  /** {@link #open(Path, Clock, ZoneId)} with the system clock and {@link #DEFAULT_ZONE}. */
  public static SqlScoreStore open(Path dataDir) {
    return open(dataDir, Clock.systemUTC(), DEFAULT_ZONE);
  }

  /** For tests: also applies the migrations at the given Flyway locations. */
  static SqlScoreStore open(
      Path dataDir, Clock clock, ZoneId zone, List<String> extraMigrationLocations) {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(zone, "zone");
    SqliteDatabase db;
    try {
      db = SqliteDatabase.open(dataDir, extraMigrationLocations);
    } catch (StoreException e) {
      throw new ScoreStoreException(e.getMessage(), e.getCause() == null ? e : e.getCause());
    }
    return new SqlScoreStore(db, Optional.of(db), clock, zone);
  }

  /**
   * The database file, when this store opened it.
   *
   * @throws IllegalStateException for a store {@linkplain #on on a shared database}
   */
  public Path file() {
    return database().file();
  }

  /** The time zone whose calendar days this store counts in. */
  public ZoneId zone() {
    return zone;
  }

  /** The database file this store opened (tests). */
  SqliteDatabase database() {
    if (owned.orElse(null) instanceof SqliteDatabase file) {
      return file;
    }
    throw new IllegalStateException("this score store is not on its own SQLite file");
  }

  @Override
  public int recordAnswer(String user, String itemId, boolean correct, Instant at) {
    requireUser(user);
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(at, "at");
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
          return points;
        });
  }

  @Override
  public int finishRound(String user, int correct, int total, Instant at) {
    requireUser(user);
    Objects.requireNonNull(at, "at");
    if (correct < 0 || correct > total) {
      throw new IllegalArgumentException(
          "need 0 <= correct <= total, got correct=" + correct + ", total=" + total);
    }
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

  @Override
  public void roundStarted(String user, Instant at) {
    requireUser(user);
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

  @Override
  public void roundEnded(String user) {
    requireUser(user);
    db.write(c -> deleteOpenRound(c, user, Long.MIN_VALUE));
  }

  @Override
  public boolean closeInterruptedRound(String user, Instant since) {
    requireUser(user);
    long sinceMillis = since.toEpochMilli();
    return db.write(
        c -> {
          if (deleteOpenRound(c, user, sinceMillis) > 0) {
            return true;
          }
          deleteOpenRound(c, user, Long.MIN_VALUE); // an older one is stale: forget it quietly
          return false;
        });
  }

  /**
   * Deletes every open round that started before {@code startedBefore} (its user's session is over,
   * so nobody will be told it was interrupted) and returns how many. The admin service calls it
   * every few minutes, so that rounds nobody ended (a node died, a user walked away) do not pile
   * up.
   */
  public int forgetOpenRounds(Instant startedBefore) {
    long before = startedBefore.toEpochMilli();
    return db.write(
        c -> Sql.update(c, "DELETE FROM quiz_rounds_open WHERE started_at < ?", before));
  }

  /** Deletes the user's open round if it started at or after {@code since}; the rows deleted. */
  private static int deleteOpenRound(Connection c, String user, long since) throws SQLException {
    return Sql.update(
        c, "DELETE FROM quiz_rounds_open WHERE user_id = ? AND started_at >= ?", user, since);
  }

  @Override
  public Standing standing(String user) {
    requireUser(user);
    return standing(user, List.of());
  }

  @Override
  public Standing standing(String user, Set<String> channels) {
    requireUser(user);
    List<String> among = channels(channels);
    return standing(user, among.contains(ScoreStore.channel(user)) ? among : List.of());
  }

  /** The user's standing, ranked among the users of {@code among}, or of every channel if empty. */
  private Standing standing(String user, List<String> among) {
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
   * Competition rank among the users of {@code among} (every user if empty): one more than those
   * with more points; 0 without points.
   */
  private static int rank(Connection c, int points, List<String> among) throws SQLException {
    if (points <= 0) {
      return 0;
    }
    return Sql.one(
            c,
            "SELECT count(*) FROM quiz_scores WHERE points > ?" + ofChannels(among),
            r -> r.getInt(1),
            params(List.of(points), channelParams(among), List.of()))
        + 1;
  }

  /** The channels asked for, checked, in a fixed order. */
  private static List<String> channels(Set<String> channels) {
    Objects.requireNonNull(channels, "channels");
    for (String channel : channels) {
      if (channel.isEmpty() || channel.indexOf(CHANNEL_SEPARATOR) >= 0) {
        throw new IllegalArgumentException("not a channel: \"" + channel + "\"");
      }
    }
    return channels.stream().sorted().toList();
  }

  /**
   * The condition that {@code user_id} is of one of {@code channels}, to append to a WHERE clause
   * ({@link #channelParams} are its parameters); nothing when {@code channels} is empty. A prefix
   * compared with {@code substr}, the same on both databases (their LIKE differs in case and
   * escapes).
   */
  private static String ofChannels(List<String> channels) {
    if (channels.isEmpty()) {
      return "";
    }
    return channels.stream()
        .map(channel -> "substr(user_id, 1, ?) = ?")
        .collect(java.util.stream.Collectors.joining(" OR ", " AND (", ")"));
  }

  /** The parameters of {@link #ofChannels}: each channel's prefix length and prefix. */
  private static List<Object> channelParams(List<String> channels) {
    List<Object> params = new ArrayList<>();
    for (String channel : channels) {
      String prefix = channel + CHANNEL_SEPARATOR;
      params.add(prefix.length());
      params.add(prefix);
    }
    return params;
  }

  private static Object[] params(List<?> before, List<?> channels, List<?> after) {
    List<Object> all = new ArrayList<>(before);
    all.addAll(channels);
    all.addAll(after);
    return all.toArray();
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

  @Override
  public List<Standing> top(int limit) {
    return top(limit, List.of());
  }

  @Override
  public List<Standing> top(int limit, Set<String> channels) {
    List<String> among = channels(channels);
    if (among.isEmpty()) {
      requireLimit(limit);
      return List.of();
    }
    return top(limit, among);
  }

  /** The leaderboard of the users of {@code among}, or of every user if empty. */
  private List<Standing> top(int limit, List<String> among) {
    requireLimit(limit);
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
                  + ofChannels(among)
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
              params(List.of(), channelParams(among), List.of(limit)));
          return List.copyOf(top);
        });
  }

  private static void requireLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
  }

  @Override
  public Set<String> itemsSeen(String user, LocalDate day) {
    requireUser(user);
    Objects.requireNonNull(day, "day");
    long from = day.atStartOfDay(zone).toInstant().toEpochMilli();
    long to = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
    return db.read(
        c -> {
          Set<String> items =
              new LinkedHashSet<>(
                  Sql.list(
                      c,
                      "SELECT item_id FROM quiz_answers"
                          + " WHERE user_id = ? AND answered_at >= ? AND answered_at < ?"
                          + " ORDER BY answered_at, id",
                      r -> r.getString(1),
                      user,
                      from,
                      to));
          return Collections.unmodifiableSet(items);
        });
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), zone);
  }

  private static void requireUser(String user) {
    Objects.requireNonNull(user, "user");
    if (user.isBlank()) {
      throw new IllegalArgumentException("user must not be blank");
    }
  }

  /**
   * Closes the database when this store opened it; later calls throw {@link IllegalStateException}.
   * A store {@linkplain #on shared} database stays open. Idempotent.
   */
  @Override
  public void close() {
    owned.ifPresent(Database::close);
  }
}
