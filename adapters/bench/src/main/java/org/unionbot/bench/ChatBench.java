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
import java.util.Set;
import java.util.stream.Stream;

/**
 * Issue 11's benchmark in one command (see {@code adapters/bench/chat-load.sh} and BENCHMARKS.md):
 * mixed {@code POST /api/chat} traffic against several servers, each a jar with its own {@code
 * serve} flags, e.g. the commit before the issue, today's jar with the per-address limits off and
 * with them on:
 *
 * <ol>
 *   <li>each target in turn: {@code taskset -c 0 java -Xmx256m -jar JAR serve --port 0 --data TMP
 *       FLAGS...} with a fresh data directory, until it says {@code ready on};
 *   <li>{@link ChatLoad} on core 1 against all of them: it warms each up, then alternates the
 *       measured runs between them and discards the rounds other processes disturbed;
 *   <li>each server's RSS after the load ({@code VmRSS}) and its {@code /metrics} (the chat replies
 *       by kind), then each stopped with SIGTERM, and the report written ({@code OUT/report.md},
 *       {@code OUT/summary.tsv}).
 * </ol>
 *
 * <p>Everything listens on 127.0.0.1 only. Every process started here is stopped before the runner
 * exits, also on failure or Ctrl-C. Exit code 0 when every measured request got a good reply (and
 * no 429, unless {@code --allow-429}), enough rounds were undisturbed and every server exited 0.
 */
public final class ChatBench {
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  /**
   * The options passed on to {@link ChatLoad} as given, which has their defaults: WeChatLoad's (but
   * the targets, the output and the runs, which this sets) and the mix's.
   */
  private static final List<String> LOAD_OPTIONS =
      Stream.concat(
              WeChatLoad.OPTIONS.stream()
                  .filter(o -> !Set.of("target", "out", "runs", "run-seconds").contains(o)),
              Stream.of("users", "seed"))
          .sorted()
          .toList();

  static final int RUNS = 3;
  static final int RUN_SECONDS = 60;

  private final Args args;
  private final Path out;
  private final String classpath;
  private final List<ServerTarget> targets = new ArrayList<>();

  private ChatBench(Args args) {
    this.args = args;
    this.out = Path.of(args.require("out")).toAbsolutePath();
    this.classpath = args.require("classpath");
    Path jar = Path.of(args.require("jar"));
    Set<String> names = new HashSet<>();
    for (String spec : args.all("target")) {
      ServerTarget target = ServerTarget.parse(spec, jar);
      if (!names.add(target.name())) {
        throw new IllegalArgumentException("two targets are named " + target.name());
      }
      if (!Files.isRegularFile(target.jar())) {
        throw new IllegalArgumentException("no jar " + target.jar() + " for " + target.name());
      }
      targets.add(target);
    }
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("give at least one --target");
    }
  }

  public static void main(String[] argv) throws Exception {
    Set<String> options = new HashSet<>(LOAD_OPTIONS);
    options.addAll(List.of("target", "jar", "classpath", "qa", "out", "runs", "run-seconds"));
    Args args = Args.parse(argv, options, Set.of(WeChatLoad.ALLOW_429));
    Runtime.getRuntime().addShutdownHook(new Thread(ChildProcess::stopAll, "bench-cleanup"));
    int code;
    try {
      code = new ChatBench(args).run();
    } finally {
      ChildProcess.stopAll();
    }
    System.exit(code);
  }

  private int run() throws Exception {
    BenchRunner.clean(out);
    int runs = args.integer("runs", RUNS);
    ChatReport report =
        new ChatReport(
            Machine.describe(),
            args.integer("connections", 64),
            args.integer("users", ChatLoad.USERS),
            args.number("seed", ChatLoad.SEED),
            runs,
            targets);
    List<Path> data = new ArrayList<>();
    List<ChildProcess> servers = new ArrayList<>();
    try {
      List<String> specs = new ArrayList<>();
      List<URI> uris = new ArrayList<>();
      for (ServerTarget target : targets) {
        Path dir = Files.createTempDirectory("unionbot-chat-" + target.name() + "-");
        data.add(dir);
        ChildProcess server =
            ChildProcess.start(
                target.name(), command(target, dir), out.resolve(target.name() + ".log"));
        servers.add(server);
        URI uri = server.awaitReady(READY_TIMEOUT).uri();
        uris.add(uri);
        System.out.printf("%s: ready on %s (pid %d)%n", target.name(), uri, server.pid());
        specs.add("name=" + target.name() + ",url=" + uri + ",pid=" + server.pid());
      }
      int loadExit = load(specs, runs);
      for (int i = 0; i < targets.size(); i++) {
        String name = targets.get(i).name();
        ChildProcess server = servers.get(i);
        long rss = Machine.rssMb(server.pid());
        String metrics = BenchRunner.fetch(uris.get(i).resolve("/metrics"));
        Files.writeString(out.resolve(name + "-metrics.txt"), metrics, UTF_8);
        int exit = server.stop();
        String log = Files.readString(out.resolve(name + ".log"), UTF_8);
        report.server(name, rss, exit, log.contains("OutOfMemoryError"));
        report.replies(name, ChatReport.chatReplies(metrics));
      }
      report.load(LoadResults.read(out.resolve("load.tsv")), loadExit);
    } finally {
      for (ChildProcess server : servers) {
        server.stop();
      }
      for (Path dir : data) {
        BenchRunner.deleteTree(dir);
      }
    }
    String text = report.markdown();
    Files.writeString(out.resolve("report.md"), text, UTF_8);
    Files.writeString(out.resolve("summary.tsv"), report.tsv(), UTF_8);
    System.out.println();
    System.out.println(text);
    System.out.println("(written to " + out.resolve("report.md") + " and summary.tsv)");
    return report.valid() ? 0 : 1;
  }

  /** The server's command line: pinned to core 0, {@code -Xmx256m}, a GC log, its flags last. */
  private List<String> command(ServerTarget target, Path data) {
    List<String> command = new ArrayList<>(List.of("taskset", "-c", "0", "java", "-Xmx256m"));
    command.add(
        "-Xlog:gc:file="
            + out.resolve(target.name() + "-gc.log")
            + ":uptime,level,tags:filecount=0");
    command.addAll(List.of("-jar", target.jar().toAbsolutePath().toString(), "serve"));
    command.addAll(List.of("--port", "0", "--data", data.toString()));
    command.addAll(target.flags());
    return command;
  }

  /** Runs the load generator on core 1 against every target; returns its exit code. */
  private int load(List<String> specs, int runs) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of("taskset", "-c", "1", "java", "-Xmx1g", "-cp", classpath));
    command.add(ChatLoad.class.getName());
    command.addAll(List.of("--qa", args.require("qa")));
    command.addAll(List.of("--out", out.resolve("load.tsv").toString()));
    command.addAll(List.of("--runs", Integer.toString(runs)));
    command.addAll(
        List.of("--run-seconds", Integer.toString(args.integer("run-seconds", RUN_SECONDS))));
    for (String option : LOAD_OPTIONS) {
      args.get(option).ifPresent(value -> command.addAll(List.of("--" + option, value)));
    }
    if (args.flag(WeChatLoad.ALLOW_429)) {
      command.add("--" + WeChatLoad.ALLOW_429);
    }
    for (String spec : specs) {
      command.addAll(List.of("--target", spec));
    }
    Process process = ChildProcess.track(new ProcessBuilder(command).inheritIO().start());
    try {
      return process.waitFor();
    } finally {
      ChildProcess.untrack(process);
    }
  }
}
