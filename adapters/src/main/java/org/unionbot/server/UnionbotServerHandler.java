package org.unionbot.server;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.PrematureChannelClosureException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.handler.timeout.IdleStateEvent;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionbot.admin.AdminMessages;
import org.unionbot.http.Endpoint;
import org.unionbot.http.HttpError;
import org.unionbot.http.Request;
import org.unionbot.http.Response;

/**
 * Turns each aggregated request into a {@link Request}, routes it, runs the endpoint on the
 * executor (or, for a {@link Endpoint#nonBlocking} one, on the event loop) and writes its {@link
 * Response}.
 *
 * <p>Requests on one connection are answered in order, one at a time (HTTP/1.1 pipelining stays
 * correct); reading pauses while too many wait. Keep-alive follows the request unless the server is
 * closing. Every refusal goes through {@link #failure}: one log line (SLF4J, no bodies, no query
 * strings; 429s at most one every 10 s), a short text or JSON body, never a stack trace. One
 * instance per connection.
 */
final class UnionbotServerHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
  private static final Logger LOG = LoggerFactory.getLogger(UnionbotServerHandler.class);

  /** Refusals for too many requests: logged at most every 10 s. */
  private static final LogEvery TOO_MANY = new LogEvery(LOG, LogEvery.TEN_SECONDS);

  /** How many requests may wait on one connection before reading pauses. */
  static final int MAX_QUEUED = 16;

  /** A request read and not answered yet, with what its response and its log line need. */
  private record Exchange(
      Request request,
      HttpVersion version,
      boolean keepAlive,
      long startNanos,
      Optional<HttpError> refused) {}

  private final ServerContext context;
  private final ArrayDeque<Exchange> queue = new ArrayDeque<>();
  private boolean busy;

  UnionbotServerHandler(ServerContext context) {
    this.context = context;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest msg) {
    if (msg.decoderResult().cause() instanceof PrematureChannelClosureException) {
      return; // the connection closed halfway through a request (or was closed as too slow)
    }
    context.connections().begin();
    String remote =
        ClientAddress.of(
            ctx.channel().remoteAddress(), msg.headers(), context.limits().trustedProxies());
    boolean proxied =
        ClientAddress.viaTrustedProxy(
            ctx.channel().remoteAddress(), context.limits().trustedProxies());
    queue.add(exchange(msg, remote, proxied));
    if (!busy) {
      next(ctx);
    } else if (queue.size() >= MAX_QUEUED) {
      ctx.channel().config().setAutoRead(false);
    }
  }

  /**
   * The request of {@code msg}; its {@code X-Forwarded-Proto} is kept only when it came through a
   * trusted proxy ({@code proxied}), so an endpoint may believe it (the sign-in's {@code Secure}).
   */
  private static Exchange exchange(FullHttpRequest msg, String remote, boolean proxied) {
    long start = System.nanoTime();
    String method = msg.method().name();
    if (msg.decoderResult().isFailure()) {
      Request request = new Request(method, "?", Map.of(), Optional.empty(), new byte[0]);
      return new Exchange(
          request,
          HttpVersion.HTTP_1_1,
          false,
          start,
          Optional.of(decodeFailure(msg.decoderResult().cause())));
    }
    String uri = msg.uri();
    String path;
    Map<String, String> query = new HashMap<>();
    try {
      path = plainQuery(uri, query) ? uri.substring(0, pathEnd(uri)) : decodeQuery(uri, query);
    } catch (IllegalArgumentException e) {
      Request request = new Request(method, "?", Map.of(), Optional.empty(), new byte[0]);
      return new Exchange(
          request,
          msg.protocolVersion(),
          false,
          start,
          Optional.of(HttpError.badRequest("malformed URL")));
    }
    Map<String, String> headers = headers(msg.headers());
    if (!proxied) {
      headers.remove("x-forwarded-proto");
    }
    Request request =
        new Request(
            method,
            path,
            query,
            Optional.ofNullable(msg.headers().get(HttpHeaderNames.CONTENT_TYPE)),
            ByteBufUtil.getBytes(msg.content()),
            headers,
            remote);
    if (msg instanceof RefusedRequest refused) {
      return new Exchange(
          request, msg.protocolVersion(), false, start, Optional.of(refused.refusal()));
    }
    Optional<HttpError> tooLarge =
        request.body().length > BodyLimits.forPath(path)
            ? Optional.of(BodyLimits.tooLarge(path))
            : Optional.empty();
    return new Exchange(request, msg.protocolVersion(), HttpUtil.isKeepAlive(msg), start, tooLarge);
  }

  /** The headers by their names in lower case; a repeated header keeps its first value. */
  static Map<String, String> headers(HttpHeaders all) {
    Map<String, String> headers = new HashMap<>();
    for (Map.Entry<String, String> header : all) {
      headers.putIfAbsent(header.getKey().toLowerCase(Locale.ROOT), header.getValue());
    }
    return headers;
  }

  /** The decoded path of {@code uri}, as requests are routed by; null for a malformed one. */
  static String pathOf(String uri) {
    int end = pathEnd(uri);
    for (int i = 0; i < end; i++) {
      if (!unreserved(uri.charAt(i)) && uri.charAt(i) != '/') {
        try {
          return new QueryStringDecoder(uri).path();
        } catch (IllegalArgumentException e) {
          return null;
        }
      }
    }
    return uri.substring(0, end);
  }

  /**
   * The path of {@code uri}, with its query parameters (the first of each name) into {@code query}.
   */
  private static String decodeQuery(String uri, Map<String, String> query) {
    query.clear();
    QueryStringDecoder decoder = new QueryStringDecoder(uri);
    for (Map.Entry<String, List<String>> param : decoder.parameters().entrySet()) {
      query.put(param.getKey(), param.getValue().get(0));
    }
    return decoder.path();
  }

  /**
   * Reads the query of a URI that needs no decoding, as WeChat's do ({@code
   * /wechat?signature=…&timestamp=…&nonce=…}), into {@code query}: true when the path and every
   * name and value hold only unreserved characters and every parameter is one {@code name=value},
   * so that {@link QueryStringDecoder} would read it the same; false (with {@code query} half
   * filled) for anything else.
   */
  private static boolean plainQuery(String uri, Map<String, String> query) {
    int q = uri.indexOf('?');
    int pathEnd = q < 0 ? uri.length() : q;
    for (int i = 0; i < pathEnd; i++) {
      if (!unreserved(uri.charAt(i)) && uri.charAt(i) != '/') {
        return false;
      }
    }
    if (q < 0) {
      return true;
    }
    int params = 0;
    for (int from = q + 1; ; ) {
      int end = uri.indexOf('&', from);
      end = end < 0 ? uri.length() : end;
      int eq = -1;
      for (int i = from; i < end; i++) {
        char c = uri.charAt(i);
        if (c == '=' && eq < 0) {
          eq = i;
        } else if (!unreserved(c)) {
          return false;
        }
      }
      if (eq <= from || ++params > 64) {
        return false; // an empty name or no '=' at all
      }
      query.putIfAbsent(uri.substring(from, eq), uri.substring(eq + 1, end));
      if (end == uri.length()) {
        return true;
      }
      from = end + 1;
    }
  }

  private static int pathEnd(String uri) {
    int q = uri.indexOf('?');
    return q < 0 ? uri.length() : q;
  }

  private static boolean unreserved(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  private static HttpError decodeFailure(Throwable cause) {
    if (cause instanceof TooLongHttpLineException) {
      return HttpError.of(414, "request line too long");
    }
    if (cause instanceof TooLongHttpHeaderException) {
      return HttpError.of(431, "request headers too large");
    }
    if (cause instanceof TooLongFrameException) {
      return HttpError.of(413, "request too large");
    }
    return HttpError.of(400, "malformed HTTP request", cause.getClass().getSimpleName());
  }

  /** Starts on the next waiting request, if any. Runs on the event loop. */
  private void next(ChannelHandlerContext ctx) {
    Exchange exchange = queue.poll();
    if (exchange == null) {
      busy = false;
      if (!ctx.channel().config().isAutoRead()) {
        ctx.channel().config().setAutoRead(true);
      }
      return;
    }
    busy = true;
    dispatch(exchange)
        .whenComplete(
            (response, failure) -> {
              Response out = failure == null ? response : failure(exchange, failure);
              if (ctx.executor().inEventLoop()) {
                write(ctx, exchange, out);
              } else {
                try {
                  ctx.executor().execute(() -> write(ctx, exchange, out));
                } catch (RejectedExecutionException e) {
                  context.connections().end(); // the event loop is gone: so is the connection
                }
              }
            });
  }

  private CompletableFuture<Response> dispatch(Exchange exchange) {
    if (exchange.refused().isPresent()) {
      return CompletableFuture.failedFuture(exchange.refused().get());
    }
    Request request = exchange.request();
    try {
      Routes.Match match = context.routes().find(request.method(), request.path());
      Endpoint endpoint = match.route().endpoints().get(request.method());
      Request routed = request.withPathParams(match.params());
      if (endpoint.nonBlocking()) {
        return endpoint.handle(routed); // on the event loop: it hands its slow work on itself
      }
      return CompletableFuture.supplyAsync(() -> endpoint.handle(routed), context.executor())
          .thenCompose(answer -> answer);
    } catch (RuntimeException e) { // a refusal, a saturated executor, or a bug: see failure()
      return CompletableFuture.failedFuture(e);
    }
  }

  /** The one place a failure becomes a response, logged once. */
  private Response failure(Exchange exchange, Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    Request request = exchange.request();
    boolean json = context.routes().errors(request.path()) == Routes.Errors.JSON;
    HttpError error;
    if (cause instanceof HttpError e) {
      error = e;
      Object[] line = {
        request.method(),
        request.path(),
        e.status(),
        e.getMessage(),
        e.detail().map(d -> " (" + d + ")").orElse("")
      };
      if (e.status() == 429) {
        TOO_MANY.info("{} {} -> {} {}{}", line); // a flood of them says no more than one
      } else {
        LOG.info("{} {} -> {} {}{}", line);
      }
    } else if (cause instanceof RejectedExecutionException) {
      error = HttpError.of(503, "server busy, try again");
      LOG.warn("{} {} -> 503 executor saturated", request.method(), request.path());
    } else {
      error = HttpError.of(500, "internal error");
      LOG.error("{} {} -> 500", request.method(), request.path(), cause);
    }
    if (request.path().startsWith("/admin/")) {
      error = AdminMessages.chinese(error); // the admin page shows it to officers
    }
    return error.toResponse(json);
  }

  private void write(ChannelHandlerContext ctx, Exchange exchange, Response response) {
    boolean keepAlive =
        exchange.keepAlive() && !context.connections().closing() && ctx.channel().isActive();
    FullHttpResponse out =
        new DefaultFullHttpResponse(
            exchange.version(),
            HttpResponseStatus.valueOf(response.status()),
            Unpooled.wrappedBuffer(response.body()));
    out.headers().set(HttpHeaderNames.CONTENT_TYPE, response.contentType());
    out.headers().set("X-Content-Type-Options", "nosniff");
    response.headers().forEach(out.headers()::set);
    HttpUtil.setContentLength(out, response.body().length);
    HttpUtil.setKeepAlive(out, keepAlive);
    Request request = exchange.request();
    ctx.writeAndFlush(out)
        .addListener(
            written -> {
              context
                  .metrics()
                  .record(
                      context.routes().label(request.path()),
                      request.method(),
                      response.status(),
                      System.nanoTime() - exchange.startNanos());
              context.connections().end();
              if (keepAlive && written.isSuccess()) {
                next(ctx);
              } else {
                ctx.close();
              }
            });
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    while (queue.poll() != null) {
      context.connections().end();
    }
    super.channelInactive(ctx);
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
    if (event instanceof IdleStateEvent) {
      if (!busy) {
        ctx.close();
      }
      return;
    }
    super.userEventTriggered(ctx, event);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    LOG.debug("connection error, closing: {}", cause.toString());
    ctx.close();
  }
}
