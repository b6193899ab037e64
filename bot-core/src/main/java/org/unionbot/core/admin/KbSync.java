package org.unionbot.core.admin;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionbot.core.store.PostgresDatabase;

/**
 * Keeps a node on the latest knowledge-base version that any node committed: one daemon thread that
 * {@code LISTEN}s on {@value Admin#CHANNEL} over a dedicated connection (outside the pool) and runs
 * the refresh (load, build, install) when a notification arrives, and in any case every {@link
 * #PERIOD}: the safety net for a missed notification or a dropped listener connection. A dropped
 * connection is opened again with backoff ({@link #MIN_BACKOFF} doubling to {@link #MAX_BACKOFF});
 * the periodic check goes on meanwhile through the pool. So a change reaches every node within a
 * notification's latency plus one build, and within {@link #PERIOD} plus one build without
 * notifications.
 */
final class KbSync {

  /** How often the latest version is checked without a notification. */
  static final Duration PERIOD = Duration.ofSeconds(1);

  /** How long one wait for notifications lasts; short, so that {@link #stop} is quick. */
  static final Duration WAIT = Duration.ofMillis(200);

  static final Duration MIN_BACKOFF = Duration.ofMillis(500);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  private static final Logger log = LoggerFactory.getLogger(KbSync.class);

  private final PostgresDatabase db;
  private final Runnable refresh;
  private final Thread thread;
  private volatile boolean stopped;
  private volatile boolean listen = true;
  private volatile int backendPid;
  private volatile Connection listener; // opened and used by the thread; closed by stop() too
  private long backoffMillis = MIN_BACKOFF.toMillis();
  private long nextConnect;

  KbSync(PostgresDatabase db, Runnable refresh) {
    this.db = db;
    this.refresh = refresh;
    this.thread = new Thread(this::run, "unionbot-kb-sync");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  /** For tests: stops listening (closing the connection) or starts again; the check goes on. */
  void listen(boolean on) {
    listen = on;
  }

  /** The server process of the listener connection, 0 when none (tests terminate it). */
  int listenerPid() {
    return backendPid;
  }

  /** Stops the thread and closes the listener connection. Idempotent. */
  void stop() {
    stopped = true;
    thread.interrupt();
    Connection c = listener;
    if (c != null) {
      try {
        c.close(); // wakes the thread out of getNotifications
      } catch (SQLException ignored) {
        // closing anyway
      }
    }
    try {
      thread.join(PERIOD.toMillis() * 5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    long lastCheck = System.nanoTime();
    try {
      while (!stopped) {
        boolean notified = false;
        boolean waited = false;
        try {
          Boolean got = waitForNotification();
          waited = got != null;
          notified = Boolean.TRUE.equals(got);
          if (notified || System.nanoTime() - lastCheck >= PERIOD.toNanos()) {
            lastCheck = System.nanoTime();
            refresh.run();
          }
        } catch (RuntimeException e) {
          if (stopped) {
            break;
          }
          log.warn("knowledge-base sync: {}", e.getMessage());
        }
        if (!waited) {
          Thread.sleep(WAIT.toMillis());
        }
      }
    } catch (InterruptedException e) {
      // stopped
    } finally {
      disconnect();
    }
  }

  /**
   * Waits up to {@link #WAIT} for a notification on the listener connection, opening it first if
   * needed: whether one came, or null when there was no connection to wait on (the caller sleeps
   * instead).
   */
  private Boolean waitForNotification() {
    if (!listen) {
      disconnect();
      return null;
    }
    if (listener == null && !connect()) {
      return null;
    }
    try {
      PGNotification[] got =
          listener.unwrap(PGConnection.class).getNotifications((int) WAIT.toMillis());
      if (got != null && got.length > 0) {
        log.debug("notified of knowledge-base version {}", got[got.length - 1].getParameter());
        return true;
      }
      return false;
    } catch (SQLException e) {
      if (!stopped) {
        log.warn(
            "lost the listener connection ({}); checking every {} ms meanwhile",
            e.getMessage(),
            PERIOD.toMillis());
      }
      disconnect();
      nextConnect = System.nanoTime() + backoffMillis * 1_000_000;
      return null;
    }
  }

  private boolean connect() {
    if (System.nanoTime() - nextConnect < 0) {
      return false;
    }
    Connection c = null;
    try {
      c = db.newDedicatedConnection("unionbot-listener");
      try (Statement s = c.createStatement()) {
        s.execute("LISTEN " + Admin.CHANNEL);
      }
      backendPid = c.unwrap(PGConnection.class).getBackendPID();
      listener = c;
      backoffMillis = MIN_BACKOFF.toMillis();
      return true;
    } catch (SQLException e) {
      if (c != null) {
        try {
          c.close();
        } catch (SQLException ignored) {
          // already broken
        }
      }
      log.warn(
          "cannot listen for knowledge-base changes ({}); retrying in {} ms",
          e.getMessage(),
          backoffMillis);
      nextConnect = System.nanoTime() + backoffMillis * 1_000_000;
      backoffMillis = Math.min(backoffMillis * 2, MAX_BACKOFF.toMillis());
      return false;
    }
  }

  private void disconnect() {
    backendPid = 0;
    if (listener == null) {
      return;
    }
    try {
      listener.close();
    } catch (SQLException ignored) {
      // broken anyway
    }
    listener = null;
  }
}
