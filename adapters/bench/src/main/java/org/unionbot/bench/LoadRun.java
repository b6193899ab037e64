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
 * One closed-loop run against one server: each connection sends a request of its {@link Traffic},
 * waits for the reply, checks it and sends the next, until the run has sent its maximum count or
 * its time is up. All of a run's connections live on one event loop, which alone touches this
 * state; {@link #await} hands it over to the caller.
 */
final class LoadRun {
  /**
   * What a load sends and how it judges the replies: signed pushes ({@link Pushes#traffic}) or
   * mixed chat messages ({@link ChatMix}). One per target, kept from run to run, and called on the
   * load generator's one event loop only.
   */
  interface Traffic {
    /**
     * The next request of the run's connection number {@code connection}: 0, 1, ... in the order
     * the connections were made, the same numbers in every run.
     */
    Exchange next(int connection);
  }

  /** One request, and the check of its reply. */
  interface Exchange {
    /** The request, with {@code host} as its {@code Host} header. */
    FullHttpRequest request(String host);

    /**
     * What is wrong with the reply, or empty when it is good. Whatever this says, the run also
     * counts every 429 ({@link #limited}).
     */
    Optional<String> problem(int status, String body);
  }

  /**
   * A POST of {@code body} ({@code contentType}) to {@code target}, with {@code host} as its Host.
   */
  static FullHttpRequest post(String host, String target, String contentType, byte[] body) {
    FullHttpRequest request =
        new DefaultFullHttpRequest(
            HttpVersion.HTTP_1_1, HttpMethod.POST, target, Unpooled.wrappedBuffer(body));
    request.headers().set(HttpHeaderNames.HOST, host);
    request.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
    request.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
    return request;
  }

  private final Traffic traffic;
  private final String host;
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
  private long limited;
  private String firstError = "";
  private int open;

  /**
   * @param host the {@code Host} header, {@code 127.0.0.1:port}
   */
  LoadRun(Traffic traffic, String host, long maxRequests, long durationNanos) {
    this.traffic = traffic;
    this.host = host;
    this.maxRequests = maxRequests;
    this.durationNanos = durationNanos;
  }

  /** A new connection's handler; the connection waits for {@link #start}. */
  Connection connection() {
    Connection connection = new Connection(connections.size());
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

  /** Replies with status 429 (Too Many Requests), whether or not the traffic calls them errors. */
  long limited() {
    return limited;
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
    private final int number;
    private ChannelHandlerContext ctx;
    private Exchange inFlight;
    private long sentNanos;

    private Connection(int number) {
      this.number = number;
    }

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
      inFlight = traffic.next(number);
      FullHttpRequest request = inFlight.request(host);
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
      int status = response.status().code();
      if (status == 429) {
        limited++;
      }
      Optional<String> problem = inFlight.problem(status, response.content().toString(UTF_8));
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
