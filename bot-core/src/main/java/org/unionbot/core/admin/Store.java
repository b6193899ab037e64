package org.unionbot.core.admin;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionbot.core.QuestionLog;
import org.unionbot.core.contest.ContestStore;
import org.unionbot.core.score.ScoreStore;
import org.unionbot.core.score.SqlScoreStore;
import org.unionbot.core.store.Database;
import org.unionbot.core.store.PostgresDatabase;
import org.unionbot.core.store.Retention;
import org.unionbot.core.store.SqliteDatabase;
import org.unionbot.core.store.StoreConfig;
import org.unionbot.core.store.StoreException;
import org.unionbot.core.store.StoreInUseException;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.NoticeText;

/**
 * The opened store: the data directory's database ({@code DATA/unionbot.db}, or a shared
 * PostgreSQL), which is the source of truth, and what runs on it. {@link #open} hands out the
 * change pipeline ({@link #admin}), the live knowledge base, the scores, the question log and the
 * message claims. The Lucene index is derived: opening reads the latest version's content and
 * builds the knowledge base from it in memory, so there is no index on disk to go stale.
 *
 * <p><b>One process</b> owns a SQLite data directory at a time: opening takes {@link DirectoryLock}
 * and fails with a {@link StoreInUseException} when another process holds it; the database file's
 * own lock ({@link SqliteDatabase}) refuses it the same way when the lock file was deleted, and the
 * lock file is made and locked again within {@link #CHECK_LOCK_EVERY}.
 *
 * <p><b>Several nodes</b> share one PostgreSQL database ({@link StoreConfig}); there is no file
 * lock. Every node follows the others' changes ({@link KbSync}, {@link Admin#refresh}).
 *
 * <p><b>Bounded</b>: opened with a {@link Retention} (the server), the {@link Maintenance} thread
 * deletes the question statistics past their days at open and then daily, and the open quiz rounds
 * past {@link Retention#openRounds} every {@link #PURGE_ROUNDS_EVERY}; opened without (the offline
 * commands), nothing is deleted.
 *
 * <p>Thread-safe.
 */
public final class Store implements AutoCloseable {

  /** How often the question statistics past their retention are deleted (and once at open). */
  public static final Duration PRUNE_STATS_EVERY = Duration.ofDays(1);

  /** How often the data directory's lock file is checked, and locked again if it went. */
  public static final Duration CHECK_LOCK_EVERY = Duration.ofSeconds(2);

  /** How often the open quiz rounds past their lifetime are deleted (and once at open). */
  public static final Duration PURGE_ROUNDS_EVERY = Duration.ofMinutes(5);

  private static final String SECRET_PREFIX = "secret:";
  private static final Logger log = LoggerFactory.getLogger(Store.class);

  private final Database db;
  private final Retention retention;
  private final Optional<DirectoryLock> lock;
  private final Clock clock;
  private final ZoneId zone;
  private final ChangePipeline pipeline;
  private final SqlScoreStore scores;
  private final ContestStore contests;
  private final StoreQuestionLog questions;
  private final MessageClaims claims;
  private final Optional<KbSync> sync;
  private final Maintenance maintenance = new Maintenance();
  private final Admin admin;

  private Store(
      Database db,
      Optional<Retention> maintained,
      Optional<DirectoryLock> lock,
      Clock clock,
      ZoneId zone,
      ChangePipeline pipeline) {
    this.db = db;
    this.retention = maintained.orElse(Retention.DEFAULTS);
    this.lock = lock;
    this.clock = clock;
    this.zone = zone;
    this.pipeline = pipeline;
    this.scores = SqlScoreStore.on(db, clock, zone);
    this.contests = new ContestStore(db, clock, zone);
    this.questions = new StoreQuestionLog(db, clock, zone, this.retention);
    this.claims = new MessageClaims(db);
    this.admin = new Admin(this, pipeline);
    this.sync =
        db instanceof PostgresDatabase pg
            ? Optional.of(new KbSync(pg, pipeline::refreshIfBehind))
            : Optional.empty();
    sync.ifPresent(KbSync::start);
    if (maintained.isPresent()) { // the server's job, not an offline command's
      maintenance.every(PRUNE_STATS_EVERY, "delete old question statistics", this::pruneStats);
      maintenance.every(PURGE_ROUNDS_EVERY, "delete stale open quiz rounds", this::purgeOpenRounds);
    }
    lock.ifPresent(
        l -> maintenance.every(CHECK_LOCK_EVERY, "check the data directory's lock", l::check));
  }

  /**
   * Opens the data directory: takes its lock, opens and migrates {@code DATA/unionbot.db}, on an
   * empty database commits version 1 with {@code seed} (actor "system", action "seed"), and builds
   * the knowledge base of the latest version.
   *
   * @throws StoreException when the directory is in use by another process, or the database cannot
   *     be opened, migrated or read, or its latest version does not build
   * @throws AdminException when the database is empty and the seed is not a usable notice
   */
  public static Store open(Path dataDir, NoticeText seed, Clock clock, ZoneId zone) {
    return open(StoreConfig.sqlite(dataDir), Optional.empty(), seed, clock, zone);
  }

  /**
   * Opens the configured database: SQLite in the data directory, under its lock, or PostgreSQL,
   * shared with other nodes; keeping what workers do as {@code retention} says when given (the
   * server), and deleting what is past it now and then.
   */
  public static Store open(
      StoreConfig config,
      Optional<Retention> retention,
      NoticeText seed,
      Clock clock,
      ZoneId zone) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(retention, "retention");
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(zone, "zone");
    // the seed is what most databases hold: build it while the database opens and migrates
    SeedBuild seedBuild = SeedBuild.start(seed, clock);
    if (config.url().isPresent()) {
      return open(config.open(), retention, Optional.empty(), seedBuild, clock, zone);
    }
    DirectoryLock lock = DirectoryLock.take(config.dataDir());
    Database db;
    try {
      db = SqliteDatabase.open(config.dataDir());
    } catch (StoreInUseException e) { // the lock file was deleted: the database's lock tells
      lock.close();
      throw new StoreInUseException(e.dataDir(), e.pid(), DirectoryLock.HINT);
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
    return open(db, retention, Optional.of(lock), seedBuild, clock, zone);
  }

  /**
   * Opens the store on a database someone opened (tests, several nodes in one JVM); the store
   * closes it. No data-directory lock is taken.
   */
  public static Store open(Database db, NoticeText seed, Clock clock, ZoneId zone) {
    Objects.requireNonNull(db, "db");
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(zone, "zone");
    return open(db, Optional.empty(), Optional.empty(), SeedBuild.start(seed, clock), clock, zone);
  }

  private static Store open(
      Database db,
      Optional<Retention> retention,
      Optional<DirectoryLock> lock,
      SeedBuild seedBuild,
      Clock clock,
      ZoneId zone) {
    try {
      KbState state = latestOrSeed(db, seedBuild);
      KnowledgeBase kb = seedBuild.serves(state) ? seedBuild.join() : build(state);
      return new Store(db, retention, lock, clock, zone, new ChangePipeline(db, kb, state, clock));
    } catch (RuntimeException e) {
      db.close();
      lock.ifPresent(DirectoryLock::close);
      throw e;
    }
  }

  /** The latest version; on an empty database, version 1 from the seed (one node seeds). */
  private static KbState latestOrSeed(Database db, SeedBuild seedBuild) {
    Optional<KbState> latest =
        db.read(
            c ->
                KbStore.latestVersion(c).isPresent()
                    ? Optional.of(ChangePipeline.latest(c))
                    : Optional.empty());
    if (latest.isPresent()) {
      return latest.get();
    }
    KbState first = seedBuild.first();
    Instant at = first.documents().get(0).updatedAt();
    seedBuild.join(); // the seed must build before it is stored
    try {
      return db.write(
          c -> {
            db.dialect().lockKnowledgeBase(c);
            KbState s =
                KbStore.commit(
                    c, first, 1, at, Actor.SYSTEM, "seed", first.documents().get(0).id());
            db.dialect().notify(c, Admin.CHANNEL, "1");
            return s;
          });
    } catch (KbStore.StaleVersionException e) {
      // another node seeded first: serve what it committed
      return db.read(ChangePipeline::latest);
    }
  }

  private static KnowledgeBase build(KbState state) {
    try {
      return KnowledgeBase.of(state.content(), state.version());
    } catch (IllegalArgumentException e) {
      throw new StoreException(
          "the knowledge base of version " + state.version() + " does not build: " + e.getMessage(),
          e);
    }
  }

  // ---- what it hands out

  /** The change pipeline: how admins change the knowledge base, and what they read of it. */
  public Admin admin() {
    return admin;
  }

  /** The live knowledge base the bot answers from; it changes version in place. */
  public KnowledgeBase knowledge() {
    return pipeline.knowledge();
  }

  /** The score store on the same database; closed with this store. */
  /** Contests, units and their leaderboards (issue 16), on the same database. */
  public ContestStore contests() {
    return contests;
  }

  public ScoreStore scores() {
    return scores;
  }

  /** Where the bot reports questions; never blocks (see {@link StoreQuestionLog}). */
  public QuestionLog questionLog() {
    return questions;
  }

  /** Whether a WeChat push is this node's to handle; see {@link MessageClaims}. */
  public boolean claimMessage(String key, Instant at) {
    return claims.claim(key, at);
  }

  /** What this store keeps of what workers do. */
  public Retention retention() {
    return retention;
  }

  Database db() {
    return db;
  }

  StoreQuestionLog questions() {
    return questions;
  }

  Clock clock() {
    return clock;
  }

  ZoneId zone() {
    return zone;
  }

  ChangePipeline pipeline() {
    return pipeline;
  }

  /** The background follower of other nodes' changes (PostgreSQL only). */
  Optional<KbSync> sync() {
    return sync;
  }

  // ---- health

  /**
   * Why the store cannot take writes now: the database file was deleted or replaced while this
   * process ran ({@link Database#problem}). Empty while all is well. One {@code stat}.
   */
  public Optional<String> storeProblem() {
    return db.problem();
  }

  /**
   * {@link #storeProblem}, then whether the database answers a {@code SELECT 1} within {@code
   * timeout} (rounded up to whole seconds, the JDBC query timeout's unit), for {@code /healthz}:
   * the reason it cannot be used, or empty. On PostgreSQL, waiting for a pooled connection may take
   * longer than {@code timeout}; the caller bounds its own wait.
   */
  public Optional<String> healthProblem(Duration timeout) {
    Optional<String> file = db.problem();
    if (file.isPresent()) {
      return file;
    }
    int seconds = (int) Math.max(1, (timeout.toMillis() + 999) / 1000);
    try {
      db.read(
          c -> {
            try (Statement s = c.createStatement()) {
              s.setQueryTimeout(seconds);
              s.execute("SELECT 1");
            }
            return null;
          });
      return Optional.empty();
    } catch (StoreException | IllegalStateException e) {
      return Optional.of("database check failed: " + e.getMessage());
    }
  }

  /** The pooled {@link DataSource} of a PostgreSQL store (HikariCP), for its metrics. */
  public Optional<DataSource> pooledDataSource() {
    return db instanceof PostgresDatabase pg ? Optional.of(pg.dataSource()) : Optional.empty();
  }

  // ---- secrets

  /**
   * A random 256-bit secret kept under {@code name} in the database, made by whichever process asks
   * first, so that every node sharing the database signs and checks with the same one (the chat
   * page's user cookie). Never audited, logged or shown through the admin API.
   */
  public byte[] secret(String name) {
    Objects.requireNonNull(name, "name");
    String key = SECRET_PREFIX + name;
    Optional<String> stored = db.read(c -> KbStore.setting(c, key));
    if (stored.isPresent()) {
      return Base64.getDecoder().decode(stored.get());
    }
    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    String encoded = Base64.getEncoder().encodeToString(fresh);
    Instant at = clock.instant();
    // another node may have made one meanwhile: keep the first, and use whatever is stored
    String kept =
        db.write(
            c -> {
              KbStore.putSettingIfAbsent(c, key, encoded, at);
              return KbStore.setting(c, key).orElseThrow();
            });
    return Base64.getDecoder().decode(kept);
  }

  // ---- maintenance

  /** For tests: waits until the maintenance runs due so far (those at open) have finished. */
  void awaitMaintenance() throws Exception {
    maintenance.await();
  }

  /**
   * Deletes the question statistics older than {@link Retention#statsDays} days (today counts as
   * one) and returns how many rows went.
   */
  long pruneStats() {
    LocalDate firstKept =
        LocalDate.ofInstant(clock.instant(), zone).minusDays(retention.statsDays() - 1L);
    long deleted = QuestionReports.prune(db, firstKept, zone);
    if (deleted > 0) {
      log.info(
          "deleted {} question statistics row(s) from before {} ({} days are kept)",
          deleted,
          firstKept,
          retention.statsDays());
    }
    return deleted;
  }

  /** Deletes the open quiz rounds that started more than {@link Retention#openRounds} ago. */
  int purgeOpenRounds() {
    return scores.forgetOpenRounds(clock.instant().minus(retention.openRounds()));
  }

  /**
   * Writes the question log's queue, closes the database and releases the data directory, after a
   * change in progress. Idempotent.
   */
  @Override
  public void close() {
    pipeline.close(
        () -> {
          sync.ifPresent(KbSync::stop);
          maintenance.stop();
          questions.close();
          db.close();
          lock.ifPresent(DirectoryLock::close);
        });
  }
}
