package org.unionbot.server;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a connection that is slow to send a request (slowloris): its head (request line and
 * headers) must arrive within {@code header-timeout-seconds} of its first byte, or of the
 * connection's opening for its first request, and its body within {@code body-timeout-seconds} of
 * the head. A byte now and then does not restart either clock, as it restarts an idle timeout.
 * Between requests, and while the server works on one, neither runs: the idle timeout applies.
 *
 * <p>Two handlers share one instance per connection: {@link #arrival()}, before the HTTP codec,
 * sees the first bytes of a request; {@link #progress()}, after it, sees the head and the body's
 * end. A closed connection is counted ({@code unionbot_http_timeouts_total} by phase) and logged at
 * most every 10 s. Each connection keeps at most one timer, which never needs cancelling: a phase
 * that ended before it fires is simply no longer there.
 */
final class RequestTimeouts {
  private static final Logger LOG = LoggerFactory.getLogger(RequestTimeouts.class);
  private static final LogEvery HEAD_LOG = new LogEvery(LOG, LogEvery.TEN_SECONDS);
  private static final LogEvery BODY_LOG = new LogEvery(LOG, LogEvery.TEN_SECONDS);

  /** Where the connection is: waiting for a request, or reading one's head or body. */
  private enum Phase {
    WAITING,
    HEAD,
    BODY
  }

  private final ServerContext context;
  private final long headNanos;
  private final long bodyNanos;
  private Phase phase = Phase.WAITING;
  private long deadline;
  private ScheduledFuture<?> timer;

  RequestTimeouts(ServerContext context) {
    this.context = context;
    this.headNanos = context.limits().headerTimeout().toNanos();
    this.bodyNanos = context.limits().bodyTimeout().toNanos();
  }

  /** Before the codec: the first bytes of a request start its head's clock. */
  ChannelHandler arrival() {
    return new ChannelInboundHandlerAdapter() {
      @Override
      public void handlerAdded(ChannelHandlerContext ctx) {
        if (ctx.channel().isActive()) {
          start(ctx, Phase.HEAD, headNanos); // the first request's clock runs from the opening
        }
      }

      @Override
      public void channelActive(ChannelHandlerContext ctx) {
        start(ctx, Phase.HEAD, headNanos);
        ctx.fireChannelActive();
      }

      @Override
      public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (phase == Phase.WAITING) {
          start(ctx, Phase.HEAD, headNanos);
        }
        ctx.fireChannelRead(msg);
      }
    };
  }

  /** After the codec: a head stops its clock and starts the body's, the body's end stops that. */
  ChannelHandler progress() {
    return new ChannelInboundHandlerAdapter() {
      @Override
      public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest) {
          start(ctx, Phase.BODY, bodyNanos);
        }
        if (msg instanceof LastHttpContent) {
          phase = Phase.WAITING;
        }
        ctx.fireChannelRead(msg);
      }
    };
  }

  private void start(ChannelHandlerContext ctx, Phase next, long nanos) {
    phase = next;
    deadline = ctx.executor().ticker().nanoTime() + nanos;
    if (timer == null) {
      timer = ctx.executor().schedule(() -> check(ctx), nanos, TimeUnit.NANOSECONDS);
    }
  }

  /** The timer: closes the connection when the phase it is in ran out, else waits on. */
  private void check(ChannelHandlerContext ctx) {
    timer = null;
    if (phase == Phase.WAITING || !ctx.channel().isActive()) {
      return;
    }
    long left = deadline - ctx.executor().ticker().nanoTime();
    if (left > 0) {
      timer = ctx.executor().schedule(() -> check(ctx), left, TimeUnit.NANOSECONDS);
      return;
    }
    boolean head = phase == Phase.HEAD;
    context.metrics().timedOut(head ? "head" : "body");
    Duration limit = head ? context.limits().headerTimeout() : context.limits().bodyTimeout();
    (head ? HEAD_LOG : BODY_LOG)
        .info(
            "closed a connection whose request {} took over {} s (from {})",
            head ? "head" : "body",
            limit.toSeconds(),
            ctx.channel().remoteAddress());
    phase = Phase.WAITING;
    ctx.close();
  }
}
