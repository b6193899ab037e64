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
import java.util.jar.Attributes;
import java.util.jar.JarFile;
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

  /** The jar the child runs; empty when it runs the test's classpath. */
  private final Optional<Path> jar;

  private URI uri;

  private ServeProcess(Process process, Path stdout, Path stderr, Optional<Path> jar) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
    this.jar = jar;
  }

  /** The jar {@code mvn package} builds, which runs before the integration tests. */
  static final Path BUILT_JAR = Path.of("target", "unionbot.jar");

  /**
   * What the child JVM gets: a command that runs it ({@code launcher}, e.g. a shell that lowers a
   * limit first, then {@code exec "$0" "$@"}), JVM options ({@code -Dkey=value}) and environment
   * variables set or replaced in the test's environment. The child runs {@code jar} ({@code java
   * -jar}), as an operator does; without one, the jar {@code mvn package} built ({@link
   * #BUILT_JAR}), or the test's classpath where there is none (a test run from an IDE).
   */
  record Jvm(
      List<String> launcher, List<String> options, Map<String, String> env, Optional<Path> jar) {
    static final Jvm PLAIN = new Jvm(List.of(), Map.of());

    /** The jar {@code mvn package} builds, named. */
    static final Jvm JAR = new Jvm(List.of(), List.of(), Map.of(), Optional.of(BUILT_JAR));

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
    Optional<Path> jar = jvm.jar().or(() -> Optional.of(BUILT_JAR).filter(Files::isRegularFile));
    ProcessBuilder builder =
        (jar.isPresent()
                ? ChildJvm.jar(
                    jvm.launcher(), withSharedClasses(jar.get(), jvm.options()), jar.get(), args)
                : ChildJvm.of(jvm.launcher(), jvm.options(), Main.class.getName(), args))
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile());
    builder.environment().putAll(jvm.env());
    Process process = builder.start();
    return new ServeProcess(process, stdout, stderr, jar);
  }

  /** Where the classes a child of the built jar loads are archived, once per test run. */
  private static final Path SHARED_CLASSES = Path.of("target", "serve-classes.jsa");

  /**
   * The archive of {@link #SHARED_CLASSES} as this test run made it; empty until then or if not.
   */
  private static Optional<Path> sharedClasses;

  /**
   * {@code options} with the archive of the classes {@code serve} loads from the built jar (class
   * data sharing): a child maps them instead of loading and verifying each, which spares about a
   * second of its start and a third of its CPU (3.4 s instead of 4.8 s to ready). The archive is
   * made once per test run, by a child of its own that starts and stops; never one a test watches,
   * since archiving slows its exit. Without it the children load their classes as usual; the JVM
   * says nothing of the archive either way, so no test sees it.
   */
  private static List<String> withSharedClasses(Path jar, List<String> options) {
    List<String> out = new ArrayList<>(options);
    if (jar.equals(BUILT_JAR)) {
      sharedClasses(jar)
          .ifPresent(
              archive ->
                  out.addAll(
                      List.of(
                          "-XX:SharedArchiveFile=" + archive,
                          "-Xlog:cds=off",
                          "-Xlog:cds+dynamic=off")));
    }
    return out;
  }

  private static synchronized Optional<Path> sharedClasses(Path jar) {
    if (sharedClasses == null) {
      sharedClasses = Optional.empty();
      try {
        Files.deleteIfExists(SHARED_CLASSES);
        Path dir = Files.createTempDirectory(SHARED_CLASSES.getParent(), "serve-classes");
        Path out = dir.resolve("stdout.txt");
        Process trainer =
            ChildJvm.jar(
                    List.of(),
                    List.of(
                        "-XX:ArchiveClassesAtExit=" + SHARED_CLASSES,
                        "-Xlog:cds=off",
                        "-Xlog:cds+dynamic=off"),
                    jar,
                    "serve",
                    "--port",
                    "0",
                    "--data",
                    dir.resolve("data").toString(),
                    "--semantic",
                    "off")
                .redirectOutput(out.toFile())
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        ServeProcess child =
            new ServeProcess(trainer, out, dir.resolve("stderr.txt"), Optional.of(jar));
        if (READY.matcher(child.firstLine()).matches()) {
          trainer.destroy(); // SIGTERM: a clean exit, which writes the archive
        } else {
          trainer.destroyForcibly();
        }
        if (trainer.waitFor(60, TimeUnit.SECONDS)
            && trainer.exitValue() == 0
            && Files.isRegularFile(SHARED_CLASSES)) {
          sharedClasses = Optional.of(SHARED_CLASSES);
        }
      } catch (IOException e) {
        // no archive: the children load their classes as usual
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return sharedClasses;
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

  /** The version the child says it is: its jar's ({@code 0.1.0-SNAPSHOT}), or {@code dev}. */
  String version() throws IOException {
    if (jar.isEmpty()) {
      return BuildInfo.CURRENT.version();
    }
    try (JarFile file = new JarFile(jar.get().toFile())) {
      return Optional.ofNullable(
              file.getManifest()
                  .getMainAttributes()
                  .getValue(Attributes.Name.IMPLEMENTATION_VERSION))
          .orElse(BuildInfo.DEV);
    }
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
