package org.unionbot.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionbot.core.Bot;
import org.unionbot.core.Message;
import org.unionbot.core.Reply;
import org.unionbot.core.admin.Admin;
import org.unionbot.core.admin.AdminException;
import org.unionbot.core.store.StoreException;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.NoticeText;
import org.unionbot.knowledge.index.Semantic;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import sun.misc.Signal;

/**
 * {@code serve}: builds the knowledge base, warms up the analyzer, starts {@link UnionbotServer}
 * and prints exactly one line, {@code ready on http://HOST:PORT}, on stdout once the port accepts
 * requests. Logs go to stderr. SIGTERM (or Ctrl-C) closes the server gracefully and exits with 0.
 *
 * <p>Settings: flags &gt; environment &gt; config file &gt; defaults ({@link ConfigLoader}).
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Serve the WeChat server URL, the JSON chat API, /healthz and /metrics.",
      "Each option can also be set as an environment variable (--wechat-token:",
      "UNIONBOT_WECHAT_TOKEN) or in the --config file (wechat-token=...).",
      "Precedence: option > environment > config file > default (in brackets)."
    })
final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  /** The question answered before binding, so the first user does not pay for the warm-up. */
  static final String WARM_UP = "通知提出了哪些要求";

  @Option(names = "--host", paramLabel = "HOST", description = "Listen address [127.0.0.1].")
  String host;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "Listen port, 0 for a free one [8080].")
  String port;

  @Option(names = "--data", paramLabel = "DIR", description = "Data directory [./data].")
  String data;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "A properties file with settings [none].")
  String config;

  @Option(
      names = "--notice",
      paramLabel = "FILE",
      description = "Seed the knowledge base from this notice [the bundled one].")
  String notice;

  @Option(
      names = "--wechat-token",
      paramLabel = "TOKEN",
      description = "The Token of the WeChat console [generated, in DIR/secrets.properties].")
  String wechatToken;

  @Option(
      names = "--wechat-aes-key",
      paramLabel = "KEY",
      description = "The 43-character EncodingAESKey; enables compatible and safe modes [none].")
  String wechatAesKey;

  @Option(
      names = "--wechat-app-id",
      paramLabel = "APPID",
      description = "The AppID; needed with the EncodingAESKey or the AppSecret [none].")
  String wechatAppId;

  @Option(
      names = "--wechat-app-secret",
      paramLabel = "SECRET",
      description = "The AppSecret; enables late replies by customer-service message [none].")
  String wechatAppSecret;

  @Option(
      names = "--wechat-api-base",
      paramLabel = "URL",
      description = "The WeChat API base URL [https://api.weixin.qq.com].")
  String wechatApiBase;

  @Option(
      names = "--wechat-reply-timeout-ms",
      paramLabel = "MS",
      description = "Answer 'success' and reply later if not ready by then [4500].")
  String wechatReplyTimeoutMs;

  @Option(
      names = "--admin-token",
      paramLabel = "TOKEN",
      description = "Bearer token for /admin [generated, in DIR/secrets.properties].")
  String adminToken;

  @Option(
      names = "--db",
      paramLabel = "URL",
      description = {
        "A PostgreSQL JDBC URL shared by several nodes, e.g.",
        "jdbc:postgresql://127.0.0.1:5432/unionbot?user=unionbot; the password",
        "in UNIONBOT_DB_PASSWORD [none: SQLite in DIR]."
      })
  String db;

  @Option(
      names = "--semantic",
      paramLabel = "on|off",
      description = {
        "Semantic recall by the embedding model, its native libraries in DIR/native;",
        "off: lexical recall only [on]."
      })
  String semantic;

  @Option(
      names = "--max-connections",
      paramLabel = "N",
      description = "Open connections at most; more are closed at once [10000].")
  String maxConnections;

  @Option(
      names = "--header-timeout-seconds",
      paramLabel = "S",
      description = "Close a connection whose request head takes longer [10].")
  String headerTimeoutSeconds;

  @Option(
      names = "--body-timeout-seconds",
      paramLabel = "S",
      description = "Close a connection whose request body takes longer after its head [60].")
  String bodyTimeoutSeconds;

  @Option(
      names = "--chat-rate-per-minute",
      paramLabel = "N",
      description = "/api/chat requests per minute from one address, 0 for no limit [60].")
  String chatRatePerMinute;

  @Option(
      names = "--trusted-proxies",
      paramLabel = "LIST",
      description = "Proxies whose X-Forwarded-For names the client: IPs, CIDRs [none].")
  String trustedProxies;

  @Option(
      names = "--chat-rate-exempt",
      paramLabel = "LIST",
      description = "Client addresses the chat rate limit skips: IPs, CIDRs [none].")
  String chatRateExempt;

  @Option(
      names = "--stats-retention-days",
      paramLabel = "DAYS",
      description = "Days of question statistics kept, 1 to 3650 [180].")
  String statsRetentionDays;

  @Option(
      names = "--questions-per-day",
      paramLabel = "N",
      description = "Questions a day the statistics take in at most [20000].")
  String questionsPerDay;

  @Option(
      names = "--ranked-channels",
      paramLabel = "LIST",
      description = "Channels the leaderboard ranks: wechat, wecom, web [wechat,wecom].")
  String rankedChannels;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    // HanLP's dictionaries load on the second core while the settings and the notice are read
    FutureTask<String> hanlp =
        inBackground("unionbot-load-hanlp", () -> KnowledgeBase.warmUp(WARM_UP));
    ServerConfig settings;
    NoticeText seed;
    try {
      settings = ConfigLoader.load(flags(), System.getenv());
      seed = Notices.read(settings.notice());
    } catch (ConfigException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    } catch (IOException e) {
      err.println("unionbot: cannot prepare the data directory: " + e.getMessage());
      return 1;
    }
    // the embedding model loads once the version is built: loading it beside the database and
    // HanLP made the start 0.8 s slower on two cores. Until it is there, answers use lexical
    // recall.
    Semantic.configure(
        settings.semantic() ? Semantic.loadLater(settings.nativeDir()) : Semantic.off());
    Bot.Settings botSettings =
        Bot.Settings.defaults().withRankedChannels(settings.limits().rankedChannels());
    Admin admin;
    try {
      // opens (and migrates) the database and builds the newest version; HanLP is loading meanwhile
      admin =
          Admin.open(
              settings.store(),
              settings.limits().retention(botSettings.sessionIdle()),
              seed,
              Clock.systemUTC(),
              botSettings.zone());
    } catch (StoreException | AdminException e) {
      err.println(
          "unionbot: cannot open the "
              + (settings.db().isPresent() ? "database" : "data directory")
              + ": "
              + e.getMessage());
      return 1;
    }
    result(hanlp);
    Semantic.startLoading();
    Bot bot = new Bot(admin.knowledge(), admin.scores(), botSettings, admin.questionLog());
    // the warm-up question runs while the server binds; ready waits for both. It goes through a
    // bot of its own that logs no questions, so it never shows in the admins' stats.
    Bot warming = new Bot(admin.knowledge(), admin.scores(), botSettings);
    FutureTask<Reply> warmUp =
        inBackground(
            "unionbot-warm-up", () -> warming.handle(new Message.Text("warm-up", WARM_UP)));
    UnionbotServer server;
    try {
      server = UnionbotServer.start(settings, bot, admin);
    } catch (IOException e) {
      err.println("unionbot: " + e.getMessage());
      admin.close();
      return 1;
    }
    result(warmUp);
    boolean exitsCleanly = exitCleanlyOnSignals();
    Thread hook = new Thread(() -> stopOnSignal(server, admin, exitsCleanly), "unionbot-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    PrintWriter out = spec.commandLine().getOut();
    out.println("ready on " + server.uri());
    out.flush();
    server.awaitClose();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down; the hook finishes the job
    }
    admin.close();
    return 0;
  }

  /** Runs {@code work} on a new thread of its own, for start-up work that can overlap. */
  private static <T> FutureTask<T> inBackground(String name, Callable<T> work) {
    FutureTask<T> task = new FutureTask<>(work);
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
    return task;
  }

  /** What background start-up work returned; what it threw is thrown here, unchanged. */
  private static <T> T result(FutureTask<T> task) throws InterruptedException {
    try {
      return task.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Makes SIGTERM and Ctrl-C end the JVM with {@code System.exit(0)}: status 0, a clean stop, which
   * the JVM would otherwise report as 143 or 130, and its shutdown run in full, so the temporary
   * files that SQLite's and ONNX Runtime's loaders delete on exit are deleted. False when the JVM
   * keeps these signals to itself ({@code -Xrs}); both or neither are taken.
   */
  private static boolean exitCleanlyOnSignals() {
    try {
      for (String name : List.of("TERM", "INT")) {
        Signal.handle(new Signal(name), signal -> System.exit(0));
      }
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The shutdown hook: SIGTERM or Ctrl-C. Closes gracefully; the exit status is then 0, set by
   * {@link #exitCleanlyOnSignals} or, where the JVM keeps the signals, by halting here (which skips
   * the JVM's delete-on-exit).
   */
  private static void stopOnSignal(UnionbotServer server, Admin admin, boolean exitsCleanly) {
    if (server.isClosed()) {
      return;
    }
    LOG.info("signal received: stopping");
    server.close();
    admin.close();
    if (!exitsCleanly) {
      Runtime.getRuntime().halt(0);
    }
  }

  /** The options given on the command line, by setting key. */
  private Map<String, String> flags() {
    Map<String, String> flags = new LinkedHashMap<>();
    put(flags, "host", host);
    put(flags, "port", port);
    put(flags, "data", data);
    put(flags, ConfigLoader.CONFIG_KEY, config);
    put(flags, "notice", notice);
    put(flags, "wechat-token", wechatToken);
    put(flags, "wechat-aes-key", wechatAesKey);
    put(flags, "wechat-app-id", wechatAppId);
    put(flags, "wechat-app-secret", wechatAppSecret);
    put(flags, "wechat-api-base", wechatApiBase);
    put(flags, "wechat-reply-timeout-ms", wechatReplyTimeoutMs);
    put(flags, "admin-token", adminToken);
    put(flags, "db", db);
    put(flags, "semantic", semantic);
    put(flags, "max-connections", maxConnections);
    put(flags, "header-timeout-seconds", headerTimeoutSeconds);
    put(flags, "body-timeout-seconds", bodyTimeoutSeconds);
    put(flags, "chat-rate-per-minute", chatRatePerMinute);
    put(flags, "trusted-proxies", trustedProxies);
    put(flags, "chat-rate-exempt", chatRateExempt);
    put(flags, "stats-retention-days", statsRetentionDays);
    put(flags, "questions-per-day", questionsPerDay);
    put(flags, "ranked-channels", rankedChannels);
    return flags;
  }

  private static void put(Map<String, String> flags, String key, String value) {
    if (value != null) {
      flags.put(key, value);
    }
  }
}
