package org.unionbot.server;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionbot.core.Bot;
import org.unionbot.core.Message;
import org.unionbot.core.Reply;
import org.unionbot.core.admin.Admin;
import org.unionbot.web.WebPages;

/**
 * The unionbot HTTP server: Netty 4.2, HTTP/1.1 with keep-alive, serving {@code /wechat}, {@code
 * /api/chat}, {@code /healthz} and {@code /metrics} with one {@link Bot}, and the web pages ({@link
 * WebPages}).
 *
 * <p>{@link #start} binds and returns once the port accepts connections; {@link #close} shuts down
 * gracefully: it stops accepting, lets in-flight requests finish (up to {@link #GRACE}) and late
 * WeChat replies go out (up to {@link #LATE_WORK_GRACE}), then closes the remaining connections and
 * threads. Tests and benchmarks start it like this:
 *
 * <pre>{@code
 * try (UnionbotServer server = UnionbotServer.start(ServerConfig.loopback(dir, "token"), bot)) {
 *   URI base = server.uri(); // http://127.0.0.1:<free port>
 * }
 * }</pre>
 *
 * <p>This class composes the server and binds it; the parts are classes of their own: {@link
 * ServerRoutes} builds the endpoints and their route table, {@link UnionbotServerInitializer} each
 * connection's pipeline, {@link ProcessMetrics} and {@link ServerThreads} the meters and threads,
 * and {@link ServerShutdown} the graceful stop.
 *
 * <p>Thread-safe.
 */
public final class UnionbotServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(UnionbotServer.class);

  /** The files a server keeps open besides its connections, with room to spare. */
  private static final int FILES_BESIDE_CONNECTIONS = 200;

  /** How long {@link #close} waits for in-flight requests. */
  static final Duration GRACE = Duration.ofSeconds(10);

  /**
   * How long {@link #close} then waits for work that endpoints still do after answering: late
   * WeChat replies going out through the customer-service API.
   */
  static final Duration LATE_WORK_GRACE = Duration.ofSeconds(5);

  private final ServerConfig config;
  private final Routes routes;
  private final Connections connections;
  private final Channel channel;
  private final ServerShutdown shutdown;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final CountDownLatch terminated = new CountDownLatch(1);

  private UnionbotServer(
      ServerConfig config,
      Routes routes,
      Connections connections,
      Channel channel,
      ServerShutdown shutdown) {
    this.config = config;
    this.routes = routes;
    this.connections = connections;
    this.channel = channel;
    this.shutdown = shutdown;
  }

  /** Starts serving {@code bot} as {@code config} says. */
  public static UnionbotServer start(ServerConfig config, Bot bot) throws IOException {
    return start(config, bot, bot::handle);
  }

  /**
   * Starts serving, with {@code replies} answering messages instead of {@code bot::handle} (tests
   * wrap the bot to slow it down or count calls). {@code bot} still provides the knowledge-base
   * version for {@code /healthz} and {@code /metrics}.
   *
   * @throws IOException if the address cannot be bound
   */
  public static UnionbotServer start(ServerConfig config, Bot bot, Function<Message, Reply> replies)
      throws IOException {
    return start(config, bot, replies, Optional.empty());
  }

  /**
   * Starts serving {@code bot}, with the admin API under {@code /admin/} over {@code admin}'s store
   * (the bot must answer from {@code admin.knowledge()}).
   */
  public static UnionbotServer start(ServerConfig config, Bot bot, Admin admin) throws IOException {
    return start(config, bot, bot::handle, Optional.of(admin));
  }

  private static UnionbotServer start(
      ServerConfig config, Bot bot, Function<Message, Reply> replies, Optional<Admin> admin)
      throws IOException {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(bot, "bot");
    Objects.requireNonNull(replies, "replies");
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    JvmGcMetrics gcMetrics = ProcessMetrics.bind(registry, bot, admin);
    ExecutorService executor = ServerThreads.workers();
    Connections connections = new Connections();
    ExecutorService changes = ServerThreads.changes();
    Routes routes = ServerRoutes.of(config, bot, replies, admin, executor, changes, registry);
    HttpMetrics metrics = new HttpMetrics(registry);
    Gauge.builder("unionbot.connections.open", connections, Connections::open)
        .description("Open client connections")
        .register(registry);
    ServerContext context =
        new ServerContext(routes, executor, metrics, connections, config.limits());
    EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    EventLoopGroup workers = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
    ServerShutdown.Threads threads =
        new ServerShutdown.Threads(boss, workers, executor, changes, gcMetrics);
    ChannelFuture bound =
        new ServerBootstrap()
            .group(boss, workers)
            .channel(NioServerSocketChannel.class)
            .option(ChannelOption.SO_BACKLOG, 1024)
            .handler(new AcceptGuard(connections, metrics, config.limits().maxConnections()))
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(new UnionbotServerInitializer(context))
            .bind(config.host(), config.port())
            .awaitUninterruptibly();
    if (!bound.isSuccess()) {
      threads.abandon();
      Throwable cause = bound.cause();
      throw new IOException(
          "cannot listen on " + config.host() + ":" + config.port() + ": " + cause.getMessage(),
          cause);
    }
    UnionbotServer server =
        new UnionbotServer(
            config,
            routes,
            connections,
            bound.channel(),
            new ServerShutdown(bound.channel(), connections, routes, threads));
    String store = admin.isPresent() ? config.store().location() : "none";
    LOG.info(startLine(server.uri(), BuildInfo.CURRENT, store, bot.knowledge().version(), config));
    warnIfFewFileDescriptors(config.limits().maxConnections());
    return server;
  }

  /**
   * The start line: {@code unionbot VERSION (built TIME) listening on URI, store STORE, knowledge
   * base version N (wechat…, limits…)}. {@code store} is {@code none} when the server runs without
   * the admin service's database (tests).
   */
  static String startLine(
      URI uri, BuildInfo build, String store, long kbVersion, ServerConfig config) {
    return "unionbot %s (built %s) listening on %s, store %s, knowledge base version %d (%s, %s)"
        .formatted(
            build.version(),
            build.buildTime(),
            uri,
            store,
            kbVersion,
            config.wechat(),
            config.limits());
  }

  /**
   * Says when the process may open fewer files than {@code max-connections} needs (one each, and
   * some for the database, the jar and the logs): accepting would then fail before the cap is
   * reached.
   */
  private static void warnIfFewFileDescriptors(int maxConnections) {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
      long limit = unix.getMaxFileDescriptorCount();
      if (limit < maxConnections + FILES_BESIDE_CONNECTIONS) {
        LOG.warn(
            "max-connections is {} but this process may open only {} files: raise its open-file"
                + " limit (ulimit -n, LimitNOFILE= in a systemd unit) or lower max-connections",
            maxConnections,
            limit);
      }
    }
  }

  /** The routes this server serves (OpenApiContractIT checks them against docs/openapi.yaml). */
  Routes routes() {
    return routes;
  }

  /** The port the server listens on (the chosen one when the config said 0). */
  public int port() {
    return ((InetSocketAddress) channel.localAddress()).getPort();
  }

  /** The host the server listens on, as configured. */
  public String host() {
    return config.host();
  }

  /** {@code http://host:port}. */
  public URI uri() {
    return ServerConfig.uri(config.host(), port());
  }

  /** How many client connections are open. */
  int openConnections() {
    return connections.open();
  }

  /** Whether {@link #close} has been called. */
  public boolean isClosed() {
    return closed.get();
  }

  /** Blocks until the server has been closed and has finished closing. */
  public void awaitClose() throws InterruptedException {
    terminated.await();
  }

  /**
   * Stops gracefully: no new connections, in-flight requests finish (up to {@link #GRACE}) and are
   * answered with {@code Connection: close}, late WeChat replies still owed go out (up to {@link
   * #LATE_WORK_GRACE}), then every connection and thread ends. Idempotent; a second caller waits
   * for the first to finish.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      try {
        awaitClose();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return;
    }
    try {
      shutdown.run(GRACE, LATE_WORK_GRACE);
    } finally {
      terminated.countDown();
    }
  }
}
