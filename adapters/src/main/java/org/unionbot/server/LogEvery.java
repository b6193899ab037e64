package org.unionbot.server;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * A log line about something that may happen thousands of times a second under abuse (refused
 * connections, failed accepts, timeouts): written at most once per interval, saying how many were
 * left out since the last one. Thread-safe.
 */
final class LogEvery {
  /** The interval of every such line in the server. */
  static final Duration TEN_SECONDS = Duration.ofSeconds(10);

  private final Logger log;
  private final long intervalNanos;
  private final AtomicLong next = new AtomicLong(System.nanoTime());
  private final AtomicLong skipped = new AtomicLong();

  LogEvery(Logger log, Duration interval) {
    this.log = log;
    this.intervalNanos = interval.toNanos();
  }

  void warn(String format, Object... args) {
    long left = due();
    if (left >= 0) {
      log.warn(format(format, left), args(args, left));
    }
  }

  void info(String format, Object... args) {
    long left = due();
    if (left >= 0) {
      log.info(format(format, left), args(args, left));
    }
  }

  /** How many lines were left out since the last, when one may be written now; else -1. */
  private long due() {
    long now = System.nanoTime();
    long due = next.get();
    if (now - due >= 0 && next.compareAndSet(due, now + intervalNanos)) {
      return skipped.getAndSet(0);
    }
    skipped.incrementAndGet();
    return -1;
  }

  private static String format(String format, long left) {
    return left == 0 ? format : format + " ({} more since the last such line)";
  }

  private static Object[] args(Object[] args, long left) {
    if (left == 0) {
      return args;
    }
    Object[] all = Arrays.copyOf(args, args.length + 1);
    all[args.length] = left;
    return all;
  }
}
