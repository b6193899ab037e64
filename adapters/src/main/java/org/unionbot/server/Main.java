package org.unionbot.server;

import java.io.PrintWriter;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.unionbot.log.JulBridge;
import org.unionbot.log.LogFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar unionbot.jar <command>}. Bad arguments print a clear message and exit with code
 * 2; {@code --help} works everywhere.
 */
@Command(
    name = "unionbot",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Trade-union WeChat bot: answers questions about a notice and runs quizzes.",
    subcommands = {
      ServeCommand.class,
      AskCommand.class,
      KbCommand.class,
      BackupCommand.class,
      RestoreCommand.class
    })
public final class Main implements Runnable {

  /** Exit code for bad arguments. */
  static final int USAGE = 2;

  /** Exit code for everything else that fails. */
  static final int FAILED = 1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Where the commands read {@code UNIONBOT_*} settings from. */
  private final Map<String, String> env;

  @Option(
      names = "--log-format",
      paramLabel = "text|json",
      scope = CommandLine.ScopeType.INHERIT,
      defaultValue = "${env:UNIONBOT_LOG_FORMAT:-text}",
      description = {
        "Log lines on stderr: text, or json (one JSON object per line);",
        "also UNIONBOT_LOG_FORMAT [text]."
      })
  String logFormat;

  private Main(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  public static void main(String[] args) {
    JulBridge.install(); // HanLP and the PostgreSQL driver log through java.util.logging
    // not the JVM's default, which prints the trace to stderr over many lines
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, e) ->
            LoggerFactory.getLogger(Main.class)
                .error("uncaught in thread {}", thread.getName(), e));
    System.exit(run(args));
  }

  /** Runs the command line; returns the exit code. */
  static int run(String... args) {
    return run(null, null, args);
  }

  /** Runs the command line with these writers for stdout and stderr (null: the standard ones). */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    return commandLine(out, err).execute(args);
  }

  /**
   * The command line with its exit codes and error handling, writing to {@code out}, {@code err}.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, System.getenv());
  }

  /**
   * The command line as {@link #commandLine(PrintWriter, PrintWriter)}, in environment {@code env}.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env) {
    Main main = new Main(env);
    CommandLine cli = new CommandLine(main);
    if (out != null) {
      cli.setOut(out);
    }
    if (err != null) {
      cli.setErr(err);
    }
    // bad arguments exit 2; anything else that goes wrong is 1, said in one line, logged in one
    cli.setExitCodeExceptionMapper(
        e -> e instanceof CommandLine.ParameterException ? USAGE : FAILED);
    cli.setExecutionExceptionHandler(
        (e, command, parsed) -> {
          if (e instanceof CommandLine.ParameterException bad) {
            throw bad;
          }
          LoggerFactory.getLogger(Main.class).error("unexpected error", e);
          command.getErr().println("unionbot: unexpected error: " + e);
          return FAILED;
        });
    // the log format is known once the arguments are parsed, before any command runs
    CommandLine.IExecutionStrategy commands = cli.getExecutionStrategy();
    cli.setExecutionStrategy(
        parsed -> {
          main.logFormat(parsed.commandSpec().commandLine()).apply();
          return commands.execute(parsed);
        });
    cli.getCommandSpec().exitCodeOnInvalidInput(USAGE);
    cli.getSubcommands()
        .values()
        .forEach(sub -> sub.getCommandSpec().exitCodeOnInvalidInput(USAGE));
    return cli;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "Missing command: try 'serve', 'ask', 'kb', 'backup', 'restore' or --help");
  }

  /** The environment the commands read their settings from. */
  Map<String, String> env() {
    return env;
  }

  /** {@code --log-format}, or {@code UNIONBOT_LOG_FORMAT}: text or json, else bad arguments. */
  private LogFormat logFormat(CommandLine cli) {
    return LogFormat.parse(logFormat)
        .orElseThrow(
            () ->
                new CommandLine.ParameterException(
                    cli,
                    "--log-format (or UNIONBOT_LOG_FORMAT) must be 'text' or 'json', not '"
                        + logFormat
                        + "'"));
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"unionbot " + BuildInfo.CURRENT.version()};
    }
  }
}
