package org.unionbot.wechat;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One timer for many pushes that all wait the same time: the 5-second rule of {@link
 * WeChatEndpoint}. Every deadline is "now + the same delay", so deadlines come due in the order
 * they were added, and a plain queue replaces a timer per push: adding is one lock-free append; a
 * sweep, every {@link #TICK} while anything waits, drops the settled ones at the head and expires
 * those whose time has come. Nothing is scheduled while the queue is empty.
 *
 * <p>A deadline expires at most {@link #TICK} late. The sweep runs on the JDK's shared delay thread
 * (the one behind {@link CompletableFuture#delayedExecutor}), so it owns no thread of its own and
 * needs no closing; {@link Deadline#expire} must therefore be quick. Thread-safe.
 */
final class Deadlines {
  private static final Logger LOG = LoggerFactory.getLogger(Deadlines.class);

  /** How often the queue is swept while it is not empty. */
  static final Duration TICK = Duration.ofMillis(20);

  /** Something that must happen by its deadline unless it settled before. */
  interface Deadline {
    /** Whether the deadline no longer matters (the reply went out). */
    boolean settled();

    /** Called once the deadline passed unsettled; must be quick and must not block. */
    void expire();
  }

  private record Entry(long dueNanos, Deadline deadline) {}

  private final long delayNanos;
  private final ConcurrentLinkedQueue<Entry> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean sweepScheduled = new AtomicBoolean();
  private final Executor tick =
      CompletableFuture.delayedExecutor(TICK.toMillis(), TimeUnit.MILLISECONDS, Runnable::run);

  Deadlines(Duration delay) {
    this.delayNanos = Objects.requireNonNull(delay, "delay").toNanos();
  }

  /** {@code deadline} expires after the delay unless it has settled by then. */
  void add(Deadline deadline) {
    queue.offer(new Entry(System.nanoTime() + delayNanos, deadline));
    if (!sweepScheduled.get() && sweepScheduled.compareAndSet(false, true)) {
      tick.execute(this::sweep);
    }
  }

  private void sweep() {
    long now = System.nanoTime();
    for (Entry head = queue.peek(); head != null; head = queue.peek()) {
      if (!head.deadline().settled() && head.dueNanos() - now > 0) {
        break; // neither settled nor due, and everything behind it is due later
      }
      queue.poll();
      if (!head.deadline().settled()) {
        try {
          head.deadline().expire();
        } catch (RuntimeException e) {
          LOG.error("a reply deadline failed", e);
        }
      }
    }
    sweepScheduled.set(false);
    // an add() that saw the flag still set relies on this sweep having seen its entry
    if (!queue.isEmpty() && sweepScheduled.compareAndSet(false, true)) {
      tick.execute(this::sweep);
    }
  }

  /** Deadlines not yet swept away (settled ones included until the next sweep); for tests. */
  int size() {
    return queue.size();
  }
}
