package org.unionbot.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.micrometer.core.instrument.MeterRegistry;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;

/**
 * The server's real pipeline ({@link UnionbotServerInitializer#pipeline}) on an {@link
 * EmbeddedChannel}: raw request bytes in, decoded responses out. With a direct executor everything
 * runs on the test thread.
 */
final class EmbeddedHttp implements AutoCloseable {

  /** A response as the client sees it; header names in lower case. */
  record Got(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
  }

  private final EmbeddedChannel server = new EmbeddedChannel();
  private final EmbeddedChannel client =
      new EmbeddedChannel(new HttpResponseDecoder(), new HttpObjectAggregator(1 << 20));

  EmbeddedHttp(ServerContext context) {
    UnionbotServerInitializer.pipeline(server.pipeline(), context);
  }

  static ServerContext context(Routes routes, Executor executor, MeterRegistry registry) {
    return new ServerContext(routes, executor, new HttpMetrics(registry), new Connections());
  }

  /** Writes {@code raw} and returns every response written since. */
  List<Got> send(byte[] raw) {
    server.writeInbound(Unpooled.wrappedBuffer(raw));
    server.runPendingTasks();
    return received();
  }

  /** Every response written since the last call. */
  private List<Got> received() {
    ByteBuf out;
    while ((out = server.readOutbound()) != null) {
      client.writeInbound(out);
    }
    List<Got> responses = new ArrayList<>();
    FullHttpResponse response;
    while ((response = client.readInbound()) != null) {
      try {
        Map<String, String> headers = new TreeMap<>();
        response
            .headers()
            .forEach(h -> headers.put(h.getKey().toLowerCase(java.util.Locale.ROOT), h.getValue()));
        responses.add(
            new Got(response.status().code(), headers, response.content().toString(UTF_8)));
      } finally {
        response.release();
      }
    }
    return responses;
  }

  List<Got> send(String raw) {
    return send(raw.getBytes(UTF_8));
  }

  /** Sends one request and expects exactly one response. */
  Got exchange(String raw) {
    List<Got> got = send(raw);
    if (got.size() != 1) {
      throw new AssertionError("expected one response, got " + got.size());
    }
    return got.get(0);
  }

  Got exchange(String method, String uri, String body) {
    return exchange(request(method, uri, body));
  }

  /** A raw HTTP/1.1 request with Host and Content-Length. */
  static String request(String method, String uri, String body) {
    byte[] bytes = body.getBytes(UTF_8);
    return method
        + " "
        + uri
        + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/xml\r\nContent-Length: "
        + bytes.length
        + "\r\n\r\n"
        + body;
  }

  boolean isOpen() {
    return server.isOpen();
  }

  /** Moves the channel's clock on by {@code time} and runs the timers that came due. */
  List<Got> advance(java.time.Duration time) {
    server.advanceTimeBy(time.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
    server.runScheduledPendingTasks();
    server.runPendingTasks();
    return received();
  }

  @Override
  public void close() {
    server.finishAndReleaseAll();
    client.finishAndReleaseAll();
  }
}
