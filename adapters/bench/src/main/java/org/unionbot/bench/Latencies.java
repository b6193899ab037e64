package org.unionbot.bench;

import java.util.Arrays;

/**
 * Every latency of a run, in nanoseconds, kept exactly (a run holds at most a few million), with
 * nearest-rank percentiles. Not thread-safe: one run's event loop fills it.
 */
final class Latencies {
  /** Nearest-rank percentiles of a run, in nanoseconds. */
  record Summary(long p50, long p99, long p999, long max) {}

  private long[] values = new long[1 << 16];
  private int size;

  void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  /** Adds every latency of {@code other}. */
  void addAll(Latencies other) {
    for (int i = 0; i < other.size; i++) {
      add(other.values[i]);
    }
  }

  int size() {
    return size;
  }

  Summary summary() {
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    return new Summary(
        percentile(sorted, 50),
        percentile(sorted, 99),
        percentile(sorted, 99.9),
        percentile(sorted, 100));
  }

  /** The nearest-rank percentile of sorted values, {@code 0 < p <= 100}; 0 when empty. */
  static long percentile(long[] sorted, double p) {
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
    }
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }
}
