package org.unionbot.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The threads a server runs its work on, besides Netty's event loops. */
final class ServerThreads {

  private ServerThreads() {}

  /** The threads that run endpoints and the bot: bounded, so overload is a 503, not a pile-up. */
  static ExecutorService workers() {
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

  /** Runs admin changes, one at a time, off the workers that answer questions. */
  static ExecutorService changes() {
    return Executors.newSingleThreadExecutor(named("unionbot-admin"));
  }
}
