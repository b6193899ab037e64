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
 * WeChat's and WeCom's APIs on loopback. Nothing leaves the machine.
 *
 * <ul>
 *   <li>{@code POST /cgi-bin/stable_token} (public account) hands out the current token for the
 *       right AppID and AppSecret, as WeChat does while it is valid, and a new numbered one once it
 *       was revoked or expired; {@code GET /cgi-bin/gettoken} (WeCom) does the same for the right
 *       corp id and Secret.
 *   <li>{@code POST /cgi-bin/message/custom/send} (public account) and {@code
 *       /cgi-bin/message/send} (WeCom) accept messages carrying the current token and record them.
 *   <li>{@code POST /cgi-bin/menu/create} accepts a menu carrying the current token and records it
 *       with its {@code agentid} (WeCom) if any.
 * </ul>
 *
 * A call with a revoked token is refused with 40001 (public account) or 40014 (WeCom), with an
 * expired one with 42001.
 */
public final class FakeWeChatApi implements AutoCloseable {
  public static final String APP_ID = "wxFakeAppId0001";
  public static final String APP_SECRET = "fakeAppSecret";

  /** WeCom's sample corp id, as FakeWeCom's callbacks use it. */
  public static final String CORP_ID = "wx5823bf96d3bd56c7";

  public static final String CORP_SECRET = "fakeCorpSecret";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A menu the fake accepted, with the WeCom agent id it was for (empty for the account). */
  public record PublishedMenu(String agentId, JsonNode menu) {}

  private final HttpServer server;
  private final String appId;
  private final AtomicInteger tokenRequests = new AtomicInteger();
  private final AtomicInteger issued = new AtomicInteger();
  private final AtomicInteger forcedRefreshes = new AtomicInteger();
  private final AtomicReference<String> current = new AtomicReference<>("");
  private final AtomicReference<String> expired = new AtomicReference<>("");
  private final AtomicLong expiresIn = new AtomicLong(7200);
  private final BlockingQueue<JsonNode> sent = new LinkedBlockingQueue<>();
  private final BlockingQueue<PublishedMenu> menus = new LinkedBlockingQueue<>();
  private final BlockingQueue<Integer> sendErrors = new LinkedBlockingQueue<>();
  private final BlockingQueue<Integer> menuErrors = new LinkedBlockingQueue<>();

  private FakeWeChatApi(HttpServer server, String appId) {
    this.server = server;
    this.appId = appId;
  }

  /** A fake for {@link #APP_ID} and {@link #APP_SECRET}. */
  /** The OpenID every web sign-in code of the fake stands for. */
  public static final String OAUTH_OPENID = "oSignedIn01";

  public static FakeWeChatApi start() throws IOException {
    return start(APP_ID);
  }

  /** A fake for this AppID and {@link #APP_SECRET} (and {@link #CORP_ID}, {@link #CORP_SECRET}). */
  public static FakeWeChatApi start(String appId) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    FakeWeChatApi api = new FakeWeChatApi(server, appId);
    server.createContext("/cgi-bin/stable_token", api::stableToken);
    server.createContext("/cgi-bin/gettoken", api::corpToken);
    server.createContext("/cgi-bin/message/custom/send", exchange -> api.send(exchange, 40001));
    server.createContext("/cgi-bin/message/send", exchange -> api.send(exchange, 40014));
    server.createContext("/cgi-bin/menu/create", api::menu);
    server.createContext("/sns/oauth2/access_token", api::oauthCode);
    server.start();
    return api;
  }

  public URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Token requests answered, good or bad. */
  public int tokenRequests() {
    return tokenRequests.get();
  }

  /** Stable-token requests that asked for {@code force_refresh=true} (we never should). */
  public int forcedRefreshes() {
    return forcedRefreshes.get();
  }

  /** The lifetime of tokens handed out from now on. */
  public void expiresIn(long seconds) {
    expiresIn.set(seconds);
  }

  /** Forgets the current token, as WeChat does when another party forced a new one. */
  public void revokeToken() {
    current.set("revoked");
  }

  /** Lets the current token expire: calls with it get 42001, the next token request a new one. */
  public void expireToken() {
    expired.set(current.get());
    current.set("expired");
  }

  /** The next send is refused with this errcode. */
  public void failNextSend(int errcode) {
    sendErrors.add(errcode);
  }

  /** The next menu is refused with this errcode. */
  public void failNextMenu(int errcode) {
    menuErrors.add(errcode);
  }

  /** The next accepted message, waiting up to {@code timeout}. */
  public JsonNode awaitSent(Duration timeout) throws InterruptedException {
    JsonNode message = sent.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (message == null) {
      throw new AssertionError("no message sent within " + timeout);
    }
    return message;
  }

  /** How many messages were accepted and not yet taken by {@link #awaitSent}. */
  public int pendingSent() {
    return sent.size();
  }

  /** The next accepted menu, if any came. */
  public PublishedMenu takeMenu() {
    PublishedMenu menu = menus.poll();
    if (menu == null) {
      throw new AssertionError("no menu was published");
    }
    return menu;
  }

  /** How many menus were accepted and not yet taken. */
  public int pendingMenus() {
    return menus.size();
  }

  private void stableToken(HttpExchange exchange) throws IOException {
    tokenRequests.incrementAndGet();
    JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
    if (!"POST".equals(exchange.getRequestMethod())
        || !"client_credential".equals(body.path("grant_type").asText())) {
      reply(exchange, "{\"errcode\":40002,\"errmsg\":\"invalid grant_type\"}");
      return;
    }
    if (!appId.equals(body.path("appid").asText())) {
      reply(exchange, "{\"errcode\":40013,\"errmsg\":\"invalid appid\"}");
      return;
    }
    if (!APP_SECRET.equals(body.path("secret").asText())) {
      reply(exchange, "{\"errcode\":40125,\"errmsg\":\"invalid appsecret\"}");
      return;
    }
    if (body.path("force_refresh").asBoolean(false)) {
      forcedRefreshes.incrementAndGet();
      current.set("revoked");
    }
    issue(exchange);
  }

  private void corpToken(HttpExchange exchange) throws IOException {
    tokenRequests.incrementAndGet();
    Map<String, String> query = query(exchange.getRequestURI());
    if (!CORP_ID.equals(query.get("corpid"))) {
      reply(exchange, "{\"errcode\":40013,\"errmsg\":\"invalid corpid\"}");
      return;
    }
    if (!CORP_SECRET.equals(query.get("corpsecret"))) {
      reply(exchange, "{\"errcode\":40001,\"errmsg\":\"invalid credential\"}");
      return;
    }
    issue(exchange);
  }

  /** The current token while it is good, else a new one. */
  private void issue(HttpExchange exchange) throws IOException {
    String token = current.get();
    if (!token.startsWith("token-")) {
      token = "token-" + issued.incrementAndGet();
      current.set(token);
    }
    reply(exchange, "{\"access_token\":\"" + token + "\",\"expires_in\":" + expiresIn.get() + "}");
  }

  private void send(HttpExchange exchange, int invalidToken) throws IOException {
    JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
    Integer error = sendErrors.poll();
    if (error != null) {
      reply(exchange, "{\"errcode\":" + error + ",\"errmsg\":\"refused by the fake\"}");
      return;
    }
    if (refusedToken(exchange, invalidToken)) {
      return;
    }
    sent.add(body);
    reply(exchange, "{\"errcode\":0,\"errmsg\":\"ok\"}");
  }

  /**
   * Web sign-in ({@code snsapi_base}): any code of this account is the OpenID {@link
   * #OAUTH_OPENID}.
   */
  private void oauthCode(HttpExchange exchange) throws IOException {
    Map<String, String> query = query(exchange.getRequestURI());
    if (!APP_SECRET.equals(query.get("secret")) || query.getOrDefault("code", "").isEmpty()) {
      reply(exchange, "{\"errcode\":40029,\"errmsg\":\"invalid code\"}");
      return;
    }
    reply(
        exchange,
        "{\"access_token\":\"web-token\",\"expires_in\":7200,\"openid\":\""
            + OAUTH_OPENID
            + "\",\"scope\":\"snsapi_base\"}");
  }

  private void menu(HttpExchange exchange) throws IOException {
    Map<String, String> query = query(exchange.getRequestURI());
    JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
    if (refusedToken(exchange, query.containsKey("agentid") ? 40014 : 40001)) {
      return;
    }
    Integer error = menuErrors.poll();
    if (error != null) {
      reply(exchange, "{\"errcode\":" + error + ",\"errmsg\":\"refused by the fake\"}");
      return;
    }
    menus.add(new PublishedMenu(query.getOrDefault("agentid", ""), body));
    reply(exchange, "{\"errcode\":0,\"errmsg\":\"ok\"}");
  }

  /** Answers a call whose token is not the current one, and says so. */
  private boolean refusedToken(HttpExchange exchange, int invalidToken) throws IOException {
    String token = query(exchange.getRequestURI()).get("access_token");
    if (current.get().equals(token)) {
      return false;
    }
    if (expired.get().equals(token)) {
      reply(exchange, "{\"errcode\":42001,\"errmsg\":\"access_token expired\"}");
    } else {
      reply(exchange, "{\"errcode\":" + invalidToken + ",\"errmsg\":\"invalid credential\"}");
    }
    return true;
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
