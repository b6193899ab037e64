package org.unionbot.wechat;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * WeChat's API on loopback: {@code GET /cgi-bin/token} hands out numbered tokens for the right
 * AppID and AppSecret, {@code POST /cgi-bin/message/custom/send} accepts messages carrying the
 * current token (errcode 40001 otherwise) and records them. Nothing leaves the machine.
 */
public final class FakeWeChatApi implements AutoCloseable {
  public static final String APP_ID = "wxFakeAppId0001";
  public static final String APP_SECRET = "fakeAppSecret";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final String appId;
  private final AtomicInteger tokenRequests = new AtomicInteger();
  private final AtomicReference<String> current = new AtomicReference<>("");
  private final AtomicLong expiresIn = new AtomicLong(7200);
  private final BlockingQueue<JsonNode> sent = new LinkedBlockingQueue<>();
  private final BlockingQueue<Integer> sendErrors = new LinkedBlockingQueue<>();

  private FakeWeChatApi(HttpServer server, String appId) {
    this.server = server;
    this.appId = appId;
  }

  /** A fake for {@link #APP_ID} and {@link #APP_SECRET}. */
  public static FakeWeChatApi start() throws IOException {
    return start(APP_ID);
  }

  /** A fake for this AppID and {@link #APP_SECRET}. */
  public static FakeWeChatApi start(String appId) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    FakeWeChatApi api = new FakeWeChatApi(server, appId);
    server.createContext("/cgi-bin/token", api::token);
    server.createContext("/cgi-bin/message/custom/send", api::send);
    server.start();
    return api;
  }

  public URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public int tokenRequests() {
    return tokenRequests.get();
  }

  /** The lifetime of tokens handed out from now on. */
  public void expiresIn(long seconds) {
    expiresIn.set(seconds);
  }

  /** Forgets the current token, as WeChat does when another party fetched a new one. */
  public void revokeToken() {
    current.set("revoked");
  }

  /** The next send is refused with this errcode. */
  public void failNextSend(int errcode) {
    sendErrors.add(errcode);
  }

  /** The next accepted customer-service message, waiting up to {@code timeout}. */
  public JsonNode awaitSent(Duration timeout) throws InterruptedException {
    JsonNode message = sent.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (message == null) {
      throw new AssertionError("no customer-service message within " + timeout);
    }
    return message;
  }

  /** How many messages were accepted and not yet taken by {@link #awaitSent}. */
  public int pendingSent() {
    return sent.size();
  }

  private void token(HttpExchange exchange) throws IOException {
    tokenRequests.incrementAndGet();
    Map<String, String> query = query(exchange.getRequestURI());
    if (!appId.equals(query.get("appid")) || !APP_SECRET.equals(query.get("secret"))) {
      reply(exchange, "{\"errcode\":40013,\"errmsg\":\"invalid appid\"}");
      return;
    }
    String token = "token-" + tokenRequests.get();
    current.set(token);
    reply(exchange, "{\"access_token\":\"" + token + "\",\"expires_in\":" + expiresIn.get() + "}");
  }

  private void send(HttpExchange exchange) throws IOException {
    JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
    Integer error = sendErrors.poll();
    if (error != null) {
      reply(exchange, "{\"errcode\":" + error + ",\"errmsg\":\"refused by the fake\"}");
      return;
    }
    if (!current.get().equals(query(exchange.getRequestURI()).get("access_token"))) {
      reply(exchange, "{\"errcode\":40001,\"errmsg\":\"invalid credential\"}");
      return;
    }
    sent.add(body);
    reply(exchange, "{\"errcode\":0,\"errmsg\":\"ok\"}");
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> out = new HashMap<>();
    String raw = uri.getRawQuery();
    if (raw == null) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(
            URLDecoder.decode(pair.substring(0, eq), UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), UTF_8));
      }
    }
    return out;
  }

  private static void reply(HttpExchange exchange, String json) throws IOException {
    byte[] bytes = json.getBytes(UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
