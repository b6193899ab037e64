package org.unionbot.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.core.score.ScoreStore.Standing;

class SqlScoreStoreConcurrencyTest {

  private static final int THREADS = 8;
  private static final int CALLS = 500;
  private static final int USERS = 50;
  private static final Instant NOON = Instant.parse("2026-03-02T04:00:00Z");

  @TempDir Path dir;

  private static String user(int n) {
    return "u" + n;
  }

  /** Runs {@code task(thread)} on {@link #THREADS} threads released together. */
  private static void onAllThreads(ThreadTask task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Void>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Callable<Void> call =
            () -> {
              start.await();
              task.run(thread);
              return null;
            };
        done.add(pool.submit(call));
      }
      start.countDown();
      for (Future<Void> f : done) {
        f.get(120, TimeUnit.SECONDS); // rethrows a failure in any thread
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @FunctionalInterface
  private interface ThreadTask {
    void run(int thread) throws Exception;
  }

  @Test
  void eightThreadsRecordingFiveHundredAnswersEachLoseNoPoint() throws Exception {
    int[] expectedPoints = new int[USERS];
    int[] expectedAnswered = new int[USERS];
    for (int t = 0; t < THREADS; t++) {
      for (int i = 0; i < CALLS; i++) {
        int u = (t * CALLS + i) % USERS;
        expectedAnswered[u]++;
        expectedPoints[u] += correct(t, i) ? 1 : 0;
      }
    }

    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicReference<Throwable> readFailure = new AtomicReference<>();
    try (SqlScoreStore store =
        SqlScoreStore.open(dir, Clock.systemUTC(), ZoneId.of("Asia/Shanghai"))) {
      Thread reader =
          new Thread(
              () -> {
                try {
                  while (writing.get()) { // reads go on during the writes and must not fail
                    store.top(10);
                    store.standing(user(7));
                  }
                } catch (RuntimeException e) {
                  readFailure.set(e);
                }
              });
      reader.start();
      try {
        onAllThreads(
            t -> {
              for (int i = 0; i < CALLS; i++) {
                int u = (t * CALLS + i) % USERS;
                store.recordAnswer(user(u), "t" + t + "-" + i, correct(t, i), NOON.plusMillis(i));
              }
            });
      } finally {
        writing.set(false);
        reader.join();
      }
      assertThat(readFailure.get()).isNull();

      int total = 0;
      for (int u = 0; u < USERS; u++) {
        Standing s = store.standing(user(u));
        assertThat(s.points()).as(user(u)).isEqualTo(expectedPoints[u]);
        assertThat(s.correct()).as(user(u)).isEqualTo(expectedPoints[u]);
        assertThat(s.answered()).as(user(u)).isEqualTo(expectedAnswered[u]);
        total += s.answered();
      }
      assertThat(total).isEqualTo(THREADS * CALLS);
      assertThat(store.top(USERS)).hasSize(USERS);
      assertThat(store.itemsSeen(user(0), LocalDate.of(2026, 3, 2))).hasSize(expectedAnswered[0]);
    }
  }

  private static boolean correct(int thread, int call) {
    return (thread + call) % 3 != 0;
  }

  @Test
  void concurrentRoundsOnOneDayEarnTheDailyBonusOncePerUser() throws Exception {
    try (SqlScoreStore store =
        SqlScoreStore.open(dir, Clock.systemUTC(), ZoneId.of("Asia/Shanghai"))) {
      int[] bonus = new int[USERS];
      onAllThreads(
          t -> {
            for (int u = 0; u < USERS; u++) {
              int b = store.finishRound(user(u), 0, 5, NOON.plusSeconds(t));
              synchronized (bonus) {
                bonus[u] += b;
              }
            }
          });

      assertThat(IntStream.of(bonus).boxed().toList()).containsOnly(PointsRule.DAILY_ROUND_BONUS);
      for (int u = 0; u < USERS; u++) {
        assertThat(store.standing(user(u)).points()).isEqualTo(PointsRule.DAILY_ROUND_BONUS);
      }
    }
  }
}
