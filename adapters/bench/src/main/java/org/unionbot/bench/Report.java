package org.unionbot.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The benchmark's results as Markdown, with each issue-3 target judged. Filled step by step by
 * {@link BenchRunner}; not thread-safe.
 */
final class Report {
  static final double RATIO_TARGET = 0.4;
  static final double P99_TARGET_MS = 10;
  static final Duration READY_TARGET = Duration.ofSeconds(2);

  /** A steady server spends less than this share of the load in GC pauses. */
  static final double MAX_GC_SHARE = 0.05;

  /** The bare and the unionbot run of one round. */
  private record Round(int index, LoadResults.Row bare, LoadResults.Row bot) {
    double ratio() {
      return bot.rate() / bare.rate();
    }

    boolean counts() {
      return !bare.disturbed() && !bot.disturbed();
    }
  }

  /** One launch of {@code serve}: its time to ready, and what other processes used meanwhile. */
  record Launch(Duration time, double otherCpu) {
    boolean counts() {
      return otherCpu <= WeChatLoad.MAX_OTHER_CPU;
    }
  }

  private final String machine;
  private final int connections;
  private List<Launch> ready = List.of();
  private List<Launch> readyPinned = List.of();
  private String metrics = "";
  private String heapInfo = "";
  private String histogram = "";
  private long rssMb = -1;
  private GcLog gc;
  private GcLog bareGc;
  private double loadSeconds;
  private boolean outOfMemory;
  private int bareExit = -1;
  private int unionbotExit = -1;
  private LoadResults load;
  private int loadExit = -1;

  Report(String machine, int connections) {
    this.machine = machine;
    this.connections = connections;
  }

  void ready(List<Launch> twoCores, List<Launch> oneCore) {
    this.ready = List.copyOf(twoCores);
    this.readyPinned = List.copyOf(oneCore);
  }

  void unionbotAfterLoad(
      String metrics,
      String heapInfo,
      String histogram,
      long rssMb,
      GcLog gc,
      GcLog bareGc,
      double loadSeconds) {
    this.metrics = metrics;
    this.heapInfo = heapInfo;
    this.histogram = histogram;
    this.rssMb = rssMb;
    this.gc = gc;
    this.bareGc = bareGc;
    this.loadSeconds = loadSeconds;
  }

  void exits(int bare, int unionbot, String unionbotLog) {
    this.bareExit = bare;
    this.unionbotExit = unionbot;
    this.outOfMemory = unionbotLog.contains("OutOfMemoryError");
  }

  void load(LoadResults load, int exit) {
    this.load = load;
    this.loadExit = exit;
  }

  /** Whether the measurement holds: every request answered well, in enough undisturbed rounds. */
  boolean valid() {
    return loadExit == 0 && errors("bare") == 0 && errors("unionbot") == 0 && counted().size() >= 3;
  }

  private long errors(String target) {
    return load.runs(target).stream().mapToLong(LoadResults.Row::errors).sum();
  }

  private List<Round> rounds() {
    List<Round> rounds = new ArrayList<>();
    for (LoadResults.Row bot : load.runs("unionbot")) {
      Optional<LoadResults.Row> bare =
          load.runs("bare").stream().filter(b -> b.index() == bot.index()).findFirst();
      bare.ifPresent(b -> rounds.add(new Round(bot.index(), b, bot)));
    }
    return rounds;
  }

  /** The rounds the medians are taken over: the undisturbed ones. */
  private List<Round> counted() {
    return rounds().stream().filter(Round::counts).toList();
  }

  String markdown() {
    List<Round> counted = counted();
    List<LoadResults.Row> bare = counted.stream().map(Round::bare).toList();
    List<LoadResults.Row> bot = counted.stream().map(Round::bot).toList();
    double bareRate = LoadResults.median(bare, LoadResults.Row::rate);
    double botRate = LoadResults.median(bot, LoadResults.Row::rate);
    double ratio = botRate / bareRate;
    double botP99 = LoadResults.median(bot, r -> r.p99()) / 1000;
    double worstP99 = bot.stream().mapToLong(LoadResults.Row::p99).max().orElse(0) / 1000.0;
    Duration readyMedian = median(ready);
    double gcShare = gc.totalPauseMs() / 1000 / loadSeconds;
    boolean steady = valid() && unionbotExit == 0 && !outOfMemory && gcShare < MAX_GC_SHARE;

    StringBuilder md = new StringBuilder();
    line(md, "### Results of %s", LocalDate.now());
    line(md, "");
    line(md, "Machine: %s.", machine);
    line(
        md,
        "Load: %d connections; %s; %d rounds of one %.0f s run per server, %d undisturbed.",
        connections,
        warmups(),
        rounds().size(),
        load.runs("unionbot").isEmpty() ? 0 : load.runs("unionbot").get(0).seconds(),
        counted.size());
    line(md, "");
    line(md, "| median of the undisturbed rounds | bare Netty | unionbot |");
    line(md, "| --- | ---: | ---: |");
    line(md, "| throughput | %.0f req/s | %.0f req/s |", bareRate, botRate);
    line(md, "| p50 latency | %s | %s |", ms(bare, r -> r.p50()), ms(bot, r -> r.p50()));
    line(md, "| p99 latency | %s | %s |", ms(bare, r -> r.p99()), ms(bot, r -> r.p99()));
    line(md, "| p99.9 latency | %s | %s |", ms(bare, r -> r.p999()), ms(bot, r -> r.p999()));
    line(md, "| max latency (worst run) | %s | %s |", worst(bare), worst(bot));
    line(
        md,
        "| CPU: server (core 0) / load generator (core 1) | %s / %s | %s / %s |",
        pct(bare, LoadResults.Row::serverCpu),
        pct(bare, LoadResults.Row::loadCpu),
        pct(bot, LoadResults.Row::serverCpu),
        pct(bot, LoadResults.Row::loadCpu));
    line(md, "| requests with errors (all runs) | %d | %d |", errors("bare"), errors("unionbot"));
    line(md, "");
    line(
        md,
        "Ratio unionbot / bare: **%.3f** (of the medians); per counted round median %.3f.",
        ratio,
        LoadResults.median(counted.stream().mapToDouble(Round::ratio).toArray()));
    line(md, "");
    line(md, "| round | bare req/s | p50 / p99 | unionbot req/s | p50 / p99 | ratio | counted |");
    line(md, "| ---: | ---: | ---: | ---: | ---: | ---: | --- |");
    for (Round round : rounds()) {
      line(
          md,
          "| %d | %.0f | %.2f / %.2f ms | %.0f | %.2f / %.2f ms | %.3f | %s |",
          round.index(),
          round.bare().rate(),
          round.bare().p50() / 1000.0,
          round.bare().p99() / 1000.0,
          round.bot().rate(),
          round.bot().p50() / 1000.0,
          round.bot().p99() / 1000.0,
          round.ratio(),
          round.counts()
              ? "yes"
              : String.format(
                  Locale.ROOT,
                  "no: other processes took %.0f%% / %.0f%% of a core",
                  100 * round.bare().otherCpu(),
                  100 * round.bot().otherCpu()));
    }
    line(md, "");
    heap(md, gcShare);
    line(md, "");
    line(
        md,
        "Ready (`serve`, launch to `ready on`): median %s of %s; on one core (`taskset -c 0`)"
            + " median %s of %s. Only undisturbed launches count.",
        medianText(ready),
        millis(ready),
        medianText(readyPinned),
        millis(readyPinned));
    line(md, "");
    line(md, "| target | result | |");
    line(md, "| --- | --- | --- |");
    target(md, "throughput >= 0.4 x bare Netty", ratio >= RATIO_TARGET, format("%.3f x", ratio));
    target(
        md,
        "p99 < 10 ms at " + connections + " connections",
        botP99 < P99_TARGET_MS,
        format("%.1f ms (worst counted run %.1f ms)", botP99, worstP99));
    target(
        md,
        "steady with -Xmx256m",
        steady,
        format(
            "%d errors, GC pauses %.1f%% of the time, %d full GCs, %s, exit %d after SIGTERM",
            errors("unionbot"),
            100 * gcShare,
            gc.count(true),
            outOfMemory ? "OutOfMemoryError" : "no OutOfMemoryError",
            unionbotExit));
    target(
        md,
        "ready within 2 s",
        readyMedian != null && readyMedian.compareTo(READY_TARGET) <= 0,
        medianText(ready) + " (median)");
    if (!valid()) {
      line(md, "");
      line(
          md,
          "**INVALID: requests failed or fewer than 3 rounds were undisturbed; these numbers do"
              + " not count.**");
    }
    return md.toString();
  }

  private void heap(StringBuilder md, double gcShare) {
    line(md, "unionbot's heap (`-Xmx256m`, %s GC) during the load:", gc.collector());
    line(
        md,
        "%d young and %d full collections, pauses %.0f ms in all (%.1f%% of %.0f s), longest"
            + " %.1f ms; heap before a collection at most %d MB, after one at most %d MB"
            + " (capacity %d MB).",
        gc.count(false),
        gc.count(true),
        gc.totalPauseMs(),
        100 * gcShare,
        loadSeconds,
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
            + " Bare Netty for comparison: %d collections, longest %.1f ms. Exit codes after"
            + " SIGTERM: unionbot %d, bare %d.",
        metricSum("jvm_memory_used_bytes{area=\"heap\"") / 1e6,
        metricSum("jvm_memory_max_bytes{area=\"heap\"") / 1e6,
        rssMb,
        bareGc.pauses().size(),
        bareGc.maxPauseMs(),
        unionbotExit,
        bareExit);
    line(md, "");
    line(md, "```");
    heapInfo.lines().filter(l -> !l.isBlank()).forEach(l -> line(md, "%s", l));
    // the live objects after the load (the histogram forces a full GC): the biggest classes
    histogram.lines().skip(1).limit(12).forEach(l -> line(md, "%s", l));
    metrics
        .lines()
        .filter(
            l ->
                l.startsWith("unionbot_wechat_dedupe_hits_total")
                    || l.startsWith("unionbot_replies_total")
                    || l.startsWith("unionbot_http_requests_seconds_count"))
        .forEach(l -> line(md, "%s", l));
    line(md, "```");
  }

  private String warmups() {
    List<String> parts = new ArrayList<>();
    for (String target : List.of("bare", "unionbot")) {
      List<LoadResults.Row> windows = load.warmup(target);
      parts.add(
          format(
              "%s warmed up in %d windows of %.0f s (%s)",
              target,
              windows.size(),
              windows.isEmpty() ? 0 : windows.get(0).seconds(),
              load.steady().getOrDefault(target, false) ? "steady" : "NOT steady"));
    }
    return String.join(", ", parts);
  }

  private double metricSum(String prefix) {
    return metrics
        .lines()
        .filter(l -> l.startsWith(prefix))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .sum();
  }

  private static String ms(List<LoadResults.Row> runs, ToDoubleFunction<LoadResults.Row> micros) {
    return format("%.2f ms", LoadResults.median(runs, micros) / 1000);
  }

  private static String pct(List<LoadResults.Row> runs, ToDoubleFunction<LoadResults.Row> cpu) {
    return format("%.0f%%", 100 * LoadResults.median(runs, cpu));
  }

  private static String worst(List<LoadResults.Row> runs) {
    return format(
        "%.1f ms", runs.stream().mapToLong(LoadResults.Row::max).max().orElse(0) / 1000.0);
  }

  /** The median time of the launches that count, or null if none does. */
  private static Duration median(List<Launch> launches) {
    double[] nanos =
        launches.stream().filter(Launch::counts).mapToDouble(l -> l.time().toNanos()).toArray();
    return nanos.length == 0 ? null : Duration.ofNanos((long) LoadResults.median(nanos));
  }

  private static String medianText(List<Launch> launches) {
    Duration median = median(launches);
    return median == null ? "none (no undisturbed launch)" : median.toMillis() + " ms";
  }

  private static String millis(List<Launch> launches) {
    return launches.stream()
        .map(l -> l.time().toMillis() + " ms" + (l.counts() ? "" : " (disturbed)"))
        .collect(Collectors.joining(", "));
  }

  private static void target(StringBuilder md, String target, boolean met, String detail) {
    line(md, "| %s | %s | %s |", target, met ? "met" : "**missed**", detail);
  }

  private static String format(String format, Object... values) {
    return String.format(Locale.ROOT, format, values);
  }

  private static void line(StringBuilder md, String format, Object... values) {
    md.append(format(format, values)).append('\n');
  }
}
