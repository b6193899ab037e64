package org.unionbot.auth;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * WeChat's web authorization on loopback, for one account and one user: {@code GET
 * /connect/oauth2/authorize} sends the browser straight back to {@code redirect_uri} with a fresh
 * code and the {@code state} (as WeChat does for {@code snsapi_base}, which asks the user nothing),
 * and {@code GET /sns/oauth2/access_token} exchanges each code once for the user's OpenID (errcode
 * 40029 for an unknown or used code, 40125 for a wrong AppSecret). Nothing leaves the machine.
 */
public final class FakeWeChatOAuth implements AutoCloseable {
  public static final String APP_ID = "wxFakeOAuthApp01";
  public static final String APP_SECRET = "fakeOAuthSecret";

  private final HttpServer server;
  private final AtomicReference<String> openid = new AtomicReference<>("oFakeUser_0001-abc");
  private final Map<String, String> codes = new ConcurrentHashMap<>();
  private final AtomicInteger issued = new AtomicInteger();
  private final AtomicInteger exchanges = new AtomicInteger();
  private final AtomicReference<String> lastRedirect = new AtomicReference<>("");

  private FakeWeChatOAuth(HttpServer server) {
    this.server = server;
  }

  public static FakeWeChatOAuth start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    FakeWeChatOAuth fake = new FakeWeChatOAuth(server);
    server.createContext("/connect/oauth2/authorize", fake::authorize);
    server.createContext("/sns/oauth2/access_token", fake::exchange);
    server.start();
    return fake;
  }

  public URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The OpenID the next codes stand for. */
  public void openid(String value) {
    openid.set(value);
  }

  public String openid() {
    return openid.get();
  }

  /** A code for the current user, as if WeChat had handed it to some browser. */
  public String issueCode() {
    String code = "code" + issued.incrementAndGet() + "x" + System.nanoTime();
    codes.put(code, openid.get());
    return code;
  }

  /** How many exchanges were asked for, answered or refused. */
  public int exchanges() {
    return exchanges.get();
  }

  /** The {@code redirect_uri} of the last authorize request. */
  public String lastRedirect() {
    return lastRedirect.get();
  }

  private void authorize(HttpExchange exchange) throws IOException {
    Map<String, String> q = query(exchange.getRequestURI());
    if (!APP_ID.equals(q.get("appid"))
        || !"code".equals(q.get("response_type"))
        || !"snsapi_base".equals(q.get("scope"))
        || !q.containsKey("redirect_uri")) {
      send(exchange, 400, "text/plain; charset=utf-8", "bad authorize request: " + q.keySet());
      return;
    }
    String redirect = q.get("redirect_uri");
    lastRedirect.set(redirect);
    String back =
        redirect
            + (redirect.contains("?") ? "&" : "?")
            + "code="
            + issueCode()
            + "&state="
            + URLEncoder.encode(q.getOrDefault("state", ""), UTF_8);
    exchange.getResponseHeaders().set("Location", back);
    send(exchange, 302, "text/plain; charset=utf-8", "");
  }

  private void exchange(HttpExchange exchange) throws IOException {
    exchanges.incrementAndGet();
    Map<String, String> q = query(exchange.getRequestURI());
    String json;
    if (!APP_ID.equals(q.get("appid")) || !APP_SECRET.equals(q.get("secret"))) {
      json = "{\"errcode\":40125,\"errmsg\":\"invalid appsecret\"}";
    } else if (!"authorization_code".equals(q.get("grant_type"))) {
      json = "{\"errcode\":40002,\"errmsg\":\"invalid grant_type\"}";
    } else {
      Optional<String> user = Optional.ofNullable(codes.remove(q.getOrDefault("code", "")));
      json =
          user.map(
                  id ->
                      "{\"access_token\":\"at-"
                          + id
                          + "\",\"expires_in\":7200,\"refresh_token\":\"rt\",\"openid\":\""
                          + id
                          + "\",\"scope\":\"snsapi_base\"}")
              .orElse("{\"errcode\":40029,\"errmsg\":\"invalid code\"}");
    }
    send(exchange, 200, "application/json; charset=utf-8", json);
  }

  private static Map<String, String> query(URI uri) {
    String raw = Optional.ofNullable(uri.getRawQuery()).orElse("");
    return Arrays.stream(raw.split("&"))
        .filter(pair -> pair.indexOf('=') > 0)
        .collect(
            Collectors.toMap(
                pair -> URLDecoder.decode(pair.substring(0, pair.indexOf('=')), UTF_8),
                pair -> URLDecoder.decode(pair.substring(pair.indexOf('=') + 1), UTF_8),
                (first, second) -> first));
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
