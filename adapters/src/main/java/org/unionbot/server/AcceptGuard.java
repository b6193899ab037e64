package org.unionbot.server;

import io.netty.channel.Channel;
import io.netty.channel.ChannelConfig;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listening channel's guard, ahead of Netty's acceptor, which hands each new connection to a
 * worker event loop.
 *
 * <p>A connection beyond {@code max-connections} is closed at once, before it is registered or
 * read: no response, since one written before the request is read is often lost to a reset anyway,
 * and a proxy in front (nginx) takes a closed connection as a failed node and tries the next one.
 * It is counted ({@code unionbot_connections_refused_total}) and logged at most every 10 s.
 *
 * <p>When accepting fails, almost always because the process is out of file descriptors ("Too many
 * open files"), accepting pauses for {@link #ACCEPT_PAUSE}, as Netty's acceptor would, and the
 * failure is counted ({@code unionbot_accept_failures_total}) and logged in one line at most every
 * 10 s, where Netty would log a stack trace for each. One instance per server.
 */
final class AcceptGuard extends ChannelInboundHandlerAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(AcceptGuard.class);

  /** How long accepting pauses after a failure, so that it does not spin while it keeps failing. */
  static final Duration ACCEPT_PAUSE = Duration.ofSeconds(1);

  private final Connections connections;
  private final HttpMetrics metrics;
  private final int maxConnections;
  private final LogEvery refusedLog = new LogEvery(LOG, LogEvery.TEN_SECONDS);
  private final LogEvery failedLog = new LogEvery(LOG, LogEvery.TEN_SECONDS);

  AcceptGuard(Connections connections, HttpMetrics metrics, int maxConnections) {
    this.connections = connections;
    this.metrics = metrics;
    this.maxConnections = maxConnections;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    Channel child = (Channel) msg;
    if (connections.open(child, maxConnections)) {
      ctx.fireChannelRead(child);
      return;
    }
    child.unsafe().closeForcibly(); // not registered yet: nothing else holds it
    metrics.connectionRefused();
    refusedLog.warn(
        "{} connections open, as many as max-connections allows: closed new ones at once",
        maxConnections);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    metrics.acceptFailed();
    failedLog.warn(
        "cannot accept connections: {}; pausing accepting for {} s ({} connections open)",
        cause.getMessage() == null ? cause.toString() : cause.getMessage(),
        ACCEPT_PAUSE.toSeconds(),
        connections.open());
    ChannelConfig config = ctx.channel().config();
    if (config.isAutoRead()) {
      config.setAutoRead(false);
      ctx.channel()
          .eventLoop()
          .schedule(() -> config.setAutoRead(true), ACCEPT_PAUSE.toMillis(), TimeUnit.MILLISECONDS);
    }
  }
}
