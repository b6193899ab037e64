package org.unionbot.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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
import org.unionbot.core.intent.Referral;
import org.unionbot.core.store.StoreException;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.NoticeText;
import org.unionbot.knowledge.index.Semantic;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import sun.misc.Signal;

/**
 * {@code serve}: builds the knowledge base, warms up the analyzer, starts {@link UnionbotServer}
 * and prints exactly one line, {@code ready on http://HOST:PORT}, on stdout once the port accepts
 * requests. Logs go to stderr. SIGTERM (or Ctrl-C) closes the server gracefully and exits with 0.
 *
 * <p>Settings ({@link Settings}): flags &gt; environment &gt; config file &gt; defaults.
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

  /** How long SIGTERM waits for an embedding-model load still running (it takes 1–3 s). */
  private static final Duration MODEL_LOAD_AT_EXIT = Duration.ofSeconds(30);

  /** The question answered before binding, so the first user does not pay for the warm-up. */
  static final String WARM_UP = "通知提出了哪些要求";

  @Mixin SettingOptions.Serve options;

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
      settings = options.serverConfig();
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
    Referral referral = new Referral(() -> admin.referral().orElse(""));
    Bot bot =
        new Bot(
            admin.knowledge(),
            admin.scores(),
            botSettings,
            admin.questionLog(),
            referral,
            Optional.of(admin.contests()));
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
   * files that SQLite's and ONNX Runtime's loaders delete on exit are deleted. A model load still
   * running finishes first ({@link Semantic#awaitLoading}). False when the JVM keeps these signals
   * to itself ({@code -Xrs}); both or neither are taken.
   */
  private static boolean exitCleanlyOnSignals() {
    try {
      for (String name : List.of("TERM", "INT")) {
        Signal.handle(
            new Signal(name),
            signal -> {
              Semantic.awaitLoading(MODEL_LOAD_AT_EXIT);
              System.exit(0);
            });
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
}
