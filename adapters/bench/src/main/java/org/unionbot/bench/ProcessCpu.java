package org.unionbot.bench;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CPU use on Linux, to tell which side of a run was the bottleneck: the time a process has used,
 * from {@code /proc/PID/stat} ({@code utime + stime}), and how busy each core was, from {@code
 * /proc/stat} (which also counts the kernel's network work that no process is charged for).
 */
final class ProcessCpu {
  /** {@code sysconf(_SC_CLK_TCK)}: 100 on every Linux that ships a JDK. */
  private static final double TICKS_PER_SECOND = 100;

  private ProcessCpu() {}

  /** User plus system CPU seconds of {@code pid}. */
  static double seconds(long pid) {
    try {
      return parse(Files.readString(Path.of("/proc", Long.toString(pid), "stat"), US_ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the CPU time of process " + pid, e);
    }
  }

  /** How one core spent an interval: fractions of the wall time. */
  record CoreUse(double busy, double steal) {}

  /** Busy, stolen and total ticks of each core so far, from {@code /proc/stat}. */
  static long[][] coreTicks() {
    try {
      return parseCores(Files.readString(Path.of("/proc/stat"), US_ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read /proc/stat", e);
    }
  }

  /** How each core spent the time between two {@link #coreTicks} readings. */
  static CoreUse[] use(long[][] before, long[][] after) {
    CoreUse[] use = new CoreUse[Math.min(before.length, after.length)];
    for (int core = 0; core < use.length; core++) {
      long total = after[core][2] - before[core][2];
      use[core] =
          total > 0
              ? new CoreUse(
                  (double) (after[core][0] - before[core][0]) / total,
                  (double) (after[core][1] - before[core][1]) / total)
              : new CoreUse(0, 0);
    }
    return use;
  }

  /**
   * Per-core {@code {busy, steal, total}} ticks from {@code /proc/stat}: busy is user, nice,
   * system, irq and softirq; steal is time the hypervisor gave to someone else.
   */
  static long[][] parseCores(String stat) {
    return stat.lines()
        .filter(line -> line.matches("cpu\\d+ .*"))
        .map(
            line -> {
              String[] f = line.trim().split("\\s+");
              long[] v = new long[9];
              for (int i = 1; i < f.length && i <= 8; i++) { // user .. steal; guest is in user
                v[i] = Long.parseLong(f[i]);
              }
              long busy = v[1] + v[2] + v[3] + v[6] + v[7];
              long steal = v[8];
              return new long[] {busy, steal, busy + steal + v[4] + v[5]};
            })
        .toArray(long[][]::new);
  }

  /**
   * Waits until other processes than {@code ours} leave the machine alone: samples one second at a
   * time until they use at most {@code maxOther} cores (stolen time included), for at most {@code
   * maxWait}. Returns the seconds waited, or -1 if the machine never got quiet.
   */
  static double awaitQuiet(List<Long> ours, double maxOther, Duration maxWait)
      throws InterruptedException {
    long start = System.nanoTime();
    while (true) {
      long[][] before = coreTicks();
      double ourBefore = seconds(ours);
      long wallBefore = System.nanoTime();
      Thread.sleep(1000);
      double wall = (System.nanoTime() - wallBefore) / 1e9;
      double used =
          Arrays.stream(use(before, coreTicks())).mapToDouble(u -> u.busy() + u.steal()).sum();
      double other = used - (seconds(ours) - ourBefore) / wall;
      double waited = (System.nanoTime() - start) / 1e9;
      if (other <= maxOther) {
        return waited;
      }
      if (waited >= maxWait.toSeconds()) {
        return -1;
      }
    }
  }

  /** User plus system CPU seconds of these processes; one that has exited counts 0. */
  static double seconds(List<Long> pids) {
    double sum = 0;
    for (long pid : pids) {
      try {
        sum += seconds(pid);
      } catch (UncheckedIOException e) {
        // gone: a PostgreSQL backend or an nginx worker that ended
      }
    }
    return sum;
  }

  /** These processes and all their descendants now (workers, backends). */
  static List<Long> withChildren(List<Long> pids) {
    List<Long> all = new ArrayList<>();
    for (long pid : pids) {
      all.add(pid);
      ProcessHandle.of(pid).ifPresent(p -> p.descendants().forEach(child -> all.add(child.pid())));
    }
    return all;
  }

  /** CPU seconds from a {@code /proc/PID/stat} line (fields 14 and 15, after the command name). */
  static double parse(String stat) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
  }
}
