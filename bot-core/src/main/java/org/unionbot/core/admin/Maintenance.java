package org.unionbot.core.admin;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's background thread ({@code unionbot-store-maintenance}): jobs that run at open and
 * then every so often (deleting what is past its retention, checking the data directory's lock). A
 * failed run is logged and the schedule kept.
 */
final class Maintenance {

  private static final Logger log = LoggerFactory.getLogger(Maintenance.class);

  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "unionbot-store-maintenance");
            t.setDaemon(true);
            return t;
          });

  /** Runs {@code job} now and then every {@code period}. */
  void every(Duration period, String what, Runnable job) {
    executor.scheduleAtFixedRate(
        () -> {
          try {
            job.run();
          } catch (RuntimeException e) { // a later run may succeed: keep the schedule
            if (!executor.isShutdown()) {
              log.warn("could not {}: {}", what, e.getMessage());
            }
          }
        },
        0,
        period.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** Waits until the runs due so far (those at open) have finished. */
  void await() throws Exception {
    executor.submit(() -> {}).get(10, TimeUnit.SECONDS);
  }

  /** Stops the schedule and waits for a run in progress (a prune's current transaction). */
  void stop() {
    executor.shutdownNow();
    try {
      executor.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
