package org.unionbot.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.core.store.ChildJvm;

/**
 * A restart loses nothing, even when the process is killed (SIGKILL) without closing the store: a
 * child JVM records results, says so, and is killed; the next open finds them all.
 */
class SqlScoreStoreKillTest {

  static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
  static final int ANSWERS = 200;

  @TempDir Path dir;

  /** The child: records {@link #ANSWERS} answers and a round, prints "recorded", then waits. */
  public static void main(String[] args) throws Exception {
    SqlScoreStore store =
        SqlScoreStore.open(Path.of(args[0]), Clock.systemUTC(), SqlScoreStore.DEFAULT_ZONE);
    for (int i = 0; i < ANSWERS; i++) {
      store.recordAnswer("worker", "q" + i, i % 2 == 0, AT.plusSeconds(i));
    }
    store.finishRound("worker", ANSWERS / 2, ANSWERS, AT.plusSeconds(ANSWERS));
    System.out.println("recorded");
    System.out.flush();
    Thread.sleep(60_000); // killed long before this
  }

  @Test
  void resultsRecordedBeforeAKillAreThereAfterIt() throws Exception {
    Process child =
        ChildJvm.of(SqlScoreStoreKillTest.class, dir.toString()).redirectErrorStream(true).start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      StringBuilder seen = new StringBuilder();
      while ((line = out.readLine()) != null && !line.equals("recorded")) {
        seen.append(line).append('\n');
      }
      assertThat(line).as("child output:\n%s", seen).isEqualTo("recorded");
      child.destroyForcibly(); // SIGKILL: no close, no shutdown hooks
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }

    try (SqlScoreStore store = SqlScoreStore.open(dir)) {
      assertThat(store.database().migrationsApplied()).isZero();
      ScoreStore.Standing s = store.standing("worker");
      assertThat(s.answered()).isEqualTo(ANSWERS);
      assertThat(s.points()).isEqualTo(ANSWERS / 2 + PointsRule.DAILY_ROUND_BONUS);
      assertThat(store.itemsSeen("worker", LocalDate.of(2026, 3, 2))).hasSize(ANSWERS);
    }
  }
}
