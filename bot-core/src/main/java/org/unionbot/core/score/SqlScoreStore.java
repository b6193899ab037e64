package org.unionbot.core.score;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * node can tell a user that a round was interrupted by a node's death. <b>Wrong-answer books</b>
 * ({@code quiz_mistakes}) and <b>item statistics</b> ({@code quiz_item_stats}) change with each
 * answer, in its transaction.
 *
 * <p>This class checks the arguments and hands each query family to a class of its own: {@link
 * Points} (answers, finished rounds and totals), {@link OpenRounds} (rounds in progress), {@link
 * Mistakes} (wrong-answer books, item statistics) and {@link Leaderboard} (standings, ranks,
 * streaks, with {@link ChannelFilter}).
 */
public final class SqlScoreStore implements ScoreStore {

  /** The time zone of the union's workers, used for days when none is given. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

  private final Database db;
  private final ZoneId zone;
  private final Points points;
  private final OpenRounds rounds;
  private final Mistakes mistakes;
  private final Leaderboard leaderboard;

  /** The database file, when this store opened it; empty when it shares one. */
  private final Optional<Database> owned;

  private SqlScoreStore(Database db, Optional<Database> owned, Clock clock, ZoneId zone) {
    this.db = db;
    this.owned = owned;
    this.zone = zone;
    this.points = new Points(db, zone);
    this.rounds = new OpenRounds(db);
    this.mistakes = new Mistakes(db);
    this.leaderboard = new Leaderboard(db, clock, zone);
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
  public int recordAnswer(
      String user, String itemId, boolean correct, Instant at, AlsoWritten also) {
    requireUser(user);
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(also, "also");
    return points.recordAnswer(user, itemId, correct, at, also);
  }

  @Override
  public int finishRound(String user, int correct, int total, Instant at) {
    requireUser(user);
    Objects.requireNonNull(at, "at");
    if (correct < 0 || correct > total) {
      throw new IllegalArgumentException(
          "need 0 <= correct <= total, got correct=" + correct + ", total=" + total);
    }
    return points.finishRound(user, correct, total, at);
  }

  @Override
  public void roundStarted(String user, Instant at) {
    requireUser(user);
    rounds.started(user, at);
  }

  @Override
  public void roundEnded(String user) {
    requireUser(user);
    rounds.ended(user);
  }

  @Override
  public boolean closeInterruptedRound(String user, Instant since) {
    requireUser(user);
    return rounds.closeInterrupted(user, since);
  }

  @Override
  public OpenRound closeOpenRound(String user, Instant since) {
    requireUser(user);
    Objects.requireNonNull(since, "since");
    return rounds.close(user, since);
  }

  @Override
  public Map<String, ItemStats> itemStats() {
    return mistakes.stats();
  }

  @Override
  public List<String> mistakes(String user, int limit) {
    requireUser(user);
    requireLimit(limit);
    return mistakes.list(user, limit);
  }

  @Override
  public int mistakeCount(String user) {
    requireUser(user);
    return mistakes.count(user);
  }

  @Override
  public boolean mistakeCorrected(String user, String itemId) {
    requireUser(user);
    Objects.requireNonNull(itemId, "itemId");
    return mistakes.corrected(user, itemId);
  }

  /**
   * Deletes every open round that started before {@code startedBefore} (its user's session is over,
   * so nobody will be told it was interrupted) and returns how many. The admin service calls it
   * every few minutes, so that rounds nobody ended (a node died, a user walked away) do not pile
   * up.
   */
  public int forgetOpenRounds(Instant startedBefore) {
    return rounds.forget(startedBefore);
  }

  @Override
  public Standing standing(String user) {
    requireUser(user);
    return leaderboard.standing(user, ChannelFilter.ALL);
  }

  @Override
  public Standing standing(String user, Set<String> channels) {
    requireUser(user);
    ChannelFilter among = ChannelFilter.of(channels);
    return leaderboard.standing(
        user, among.contains(ScoreStore.channel(user)) ? among : ChannelFilter.ALL);
  }

  @Override
  public List<Standing> top(int limit) {
    requireLimit(limit);
    return leaderboard.top(limit, ChannelFilter.ALL);
  }

  @Override
  public List<Standing> top(int limit, Set<String> channels) {
    ChannelFilter among = ChannelFilter.of(channels);
    requireLimit(limit);
    return among.isEmpty() ? List.of() : leaderboard.top(limit, among);
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
