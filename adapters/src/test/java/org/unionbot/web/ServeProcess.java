package org.unionbot.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code serve} in a child JVM on the test classpath, on a free loopback port with its own data
 * directory: the whole server as an operator runs it, admin API included.
 */
final class ServeProcess implements AutoCloseable {
  private static final Pattern READY = Pattern.compile("ready on (http://127\\.0\\.0\\.1:\\d+)");

  private final Process process;
  private final Path stderr;
  private final URI base;

  private ServeProcess(Process process, Path stderr, URI base) {
    this.process = process;
    this.stderr = stderr;
    this.base = base;
  }

  /** Starts {@code serve --port 0 --data DIR/data} with {@code options}, and waits until ready. */
  static ServeProcess start(Path dir, String... options) throws IOException, InterruptedException {
    Path stdout = dir.resolve("serve-stdout.txt");
    Path stderr = dir.resolve("serve-stderr.txt");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.unionbot.server.Main");
    command.add("serve");
    command.add("--port");
    command.add("0");
    command.add("--data");
    command.add(dir.resolve("data").toString());
    command.addAll(List.of(options));
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      Matcher ready = READY.matcher(read(stdout));
      if (ready.find()) {
        return new ServeProcess(process, stderr, URI.create(ready.group(1)));
      }
      if (!process.isAlive()) {
        throw new AssertionError(
            "serve exited with " + process.exitValue() + " before it was ready: " + read(stderr));
      }
      Thread.sleep(50);
    }
    process.destroyForcibly();
    throw new AssertionError("serve was not ready within a minute: " + read(stderr));
  }

  /** {@code http://127.0.0.1:PORT}. */
  URI base() {
    return base;
  }

  /** The absolute URL of {@code path}. */
  String url(String path) {
    return base + path;
  }

  /** What the server logged so far, for failure messages. */
  String log() {
    return read(stderr);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(15, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, UTF_8) : "";
    } catch (IOException e) {
      return "(cannot read " + file + ": " + e + ")";
    }
  }
}
