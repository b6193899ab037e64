package org.unionbot.server;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
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
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionbot.admin.AdminEndpoint;
import org.unionbot.admin.MenuRules;
import org.unionbot.chat.ChatEndpoint;
import org.unionbot.chat.WebIds;
import org.unionbot.core.Bot;
import org.unionbot.core.Message;
import org.unionbot.core.Reply;
import org.unionbot.core.admin.Admin;
import org.unionbot.http.Endpoint;
import org.unionbot.web.WebPages;
import org.unionbot.wechat.Menu;
import org.unionbot.wechat.WeChatApiClient;
import org.unionbot.wechat.WeChatConfig;
import org.unionbot.wechat.WeChatEndpoint;

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
 * <p>Thread-safe.
 */
public final class UnionbotServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(UnionbotServer.class);

  /**
   * The database secret that signs the chat page's user cookies ({@link
   * org.unionbot.core.admin.Store#secret}).
   */
  static final String WEB_ID_KEY = "web-id";

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
  private final EventLoopGroup boss;
  private final EventLoopGroup workers;
  private final ExecutorService executor;

  /** Runs admin changes, one at a time, off the workers that answer questions. */
  private final ExecutorService changes;

  private final Routes routes;
  private final Connections connections;
  private final Channel channel;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final CountDownLatch terminated = new CountDownLatch(1);

  /** Listens to the JVM's GC notifications for {@code /metrics}; closed with the server. */
  private final JvmGcMetrics gcMetrics;

  private UnionbotServer(
      ServerConfig config,
      EventLoopGroup boss,
      EventLoopGroup workers,
      ExecutorService executor,
      ExecutorService changes,
      Routes routes,
      Connections connections,
      Channel channel,
      JvmGcMetrics gcMetrics) {
    this.config = config;
    this.gcMetrics = gcMetrics;
    this.boss = boss;
    this.workers = workers;
    this.executor = executor;
    this.changes = changes;
    this.routes = routes;
    this.connections = connections;
    this.channel = channel;
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
    JvmGcMetrics gcMetrics = bindProcessMetrics(registry, bot, admin);
    ExecutorService executor = workerPool();
    Connections connections = new Connections();
    ExecutorService changes = Executors.newSingleThreadExecutor(named("unionbot-admin"));
    Optional<AdminEndpoint> adminApi =
        admin.map(
            a -> new AdminEndpoint(a, config.adminToken(), menuRules(Bot.MENU_KEYS), changes));
    adminApi.ifPresent(endpoint -> endpoint.monitor(registry));
    Routes routes =
        routes(
            config.wechat(),
            bot,
            replies,
            executor,
            customerService(config.wechat()),
            registry,
            Clock.systemUTC(),
            admin
                .<WeChatEndpoint.Claims>map(a -> a.store()::claimMessage)
                .orElse(WeChatEndpoint.Claims.LOCAL),
            admin
                .map(a -> new WebIds(a.store().secret(WEB_ID_KEY)))
                .orElseGet(WebIds::withRandomKey),
            admin
                .<Supplier<Optional<String>>>map(
                    a -> () -> a.store().healthProblem(StatusEndpoints.STORE_CHECK_TIMEOUT))
                .orElse(Optional::empty),
            ChatRateLimit.of(
                config.limits().chatRatePerMinute(), config.limits().chatRateExempt(), registry),
            adminApi);
    HttpMetrics metrics = new HttpMetrics(registry);
    Gauge.builder("unionbot.connections.open", connections, Connections::open)
        .description("Open client connections")
        .register(registry);
    ServerContext context =
        new ServerContext(routes, executor, metrics, connections, config.limits());
    EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    EventLoopGroup workers = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
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
      boss.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
      workers.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
      executor.shutdownNow();
      changes.shutdownNow();
      gcMetrics.close();
      Throwable cause = bound.cause();
      throw new IOException(
          "cannot listen on " + config.host() + ":" + config.port() + ": " + cause.getMessage(),
          cause);
    }
    UnionbotServer server =
        new UnionbotServer(
            config,
            boss,
            workers,
            executor,
            changes,
            routes,
            connections,
            bound.channel(),
            gcMetrics);
    String store = admin.isPresent() ? config.store().location() : "none";
    LOG.info(startLine(server.uri(), BuildInfo.CURRENT, store, bot.knowledge().version(), config));
    warnIfFewFileDescriptors(config.limits().maxConnections());
    return server;
  }

  /**
   * Binds the process's meters: JVM memory, threads, classes and GC, CPU, uptime, the bot's caches
   * and, on PostgreSQL, the connection pool (HikariCP's {@code hikaricp_*}). Returns the GC
   * metrics, which listen to the JVM until closed.
   */
  private static JvmGcMetrics bindProcessMetrics(
      MeterRegistry registry, Bot bot, Optional<Admin> admin) {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    JvmGcMetrics gc = new JvmGcMetrics();
    gc.bindTo(registry);
    bot.caches().forEach((name, cache) -> CaffeineCacheMetrics.monitor(registry, cache, name));
    admin
        .flatMap(a -> a.store().pooledDataSource())
        .filter(HikariDataSource.class::isInstance)
        .map(HikariDataSource.class::cast)
        .filter(pool -> pool.getMetricRegistry() == null) // HikariCP takes one, once
        .ifPresent(pool -> pool.setMetricRegistry(registry));
    return gc;
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

  /**
   * The routes of a server: the seam that the {@code EmbeddedChannel} tests share with {@link
   * #start}.
   */
  static Routes routes(
      WeChatConfig wechat,
      Bot bot,
      Function<Message, Reply> replies,
      Executor executor,
      Optional<WeChatApiClient> api,
      MeterRegistry registry,
      Clock clock) {
    return routes(
        wechat,
        bot,
        replies,
        executor,
        api,
        registry,
        clock,
        WeChatEndpoint.Claims.LOCAL,
        WebIds.withRandomKey(),
        Optional::empty,
        Routes.HeadCheck.NONE,
        Optional.empty());
  }

  /**
   * {@link #routes} with the WeChat pushes claimed through {@code claims} (several nodes), the chat
   * page's users signed by {@code ids}, {@code /healthz} failing while {@code store} reports a
   * problem, the heads of {@code /api/chat} checked by {@code chatLimit} ({@link ChatRateLimit}),
   * and the admin API served by {@code admin} when there is one.
   */
  static Routes routes(
      WeChatConfig wechat,
      Bot bot,
      Function<Message, Reply> replies,
      Executor executor,
      Optional<WeChatApiClient> api,
      MeterRegistry registry,
      Clock clock,
      WeChatEndpoint.Claims claims,
      WebIds ids,
      Supplier<Optional<String>> store,
      Routes.HeadCheck chatLimit,
      Optional<AdminEndpoint> admin) {
    Gauge.builder("unionbot.kb.version", bot.knowledge(), kb -> kb.version())
        .description("The knowledge-base version now serving")
        .strongReference(true)
        .register(registry);
    Supplier<String> semantic = () -> bot.knowledge().semantic();
    Gauge.builder("unionbot.semantic.recall", () -> "on".equals(semantic.get()) ? 1 : 0)
        .description("1 when answers use semantic recall, 0 for lexical recall only")
        .strongReference(true)
        .register(registry);
    return RouteTable.of(
        new RouteTable.Endpoints(
            new WeChatEndpoint(wechat, replies, executor, api, registry, clock, claims),
            new ChatEndpoint(replies, executor, registry, ids),
            chatLimit,
            StatusEndpoints.health(bot.knowledge(), semantic, store, executor),
            StatusEndpoints.metrics(registry),
            WebPages.load(ids),
            admin));
  }

  /** WeChat's menu rules ({@link Menu}), with the click keys the bot acts on. */
  private static MenuRules menuRules(Collection<String> keys) {
    Set<String> clicks = Set.copyOf(keys);
    return new MenuRules() {
      @Override
      public String check(String json) {
        return Menu.parse(json, clicks).json();
      }

      @Override
      public String defaults() {
        return Menu.defaults().json();
      }
    };
  }

  private static Optional<WeChatApiClient> customerService(WeChatConfig wechat) {
    if (!wechat.customerService()) {
      return Optional.empty();
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    return Optional.of(
        new WeChatApiClient(
            wechat.apiBase(),
            wechat.appId().orElseThrow(),
            wechat.appSecret().orElseThrow(),
            http,
            Clock.systemUTC()));
  }

  /** The threads that run endpoints and the bot: bounded, so overload is a 503, not a pile-up. */
  private static ExecutorService workerPool() {
    int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    return new ThreadPoolExecutor(
        threads,
        threads,
        60,
        TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(4096),
        named("unionbot-worker"),
        new ThreadPoolExecutor.AbortPolicy());
  }

  /** Daemon threads named {@code prefix-1}, {@code prefix-2}, ... */
  private static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return runnable -> {
      Thread t = new Thread(runnable, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
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
      channel.close().awaitUninterruptibly();
      connections.startClosing();
      int waiting = connections.inFlight();
      if (waiting > 0) {
        LOG.info("stopping: waiting for {} request(s) in flight", waiting);
      }
      if (!connections.awaitIdle(GRACE)) {
        LOG.warn("stopping: {} request(s) still in flight after {}", connections.inFlight(), GRACE);
      }
      long lateDeadline = System.nanoTime() + LATE_WORK_GRACE.toNanos();
      for (Endpoint endpoint : routes.endpoints()) {
        endpoint.drain(Duration.ofNanos(Math.max(0, lateDeadline - System.nanoTime())));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      connections.closeAll();
      executor.shutdownNow();
      changes.shutdown(); // a change being built finishes (or never commits): the store stays whole
      workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
      boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
      gcMetrics.close();
      LOG.info("stopped");
      terminated.countDown();
    }
  }
}
