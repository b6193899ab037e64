package org.unionbot.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * One closed-loop run against one server: each connection sends a push, waits for the reply, checks
 * it and sends the next, until the run has sent its maximum count or its time is up. All of a run's
 * connections live on one event loop, which alone touches this state; {@link #await} hands it over
 * to the caller.
 */
final class LoadRun {
  private final Pushes pushes;
  private final String host;
  private final boolean echo;
  private final long maxRequests;
  private final long durationNanos;
  private final List<Connection> connections = new ArrayList<>();
  private final Latencies latencies = new Latencies();
  private final CountDownLatch finished = new CountDownLatch(1);
  private long startNanos;
  private long endNanos;
  private long deadlineNanos;
  private long issued;
  private long errors;
  private String firstError = "";
  private int open;

  /**
   * @param host the {@code Host} header, {@code 127.0.0.1:port}
   * @param echo whether each reply must be addressed to the push's sender
   */
  LoadRun(Pushes pushes, String host, boolean echo, long maxRequests, long durationNanos) {
    this.pushes = pushes;
    this.host = host;
    this.echo = echo;
    this.maxRequests = maxRequests;
    this.durationNanos = durationNanos;
  }

  /** A new connection's handler; the connection waits for {@link #start}. */
  Connection connection() {
    Connection connection = new Connection();
    connections.add(connection);
    open++;
    return connection;
  }

  /** Starts sending on every connection. Call on the connections' event loop. */
  void start() {
    startNanos = System.nanoTime();
    endNanos = startNanos;
    deadlineNanos = startNanos + durationNanos;
    for (Connection connection : connections) {
      connection.send();
    }
  }

  /** Waits until every connection has stopped and closed. */
  void await() throws InterruptedException {
    finished.await();
  }

  long completed() {
    return latencies.size();
  }

  long errors() {
    return errors;
  }

  String firstError() {
    return firstError;
  }

  double seconds() {
    return (endNanos - startNanos) / 1e9;
  }

  Latencies latencies() {
    return latencies;
  }

  private boolean acquire() {
    if (issued >= maxRequests || System.nanoTime() - deadlineNanos >= 0) {
      return false;
    }
    issued++;
    return true;
  }

  private void error(String what) {
    if (errors++ == 0) {
      firstError = what;
    }
  }

  private void closed() {
    if (--open == 0) {
      finished.countDown();
    }
  }

  /** One keep-alive connection of the run. */
  final class Connection extends SimpleChannelInboundHandler<FullHttpResponse> {
    private ChannelHandlerContext ctx;
    private WeChatPush inFlight;
    private long sentNanos;

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
      this.ctx = ctx;
    }

    void send() {
      if (!ctx.channel().isActive()) {
        return; // closed before the start: already counted by channelInactive
      }
      if (!acquire()) {
        ctx.close();
        return;
      }
      inFlight = pushes.next();
      FullHttpRequest request =
          new DefaultFullHttpRequest(
              HttpVersion.HTTP_1_1,
              HttpMethod.POST,
              inFlight.pathAndQuery(),
              Unpooled.wrappedBuffer(inFlight.body()));
      request.headers().set(HttpHeaderNames.HOST, host);
      request.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/xml");
      request.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, inFlight.body().length);
      sentNanos = System.nanoTime();
      ctx.writeAndFlush(request, ctx.voidPromise());
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpResponse response) {
      long now = System.nanoTime();
      if (inFlight == null) {
        error("response without a request");
        ctx.close();
        return;
      }
      latencies.add(now - sentNanos);
      endNanos = now;
      Optional<String> problem =
          ReplyCheck.problem(
              response.status().code(),
              response.content().toString(UTF_8),
              echo ? Optional.of(inFlight.openId()) : Optional.empty());
      problem.ifPresent(LoadRun.this::error);
      inFlight = null;
      send();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      error(cause.toString());
      ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      if (inFlight != null) {
        error("connection closed with a request in flight");
        inFlight = null;
      }
      closed();
    }
  }
}
