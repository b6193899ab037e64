package org.unionbot.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpMessage;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionbot.admin.AdminMessages;

/**
 * Netty's aggregator with our 413: a body over the limit, announced by {@code Content-Length} or
 * found while reading, gets a short text answer, is logged once and counted. Like Netty's own, it
 * keeps a keep-alive connection open (discarding the rest of the body) when it can, and closes it
 * when the body already arrived or the client asked to close.
 */
final class BodyLimitAggregator extends HttpObjectAggregator {
  private static final Logger LOG = LoggerFactory.getLogger(BodyLimitAggregator.class);

  private final int maxBytes;
  private final ServerContext context;

  BodyLimitAggregator(int maxBytes, ServerContext context) {
    super(maxBytes);
    this.maxBytes = maxBytes;
    this.context = context;
  }

  /** A body announced larger than its path's limit is refused before it is read. */
  @Override
  protected boolean isContentLengthInvalid(HttpMessage start, int maxContentLength) {
    if (start instanceof HttpRequest request) {
      String path = new QueryStringDecoder(request.uri()).rawPath();
      return super.isContentLengthInvalid(
          start, Math.min(maxContentLength, BodyLimits.forPath(path)));
    }
    return super.isContentLengthInvalid(start, maxContentLength);
  }

  /** The refusal's text: in Chinese for the admin page's officers ({@link AdminMessages}). */
  private static String tooLarge(String path, int limit) {
    String text = "request body too large (limit " + limit + " bytes)";
    return path.startsWith("/admin/")
        ? AdminMessages.chinese(BodyLimits.tooLarge(path)).getMessage()
        : text;
  }

  @Override
  protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized)
      throws Exception {
    if (!(oversized instanceof HttpRequest request)) {
      super.handleOversizedMessage(ctx, oversized);
      return;
    }
    String path = new QueryStringDecoder(request.uri()).rawPath();
    int limit = Math.min(maxBytes, BodyLimits.forPath(path));
    LOG.info("{} {} -> 413 body over {} bytes", request.method(), path, limit);
    context.metrics().record(context.routes().label(path), request.method().name(), 413, 0L);
    boolean close =
        oversized instanceof FullHttpMessage
            || !ctx.channel().config().isAutoRead()
            || (!HttpUtil.is100ContinueExpected(oversized) && !HttpUtil.isKeepAlive(oversized));
    FullHttpResponse response =
        new DefaultFullHttpResponse(
            HttpVersion.HTTP_1_1,
            HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
            Unpooled.copiedBuffer(tooLarge(path, limit) + "\n", UTF_8));
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
    HttpUtil.setContentLength(response, response.content().readableBytes());
    if (close) {
      response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
    }
    ctx.writeAndFlush(response)
        .addListener(close ? ChannelFutureListener.CLOSE : ChannelFutureListener.CLOSE_ON_FAILURE);
  }
}
