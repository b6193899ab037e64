package org.unionbot.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The issue-3 benchmark in one command (see {@code adapters/bench/run.sh} and BENCHMARKS.md):
 *
 * <ol>
 *   <li>the {@code ready} time: {@code java -Xmx256m -jar unionbot.jar serve --port 0 --data TMP},
 *       launch to the {@code ready on} line, several launches, each stopped with SIGTERM;
 *   <li>unionbot ({@code serve}, {@code -Xmx256m}, GC log) and {@link BareNettyServer} ({@code
 *       -Xmx256m}) both on core 0 ({@code taskset -c 0}), and {@link WeChatLoad} on core 1, which
 *       warms each up and then alternates the measured runs between them;
 *   <li>unionbot's heap ({@code /metrics}, {@code jcmd GC.heap_info}, the GC log), then both
 *       servers stopped and the report written ({@code OUT/report.md}).
 * </ol>
 *
 * <p>{@code run.sh} runs it on this module's classes ({@code adapters/bench/target/classes}) plus
 * the shaded {@code adapters/target/unionbot.jar}, which holds every library the harness needs at
 * run time, and passes that classpath as {@code --classpath}: the runner starts {@link
 * BareNettyServer} and {@link WeChatLoad} on it, and unionbot from {@code --jar} alone.
 *
 * <p>Everything listens on 127.0.0.1 only. Every process started here is stopped before the runner
 * exits, also on failure or Ctrl-C. Exit code 0 when every measured request got a good reply.
 */
public final class BenchRunner {
  static final String TOKEN = "unionbotBench42";
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  /** The options passed on to {@link WeChatLoad} as given; it has the defaults. */
  private static final List<String> LOAD_OPTIONS =
      List.of(
          "connections",
          "runs",
          "run-seconds",
          "max-rounds",
          "warmup-seconds",
          "warmup-min-seconds",
          "max-quiet-wait-seconds");

  private final Args args;
  private final Path out;
  private final String jar;
  private final String classpath;

  /** Seconds the ready launches may still wait for other processes to leave the machine alone. */
  private double quietBudget;

  private BenchRunner(Args args) {
    this.args = args;
    this.out = Path.of(args.require("out")).toAbsolutePath();
    this.jar = Path.of(args.require("jar")).toAbsolutePath().toString();
    this.classpath = args.require("classpath");
    this.quietBudget = args.integer("max-quiet-wait-seconds", 600) / 2.0;
  }

  public static void main(String[] argv) throws Exception {
    Set<String> options = new HashSet<>(LOAD_OPTIONS);
    options.addAll(List.of("jar", "classpath", "qa", "out", "ready-launches"));
    Args args = Args.parse(argv, options, Set.of("jfr"));
    Runtime.getRuntime().addShutdownHook(new Thread(ChildProcess::stopAll, "bench-cleanup"));
    int code;
    try {
      code = new BenchRunner(args).run();
    } finally {
      ChildProcess.stopAll();
    }
    System.exit(code);
  }

  private int run() throws Exception {
    clean(out);
    Report report = new Report(Machine.describe(), args.integer("connections", 64));
    report.ready(measureReady(false), measureReady(true));

    Path data = Files.createTempDirectory("unionbot-bench-");
    List<String> unionbot = new ArrayList<>(List.of("taskset", "-c", "0", "java", "-Xmx256m"));
    unionbot.add(gcLog("unionbot-gc.log"));
    if (args.flag("jfr")) {
      unionbot.add(
          "-XX:StartFlightRecording=filename=" + out.resolve("unionbot.jfr") + ",settings=profile");
    }
    unionbot.addAll(List.of("-jar", jar, "serve", "--port", "0", "--data", data.toString()));
    unionbot.addAll(List.of("--wechat-token", TOKEN));
    List<String> bare =
        List.of(
            "taskset",
            "-c",
            "0",
            "java",
            "-Xmx256m",
            gcLog("bare-gc.log"),
            "-cp",
            classpath,
            BareNettyServer.class.getName(),
            "--port",
            "0");

    int loadExit;
    try {
      try (ChildProcess bareServer = ChildProcess.start("bare", bare, out.resolve("bare.log"));
          ChildProcess server =
              ChildProcess.start("unionbot", unionbot, out.resolve("unionbot.log"))) {
        long unionbotLaunch = System.nanoTime();
        URI bareUri = bareServer.awaitReady(READY_TIMEOUT).uri();
        URI unionbotUri = server.awaitReady(READY_TIMEOUT).uri();
        double loadStart = (System.nanoTime() - unionbotLaunch) / 1e9;
        loadExit = load(bareServer, bareUri, server, unionbotUri);
        double loadSeconds = (System.nanoTime() - unionbotLaunch) / 1e9 - loadStart;
        if (args.flag("jfr")) {
          jcmd(server.pid(), "JFR.dump", "filename=" + out.resolve("unionbot.jfr"));
        }
        report.unionbotAfterLoad(
            fetch(unionbotUri.resolve("/metrics")),
            jcmd(server.pid(), "GC.heap_info"),
            jcmd(server.pid(), "GC.class_histogram"),
            Machine.rssMb(server.pid()),
            GcLog.read(out.resolve("unionbot-gc.log")).since(loadStart),
            GcLog.read(out.resolve("bare-gc.log")),
            loadSeconds);
        report.exits(
            bareServer.stop(), server.stop(), Files.readString(out.resolve("unionbot.log"), UTF_8));
      }
    } finally {
      deleteTree(data);
    }
    report.load(LoadResults.read(out.resolve("load.tsv")), loadExit);
    String text = report.markdown();
    Files.writeString(out.resolve("report.md"), text, UTF_8);
    System.out.println();
    System.out.println(text);
    System.out.println("(written to " + out.resolve("report.md") + ")");
    return loadExit == 0 && report.valid() ? 0 : 1;
  }

  /**
   * Launch-to-ready times of {@code serve}, each in a fresh data directory, until enough launches
   * were undisturbed by other processes (at most three times as many launches).
   */
  private List<Report.Launch> measureReady(boolean pinned) throws Exception {
    int wanted = args.integer("ready-launches", 5);
    List<Report.Launch> launches = new ArrayList<>();
    int counted = 0;
    for (int i = 1; counted < wanted && i <= 3 * wanted; i++) {
      Path data = Files.createTempDirectory("unionbot-ready-");
      List<String> command = new ArrayList<>();
      if (pinned) {
        command.addAll(List.of("taskset", "-c", "0"));
      }
      command.addAll(
          List.of(
              "java", "-Xmx256m", "-jar", jar, "serve", "--port", "0", "--data", data.toString()));
      if (quietBudget > 0) {
        double waited =
            ProcessCpu.awaitQuiet(
                List.of(ProcessHandle.current().pid()),
                WeChatLoad.MAX_OTHER_CPU,
                Duration.ofSeconds((long) Math.min(60, quietBudget)));
        quietBudget -= waited < 0 ? 60 : waited;
      }
      long[][] cores = ProcessCpu.coreTicks();
      long start = System.nanoTime();
      try (ChildProcess child =
          ChildProcess.start(
              "ready",
              command,
              out.resolve((pinned ? "ready-1core-" : "ready-2cores-") + i + ".log"))) {
        Duration ready = child.awaitReady(READY_TIMEOUT).afterLaunch();
        double wall = (System.nanoTime() - start) / 1e9;
        double busy =
            Arrays.stream(ProcessCpu.use(cores, ProcessCpu.coreTicks()))
                .mapToDouble(use -> use.busy() + use.steal())
                .sum();
        Report.Launch launch =
            new Report.Launch(ready, Math.max(0, busy - ProcessCpu.seconds(child.pid()) / wall));
        launches.add(launch);
        counted += launch.counts() ? 1 : 0;
        int exit = child.stop();
        System.out.printf(
            "ready%s %d: %d ms, other processes %.0f%% of a core%s (exit %d after SIGTERM)%n",
            pinned ? " on one core" : "",
            i,
            ready.toMillis(),
            100 * launch.otherCpu(),
            launch.counts() ? "" : ": disturbed, does not count",
            exit);
      } finally {
        deleteTree(data);
      }
    }
    return launches;
  }

  /** Runs the load generator on core 1 against both servers; returns its exit code. */
  private int load(ChildProcess bare, URI bareUri, ChildProcess unionbot, URI unionbotUri)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of("taskset", "-c", "1", "java", "-Xmx1g", "-cp", classpath));
    command.add(WeChatLoad.class.getName());
    command.addAll(List.of("--token", TOKEN, "--qa", args.require("qa")));
    command.addAll(List.of("--out", out.resolve("load.tsv").toString()));
    for (String option : LOAD_OPTIONS) {
      args.get(option).ifPresent(value -> command.addAll(List.of("--" + option, value)));
    }
    command.add("--target");
    command.add("name=bare,url=" + bareUri + ",pid=" + bare.pid() + ",echo=false");
    command.add("--target");
    command.add("name=unionbot,url=" + unionbotUri + ",pid=" + unionbot.pid() + ",echo=true");
    Process process = ChildProcess.track(new ProcessBuilder(command).inheritIO().start());
    try {
      return process.waitFor();
    } finally {
      ChildProcess.untrack(process);
    }
  }

  /** A GC log without rotation, so that one file holds the whole run. */
  private String gcLog(String name) {
    return "-Xlog:gc:file=" + out.resolve(name) + ":uptime,level,tags:filecount=0";
  }

  static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** Creates {@code dir}, or empties it of an earlier run's files. */
  static void clean(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        if (Files.isRegularFile(file)) {
          Files.delete(file);
        }
      }
    }
  }

  static String fetch(URI uri) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    return client
        .send(
            HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString(UTF_8))
        .body();
  }

  /** Runs {@code jcmd PID COMMAND...}; its output also goes to {@code OUT/jcmd-COMMAND.txt}. */
  private String jcmd(long pid, String... command) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>(List.of("jcmd", Long.toString(pid)));
    line.addAll(List.of(command));
    Process process =
        ChildProcess.track(new ProcessBuilder(line).redirectErrorStream(true).start());
    try {
      String text = new String(process.getInputStream().readAllBytes(), UTF_8);
      process.waitFor(30, TimeUnit.SECONDS);
      Files.writeString(out.resolve("jcmd-" + command[0] + ".txt"), text, UTF_8);
      return text;
    } finally {
      ChildProcess.untrack(process);
    }
  }
}
