package org.unionbot.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A process the benchmark started: a server that announces {@code ready on URL} on stdout, stderr
 * to a log file. Every child is remembered until it has exited, so that {@link #stopAll} (the
 * runner's shutdown hook and last step) leaves nothing running.
 */
final class ChildProcess implements AutoCloseable {
  private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

  /** Where the server listens, and how long after launch it said so. */
  record Ready(URI uri, Duration afterLaunch) {}

  private final String name;
  private final Process process;
  private final CompletableFuture<Ready> ready = new CompletableFuture<>();

  private ChildProcess(String name, Process process, long launchNanos) {
    this.name = name;
    this.process = process;
    Thread reader = new Thread(() -> read(launchNanos), name + "-stdout");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code command}; its stderr goes to {@code log}. */
  static ChildProcess start(String name, List<String> command, Path log) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectError(ProcessBuilder.Redirect.to(log.toFile()))
            .redirectInput(ProcessBuilder.Redirect.PIPE);
    long launch = System.nanoTime();
    return new ChildProcess(name, track(builder.start()), launch);
  }

  private void read(long launchNanos) {
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (!ready.isDone() && line.startsWith("ready on ")) {
          Duration after = Duration.ofNanos(System.nanoTime() - launchNanos);
          ready.complete(new Ready(URI.create(line.substring("ready on ".length()).trim()), after));
        }
      }
    } catch (IOException e) {
      // the process went away; handled below
    }
    ready.completeExceptionally(
        new IllegalStateException(name + " closed its stdout before it was ready"));
  }

  /** Waits for the {@code ready on} line. */
  Ready awaitReady(Duration timeout) throws InterruptedException {
    try {
      return ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException(name + " was not ready within " + timeout, e);
    }
  }

  long pid() {
    return process.pid();
  }

  String name() {
    return name;
  }

  /**
   * Stops gracefully (SIGTERM), forcibly after 20 s; returns the exit code (143 or 137 when it had
   * to be killed by signal).
   */
  int stop() throws InterruptedException {
    try {
      if (process.isAlive()) {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      }
      return process.waitFor();
    } finally {
      LIVE.remove(process);
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }

  /** Remembers {@code process} until {@link #untrack} so that {@link #stopAll} can end it. */
  static Process track(Process process) {
    LIVE.add(process);
    return process;
  }

  /** Ends {@code process} if it still runs, and forgets it. */
  static void untrack(Process process) throws InterruptedException {
    try {
      if (process.isAlive()) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } finally {
      LIVE.remove(process);
    }
  }

  /** Kills every child still running; for the shutdown hook. */
  static void stopAll() {
    for (Process process : LIVE) {
      process.destroyForcibly();
    }
  }
}
