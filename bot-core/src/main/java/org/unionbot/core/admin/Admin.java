package org.unionbot.core.admin;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionbot.core.QuestionLog;
import org.unionbot.core.score.ScoreStore;
import org.unionbot.core.score.SqlScoreStore;
import org.unionbot.core.store.Database;
import org.unionbot.core.store.PostgresDatabase;
import org.unionbot.core.store.Retention;
import org.unionbot.core.store.SqliteDatabase;
import org.unionbot.core.store.StoreConfig;
import org.unionbot.core.store.StoreException;
import org.unionbot.core.store.StoreInUseException;
import org.unionbot.knowledge.Content;
import org.unionbot.knowledge.Faq;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.NoticeText;
import org.unionbot.knowledge.Synonym;
import org.unionbot.knowledge.notice.NoticeParser;
import org.unionbot.knowledge.quiz.QuizItem;

/**
 * The knowledge base as admins change it, on the data directory's database ({@code
 * DATA/unionbot.db}), which is the source of truth: documents, FAQ pairs, synonyms, curated quiz
 * items, knowledge-base versions, scores, the question log and the audit log. The Lucene index is
 * derived: {@link #open} reads the latest version's content and builds the knowledge base from it
 * in memory (rebuild on start), so there is no index on disk to go stale or corrupt.
 *
 * <p><b>Every change</b> runs the same steps, one change at a time (one lock): validate (a bad
 * request is an {@link AdminException} and nothing happens); build the next version off to the side
 * with {@link KnowledgeBase#build} (content that cannot be built is {@link
 * AdminException.Reason#INVALID} with the builder's message, and nothing is stored); commit in one
 * transaction the content, the version row with the version's full lists and the audit entry; and
 * only then {@linkplain KnowledgeBase#install install} the build. A failed commit leaves the old
 * version serving. A change that would not change the content (replacing a document with the same
 * text, disabling a disabled item, rolling back to a version with the current content) makes no
 * version and returns the current one. Changes block on the database and the build: never call them
 * on an event loop.
 *
 * <p><b>Versions</b> are numbered from 1 (the seed) without gaps and never change once committed.
 * {@link #rollback} to N commits a new version whose content is N's, so history stays linear.
 *
 * <p><b>One process</b> owns a SQLite data directory at a time: {@link #open} takes a lock on
 * {@code DATA/unionbot.lock} ({@link DirectoryLock}) and fails with a {@link StoreInUseException}
 * saying so when another process (the server, for the CLI) holds it; the database file's own lock
 * ({@link SqliteDatabase}) refuses it the same way when the lock file was deleted, and the lock
 * file is made and locked again within {@link #CHECK_LOCK_EVERY}. The operating system drops the
 * locks when the process dies.
 *
 * <p><b>Several nodes</b> share one PostgreSQL database ({@link StoreConfig}); there is no file
 * lock. Every commit takes the knowledge-base lock in the database ({@code pg_advisory_xact_lock})
 * and checks that the version it was built on is still the latest; if another node committed
 * meanwhile, this node loads that version and runs the change again on it (validation included), so
 * versions stay contiguous and no change is lost or applied to stale content. The commit sends
 * {@code NOTIFY unionbot_kb, '<version>'} in the same transaction; every node listens ({@link
 * KbSync}) and also checks the latest version once a second, then {@linkplain #refresh rebuilds} to
 * it, off the request threads. A rollback is a new version like any change, so it reaches every
 * node.
 *
 * <p><b>Bounded</b>: what workers do is kept as its {@link Retention} says. When opened with one
 * (the server), a background thread ({@code unionbot-store-maintenance}) deletes the question
 * statistics past their days at open and then daily, and the open quiz rounds past the session
 * lifetime every {@link #PURGE_ROUNDS_EVERY}; opened without (the offline commands, which do not
 * know the server's settings), nothing is deleted. The question log bounds its lists as it writes
 * ({@link StoreQuestionLog}).
 *
 * <p>Thread-safe. Reads of the current content come from memory and never wait for a change.
 */
public final class Admin implements AutoCloseable {

  /** The longest document text, in characters. */
  public static final int MAX_TEXT_CHARS = Checks.MAX_TEXT;

  /** The longest document title, in characters. */
  public static final int MAX_TITLE_CHARS = Checks.MAX_TITLE;

  /** The longest menu JSON, in characters. */
  public static final int MAX_MENU_CHARS = 65_536;

  /** The lock file that says a process has the data directory open ({@link DirectoryLock}). */
  public static final String LOCK_FILE = DirectoryLock.FILE_NAME;

  private static final String MENU = "menu";
  private static final String SECRET_PREFIX = "secret:";
  private static final String ALL = "SELECT count(*) FROM ";

  /** The channel every node listens on; the payload is the version just committed. */
  public static final String CHANNEL = "unionbot_kb";

  /** How many times a change is rebuilt on a newer version that another node committed. */
  static final int ATTEMPTS = 5;

  /** How often the question statistics past their retention are deleted (and once at open). */
  public static final Duration PRUNE_STATS_EVERY = Duration.ofDays(1);

  /** How often the data directory's lock file is checked, and locked again if it went. */
  public static final Duration CHECK_LOCK_EVERY = Duration.ofSeconds(2);

  /** How often the open quiz rounds past their lifetime are deleted (and once at open). */
  public static final Duration PURGE_ROUNDS_EVERY = Duration.ofMinutes(5);

  private static final Logger log = LoggerFactory.getLogger(Admin.class);

  private final Database db;
  private final Retention retention;
  private final ScheduledExecutorService maintenance;
  private final Optional<DirectoryLock> lock;
  private final Optional<KbSync> sync;
  private final MessageClaims claims;
  private final Clock clock;
  private final ZoneId zone;
  private final KnowledgeBase kb;
  private final SqlScoreStore scores;
  private final StoreQuestionLog questions;
  private final ReentrantLock changes = new ReentrantLock();
  private volatile KbState state;
  private boolean closed; // guarded by changes

  /** How a change builds its version: {@link KnowledgeBase#build}; tests make it fail. */
  private volatile BiFunction<Content, Long, KnowledgeBase.Build> builder = KnowledgeBase::build;

  private Admin(
      Database db,
      Optional<Retention> maintained,
      Optional<DirectoryLock> lock,
      Clock clock,
      ZoneId zone,
      KnowledgeBase kb,
      KbState state) {
    this.db = db;
    this.retention = maintained.orElse(Retention.DEFAULTS);
    this.lock = lock;
    this.clock = clock;
    this.zone = zone;
    this.kb = kb;
    this.state = state;
    this.scores = SqlScoreStore.on(db, clock, zone);
    this.questions = new StoreQuestionLog(db, clock, zone, this.retention);
    this.claims = new MessageClaims(db);
    this.sync =
        db instanceof PostgresDatabase pg
            ? Optional.of(new KbSync(pg, this::refreshIfBehind))
            : Optional.empty();
    sync.ifPresent(KbSync::start);
    this.maintenance =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "unionbot-store-maintenance");
              t.setDaemon(true);
              return t;
            });
    if (maintained.isPresent()) { // the server's job, not an offline command's
      every(PRUNE_STATS_EVERY, "delete old question statistics", this::pruneStats);
      every(PURGE_ROUNDS_EVERY, "delete stale open quiz rounds", this::purgeOpenRounds);
    }
    lock.ifPresent(l -> every(CHECK_LOCK_EVERY, "check the data directory's lock", l::check));
  }

  /** For tests: waits until the maintenance runs due so far (those at open) have finished. */
  void awaitMaintenance() throws Exception {
    maintenance.submit(() -> {}).get(10, TimeUnit.SECONDS);
  }

  /** Runs {@code job} on the maintenance thread now and then every {@code period}. */
  private void every(Duration period, String what, Runnable job) {
    maintenance.scheduleAtFixedRate(
        () -> {
          try {
            job.run();
          } catch (RuntimeException e) { // a later run may succeed: keep the schedule
            if (!maintenance.isShutdown()) {
              log.warn("could not {}: {}", what, e.getMessage());
            }
          }
        },
        0,
        period.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /**
   * Opens the data directory: takes its lock, opens and migrates {@code DATA/unionbot.db}, on an
   * empty database commits version 1 with {@code seed} (actor "system", action "seed"), and builds
   * the knowledge base of the latest version.
   *
   * @param dataDir the data directory, created when missing
   * @param seed the notice an empty database starts from; its id, made URL-safe, is kept
   * @param clock the time of versions, audit entries and logged questions
   * @param zone the time zone whose calendar days the stats count
   * @throws StoreException when the directory is in use by another process, or the database cannot
   *     be opened, migrated or read, or its latest version does not build
   * @throws AdminException when the database is empty and the seed is not a usable notice
   */
  public static Admin open(Path dataDir, NoticeText seed, Clock clock, ZoneId zone) {
    return open(StoreConfig.sqlite(dataDir), seed, clock, zone);
  }

  /**
   * Opens the configured database: SQLite in the data directory, under the data directory's lock
   * (as {@link #open(Path, NoticeText, Clock, ZoneId)}), or PostgreSQL, shared with other nodes and
   * without a file lock. On PostgreSQL this node then follows the other nodes' changes ({@link
   * #refresh}).
   *
   * @throws StoreException when the data directory is in use, or the database cannot be reached,
   *     opened, migrated or read, or its latest version does not build
   * @throws AdminException when the database is empty and the seed is not a usable notice
   */
  public static Admin open(StoreConfig config, NoticeText seed, Clock clock, ZoneId zone) {
    return open(config, Optional.empty(), seed, clock, zone);
  }

  /**
   * {@link #open(StoreConfig, NoticeText, Clock, ZoneId)}, keeping what workers do as {@code
   * retention} says, and deleting what is past it now and then (the server's open).
   */
  public static Admin open(
      StoreConfig config, Retention retention, NoticeText seed, Clock clock, ZoneId zone) {
    return open(config, Optional.of(retention), seed, clock, zone);
  }

  private static Admin open(
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
   * Opens the admin service on a database someone opened (tests, several nodes in one JVM); the
   * service closes it. No data-directory lock is taken.
   */
  public static Admin open(Database db, NoticeText seed, Clock clock, ZoneId zone) {
    Objects.requireNonNull(db, "db");
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(zone, "zone");
    return open(db, Optional.empty(), Optional.empty(), SeedBuild.start(seed, clock), clock, zone);
  }

  /**
   * The knowledge base of the seed alone at version 1, built in the background from the start of
   * {@link #open}: on a new database (and on one still at its seed version) it is the one to serve,
   * and building it beside the database's opening and migration saves that time at start.
   */
  private static final class SeedBuild {
    private final KbState first;
    private final RuntimeException unusable;
    private final CompletableFuture<KnowledgeBase> kb;

    private SeedBuild(
        KbState first, RuntimeException unusable, CompletableFuture<KnowledgeBase> kb) {
      this.first = first;
      this.unusable = unusable;
      this.kb = kb;
    }

    static SeedBuild start(NoticeText seed, Clock clock) {
      KbState first;
      try {
        first = seedState(seed, clock.instant());
      } catch (RuntimeException e) {
        return new SeedBuild(null, e, CompletableFuture.failedFuture(e));
      }
      Content content = first.content();
      return new SeedBuild(
          first, null, CompletableFuture.supplyAsync(() -> KnowledgeBase.of(content, 1)));
    }

    /** The seed as version 1 stores it; throws why the seed cannot be a notice. */
    KbState first() {
      if (unusable != null) {
        throw unusable;
      }
      return first;
    }

    /** Whether {@code state} is the seed's version 1, so that {@link #kb} serves it. */
    boolean serves(KbState state) {
      return first != null && state.version() == 1 && state.content().equals(first.content());
    }

    /** The built seed, or the reason it does not build, as {@link #build} reports it. */
    KnowledgeBase join() {
      try {
        return kb.join();
      } catch (java.util.concurrent.CompletionException e) {
        if (e.getCause() instanceof IllegalArgumentException bad) {
          throw new StoreException(
              "the knowledge base of version 1 does not build: " + bad.getMessage(), bad);
        }
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
  }

  private static Admin open(
      Database db,
      Optional<Retention> retention,
      Optional<DirectoryLock> lock,
      SeedBuild seedBuild,
      Clock clock,
      ZoneId zone) {
    try {
      KbState state = latestOrSeed(db, seedBuild, clock);
      KnowledgeBase kb = seedBuild.serves(state) ? seedBuild.join() : build(state);
      return new Admin(db, retention, lock, clock, zone, kb, state);
    } catch (RuntimeException e) {
      db.close();
      lock.ifPresent(DirectoryLock::close);
      throw e;
    }
  }

  /** The latest version; on an empty database, version 1 from the seed (one node seeds). */
  private static KbState latestOrSeed(Database db, SeedBuild seedBuild, Clock clock) {
    Optional<KbState> latest =
        db.read(c -> KbStore.latestVersion(c).isPresent() ? load(c) : Optional.empty());
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
            db.dialect().notify(c, CHANNEL, "1");
            return s;
          });
    } catch (KbStore.StaleVersionException e) {
      // another node seeded first: serve what it committed
      return db.read(Admin::load).orElseThrow();
    }
  }

  private static Optional<KbState> load(Connection c) throws SQLException {
    return Optional.of(KbStore.load(c, KbStore.latestVersion(c).orElseThrow()));
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

  private static KbState seedState(NoticeText seed, Instant at) {
    String text = Checks.text(seed.text());
    String id = slug(seed.id());
    String title =
        seed.title()
            .filter(t -> !t.isBlank())
            .orElseGet(() -> new NoticeParser().parse(id, text, Optional.empty()).title())
            .strip();
    if (title.isEmpty()) {
      title = id;
    }
    if (title.length() > Checks.MAX_TITLE) {
      title = title.substring(0, Checks.MAX_TITLE);
    }
    return new KbState(
        0,
        List.of(new KbState.Doc(id, 0, title, text, at)),
        List.of(),
        List.of(),
        List.of(),
        Set.of());
  }

  /** A document id made of {@code [a-z0-9-]}: the seed's id, lower-cased, other runs to "-". */
  static String slug(String id) {
    String s = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > 64) {
      s = s.substring(0, 64);
    }
    return s.isEmpty() ? KnowledgeBase.BUNDLED_ID : s;
  }

  // ---- what the bot uses

  /** The live knowledge base the bot answers from; it changes version in place. */
  public KnowledgeBase knowledge() {
    return kb;
  }

  /** The score store on the same database; closed with this service. */
  public ScoreStore scores() {
    return scores;
  }

  /** Where the bot reports questions; never blocks (see {@link StoreQuestionLog}). */
  public QuestionLog questionLog() {
    return questions;
  }

  /** The version now serving. */
  public long version() {
    return state.version();
  }

  /**
   * Serves the latest committed version, when another node (or the {@code kb} command) committed
   * one since this node last looked, and returns the version now serving. Idempotent, and safe to
   * call at any time: it waits for a change running on this node, and a version that does not build
   * is logged and skipped (the current one keeps serving). On PostgreSQL a background thread calls
   * it on every change notification and once a second; tests and the admin API may call it too.
   * Blocks on the database and the build: never call it on an event loop.
   */
  public long refresh() {
    refreshIfBehind();
    return state.version();
  }

  /**
   * Why the store cannot take writes now, for {@code /healthz} to answer 503 with: the database
   * file was deleted or replaced while this process ran ({@link Database#problem}). Empty while all
   * is well. One {@code stat}: cheap enough for every health check.
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

  /**
   * The pooled {@link DataSource} of a PostgreSQL store (a HikariCP pool), for its metrics; empty
   * for SQLite.
   */
  public Optional<DataSource> pooledDataSource() {
    return db instanceof PostgresDatabase pg ? Optional.of(pg.dataSource()) : Optional.empty();
  }

  /** What this service keeps of what workers do. */
  public Retention retention() {
    return retention;
  }

  /**
   * Deletes the question statistics older than {@link Retention#statsDays} days (today counts as
   * one) and returns how many rows went. The maintenance thread runs it at open and daily.
   */
  long pruneStats() {
    LocalDate firstKept =
        LocalDate.ofInstant(clock.instant(), zone).minusDays(retention.statsDays() - 1L);
    long deleted = StoreQuestionLog.prune(db, firstKept, zone);
    if (deleted > 0) {
      log.info(
          "deleted {} question statistics row(s) from before {} ({} days are kept)",
          deleted,
          firstKept,
          retention.statsDays());
    }
    return deleted;
  }

  /**
   * Deletes the open quiz rounds that started more than {@link Retention#openRounds} ago and
   * returns how many. The maintenance thread runs it at open and every {@link #PURGE_ROUNDS_EVERY}.
   */
  int purgeOpenRounds() {
    return scores.forgetOpenRounds(clock.instant().minus(retention.openRounds()));
  }

  /** Whether a WeChat push is this node's to handle; see {@link MessageClaims}. */
  public boolean claimMessage(String key, Instant at) {
    return claims.claim(key, at);
  }

  /** The background follower of other nodes' changes (PostgreSQL only). */
  Optional<KbSync> sync() {
    return sync;
  }

  private void refreshIfBehind() {
    long latest = db.read(c -> KbStore.latestVersion(c).orElse(0L));
    if (latest <= state.version()) {
      return;
    }
    changes.lock();
    try {
      if (!closed) {
        refreshLocked();
      }
    } finally {
      changes.unlock();
    }
  }

  /** Loads and installs the latest version if it is newer than the one serving; holds the lock. */
  private void refreshLocked() {
    KbState latest = db.read(c -> load(c)).orElseThrow();
    if (latest.version() <= state.version()) {
      return;
    }
    KnowledgeBase.Build build;
    try {
      build = builder.apply(latest.content(), latest.version());
    } catch (IllegalArgumentException e) {
      log.error(
          "version {} committed elsewhere does not build here; still serving {}: {}",
          latest.version(),
          state.version(),
          e.getMessage());
      return;
    }
    kb.install(build);
    state = latest;
    log.info("now serving knowledge-base version {} (committed by another node)", latest.version());
  }

  // ---- documents

  /** The documents of the version now serving, in the order they were added. */
  public List<DocumentInfo> documents() {
    return state.documents().stream().map(KbState.Doc::info).toList();
  }

  public Optional<Document> document(String id) {
    return id == null ? Optional.empty() : state.document(id).map(KbState.Doc::document);
  }

  /** Adds a document under a new id ({@code doc-N}). */
  public Change addDocument(Actor who, String title, String text) {
    return locked(
        () -> {
          String t = Checks.title(title);
          String body = Checks.text(text);
          requireFreeTitle(t, null);
          long n =
              db.read(
                  c ->
                      KbStore.peekId(
                          c, "doc", "doc-", ALL + "kb_document_revisions WHERE doc_id = ?"));
          String id = "doc-" + n;
          List<KbState.Doc> docs = new ArrayList<>(state.documents());
          docs.add(new KbState.Doc(id, 0, t, body, clock.instant()));
          return commit(
              who,
              "add-document",
              id,
              state.withDocuments(docs),
              c -> KbStore.advance(c, "doc", n));
        });
  }

  /** Replaces a document's title and text; it keeps its id and place. */
  public Change replaceDocument(Actor who, String id, String title, String text) {
    return locked(
        () -> {
          KbState.Doc old = requireDocument(id);
          String t = Checks.title(title);
          String body = Checks.text(text);
          requireFreeTitle(t, id);
          if (old.title().equals(t) && old.text().equals(body)) {
            return new Change(id, state.version());
          }
          List<KbState.Doc> docs = new ArrayList<>(state.documents());
          docs.set(docs.indexOf(old), new KbState.Doc(id, 0, t, body, clock.instant()));
          return commit(who, "replace-document", id, state.withDocuments(docs), c -> {});
        });
  }

  /** Removes a document; its content is no longer answered. The last one cannot go. */
  public Change removeDocument(Actor who, String id) {
    return locked(
        () -> {
          KbState.Doc old = requireDocument(id);
          if (state.documents().size() == 1) {
            throw AdminException.invalid(
                "the knowledge base needs at least one document: add another before removing"
                    + " this one");
          }
          List<KbState.Doc> docs = new ArrayList<>(state.documents());
          docs.remove(old);
          return commit(who, "remove-document", id, state.withDocuments(docs), c -> {});
        });
  }

  private KbState.Doc requireDocument(String id) {
    return state
        .document(id == null ? "" : id)
        .orElseThrow(() -> AdminException.notFound("no document " + id));
  }

  private void requireFreeTitle(String title, String except) {
    String key = Checks.titleKey(title);
    for (KbState.Doc d : state.documents()) {
      if (!d.id().equals(except) && Checks.titleKey(d.title()).equals(key)) {
        throw AdminException.invalid(
            "the title “" + title + "” is already taken by document " + d.id());
      }
    }
  }

  // ---- FAQ

  public List<Faq> faqs() {
    return state.faqs();
  }

  /** Adds a FAQ pair under a new id ({@code faq-N}): its question and close paraphrases get it. */
  public Change addFaq(Actor who, String question, String answer) {
    return locked(() -> newFaq(who, "add-faq", question, answer, c -> {}));
  }

  public Change updateFaq(Actor who, String id, String question, String answer) {
    return locked(
        () -> {
          Faq old = requireFaq(id);
          String q = Checks.line("question", question, Checks.MAX_QUESTION);
          String a = Checks.paragraph("answer", answer, Checks.MAX_ANSWER);
          requireNewQuestion(q, id);
          List<Faq> faqs = new ArrayList<>(state.faqs());
          faqs.set(faqs.indexOf(old), new Faq(id, q, a));
          return commit(who, "update-faq", id, state.withFaqs(faqs), c -> {});
        });
  }

  public Change removeFaq(Actor who, String id) {
    return locked(
        () -> {
          Faq old = requireFaq(id);
          List<Faq> faqs = new ArrayList<>(state.faqs());
          faqs.remove(old);
          return commit(who, "remove-faq", id, state.withFaqs(faqs), c -> {});
        });
  }

  /**
   * Answers an unanswered question: adds the FAQ pair and, in the same transaction, removes the
   * question from the unanswered list.
   */
  public Change faqFromUnanswered(Actor who, String text, String answer) {
    return locked(
        () -> {
          questions.flush(); // so a queued repeat of the question cannot bring it back
          return newFaq(
              who, "faq-from-unanswered", text, answer, c -> StoreQuestionLog.forget(c, text));
        });
  }

  private Change newFaq(Actor who, String action, String question, String answer, Extra extra) {
    String q = Checks.line("question", question, Checks.MAX_QUESTION);
    String a = Checks.paragraph("answer", answer, Checks.MAX_ANSWER);
    requireNewQuestion(q, null);
    long n = db.read(c -> KbStore.peekId(c, "faq", "faq-", ALL + "kb_faqs WHERE faq_id = ?"));
    String id = "faq-" + n;
    List<Faq> faqs = new ArrayList<>(state.faqs());
    faqs.add(new Faq(id, q, a));
    return commit(
        who,
        action,
        id,
        state.withFaqs(faqs),
        c -> {
          KbStore.advance(c, "faq", n);
          extra.run(c);
        });
  }

  private Faq requireFaq(String id) {
    return state.faqs().stream()
        .filter(f -> f.id().equals(id))
        .findFirst()
        .orElseThrow(() -> AdminException.notFound("no FAQ pair " + id));
  }

  private void requireNewQuestion(String question, String except) {
    String key = StoreQuestionLog.key(question);
    for (Faq f : state.faqs()) {
      if (!f.id().equals(except) && StoreQuestionLog.key(f.question()).equals(key)) {
        throw AdminException.invalid("FAQ pair " + f.id() + " already has this question");
      }
    }
  }

  // ---- synonyms

  public List<Synonym> synonyms() {
    return state.synonyms();
  }

  /** Reads {@code term} as {@code canonical} in questions; replaces the term's earlier synonym. */
  public Change putSynonym(Actor who, String term, String canonical) {
    return locked(
        () -> {
          String t = Checks.line("term", term, Checks.MAX_TERM);
          String c = Checks.line("canonical word", canonical, Checks.MAX_TERM);
          if (Checks.titleKey(t).equals(Checks.titleKey(c))) {
            throw AdminException.invalid("a word cannot be its own synonym: " + t);
          }
          List<Synonym> synonyms = new ArrayList<>(state.synonyms());
          int i = synonym(t);
          if (i >= 0) {
            synonyms.set(i, new Synonym(t, c));
          } else {
            synonyms.add(new Synonym(t, c));
          }
          return commit(who, "put-synonym", t, state.withSynonyms(synonyms), x -> {});
        });
  }

  public Change removeSynonym(Actor who, String term) {
    return locked(
        () -> {
          int i = term == null ? -1 : synonym(term.strip());
          if (i < 0) {
            throw AdminException.notFound("no synonym for " + term);
          }
          List<Synonym> synonyms = new ArrayList<>(state.synonyms());
          String t = synonyms.remove(i).term();
          return commit(who, "remove-synonym", t, state.withSynonyms(synonyms), x -> {});
        });
  }

  /** The index of the synonym whose term matches {@code term} once normalised, or -1. */
  private int synonym(String term) {
    String key = Checks.titleKey(term);
    List<Synonym> synonyms = state.synonyms();
    for (int i = 0; i < synonyms.size(); i++) {
      if (Checks.titleKey(synonyms.get(i).term()).equals(key)) {
        return i;
      }
    }
    return -1;
  }

  // ---- quiz

  /** The curated quiz items: new ones, and edits of generated ones under the generated id. */
  public List<QuizItem> curatedQuiz() {
    return state.quiz();
  }

  /** Ids of quiz items (generated or curated) that are never asked. */
  public Set<String> disabledQuiz() {
    return state.disabled();
  }

  /** Adds a curated quiz item under a new id ({@code cq-N}). */
  public Change addQuizItem(Actor who, QuizDraft draft) {
    return locked(
        () -> {
          QuizDraft d = Checks.quiz(draft);
          long n =
              db.read(
                  c -> KbStore.peekId(c, "quiz", "cq-", ALL + "kb_quiz_items WHERE item_id = ?"));
          String id = "cq-" + n;
          List<QuizItem> quiz = new ArrayList<>(state.quiz());
          quiz.add(item(id, d, "", ""));
          return commit(
              who,
              "add-quiz",
              id,
              state.withQuiz(quiz, state.disabled()),
              c -> KbStore.advance(c, "quiz", n));
        });
  }

  /**
   * Edits a quiz item. Editing a generated item stores a curated item under its id, which the
   * knowledge base asks instead of the generated one.
   */
  public Change updateQuizItem(Actor who, String id, QuizDraft draft) {
    return locked(
        () -> {
          List<QuizItem> quiz = new ArrayList<>(state.quiz());
          int i = curated(id);
          Optional<QuizItem> generated =
              i >= 0 ? Optional.empty() : generated(id == null ? "" : id);
          if (i < 0 && generated.isEmpty()) {
            throw AdminException.notFound("no quiz item " + id);
          }
          QuizDraft d = Checks.quiz(draft);
          if (i >= 0) {
            QuizItem old = quiz.get(i);
            quiz.set(i, item(id, d, old.section(), old.doc()));
          } else {
            quiz.add(item(id, d, generated.get().section(), generated.get().doc()));
          }
          return commit(who, "update-quiz", id, state.withQuiz(quiz, state.disabled()), c -> {});
        });
  }

  public Change disableQuizItem(Actor who, String id) {
    return locked(
        () -> {
          requireQuizItem(id);
          Set<String> disabled = new LinkedHashSet<>(state.disabled());
          disabled.add(id);
          return commit(who, "disable-quiz", id, state.withQuiz(state.quiz(), disabled), c -> {});
        });
  }

  public Change enableQuizItem(Actor who, String id) {
    return locked(
        () -> {
          requireQuizItem(id);
          Set<String> disabled = new LinkedHashSet<>(state.disabled());
          disabled.remove(id);
          return commit(who, "enable-quiz", id, state.withQuiz(state.quiz(), disabled), c -> {});
        });
  }

  private void requireQuizItem(String id) {
    if (id == null
        || (!state.disabled().contains(id) && curated(id) < 0 && generated(id).isEmpty())) {
      throw AdminException.notFound("no quiz item " + id);
    }
  }

  private int curated(String id) {
    List<QuizItem> quiz = state.quiz();
    for (int i = 0; i < quiz.size(); i++) {
      if (quiz.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private Optional<QuizItem> generated(String id) {
    return kb.quizItems().stream().filter(q -> q.id().equals(id)).findFirst();
  }

  private static QuizItem item(String id, QuizDraft d, String section, String doc) {
    return new QuizItem(
        id, d.type(), d.prompt(), d.options(), d.answer(), d.accepted(), d.source(), section, doc);
  }

  // ---- versions

  /** Every version, newest first. */
  public List<VersionInfo> versions() {
    return db.read(KbStore::versions);
  }

  /**
   * Serves version N's content again, as a new version (history stays linear). Rolling back to a
   * version whose content is the current one (the current version, say) changes nothing.
   */
  public Change rollback(Actor who, long version) {
    return locked(
        () -> {
          KbState old = db.read(c -> KbStore.exists(c, version) ? KbStore.load(c, version) : null);
          if (old == null) {
            throw AdminException.notFound("no version " + version);
          }
          return commit(who, "rollback", String.valueOf(version), old, c -> {});
        });
  }

  /**
   * Replaces the whole content (documents, FAQ, synonyms, curated and disabled quiz items) with
   * {@code content}, as one new version, exactly as it is given: the ids stay, so that disabled and
   * edited quiz items keep matching. Each part is checked as the single changes check it. Earlier
   * versions stay, and {@link #rollback} returns to any of them. The same content as now changes
   * nothing.
   *
   * @throws AdminException naming the first problem (no document, a repeated id or title, a bad
   *     field)
   */
  public Change replaceContent(Actor who, Content content) {
    Objects.requireNonNull(content, "content");
    return locked(
        () -> {
          if (content.documents().isEmpty()) {
            throw AdminException.invalid("the knowledge base needs at least one document");
          }
          Instant at = clock.instant();
          List<KbState.Doc> docs = new ArrayList<>();
          Set<String> ids = new HashSet<>();
          Set<String> titles = new HashSet<>();
          for (NoticeText n : content.documents()) {
            String id = Checks.line("document id", n.id(), Checks.MAX_TERM);
            String title = Checks.title(n.title().orElse(id));
            if (!ids.add(id)) {
              throw AdminException.invalid("document " + id + " is given twice");
            }
            if (!titles.add(Checks.titleKey(title))) {
              throw AdminException.invalid("the title “" + title + "” is given twice");
            }
            docs.add(new KbState.Doc(id, 0, title, Checks.text(n.text()), at));
          }
          List<Faq> faqs = new ArrayList<>();
          Set<String> faqIds = new HashSet<>();
          Set<String> questions = new HashSet<>();
          for (Faq f : content.faqs()) {
            String id = Checks.line("FAQ id", f.id(), Checks.MAX_TERM);
            String q = Checks.line("question", f.question(), Checks.MAX_QUESTION);
            if (!faqIds.add(id) || !questions.add(StoreQuestionLog.key(q))) {
              throw AdminException.invalid("FAQ pair " + id + " is given twice");
            }
            faqs.add(new Faq(id, q, Checks.paragraph("answer", f.answer(), Checks.MAX_ANSWER)));
          }
          List<Synonym> synonyms = new ArrayList<>();
          Set<String> terms = new HashSet<>();
          for (Synonym y : content.synonyms()) {
            String t = Checks.line("term", y.term(), Checks.MAX_TERM);
            String c = Checks.line("canonical word", y.canonical(), Checks.MAX_TERM);
            if (Checks.titleKey(t).equals(Checks.titleKey(c))) {
              throw AdminException.invalid("a word cannot be its own synonym: " + t);
            }
            if (!terms.add(Checks.titleKey(t))) {
              throw AdminException.invalid("the synonym for " + t + " is given twice");
            }
            synonyms.add(new Synonym(t, c));
          }
          List<QuizItem> quiz = new ArrayList<>();
          Set<String> quizIds = new HashSet<>();
          for (QuizItem q : content.quizItems()) {
            String id = Checks.line("quiz item id", q.id(), Checks.MAX_TERM);
            if (!quizIds.add(id)) {
              throw AdminException.invalid("quiz item " + id + " is given twice");
            }
            QuizDraft d =
                Checks.quiz(
                    new QuizDraft(
                        q.type(), q.prompt(), q.options(), q.answer(), q.accepted(), q.source()));
            quiz.add(item(id, d, q.section(), q.doc()));
          }
          Set<String> disabled = new LinkedHashSet<>();
          for (String id : content.disabledQuiz()) {
            disabled.add(Checks.line("disabled quiz item id", id, Checks.MAX_TERM));
          }
          KbState next = new KbState(0, docs, faqs, synonyms, quiz, disabled);
          return commit(who, "import", "content", next, c -> {});
        });
  }

  // ---- questions and stats

  /** The questions the bot could not answer, most asked first, then most recent. */
  public List<Unanswered> unanswered(int limit) {
    requireLimit(limit);
    questions.flush();
    return db.read(c -> StoreQuestionLog.unanswered(c, limit));
  }

  /** Questions and quiz results over the last {@code days} days (1–366), today included. */
  public Stats stats(int days) {
    if (days < 1 || days > 366) {
      throw AdminException.invalid("days must be 1 to 366, not " + days);
    }
    questions.flush();
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    return db.read(c -> questions.stats(c, days, today));
  }

  /** The latest changes, newest first. */
  public List<AuditEntry> audit(int limit) {
    requireLimit(limit);
    return db.read(c -> KbStore.audit(c, limit));
  }

  private static void requireLimit(int limit) {
    if (limit < 0) {
      throw AdminException.invalid("the limit must not be negative");
    }
  }

  // ---- menu

  /** The public-account menu (WeChat menu-create JSON), once an admin stored one. */
  public Optional<String> menu() {
    return db.read(c -> KbStore.setting(c, MENU));
  }

  /**
   * Stores the menu JSON and audits it (with the version serving). The caller validates it against
   * WeChat's limits; this only refuses a blank or oversized one.
   */
  public void putMenu(Actor who, String menuJson) {
    locked(
        () -> {
          Objects.requireNonNull(who, "who");
          String json = Checks.paragraph("menu", menuJson, MAX_MENU_CHARS);
          Instant at = clock.instant();
          long v = state.version();
          db.write(
              c -> {
                KbStore.putSetting(c, MENU, json, at);
                KbStore.audit(c, at, who, "put-menu", MENU, v);
                return null;
              });
          return new Change(MENU, v);
        });
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

  // ---- the change pipeline

  /** For tests: builds versions with {@code builder} instead of {@link KnowledgeBase#build}. */
  void builder(BiFunction<Content, Long, KnowledgeBase.Build> builder) {
    this.builder = Objects.requireNonNull(builder, "builder");
  }

  /** More work in a change's transaction. */
  @FunctionalInterface
  private interface Extra {
    void run(Connection c) throws SQLException;
  }

  /**
   * Runs a change under the lock. A change is built on the version serving; when another node
   * committed a newer one meanwhile, the commit finds out (under the knowledge-base lock in the
   * database), and the change is validated and built again on the newer version, up to {@link
   * #ATTEMPTS} times. So a change never overwrites another node's, and versions stay contiguous.
   */
  private Change locked(Supplier<Change> change) {
    changes.lock();
    try {
      for (int attempt = 1; ; attempt++) {
        if (closed) {
          throw new IllegalStateException("the admin service is closed");
        }
        try {
          return change.get();
        } catch (KbStore.StaleVersionException e) {
          if (attempt >= ATTEMPTS) {
            throw new StoreException(
                "the knowledge base keeps changing on other nodes; try the change again", e);
          }
          refreshLocked();
        }
      }
    } finally {
      changes.unlock();
    }
  }

  /** Builds, commits and installs {@code next}; the caller holds the lock and validated. */
  private Change commit(Actor who, String action, String target, KbState next, Extra extra) {
    Objects.requireNonNull(who, "who");
    KbState current = state;
    if (next.sameContent(current)) {
      // no change here; but built on the latest version? (another node may have committed)
      long latest = db.read(c -> KbStore.latestVersion(c).orElse(0L));
      if (latest != current.version()) {
        throw new KbStore.StaleVersionException(
            "version "
                + latest
                + " was committed elsewhere; this node serves "
                + current.version());
      }
      return new Change(target, current.version());
    }
    long version = current.version() + 1;
    KnowledgeBase.Build build;
    try {
      build = builder.apply(next.content(), version);
    } catch (IllegalArgumentException e) {
      throw AdminException.invalid(
          e.getMessage() == null ? "the content does not build" : e.getMessage());
    }
    Instant at = clock.instant();
    KbState stored =
        db.write(
            c -> {
              db.dialect().lockKnowledgeBase(c);
              KbState s = KbStore.commit(c, next, version, at, who, action, target);
              extra.run(c);
              db.dialect().notify(c, CHANNEL, Long.toString(version));
              return s;
            });
    kb.install(build);
    state = stored;
    return new Change(target, version);
  }

  /**
   * Writes the question log's queue, closes the database and releases the data directory.
   * Idempotent.
   */
  @Override
  public void close() {
    changes.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      sync.ifPresent(KbSync::stop);
      maintenance.shutdownNow();
      try {
        maintenance.awaitTermination(10, TimeUnit.SECONDS); // a prune's current transaction
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      questions.close();
      db.close();
      lock.ifPresent(DirectoryLock::close);
    } finally {
      changes.unlock();
    }
  }
}
