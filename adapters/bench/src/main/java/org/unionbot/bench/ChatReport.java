package org.unionbot.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * {@link ChatBench}'s results as Markdown and as a TSV of one line per target: the median of each
 * target's runs in the undisturbed rounds, and its ratio to the first target. Not thread-safe.
 */
final class ChatReport {
  /** A target's server after the load. */
  private record After(long rssMb, int exit, boolean outOfMemory) {}

  /** One target's figures. */
  record Summary(
      ServerTarget target,
      int runs,
      double rate,
      double ratio,
      double roundRatio,
      double p50Ms,
      double p99Ms,
      double serverCpu,
      double loadCpu,
      long errors,
      long limited,
      long warmupErrors,
      long rssMb,
      int exit,
      boolean outOfMemory) {}

  static final String TSV_HEADER =
      "target\tjar\tflags\truns\treq_per_s\tratio\tround_ratio\tp50_ms\tp99_ms\tserver_cpu"
          + "\tload_cpu\terrors\tlimited\twarmup_errors\trss_mb\texit";

  private final String machine;
  private final int connections;
  private final int users;
  private final long seed;
  private final int runs;
  private final List<ServerTarget> targets;
  private final Map<String, After> after = new HashMap<>();
  private final Map<String, Map<String, Long>> replies = new HashMap<>();
  private LoadResults load = new LoadResults(List.of(), Map.of());
  private int loadExit = -1;

  /**
   * @param runs the undisturbed rounds asked for; fewer make the report invalid
   */
  ChatReport(
      String machine, int connections, int users, long seed, int runs, List<ServerTarget> targets) {
    this.machine = machine;
    this.connections = connections;
    this.users = users;
    this.seed = seed;
    this.runs = runs;
    this.targets = List.copyOf(targets);
  }

  void server(String name, long rssMb, int exit, boolean outOfMemory) {
    after.put(name, new After(rssMb, exit, outOfMemory));
  }

  /**
   * The chat replies a target's server counted, by kind, from its {@code /metrics}: warm-up
   * included, so it shows what the mix made the bot do.
   */
  void replies(String name, Map<String, Long> byKind) {
    replies.put(name, byKind);
  }

  /**
   * The {@code unionbot_replies_total} counters of the chat channel in Prometheus text, by kind, in
   * the order of {@link ChatMix#KINDS}; kinds without replies are left out.
   */
  static Map<String, Long> chatReplies(String metrics) {
    Map<String, Long> found = new HashMap<>();
    for (String line : metrics.lines().toList()) {
      if (!line.startsWith("unionbot_replies_total{") || !line.contains("channel=\"chat\"")) {
        continue;
      }
      int at = line.indexOf("kind=\"");
      if (at < 0) {
        continue;
      }
      String kind = line.substring(at + 6, line.indexOf('"', at + 6));
      long count = (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      found.merge(kind, count, Long::sum);
    }
    Map<String, Long> byKind = new LinkedHashMap<>();
    for (String kind : ChatMix.KINDS) {
      if (found.getOrDefault(kind, 0L) > 0) {
        byKind.put(kind, found.get(kind));
      }
    }
    found.forEach(
        (kind, count) -> {
          if (count > 0) {
            byKind.putIfAbsent(kind, count);
          }
        });
    return byKind;
  }

  void load(LoadResults load, int exit) {
    this.load = load;
    this.loadExit = exit;
  }

  /**
   * Whether the measurement holds: the load generator found every request answered well, enough
   * rounds were undisturbed, and every server exited 0 after SIGTERM without running out of memory.
   */
  boolean valid() {
    return loadExit == 0 && counted().size() >= runs && problems().isEmpty();
  }

  private List<String> problems() {
    List<String> problems = new ArrayList<>();
    for (ServerTarget target : targets) {
      After a = after.get(target.name());
      if (a == null || a.exit() != 0 || a.outOfMemory()) {
        problems.add(
            target.name()
                + (a == null
                    ? " was not stopped"
                    : a.outOfMemory() ? " ran out of memory" : " exited " + a.exit()));
      }
    }
    return problems;
  }

  /** The measured rounds, in order, in which every target ran. */
  private List<Integer> rounds() {
    List<Integer> rounds = new ArrayList<>();
    for (LoadResults.Row row : load.runs(targets.get(0).name())) {
      if (targets.stream().allMatch(t -> run(t.name(), row.index()).isPresent())) {
        rounds.add(row.index());
      }
    }
    return rounds;
  }

  /** The rounds in which no target's run was disturbed. */
  private List<Integer> counted() {
    return rounds().stream()
        .filter(round -> targets.stream().noneMatch(t -> run(t.name(), round).get().disturbed()))
        .toList();
  }

  /** The rounds the medians are taken over: the undisturbed ones, or all when none was. */
  private List<Integer> used() {
    List<Integer> counted = counted();
    return counted.isEmpty() ? rounds() : counted;
  }

  private Optional<LoadResults.Row> run(String target, int round) {
    return load.runs(target).stream().filter(r -> r.index() == round).findFirst();
  }

  private List<LoadResults.Row> rows(String target, List<Integer> rounds) {
    return rounds.stream().map(round -> run(target, round).get()).toList();
  }

  List<Summary> summaries() {
    List<Integer> used = used();
    String first = targets.get(0).name();
    double firstRate = LoadResults.median(rows(first, used), LoadResults.Row::rate);
    List<Summary> summaries = new ArrayList<>();
    for (ServerTarget target : targets) {
      List<LoadResults.Row> rows = rows(target.name(), used);
      double rate = LoadResults.median(rows, LoadResults.Row::rate);
      double roundRatio =
          LoadResults.median(
              used.stream()
                  .mapToDouble(
                      round ->
                          run(target.name(), round).get().rate() / run(first, round).get().rate())
                  .toArray());
      After a = after.getOrDefault(target.name(), new After(-1, -1, false));
      summaries.add(
          new Summary(
              target,
              rows.size(),
              rate,
              rate / firstRate,
              roundRatio,
              LoadResults.median(rows, r -> r.p50()) / 1000,
              LoadResults.median(rows, r -> r.p99()) / 1000,
              LoadResults.median(rows, LoadResults.Row::serverCpu),
              LoadResults.median(rows, LoadResults.Row::loadCpu),
              sum(load.runs(target.name()), LoadResults.Row::errors),
              sum(load.runs(target.name()), LoadResults.Row::limited),
              sum(load.warmup(target.name()), LoadResults.Row::errors),
              a.rssMb(),
              a.exit(),
              a.outOfMemory()));
    }
    return summaries;
  }

  String tsv() {
    StringBuilder tsv = new StringBuilder(TSV_HEADER).append('\n');
    for (Summary s : summaries()) {
      tsv.append(
          String.join(
              "\t",
              s.target().name(),
              s.target().jar().toString(),
              String.join(" ", s.target().flags()),
              Integer.toString(s.runs()),
              format("%.1f", s.rate()),
              format("%.4f", s.ratio()),
              format("%.4f", s.roundRatio()),
              format("%.2f", s.p50Ms()),
              format("%.2f", s.p99Ms()),
              format("%.2f", s.serverCpu()),
              format("%.2f", s.loadCpu()),
              Long.toString(s.errors()),
              Long.toString(s.limited()),
              Long.toString(s.warmupErrors()),
              Long.toString(s.rssMb()),
              Integer.toString(s.exit())));
      tsv.append('\n');
    }
    return tsv.toString();
  }

  String markdown() {
    List<Integer> rounds = rounds();
    List<Integer> counted = counted();
    String first = targets.get(0).name();
    StringBuilder md = new StringBuilder();
    line(md, "### Mixed chat load, %s", LocalDate.now());
    line(md, "");
    line(md, "Machine: %s.", machine);
    line(
        md,
        "Load: %d connections, %,d users (seed %d), mixed `POST /api/chat`: %d%% questions,"
            + " %d%% quiz, the rest points, leaderboard, menu clicks and subscribe.",
        connections,
        users,
        seed,
        ChatMix.QUESTION_PERCENT,
        ChatMix.QUIZ_PERCENT);
    line(md, "Warm-up: %s.", warmups());
    line(
        md,
        "%d rounds of one %.0f s run per target, %d undisturbed; %s.",
        rounds.size(),
        load.runs(first).isEmpty() ? 0 : load.runs(first).get(0).seconds(),
        counted.size(),
        counted.isEmpty()
            ? "**no round was undisturbed: the medians are of all rounds**"
            : "medians of the undisturbed rounds");
    line(md, "");
    line(
        md,
        "| target | jar, flags | req/s | × %s | p50 | p99 | CPU server / load | errors | 429s"
            + " | RSS after the load |",
        first);
    line(md, "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (Summary s : summaries()) {
      line(
          md,
          "| %s | `%s` `%s` | %,.0f | %.3f | %.2f ms | %.2f ms | %.0f%% / %.0f%% | %d | %d | %s |",
          s.target().name(),
          s.target().jar().getFileName(),
          s.target().flagsText(),
          s.rate(),
          s.ratio(),
          s.p50Ms(),
          s.p99Ms(),
          100 * s.serverCpu(),
          100 * s.loadCpu(),
          s.errors(),
          s.limited(),
          s.rssMb() < 0 ? "unknown" : s.rssMb() + " MB");
    }
    line(md, "");
    List<String> ratios = new ArrayList<>();
    for (Summary s : summaries().subList(1, targets.size())) {
      ratios.add(format("%s %.3f", s.target().name(), s.roundRatio()));
    }
    if (!ratios.isEmpty()) {
      line(md, "Median of the per-round ratios to %s: %s.", first, String.join(", ", ratios));
      line(md, "");
    }
    StringBuilder head = new StringBuilder("| round |");
    StringBuilder rule = new StringBuilder("| ---: |");
    for (ServerTarget target : targets) {
      head.append(' ').append(target.name()).append(" req/s, p99 |");
      rule.append(" ---: |");
    }
    line(md, "%s counted |", head);
    line(md, "%s --- |", rule);
    for (int round : rounds) {
      StringBuilder row = new StringBuilder(format("| %d |", round));
      double other = 0;
      for (ServerTarget target : targets) {
        LoadResults.Row r = run(target.name(), round).get();
        row.append(format(" %,.0f, %.2f ms |", r.rate(), r.p99() / 1000.0));
        other = Math.max(other, Math.max(r.otherCpu(), r.steal()));
      }
      row.append(
          counted.contains(round)
              ? " yes |"
              : format(" no: other processes or steal took up to %.0f%% of a core |", 100 * other));
      line(md, "%s", row);
    }
    line(md, "");
    line(md, "Chat replies by kind, warm-up included (the servers' `/metrics`):");
    line(md, "");
    for (ServerTarget target : targets) {
      Map<String, Long> kinds = replies.getOrDefault(target.name(), Map.of());
      List<String> counts = new ArrayList<>();
      kinds.forEach((kind, count) -> counts.add(format("%s %,d", kind, count)));
      line(
          md,
          "- %s: %s",
          target.name(),
          counts.isEmpty() ? "none found" : String.join(", ", counts));
    }
    line(md, "");
    List<String> exits = new ArrayList<>();
    for (Summary s : summaries()) {
      exits.add(
          s.target().name() + " " + s.exit() + (s.outOfMemory() ? " (OutOfMemoryError)" : ""));
    }
    line(
        md,
        "Exit codes after SIGTERM: %s. Load generator exit code: %d.",
        String.join(", ", exits),
        loadExit);
    if (!valid()) {
      List<String> why = new ArrayList<>(problems());
      if (loadExit != 0) {
        why.add("requests failed or got 429 (see the load generator's output)");
      }
      if (counted.size() < runs) {
        why.add(format("%d of %d rounds undisturbed", counted.size(), runs));
      }
      line(md, "");
      line(md, "**INVALID: %s; these numbers do not count.**", String.join("; ", why));
    }
    return md.toString();
  }

  private String warmups() {
    List<String> parts = new ArrayList<>();
    for (ServerTarget target : targets) {
      List<LoadResults.Row> windows = load.warmup(target.name());
      long errors = sum(windows, LoadResults.Row::errors);
      parts.add(
          format(
              "%s %d windows of %.0f s (%s%s)",
              target.name(),
              windows.size(),
              windows.isEmpty() ? 0 : windows.get(0).seconds(),
              load.steady().getOrDefault(target.name(), false) ? "steady" : "NOT steady",
              errors == 0 ? "" : ", " + errors + " errors"));
    }
    return String.join(", ", parts);
  }

  private static long sum(List<LoadResults.Row> rows, ToLongFunction<LoadResults.Row> value) {
    return rows.stream().mapToLong(value).sum();
  }

  private static String format(String format, Object... values) {
    return String.format(Locale.ROOT, format, values);
  }

  private static void line(StringBuilder md, String format, Object... values) {
    md.append(format(format, values)).append('\n');
  }
}
