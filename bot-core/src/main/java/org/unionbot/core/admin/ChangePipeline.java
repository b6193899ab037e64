package org.unionbot.core.admin;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionbot.core.store.Database;
import org.unionbot.core.store.StoreException;
import org.unionbot.knowledge.Content;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.quiz.QuizItem;

/**
 * How every change runs, one at a time (one lock): the {@link Edit} validates and proposes the next
 * state off to the side; the pipeline builds it with {@link KnowledgeBase#build} (content that
 * cannot be built is {@link AdminException.Reason#INVALID} with the builder's message, and nothing
 * is stored), commits in one transaction the content, the version row and the audit entry, and only
 * then {@linkplain KnowledgeBase#install installs} the build and swaps the state in. A failed
 * commit leaves the old version serving; a proposal with the content of now makes no version.
 *
 * <p>Every commit takes the knowledge-base lock in the database and checks that the version it was
 * built on is still the latest; if another node committed meanwhile, the pipeline loads that
 * version and runs the edit again on it, up to {@link Admin#ATTEMPTS} times, so versions stay
 * contiguous and no change is lost. The commit notifies {@value Admin#CHANNEL} in the same
 * transaction.
 *
 * <p>Thread-safe. Blocks on the database and the build: never call it on an event loop.
 */
final class ChangePipeline implements Edit.Context {

  private static final Logger log = LoggerFactory.getLogger(ChangePipeline.class);

  private final Database db;
  private final KnowledgeBase kb;
  private final Clock clock;
  private final ReentrantLock changes = new ReentrantLock();
  private volatile KbState state;
  private boolean closed; // guarded by changes

  /** How a change builds its version: {@link KnowledgeBase#build}; tests make it fail. */
  private volatile BiFunction<Content, Long, KnowledgeBase.Build> builder = KnowledgeBase::build;

  ChangePipeline(Database db, KnowledgeBase kb, KbState state, Clock clock) {
    this.db = db;
    this.kb = kb;
    this.state = state;
    this.clock = clock;
  }

  /** The state of the version serving; immutable. */
  KbState state() {
    return state;
  }

  KnowledgeBase knowledge() {
    return kb;
  }

  /** For tests: builds versions with {@code builder} instead of {@link KnowledgeBase#build}. */
  void builder(BiFunction<Content, Long, KnowledgeBase.Build> builder) {
    this.builder = Objects.requireNonNull(builder, "builder");
  }

  /** Applies {@code edit} to the version serving, and commits and installs what it proposes. */
  Change change(Actor who, Edit edit) {
    return change(who, edit, () -> {});
  }

  /** {@link #change(Actor, Edit)}, running {@code first} under the lock before each attempt. */
  Change change(Actor who, Edit edit, Runnable first) {
    return locked(
        () -> {
          first.run();
          return commit(who, edit.apply(state, this));
        });
  }

  /**
   * Runs a change under the lock; when the commit finds that another node committed a newer version
   * meanwhile, loads it and runs the change again.
   */
  Change locked(Supplier<Change> change) {
    changes.lock();
    try {
      for (int attempt = 1; ; attempt++) {
        if (closed) {
          throw new IllegalStateException("the admin service is closed");
        }
        try {
          return change.get();
        } catch (KbStore.StaleVersionException e) {
          if (attempt >= Admin.ATTEMPTS) {
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

  /** Builds, commits and installs a proposal; the caller holds the lock. */
  private Change commit(Actor who, Edit.Proposal proposal) {
    KbState current = state;
    if (proposal.next().isEmpty()) {
      return new Change(proposal.target(), current.version());
    }
    Objects.requireNonNull(who, "who");
    KbState next = proposal.next().get();
    String target = proposal.target();
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
              KbState s = KbStore.commit(c, next, version, at, who, proposal.action(), target);
              proposal.extra().run(c);
              db.dialect().notify(c, Admin.CHANNEL, Long.toString(version));
              return s;
            });
    kb.install(build);
    state = stored;
    return new Change(target, version);
  }

  /** Serves the latest committed version when it is newer than the one serving. */
  void refreshIfBehind() {
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
    KbState latest = db.read(ChangePipeline::latest);
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

  /** The latest committed state. */
  static KbState latest(Connection c) throws SQLException {
    return KbStore.load(c, KbStore.latestVersion(c).orElseThrow());
  }

  /** Stops taking changes, then runs {@code release} under the lock (a running change finishes). */
  void close(Runnable release) {
    changes.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      release.run();
    } finally {
      changes.unlock();
    }
  }

  // ---- what an edit may read

  @Override
  public Instant now() {
    return clock.instant();
  }

  @Override
  public long peekId(IdSequence sequence) {
    return db.read(c -> KbStore.peekId(c, sequence.key(), sequence.prefix(), sequence.takenSql()));
  }

  @Override
  public Optional<QuizItem> generated(String id) {
    return kb.quizItems().stream().filter(q -> q.id().equals(id)).findFirst();
  }

  @Override
  public Optional<KbState> version(long version) {
    return Optional.ofNullable(
        db.read(c -> KbStore.exists(c, version) ? KbStore.load(c, version) : null));
  }
}
