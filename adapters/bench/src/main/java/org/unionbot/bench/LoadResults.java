package org.unionbot.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The load generator's TSV, read back: warm-up windows, whether each warm-up got steady, runs. */
record LoadResults(List<LoadResults.Row> rows, Map<String, Boolean> steady) {
  /** One warm-up window or measured run; latencies in microseconds, CPU as a fraction of a core. */
  record Row(
      String kind,
      String target,
      int index,
      long requests,
      long errors,
      long limited,
      double seconds,
      double rate,
      long p50,
      long p99,
      long p999,
      long max,
      double serverCpu,
      double loadCpu,
      double otherCpu,
      double steal,
      double core0Busy,
      double core1Busy) {
    boolean disturbed() {
      return otherCpu > WeChatLoad.MAX_OTHER_CPU || steal > WeChatLoad.MAX_OTHER_CPU;
    }
  }

  static LoadResults read(Path tsv) throws IOException {
    List<Row> rows = new ArrayList<>();
    Map<String, Boolean> steady = new LinkedHashMap<>();
    for (String line : Files.readAllLines(tsv, UTF_8)) {
      String[] f = line.split("\t", -1);
      if (f[0].equals("steady")) {
        steady.put(f[1], Boolean.parseBoolean(f[3]));
      } else if (f[0].equals("run") || f[0].equals("warmup")) {
        rows.add(
            new Row(
                f[0],
                f[1],
                Integer.parseInt(f[2]),
                Long.parseLong(f[3]),
                Long.parseLong(f[4]),
                Long.parseLong(f[5]),
                Double.parseDouble(f[6]),
                Double.parseDouble(f[7]),
                Long.parseLong(f[8]),
                Long.parseLong(f[9]),
                Long.parseLong(f[10]),
                Long.parseLong(f[11]),
                Double.parseDouble(f[12]),
                Double.parseDouble(f[13]),
                Double.parseDouble(f[14]),
                Double.parseDouble(f[15]),
                Double.parseDouble(f[16]),
                Double.parseDouble(f[17])));
      }
    }
    return new LoadResults(List.copyOf(rows), Map.copyOf(steady));
  }

  /** The measured runs against {@code target}, in order. */
  List<Row> runs(String target) {
    return rows.stream().filter(r -> r.kind().equals("run") && r.target().equals(target)).toList();
  }

  /** The warm-up windows of {@code target}. */
  List<Row> warmup(String target) {
    return rows.stream()
        .filter(r -> r.kind().equals("warmup") && r.target().equals(target))
        .toList();
  }

  static double median(List<Row> rows, ToDoubleFunction<Row> value) {
    return median(rows.stream().mapToDouble(value).toArray());
  }

  static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
