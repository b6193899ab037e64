package org.unionbot.server;

import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionbot.http.Endpoint;

/**
 * How a {@link UnionbotServer} stops: what it owns (the listening channel, the connections, the
 * endpoints, the executors, the event loops and the GC listener) and the order it lets go of them.
 * It logs as the server does.
 */
final class ServerShutdown {
  private static final Logger LOG = LoggerFactory.getLogger(UnionbotServer.class);

  /** The event loops, executors and GC listener of a server, made before it binds. */
  record Threads(
      EventLoopGroup boss,
      EventLoopGroup workers,
      ExecutorService executor,
      ExecutorService changes,
      JvmGcMetrics gcMetrics) {

    /** Stops everything at once: the server never started (its port could not be bound). */
    void abandon() {
      boss.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
      workers.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
      executor.shutdownNow();
      changes.shutdownNow();
      gcMetrics.close();
    }
  }

  private final Channel channel;
  private final Connections connections;
  private final Routes routes;
  private final Threads threads;

  ServerShutdown(Channel channel, Connections connections, Routes routes, Threads threads) {
    this.channel = channel;
    this.connections = connections;
    this.routes = routes;
    this.threads = threads;
  }

  /**
   * Stops gracefully: no new connections, in-flight requests finish (up to {@code grace}), work the
   * endpoints still owe goes out (up to {@code lateWorkGrace}), then every connection and thread
   * ends.
   */
  void run(Duration grace, Duration lateWorkGrace) {
    try {
      channel.close().awaitUninterruptibly();
      connections.startClosing();
      int waiting = connections.inFlight();
      if (waiting > 0) {
        LOG.info("stopping: waiting for {} request(s) in flight", waiting);
      }
      if (!connections.awaitIdle(grace)) {
        LOG.warn("stopping: {} request(s) still in flight after {}", connections.inFlight(), grace);
      }
      long lateDeadline = System.nanoTime() + lateWorkGrace.toNanos();
      for (Endpoint endpoint : routes.endpoints()) {
        endpoint.drain(Duration.ofNanos(Math.max(0, lateDeadline - System.nanoTime())));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      connections.closeAll();
      threads.executor().shutdownNow();
      // a change being built finishes (or never commits): the store stays whole
      threads.changes().shutdown();
      threads.workers().shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
      threads.boss().shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
      threads.gcMetrics().close();
      LOG.info("stopped");
    }
  }
}
