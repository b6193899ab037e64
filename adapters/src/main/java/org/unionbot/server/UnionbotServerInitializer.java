package org.unionbot.server;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Builds each connection's pipeline: the head's clock ({@link RequestTimeouts#arrival}) → {@link
 * HttpServerCodec} → the head's and the body's clocks ({@link RequestTimeouts#progress}) → idle
 * timeout → the checks on the head ({@link HeadGate}: admin token, chat rate) → {@link
 * BodyLimitAggregator} (64 KiB, 1 MiB under /admin/, 413 beyond) → {@link UnionbotServerHandler}.
 * Tests build the same pipeline on an {@code EmbeddedChannel} with {@link #pipeline}.
 */
final class UnionbotServerInitializer extends ChannelInitializer<SocketChannel> {

  /** A keep-alive connection with no traffic for this long is closed. */
  static final int IDLE_SECONDS = 60;

  private final ServerContext context;

  UnionbotServerInitializer(ServerContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  protected void initChannel(SocketChannel channel) {
    pipeline(channel.pipeline(), context); // counted in by AcceptGuard
  }

  /** Adds the server's handlers to {@code pipeline}. */
  static void pipeline(ChannelPipeline pipeline, ServerContext context) {
    RequestTimeouts timeouts = new RequestTimeouts(context);
    pipeline.addLast("arrival", timeouts.arrival());
    pipeline.addLast("codec", new HttpServerCodec());
    pipeline.addLast("timeouts", timeouts.progress());
    pipeline.addLast("idle", new IdleStateHandler(0, 0, IDLE_SECONDS, TimeUnit.SECONDS));
    pipeline.addLast("gate", new HeadGate(context));
    pipeline.addLast("aggregator", new BodyLimitAggregator(BodyLimits.max(), context));
    pipeline.addLast("handler", new UnionbotServerHandler(context));
  }
}
