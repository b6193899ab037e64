package org.unionbot.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The load generator: closed-loop {@code POST /wechat} at a fixed concurrency against one or more
 * servers on loopback, in one process with one event-loop thread (pin it to its own core). {@link
 * ChatLoad} runs the same warm-up and rounds with mixed {@code POST /api/chat} traffic instead.
 *
 * <p>For each target it first warms up in windows until two consecutive undisturbed windows are
 * within the tolerance, and at least a minimum time has passed (on one core, the JIT keeps
 * improving unionbot for about two minutes). Then it runs the measured rounds, one run per target,
 * alternating the order so that drift hits them alike. Each run is bounded by time and by count. A
 * round during which other processes took CPU ({@link #MAX_OTHER_CPU}) does not count, and another
 * is measured, up to {@code --max-rounds}. Every reply is checked ({@link ReplyCheck}); a run with
 * any error, or any 429 unless {@code --allow-429} is given, is invalid and the exit code is 1.
 * Results go to stdout and to a TSV file.
 *
 * <pre>
 * WeChatLoad --token T --qa qa-dev.tsv --out results.tsv
 *     --target name=bare,url=http://127.0.0.1:P1,pid=N1,echo=false
 *     --target name=unionbot,url=http://127.0.0.1:P2,pid=N2,echo=true
 *     [--connections 64] [--runs 5] [--run-seconds 10] [--run-max-requests 5000000]
 *     [--warmup-seconds 5] [--warmup-min-seconds 120] [--warmup-tolerance 0.05]
 *     [--warmup-max-windows 60] [--settle-ms 1000] [--max-rounds 3 x runs]
 *     [--max-quiet-wait-seconds 600] [--allow-429]
 * </pre>
 */
public final class WeChatLoad {
  /**
   * A run during which other processes or the hypervisor took more than this share of a core is
   * disturbed, and its round is measured again (up to {@code --max-rounds}).
   */
  static final double MAX_OTHER_CPU = 0.10;

  /** The options of every load (pushes or chat): targets, output, warm-up and rounds. */
  static final Set<String> OPTIONS =
      Set.of(
          "target",
          "out",
          "connections",
          "runs",
          "run-seconds",
          "run-max-requests",
          "warmup-seconds",
          "warmup-min-seconds",
          "warmup-tolerance",
          "warmup-max-windows",
          "settle-ms",
          "max-rounds",
          "max-quiet-wait-seconds");

  /** The flag that lets 429 replies pass: counted and reported, but the run stays valid. */
  static final String ALLOW_429 = "allow-429";

  /**
   * One server under load. {@code pids} (none: unknown) let the run report its CPU use: each with
   * its child processes, so a PostgreSQL postmaster or an nginx master counts with its backends or
   * workers. In the spec: {@code pid=N} or {@code pid=N+M+...} (a proxy and its nodes).
   */
  record Target(String name, URI url, List<Long> pids, boolean echo) {
    static Target parse(String spec) throws IOException {
      Map<String, String> fields = new HashMap<>();
      for (String field : spec.split(",")) {
        String[] kv = field.split("=", 2);
        if (kv.length != 2) {
          throw new IllegalArgumentException("not name=value: " + field);
        }
        fields.put(kv[0], kv[1]);
      }
      URI url = URI.create(fields.getOrDefault("url", ""));
      if (url.getHost() == null || !InetAddress.getByName(url.getHost()).isLoopbackAddress()) {
        throw new IllegalArgumentException("the load generator only targets loopback: " + url);
      }
      return new Target(
          fields.getOrDefault("name", url.toString()),
          url,
          Arrays.stream(fields.getOrDefault("pid", "0").split("\\+"))
              .map(Long::parseLong)
              .filter(pid -> pid > 0)
              .toList(),
          Boolean.parseBoolean(fields.getOrDefault("echo", "true")));
    }
  }

  /** One warm-up window or measured run. */
  record Result(
      String kind,
      String target,
      int index,
      long requests,
      long errors,
      long limited,
      double seconds,
      Latencies.Summary latency,
      double serverCpu,
      double loadCpu,
      ProcessCpu.CoreUse[] cores,
      String firstError) {
    double rate() {
      return seconds > 0 ? requests / seconds : 0;
    }

    static final String HEADER =
        "kind\ttarget\tindex\trequests\terrors\tlimited\tseconds\treq_per_s\tp50_us\tp99_us\tp999_us"
            + "\tmax_us\tserver_cpu\tload_cpu\tother_cpu\tsteal\tcore0_busy\tcore1_busy"
            + "\tfirst_error";

    ProcessCpu.CoreUse core(int core) {
      return core < cores.length ? cores[core] : new ProcessCpu.CoreUse(0, 0);
    }

    /** CPU that neither the server nor the load generator used, in cores: other processes. */
    double otherCpu() {
      double busy = Arrays.stream(cores).mapToDouble(ProcessCpu.CoreUse::busy).sum();
      return Math.max(0, busy - serverCpu - loadCpu);
    }

    /** CPU the hypervisor took, in cores. */
    double steal() {
      return Arrays.stream(cores).mapToDouble(ProcessCpu.CoreUse::steal).sum();
    }

    /** Whether something else took a noticeable share of the machine during the run. */
    boolean disturbed() {
      return otherCpu() > MAX_OTHER_CPU || steal() > MAX_OTHER_CPU;
    }

    String tsv() {
      return String.join(
          "\t",
          kind,
          target,
          Integer.toString(index),
          Long.toString(requests),
          Long.toString(errors),
          Long.toString(limited),
          format("%.3f", seconds),
          format("%.1f", rate()),
          Long.toString(latency.p50() / 1000),
          Long.toString(latency.p99() / 1000),
          Long.toString(latency.p999() / 1000),
          Long.toString(latency.max() / 1000),
          format("%.2f", serverCpu),
          format("%.2f", loadCpu),
          format("%.2f", otherCpu()),
          format("%.2f", steal()),
          format("%.2f", core(0).busy()),
          format("%.2f", core(1).busy()),
          firstError.replace('\t', ' ').replace('\n', ' '));
    }

    String line() {
      return format(
          "%-6s %-9s %2d: %8d req in %6.2f s = %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms"
              + "  max %7.2f ms  errors %d%s  cpu: server %3.0f%% load %3.0f%% other %3.0f%%"
              + " steal %2.0f%%%s%s",
          kind,
          target,
          index,
          requests,
          seconds,
          rate(),
          latency.p50() / 1e6,
          latency.p99() / 1e6,
          latency.max() / 1e6,
          errors,
          limited == 0 ? "" : "  429s " + limited,
          100 * serverCpu,
          100 * loadCpu,
          100 * otherCpu(),
          100 * steal(),
          disturbed() ? "  DISTURBED" : "",
          errors == 0 ? "" : "  first error: " + firstError);
    }
  }

  private final List<Target> targets;
  private final Map<Target, LoadRun.Traffic> traffic = new HashMap<>();
  private final Args args;
  private final int connections;
  private final EventLoopGroup group =
      new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  private final long self = ProcessHandle.current().pid();
  private double quietBudgetSeconds;

  private WeChatLoad(List<Target> targets, Function<Target, LoadRun.Traffic> traffic, Args args) {
    this.targets = targets;
    targets.forEach(target -> this.traffic.put(target, traffic.apply(target)));
    this.args = args;
    this.connections = args.integer("connections", 64);
    this.quietBudgetSeconds = args.integer("max-quiet-wait-seconds", 600);
  }

  public static void main(String[] argv) throws Exception {
    Set<String> options = new HashSet<>(OPTIONS);
    options.addAll(List.of("token", "qa"));
    Args args = Args.parse(argv, options, Set.of(ALLOW_429));
    Pushes pushes =
        Pushes.fresh(args.require("token"), Pushes.questions(Path.of(args.require("qa"))));
    System.exit(load(args, target -> pushes.traffic(target.echo())));
  }

  /**
   * Warms up and measures every {@code --target} of {@code args}, each with its own traffic made
   * once; returns the exit code: 0 when every measured run was valid.
   */
  static int load(Args args, Function<Target, LoadRun.Traffic> traffic) throws Exception {
    List<Target> targets = new ArrayList<>();
    for (String spec : args.all("target")) {
      targets.add(Target.parse(spec));
    }
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("give at least one --target");
    }
    WeChatLoad load = new WeChatLoad(targets, traffic, args);
    boolean valid;
    try {
      valid = load.run(Path.of(args.require("out")));
    } finally {
      load.group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
    return valid ? 0 : 1;
  }

  /** Warms up, measures, writes the TSV; true when no measured run had an error. */
  private boolean run(Path out) throws Exception {
    int runs = args.integer("runs", 5);
    long runNanos = TimeUnit.SECONDS.toNanos(args.integer("run-seconds", 10));
    long runMax = args.number("run-max-requests", 5_000_000);
    long windowNanos = TimeUnit.SECONDS.toNanos(args.integer("warmup-seconds", 5));
    long minWarmupNanos = TimeUnit.SECONDS.toNanos(args.integer("warmup-min-seconds", 120));
    double tolerance = args.decimal("warmup-tolerance", 0.05);
    int maxWindows = args.integer("warmup-max-windows", 60);
    long settleMillis = args.number("settle-ms", 1000);
    boolean valid = true;
    try (PrintWriter tsv = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      tsv.println(Result.HEADER);
      for (Target target : targets) {
        double previous = -1;
        long warmupStart = System.nanoTime();
        for (int window = 1; ; window++) {
          awaitQuiet();
          Result result = measure("warmup", target, window, Long.MAX_VALUE, windowNanos);
          report(tsv, result);
          double rate = result.disturbed() ? -1 : result.rate();
          boolean steady =
              previous > 0
                  && rate > 0
                  && Math.abs(rate - previous) <= tolerance * Math.max(rate, previous)
                  && System.nanoTime() - warmupStart >= minWarmupNanos;
          if (steady || window == maxWindows) {
            System.out.printf(
                Locale.ROOT,
                "warm-up %s: %s after %d windows of %d s%n",
                target.name(),
                steady ? "steady" : "NOT STEADY",
                window,
                TimeUnit.NANOSECONDS.toSeconds(windowNanos));
            tsv.println("steady\t" + target.name() + "\t" + window + "\t" + steady);
            break;
          }
          previous = rate;
        }
      }
      int maxRounds = args.integer("max-rounds", 3 * runs);
      int clean = 0;
      for (int round = 1; clean < runs && round <= maxRounds; round++) {
        List<Target> order = new ArrayList<>(targets);
        if (round % 2 == 0) {
          Collections.reverse(order);
        }
        boolean disturbed = false;
        awaitQuiet();
        for (Target target : order) {
          Thread.sleep(settleMillis);
          Result result = measure("run", target, round, runMax, runNanos);
          report(tsv, result);
          valid &= result.errors() == 0 && (result.limited() == 0 || args.flag(ALLOW_429));
          disturbed |= result.disturbed();
        }
        if (disturbed) {
          System.out.printf(
              "round %d was disturbed by other processes; it does not count%n", round);
        } else {
          clean++;
        }
      }
      if (clean < runs) {
        System.out.printf("only %d of %d rounds were undisturbed%n", clean, runs);
      }
    }
    return valid;
  }

  /**
   * Waits (within a budget for the whole load) until other processes leave the machine alone, so
   * that fewer runs are disturbed: this machine may be shared.
   */
  private void awaitQuiet() throws InterruptedException {
    if (quietBudgetSeconds <= 0) {
      return;
    }
    List<Long> ours = new ArrayList<>(List.of(self));
    targets.forEach(t -> ours.addAll(ProcessCpu.withChildren(t.pids())));
    double waited =
        ProcessCpu.awaitQuiet(
            ours, MAX_OTHER_CPU, Duration.ofSeconds((long) Math.min(60, quietBudgetSeconds)));
    quietBudgetSeconds -= waited < 0 ? 60 : waited;
    if (waited < 0 || waited > 1.5) {
      System.out.printf(
          Locale.ROOT,
          "waited %.0f s for other processes to leave the machine alone%s%n",
          waited < 0 ? 60 : waited,
          waited < 0 ? " (they did not)" : "");
    }
  }

  private void report(PrintWriter tsv, Result result) {
    System.out.println(result.line());
    tsv.println(result.tsv());
    tsv.flush();
  }

  /** One closed-loop run: connect, go, wait for every connection to finish. */
  private Result measure(String kind, Target target, int index, long maxRequests, long nanos)
      throws InterruptedException {
    String host = target.url().getHost() + ":" + target.url().getPort();
    LoadRun run = new LoadRun(traffic.get(target), host, maxRequests, nanos);
    Bootstrap bootstrap =
        new Bootstrap()
            .group(group)
            .channel(NioSocketChannel.class)
            .option(ChannelOption.TCP_NODELAY, true)
            .handler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel channel) {
                    channel
                        .pipeline()
                        .addLast(new HttpClientCodec())
                        .addLast(new HttpObjectAggregator(1 << 20))
                        .addLast(run.connection());
                  }
                });
    List<ChannelFuture> connecting = new ArrayList<>();
    for (int i = 0; i < connections; i++) {
      connecting.add(bootstrap.connect(target.url().getHost(), target.url().getPort()));
    }
    for (ChannelFuture future : connecting) {
      future.syncUninterruptibly();
    }
    List<Long> serverPids = ProcessCpu.withChildren(target.pids());
    double server0 = ProcessCpu.seconds(serverPids);
    double load0 = ProcessCpu.seconds(self);
    long[][] cores0 = ProcessCpu.coreTicks();
    long wall0 = System.nanoTime();
    group.next().execute(run::start);
    run.await();
    double wall = (System.nanoTime() - wall0) / 1e9;
    double serverCpu = (ProcessCpu.seconds(serverPids) - server0) / wall;
    double loadCpu = (ProcessCpu.seconds(self) - load0) / wall;
    ProcessCpu.CoreUse[] cores = ProcessCpu.use(cores0, ProcessCpu.coreTicks());
    return new Result(
        kind,
        target.name(),
        index,
        run.completed(),
        run.errors(),
        run.limited(),
        run.seconds(),
        run.latencies().summary(),
        serverCpu,
        loadCpu,
        cores,
        run.firstError());
  }

  private static String format(String format, Object... values) {
    return String.format(Locale.ROOT, format, values);
  }
}
