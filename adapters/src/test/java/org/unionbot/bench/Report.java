package org.unionbot.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The benchmark's results as Markdown, with each issue-3 target judged. Filled step by step by
 * {@link BenchRunner}; not thread-safe.
 */
final class Report {
  static final double RATIO_TARGET = 0.4;
  static final double P99_TARGET_MS = 10;
  static final Duration READY_TARGET = Duration.ofSeconds(2);

  private final String machine;
  private List<Duration> ready = List.of();
  private List<Duration> readyPinned = List.of();
  private String metrics = "";
  private String heapInfo = "";
  private long rssMb = -1;
  private GcLog gc;
  private GcLog bareGc;
  private int bareExit = -1;
  private int unionbotExit = -1;
  private LoadResults load;
  private int loadExit = -1;

  Report(String machine) {
    this.machine = machine;
  }

  void ready(List<Duration> twoCores, List<Duration> oneCore) {
    this.ready = List.copyOf(twoCores);
    this.readyPinned = List.copyOf(oneCore);
  }

  void unionbotAfterLoad(String metrics, String heapInfo, long rssMb, GcLog gc, GcLog bareGc) {
    this.metrics = metrics;
    this.heapInfo = heapInfo;
    this.rssMb = rssMb;
    this.gc = gc;
    this.bareGc = bareGc;
  }

  void exits(int bare, int unionbot) {
    this.bareExit = bare;
    this.unionbotExit = unionbot;
  }

  void load(LoadResults load, int exit) {
    this.load = load;
    this.loadExit = exit;
  }

  /** Whether the measurement itself holds: every request answered well, both servers alive. */
  boolean valid() {
    return loadExit == 0
        && errors("bare") == 0
        && errors("unionbot") == 0
        && !load.runs("unionbot").isEmpty()
        && !load.runs("bare").isEmpty();
  }

  private long errors(String target) {
    return load.runs(target).stream().mapToLong(LoadResults.Row::errors).sum();
  }

  String markdown() {
    List<LoadResults.Row> bare = load.runs("bare");
    List<LoadResults.Row> bot = load.runs("unionbot");
    double bareRate = LoadResults.median(bare, LoadResults.Row::rate);
    double botRate = LoadResults.median(bot, LoadResults.Row::rate);
    double ratio = botRate / bareRate;
    double[] paired = new double[Math.min(bare.size(), bot.size())];
    for (int i = 0; i < paired.length; i++) {
      paired[i] = bot.get(i).rate() / bare.get(i).rate();
    }
    double botP99 = LoadResults.median(bot, r -> r.p99()) / 1000;
    double worstP99 = bot.stream().mapToLong(LoadResults.Row::p99).max().orElse(0) / 1000.0;
    double spread = spread(bot);
    Duration readyMedian = medianDuration(ready);
    boolean steady =
        valid()
            && load.steady().getOrDefault("unionbot", false)
            && unionbotExit == 0
            && spread <= 0.10;

    StringBuilder md = new StringBuilder();
    line(md, "### Results of %s", LocalDate.now());
    line(md, "");
    line(md, "Machine: %s.", machine);
    line(
        md,
        "Load: %d measured runs of %.0f s per server, alternating bare/unionbot; %s.",
        bot.size(),
        bot.isEmpty() ? 0 : bot.get(0).seconds(),
        warmups());
    line(md, "");
    line(md, "| | bare Netty | unionbot |");
    line(md, "| --- | ---: | ---: |");
    line(md, "| throughput, median of runs | %.0f req/s | %.0f req/s |", bareRate, botRate);
    line(md, "| p50 latency, median of runs | %s | %s |", ms(bare, 50), ms(bot, 50));
    line(md, "| p99 latency, median of runs | %s | %s |", ms(bare, 99), ms(bot, 99));
    line(md, "| p99.9 latency, median of runs | %s | %s |", ms(bare, 999), ms(bot, 999));
    line(md, "| max latency, worst run | %s | %s |", worst(bare), worst(bot));
    line(
        md,
        "| CPU of the server (core 0), median | %.0f%% | %.0f%% |",
        100 * LoadResults.median(bare, LoadResults.Row::serverCpu),
        100 * LoadResults.median(bot, LoadResults.Row::serverCpu));
    line(
        md,
        "| CPU of the load generator (core 1), median | %.0f%% | %.0f%% |",
        100 * LoadResults.median(bare, LoadResults.Row::loadCpu),
        100 * LoadResults.median(bot, LoadResults.Row::loadCpu));
    line(
        md,
        "| core 0 busy (server side), median | %.0f%% | %.0f%% |",
        100 * LoadResults.median(bare, LoadResults.Row::core0Busy),
        100 * LoadResults.median(bot, LoadResults.Row::core0Busy));
    line(
        md,
        "| core 1 busy (load side), median | %.0f%% | %.0f%% |",
        100 * LoadResults.median(bare, LoadResults.Row::core1Busy),
        100 * LoadResults.median(bot, LoadResults.Row::core1Busy));
    line(
        md,
        "| CPU stolen by the hypervisor, core 0 / core 1, median | %.0f%% / %.0f%% | %.0f%% / %.0f%% |",
        100 * LoadResults.median(bare, LoadResults.Row::core0Steal),
        100 * LoadResults.median(bare, LoadResults.Row::core1Steal),
        100 * LoadResults.median(bot, LoadResults.Row::core0Steal),
        100 * LoadResults.median(bot, LoadResults.Row::core1Steal));
    line(md, "| requests with errors | %d | %d |", errors("bare"), errors("unionbot"));
    line(md, "");
    line(
        md,
        "Ratio unionbot / bare: **%.2f** (medians); per round %s, median %.2f.",
        ratio,
        joined(paired, "%.2f"),
        LoadResults.median(paired));
    line(md, "");
    line(md, "| round | bare req/s | bare p50 / p99 | unionbot req/s | unionbot p50 / p99 |");
    line(md, "| ---: | ---: | ---: | ---: | ---: |");
    for (int i = 0; i < paired.length; i++) {
      LoadResults.Row b = bare.get(i);
      LoadResults.Row u = bot.get(i);
      line(
          md,
          "| %d | %.0f | %.2f / %.2f ms | %.0f | %.2f / %.2f ms |",
          i + 1,
          b.rate(),
          b.p50() / 1000.0,
          b.p99() / 1000.0,
          u.rate(),
          u.p50() / 1000.0,
          u.p99() / 1000.0);
    }
    line(md, "");
    line(md, "unionbot's heap (`-Xmx256m`, %s) during the load:", gc.collector());
    line(
        md,
        "%d young and %d full collections, pauses %.0f ms in all, longest %.1f ms;"
            + " heap before a collection at most %d MB, after one at most %d MB (capacity %d MB).",
        gc.count(false),
        gc.count(true),
        gc.totalPauseMs(),
        gc.maxPauseMs(),
        gc.maxBeforeMb(),
        gc.maxAfterMb(),
        gc.maxCapacityMb());
    if (!gc.afterFullMb().isEmpty()) {
      line(md, "Heap after each full collection: %s MB.", gc.afterFullMb());
    }
    line(
        md,
        "At the end: heap used %.0f MB of %.0f MB (`/metrics`), process RSS %d MB."
            + " The bare server: %d collections, longest %.1f ms.",
        metricSum("jvm_memory_used_bytes{area=\"heap\"") / 1e6,
        metricSum("jvm_memory_max_bytes{area=\"heap\"") / 1e6,
        rssMb,
        bareGc.pauses().size(),
        bareGc.maxPauseMs());
    line(md, "");
    line(md, "```");
    heapInfo.lines().filter(l -> !l.isBlank()).forEach(l -> line(md, "%s", l));
    metrics
        .lines()
        .filter(
            l ->
                l.startsWith("unionbot_wechat_dedupe_hits_total")
                    || l.startsWith("unionbot_replies_total")
                    || l.startsWith("unionbot_http_requests_seconds_count"))
        .forEach(l -> line(md, "%s", l));
    line(md, "```");
    line(md, "");
    line(
        md,
        "Ready (`serve`, launch to `ready on`): median %d ms of %s; on one core (`taskset -c 0`)"
            + " median %d ms of %s. Exit codes after SIGTERM: unionbot %d, bare %d.",
        readyMedian.toMillis(),
        millis(ready),
        medianDuration(readyPinned).toMillis(),
        millis(readyPinned),
        unionbotExit,
        bareExit);
    line(md, "");
    line(md, "| target | result | |");
    line(md, "| --- | --- | --- |");
    target(
        md,
        "throughput >= 0.4 x bare Netty",
        ratio >= RATIO_TARGET,
        String.format(Locale.ROOT, "%.2f x", ratio));
    target(
        md,
        "p99 < 10 ms at 64 connections",
        botP99 < P99_TARGET_MS,
        String.format(Locale.ROOT, "%.2f ms (worst run %.2f ms)", botP99, worstP99));
    target(
        md,
        "steady with -Xmx256m",
        steady,
        String.format(
            Locale.ROOT,
            "runs within %.0f%% of each other, %d errors, %d full GCs, exit %d",
            100 * spread,
            errors("unionbot"),
            gc.count(true),
            unionbotExit));
    target(
        md,
        "ready within 2 s",
        readyMedian.compareTo(READY_TARGET) <= 0,
        readyMedian.toMillis() + " ms (median)");
    if (!valid()) {
      line(md, "");
      line(md, "**INVALID: some requests failed (see load.tsv); these numbers do not count.**");
    }
    return md.toString();
  }

  private String warmups() {
    List<String> parts = new ArrayList<>();
    for (String target : List.of("bare", "unionbot")) {
      List<LoadResults.Row> windows = load.warmup(target);
      parts.add(
          String.format(
              Locale.ROOT,
              "%s warmed up in %d windows of %.0f s (%s)",
              target,
              windows.size(),
              windows.isEmpty() ? 0 : windows.get(0).seconds(),
              load.steady().getOrDefault(target, false) ? "steady" : "NOT steady"));
    }
    return String.join(", ", parts);
  }

  /** (max - min) / median of the runs' rates. */
  private static double spread(List<LoadResults.Row> runs) {
    double max = runs.stream().mapToDouble(LoadResults.Row::rate).max().orElse(0);
    double min = runs.stream().mapToDouble(LoadResults.Row::rate).min().orElse(0);
    return (max - min) / LoadResults.median(runs, LoadResults.Row::rate);
  }

  private double metricSum(String prefix) {
    return metrics
        .lines()
        .filter(l -> l.startsWith(prefix))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .sum();
  }

  private static String ms(List<LoadResults.Row> runs, int percentile) {
    double micros =
        LoadResults.median(
            runs, r -> percentile == 50 ? r.p50() : percentile == 99 ? r.p99() : r.p999());
    return String.format(Locale.ROOT, "%.2f ms", micros / 1000);
  }

  private static String worst(List<LoadResults.Row> runs) {
    long max = runs.stream().mapToLong(LoadResults.Row::max).max().orElse(0);
    return String.format(Locale.ROOT, "%.1f ms", max / 1000.0);
  }

  private static Duration medianDuration(List<Duration> times) {
    return Duration.ofNanos(
        (long) LoadResults.median(times.stream().mapToDouble(Duration::toNanos).toArray()));
  }

  private static String millis(List<Duration> times) {
    return times.stream().map(d -> d.toMillis() + " ms").collect(Collectors.joining(", "));
  }

  private static String joined(double[] values, String format) {
    List<String> parts = new ArrayList<>();
    for (double value : values) {
      parts.add(String.format(Locale.ROOT, format, value));
    }
    return String.join(", ", parts);
  }

  private static void target(StringBuilder md, String target, boolean met, String detail) {
    line(md, "| %s | %s | %s |", target, met ? "met" : "**missed**", detail);
  }

  private static void line(StringBuilder md, String format, Object... values) {
    md.append(String.format(Locale.ROOT, format, values)).append('\n');
  }
}
