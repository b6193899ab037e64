package org.unionbot.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.unionbot.core.store.ChildJvm;

/**
 * {@code serve} (or another command) in a child JVM on the test classpath or from the built jar, as
 * an operator runs it: for the tests that signal or kill the process, or read what it prints.
 * Output goes to files in a directory of the test's.
 */
public final class ServeProcess implements AutoCloseable {
  private static final Duration MINUTE = Duration.ofMinutes(1);

  static final Pattern READY = Pattern.compile("ready on (http://127\\.0\\.0\\.1:(\\d+))");

  final Process process;
  final Path stdout;
  final Path stderr;
  private URI uri;

  private ServeProcess(Process process, Path stdout, Path stderr) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /**
   * What the child JVM gets besides the test's classpath: a command that runs it ({@code launcher},
   * e.g. a shell that lowers a limit first, then {@code exec "$0" "$@"}), JVM options ({@code
   * -Dkey=value}) and environment variables set or replaced in the test's environment. With {@code
   * jar}, the child runs that jar ({@code java -jar}) instead of the test's classpath, as an
   * operator does.
   */
  record Jvm(
      List<String> launcher, List<String> options, Map<String, String> env, Optional<Path> jar) {
    static final Jvm PLAIN = new Jvm(List.of(), Map.of());

    /** The jar {@code mvn package} builds, which runs before the integration tests. */
    static final Jvm JAR =
        new Jvm(List.of(), List.of(), Map.of(), Optional.of(Path.of("target", "unionbot.jar")));

    Jvm(List<String> launcher, List<String> options, Map<String, String> env) {
      this(launcher, options, env, Optional.empty());
    }

    Jvm(List<String> options, Map<String, String> env) {
      this(List.of(), options, env);
    }

    /** This JVM with {@code env} set too. */
    Jvm withEnv(Map<String, String> more) {
      Map<String, String> all = new HashMap<>(env);
      all.putAll(more);
      return new Jvm(launcher, options, Map.copyOf(all), jar);
    }
  }

  /** Starts {@code Main} with these arguments, output into {@code logs}; does not wait. */
  static ServeProcess launch(Path logs, String... args) throws IOException {
    return launch(logs, Jvm.PLAIN, args);
  }

  /** Starts {@code Main} in a JVM so set up, output into {@code logs}; does not wait. */
  static ServeProcess launch(Path logs, Jvm jvm, String... args) throws IOException {
    Files.createDirectories(logs);
    Path stdout = Files.createTempFile(logs, "stdout", ".txt");
    Path stderr = Files.createTempFile(logs, "stderr", ".txt");
    ProcessBuilder builder =
        (jvm.jar().isPresent()
                ? ChildJvm.jar(jvm.launcher(), jvm.options(), jvm.jar().get(), args)
                : ChildJvm.of(jvm.launcher(), jvm.options(), Main.class.getName(), args))
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile());
    builder.environment().putAll(jvm.env());
    Process process = builder.start();
    return new ServeProcess(process, stdout, stderr);
  }

  /**
   * Starts {@code serve --port 0 --data DATA} plus {@code more} and waits until it is ready and its
   * recall has settled.
   */
  public static ServeProcess serve(Path logs, Path data, String... more) throws Exception {
    return serve(logs, data, Jvm.PLAIN, more);
  }

  /** {@link #serve(Path, Path, String...)} in a JVM so set up. */
  static ServeProcess serve(Path logs, Path data, Jvm jvm, String... more) throws Exception {
    List<String> args = new ArrayList<>(List.of("serve", "--port", "0", "--data", data.toString()));
    args.addAll(List.of(more));
    ServeProcess serve = launch(logs, jvm, args.toArray(String[]::new));
    String line = serve.firstLine();
    Matcher ready = READY.matcher(line);
    if (!ready.matches()) {
      serve.close();
      throw new AssertionError("not ready: " + line + "; stderr: " + read(serve.stderr));
    }
    serve.uri = URI.create(ready.group(1));
    serve.awaitRecallSettled();
    return serve;
  }

  /**
   * Waits, up to a minute, until the embedding model has loaded (or failed to) and the version has
   * its vectors, about a second after ready: tests then see the answers an operator's workers get.
   */
  private void awaitRecallSettled() {
    Awaitility.await("the embedding model loaded or given up")
        .atMost(MINUTE)
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(50))
        .until(() -> !Loopback.get(uri, "/healthz").body().contains("\"semantic\":\"loading\""));
  }

  public URI uri() {
    return uri;
  }

  /** The URL of a path on the server, for a browser. */
  public String url(String path) {
    return uri.resolve(path).toString();
  }

  /** The first complete line the child writes to stdout, within a minute. */
  String firstLine() {
    try {
      String text =
          Awaitility.await()
              .atMost(MINUTE)
              .pollDelay(Duration.ZERO)
              .pollInterval(Duration.ofMillis(50))
              .until(() -> read(stdout), out -> out.contains("\n") || !process.isAlive());
      int end = text.indexOf('\n');
      return end >= 0 ? text.substring(0, end) : "(exited with " + process.exitValue() + ")";
    } catch (ConditionTimeoutException e) {
      return "(no line within a minute)";
    }
  }

  /** Waits for the child to end; its exit code. */
  int await() throws InterruptedException {
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      throw new AssertionError("child did not exit within a minute");
    }
    return process.exitValue();
  }

  /** SIGKILL: no shutdown hook, no flush, no goodbye. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(20, TimeUnit.SECONDS);
  }

  static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, UTF_8) : "";
  }

  /** Kills the child and waits until it is gone, so its data directory's lock is free again. */
  @Override
  public void close() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(20, TimeUnit.SECONDS);
  }
}
