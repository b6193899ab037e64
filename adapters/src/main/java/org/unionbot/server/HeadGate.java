package org.unionbot.server;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.util.Optional;
import org.unionbot.http.HttpError;
import org.unionbot.http.Request;

/**
 * Runs each request's {@link Routes.HeadCheck} (the admin token, the chat rate limit) on its head,
 * before the aggregator buffers the body. A refused request goes on as a {@link RefusedRequest},
 * answered in its turn with {@code Connection: close}; its body is read and dropped as it arrives,
 * never buffered, and so is anything after it on the connection. The connection closes once that
 * body has ended and the refusal is written, so that the client reads the refusal rather than a
 * reset; a body that does not end is cut off by {@code body-timeout-seconds} or, past {@link
 * BodyLimits#max()}, at once. A thousand unauthenticated 1 MiB uploads thus cost no more memory
 * than a thousand empty ones. One instance per connection.
 */
final class HeadGate extends ChannelDuplexHandler {
  private final ServerContext context;

  /** Whether a request was refused: everything after its head is dropped. */
  private boolean refused;

  /** Whether the refused request's body has ended (or none will come). */
  private boolean bodyEnded = true;

  private long dropped;

  /** A close asked for while the refused request's body was still arriving. */
  private ChannelPromise closing;

  HeadGate(ServerContext context) {
    this.context = context;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (refused) {
      drop(ctx, msg);
      return;
    }
    if (msg instanceof HttpRequest head && head.decoderResult().isSuccess()) {
      Optional<HttpError> refusal = check(ctx, head);
      if (refusal.isPresent()) {
        refused = true;
        // a client that expects 100 Continue sends no body until it gets one, and never will
        bodyEnded = msg instanceof LastHttpContent || HttpUtil.is100ContinueExpected(head);
        ctx.fireChannelRead(new RefusedRequest(head, refusal.get()));
        ReferenceCountUtil.release(msg);
        return;
      }
    }
    ctx.fireChannelRead(msg);
  }

  private Optional<HttpError> check(ChannelHandlerContext ctx, HttpRequest head) {
    String path = UnionbotServerHandler.pathOf(head.uri());
    if (path == null) {
      return Optional.empty(); // a malformed URL: the handler says so
    }
    Routes.HeadCheck check = context.routes().headCheck(path);
    if (check == Routes.HeadCheck.NONE) {
      return Optional.empty();
    }
    Request request =
        new Request(
            head.method().name(),
            path,
            java.util.Map.of(),
            Optional.empty(),
            new byte[0],
            UnionbotServerHandler.headers(head.headers()),
            ClientAddress.of(
                ctx.channel().remoteAddress(), head.headers(), context.limits().trustedProxies()));
    try {
      check.check(request);
      return Optional.empty();
    } catch (HttpError e) {
      return Optional.of(e);
    }
  }

  private void drop(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof HttpContent content) {
      dropped += content.content().readableBytes();
    }
    boolean last = msg instanceof LastHttpContent;
    ReferenceCountUtil.release(msg);
    if (bodyEnded || !(last || dropped > BodyLimits.max())) {
      return;
    }
    bodyEnded = true;
    if (closing != null) {
      ChannelPromise promise = closing;
      closing = null;
      ctx.close(promise);
    } else if (!last) {
      ctx.close(); // more than any body may be: not worth reading on, even for a clean refusal
    }
  }

  @Override
  public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
    if (refused && !bodyEnded && ctx.channel().isActive() && !context.connections().closing()) {
      closing = promise; // once the body has been read, so the client reads the refusal
      return;
    }
    ctx.close(promise);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    if (closing != null) {
      closing.trySuccess();
      closing = null;
    }
    ctx.fireChannelInactive();
  }
}
