package org.unionbot.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Issue 17's benchmark in one command (see {@code adapters/bench/wecom-load.sh} and BENCHMARKS.md):
 * {@code /wecom} encrypted pushes against {@code /wechat} safe-mode pushes on one server, in the
 * same run.
 *
 * <ol>
 *   <li>unionbot: {@code taskset -c 0 java -Xmx256m -jar JAR serve --port 0 --data TMP} with both
 *       endpoints on ({@link SealedPushes#serveFlags()}), and {@code --semantic} when given (a
 *       smoke run may turn semantic recall off, whose model takes seconds to load);
 *   <li>{@link SealedLoad} on core 1 with two targets on that server, {@code wechat-safe} and
 *       {@code wecom}: it warms each up, then alternates the measured runs between them and
 *       discards the rounds other processes disturbed;
 *   <li>the server's {@code /metrics}, then the server stopped with SIGTERM, and the report written
 *       ({@code OUT/report.md}): per target the median throughput, latency and server CPU per 1,000
 *       pushes, and {@code wecom} as a share of {@code wechat-safe} (the issue asks for the two to
 *       cost the same within 10 %).
 * </ol>
 *
 * <p>Everything listens on 127.0.0.1 only; every process started here is stopped before the runner
 * exits. Exit code 0 when every measured push got a good reply and the server exited 0.
 */
public final class SealedBench {
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
  private static final List<String> TARGETS = List.of("wechat-safe", "wecom");

  /** The options passed on to {@link SealedLoad} as given; WeChatLoad has their defaults. */
  private static final List<String> LOAD_OPTIONS =
      WeChatLoad.OPTIONS.stream()
          .filter(o -> !Set.of("target", "out").contains(o))
          .sorted()
          .toList();

  private final Args args;
  private final Path out;

  private SealedBench(Args args) {
    this.args = args;
    this.out = Path.of(args.require("out")).toAbsolutePath();
  }

  public static void main(String[] argv) throws Exception {
    Set<String> options = new HashSet<>(LOAD_OPTIONS);
    options.addAll(List.of("jar", "classpath", "qa", "out", "semantic"));
    Args args = Args.parse(argv, options, Set.of());
    Runtime.getRuntime().addShutdownHook(new Thread(ChildProcess::stopAll, "bench-cleanup"));
    int code;
    try {
      code = new SealedBench(args).run();
    } finally {
      ChildProcess.stopAll();
    }
    System.exit(code);
  }

  private int run() throws Exception {
    BenchRunner.clean(out);
    Path data = Files.createTempDirectory("unionbot-sealed-");
    int loadExit;
    int serverExit;
    try (ChildProcess server =
        ChildProcess.start("unionbot", command(data), out.resolve("unionbot.log"))) {
      URI uri = server.awaitReady(READY_TIMEOUT).uri();
      System.out.printf("unionbot: ready on %s (pid %d)%n", uri, server.pid());
      loadExit = load(uri, server.pid());
      Files.writeString(
          out.resolve("metrics.txt"), BenchRunner.fetch(uri.resolve("/metrics")), UTF_8);
      serverExit = server.stop();
    } finally {
      BenchRunner.deleteTree(data);
    }
    String text = report(LoadResults.read(out.resolve("load.tsv")), loadExit, serverExit);
    Files.writeString(out.resolve("report.md"), text, UTF_8);
    System.out.println();
    System.out.println(text);
    System.out.println("(written to " + out.resolve("report.md") + ")");
    return loadExit == 0 && serverExit == 0 ? 0 : 1;
  }

  private List<String> command(Path data) {
    List<String> command = new ArrayList<>(List.of("taskset", "-c", "0", "java", "-Xmx256m"));
    command.add(
        "-Xlog:gc:file=" + out.resolve("unionbot-gc.log") + ":uptime,level,tags:filecount=0");
    command.addAll(List.of("-jar", Path.of(args.require("jar")).toAbsolutePath().toString()));
    command.addAll(List.of("serve", "--port", "0", "--data", data.toString()));
    command.addAll(SealedPushes.serveFlags());
    args.get("semantic").ifPresent(value -> command.addAll(List.of("--semantic", value)));
    return command;
  }

  /** Runs the load generator on core 1 against both endpoints; returns its exit code. */
  private int load(URI uri, long pid) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of("taskset", "-c", "1", "java", "-Xmx1g", "-cp", args.require("classpath")));
    command.add(SealedLoad.class.getName());
    command.addAll(List.of("--qa", args.require("qa")));
    command.addAll(List.of("--out", out.resolve("load.tsv").toString()));
    for (String option : LOAD_OPTIONS) {
      args.get(option).ifPresent(value -> command.addAll(List.of("--" + option, value)));
    }
    for (String name : TARGETS) {
      command.addAll(List.of("--target", "name=" + name + ",url=" + uri + ",pid=" + pid));
    }
    Process process = ChildProcess.track(new ProcessBuilder(command).inheritIO().start());
    try {
      return process.waitFor();
    } finally {
      ChildProcess.untrack(process);
    }
  }

  /** The report: per target the medians of the undisturbed runs, and wecom against wechat-safe. */
  static String report(LoadResults results, int loadExit, int serverExit) {
    StringBuilder md = new StringBuilder("# /wecom against /wechat safe mode (issue 17)\n\n");
    md.append(Machine.describe()).append("\n\n");
    md.append("| target | runs | req/s | p50 ms | p99 ms | server CPU s per 1,000 pushes |\n");
    md.append("| --- | --- | --- | --- | --- | --- |\n");
    double[] rate = new double[TARGETS.size()];
    double[] cost = new double[TARGETS.size()];
    for (int i = 0; i < TARGETS.size(); i++) {
      List<LoadResults.Row> runs =
          results.runs(TARGETS.get(i)).stream().filter(r -> !r.disturbed()).toList();
      rate[i] = LoadResults.median(runs, LoadResults.Row::rate);
      cost[i] = LoadResults.median(runs, r -> r.rate() > 0 ? 1000 * r.serverCpu() / r.rate() : 0);
      if (runs.isEmpty()) {
        md.append("| ").append(TARGETS.get(i)).append(" | 0 | no undisturbed run | | | |\n");
        continue;
      }
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %.0f | %.2f | %.2f | %.3f |%n",
              TARGETS.get(i),
              runs.size(),
              rate[i],
              LoadResults.median(runs, r -> r.p50() / 1000.0),
              LoadResults.median(runs, r -> r.p99() / 1000.0),
              cost[i]));
    }
    md.append(
        String.format(
            Locale.ROOT,
            "%n`wecom` against `wechat-safe`: throughput %.3f ×, server CPU per push %.3f ×"
                + " (the issue asks for 0.9 to 1.1).%n",
            rate[1] / rate[0],
            cost[1] / cost[0]));
    md.append(
        String.format(
            "%nLoad generator exit %d (0: every measured push got a good reply), server exit %d.%n",
            loadExit, serverExit));
    return md.toString();
  }
}
