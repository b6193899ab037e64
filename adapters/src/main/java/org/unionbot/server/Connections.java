package org.unionbot.server;

import io.netty.channel.Channel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every open connection, for the cap on them ({@code max-connections}) and for a graceful shutdown,
 * which also needs to know how many requests are in flight (read, not yet answered). Once {@link
 * #closing()}, responses ask the client to close the connection. Thread-safe.
 */
final class Connections {
  private final ChannelGroup channels = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
  private final AtomicInteger open = new AtomicInteger();
  private final Object lock = new Object();
  private int inFlight;
  private volatile boolean closing;

  /**
   * Counts a new connection in until it closes, unless {@code max} are open already.
   *
   * @return false, counting nothing, when {@code max} connections are open
   */
  boolean open(Channel channel, int max) {
    if (open.incrementAndGet() > max) {
      open.decrementAndGet();
      return false;
    }
    channel.closeFuture().addListener(closed -> open.decrementAndGet());
    channels.add(channel);
    return true;
  }

  /** How many connections are open. */
  int open() {
    return open.get();
  }

  void begin() {
    synchronized (lock) {
      inFlight++;
    }
  }

  void end() {
    synchronized (lock) {
      inFlight--;
      if (inFlight <= 0) {
        lock.notifyAll();
      }
    }
  }

  int inFlight() {
    synchronized (lock) {
      return inFlight;
    }
  }

  boolean closing() {
    return closing;
  }

  /** From now on, every response closes its connection. */
  void startClosing() {
    closing = true;
  }

  /** Waits until no request is in flight, at most {@code timeout}; true if none is. */
  boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (inFlight > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        lock.wait(Math.max(1, left / 1_000_000));
      }
      return true;
    }
  }

  /** Closes every connection, idle keep-alive ones included. */
  void closeAll() {
    channels.close().awaitUninterruptibly();
  }
}
