package org.unionbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The numbers the report is made of: percentiles, CPU readings and GC-log pauses. */
class HarnessParsingTest {

  @Test
  void percentilesAreNearestRank() {
    Latencies latencies = new Latencies();
    for (long i = 100; i >= 1; i--) {
      latencies.add(i * 1_000);
    }

    Latencies.Summary summary = latencies.summary();

    assertThat(summary.p50()).isEqualTo(50_000);
    assertThat(summary.p99()).isEqualTo(99_000);
    assertThat(summary.p999()).isEqualTo(100_000);
    assertThat(summary.max()).isEqualTo(100_000);
    assertThat(new Latencies().summary().p99()).isZero();
  }

  @Test
  void readsProcessAndCoreTimes() {
    String stat = "4461 (java (x)) S 1 4461 1 0 -1 4194560 1 0 0 0 250 50 0 0 20 0 30 0";
    assertThat(ProcessCpu.parse(stat)).isCloseTo(3.0, within(1e-9));

    String before = "cpu  1 1 1 1 1 1 1 1 0 0\ncpu0 100 0 50 800 0 0 50 0 0 0\n";
    String after = "cpu  1 1 1 1 1 1 1 1 0 0\ncpu0 150 0 70 810 0 0 60 10 0 0\n";
    ProcessCpu.CoreUse[] use =
        ProcessCpu.use(ProcessCpu.parseCores(before), ProcessCpu.parseCores(after));

    assertThat(use).hasSize(1);
    assertThat(use[0].busy()).isCloseTo(0.8, within(1e-9));
    assertThat(use[0].steal()).isCloseTo(0.1, within(1e-9));
  }

  @Test
  void readsGcPauses() {
    GcLog log =
        GcLog.parse(
            List.of(
                "[0.006s][info][gc] Using Serial",
                "[1.500s][info][gc] GC(0) Pause Young (Allocation Failure) 68M->12M(247M) 3.456ms",
                "[9.000s][info][gc] GC(1) Pause Full (Allocation Failure) 200M->80M(247M) 150.5ms",
                "[9.500s][info][gc] GC(2) Pause Young (Normal) (G1 Evacuation Pause) 90M->81M(256M)"
                    + " 2.000ms"));

    assertThat(log.collector()).isEqualTo("Serial");
    assertThat(log.pauses()).hasSize(3);
    assertThat(log.count(true)).isEqualTo(1);
    assertThat(log.maxPauseMs()).isEqualTo(150.5);
    assertThat(log.maxAfterMb()).isEqualTo(81);
    assertThat(log.afterFullMb()).containsExactly(80L);
    assertThat(log.since(5).pauses()).hasSize(2);
  }
}
