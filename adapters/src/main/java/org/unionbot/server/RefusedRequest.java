package org.unionbot.server;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import org.unionbot.http.HttpError;

/**
 * A request that {@link HeadGate} refused on its head: its request line and headers, no body, and
 * the refusal that answers it. It passes the aggregator as a whole request and waits in {@link
 * UnionbotServerHandler}'s queue like any other, so its answer keeps its place on the connection.
 */
final class RefusedRequest extends DefaultFullHttpRequest {
  private final HttpError refusal;

  RefusedRequest(HttpRequest head, HttpError refusal) {
    super(
        head.protocolVersion(),
        head.method(),
        head.uri(),
        Unpooled.EMPTY_BUFFER,
        head.headers(),
        EmptyHttpHeaders.INSTANCE);
    this.refusal = refusal;
  }

  HttpError refusal() {
    return refusal;
  }
}
