package org.unionbot.wechat;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The two WeChat API calls this server makes (docs/WECHAT.md §3.2): {@code GET /cgi-bin/token} for
 * an access token, cached until shortly before it expires and fetched once however many sends need
 * it, and {@code POST /cgi-bin/message/custom/send} for a customer-service text message. A send
 * refused for an invalid or expired token fetches a new one and tries once more.
 *
 * <p>Non-blocking ({@link HttpClient#sendAsync}); thread-safe. Tokens, the AppSecret and the URLs
 * that carry them are never logged or put into exception messages.
 */
public final class WeChatApiClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);

  /** errcodes meaning "this access token is no good": invalid, expired, not the latest. */
  private static final Set<Integer> BAD_TOKEN = Set.of(40001, 40014, 42001);

  private record Token(String value, Instant refreshAt) {}

  private final URI base;
  private final String appId;
  private final String appSecret;
  private final HttpClient http;
  private final Clock clock;
  private final AtomicReference<CompletableFuture<Token>> token = new AtomicReference<>();

  /**
   * @param base the API base, e.g. {@link WeChatConfig#DEFAULT_API_BASE}
   * @param appId the AppID
   * @param appSecret the AppSecret
   * @param http the client to call with
   * @param clock decides when a cached token is due for a refresh
   */
  public WeChatApiClient(URI base, String appId, String appSecret, HttpClient http, Clock clock) {
    this.base = Objects.requireNonNull(base, "base");
    this.appId = Objects.requireNonNull(appId, "appId");
    this.appSecret = Objects.requireNonNull(appSecret, "appSecret");
    this.http = Objects.requireNonNull(http, "http");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Sends {@code text} to {@code openId} as a customer-service message. The text is made XML- and
   * JSON-safe and cut to 2048 UTF-8 bytes like a passive reply.
   *
   * @return completes when WeChat accepted the message, or exceptionally with a {@link
   *     WeChatApiException}
   */
  public CompletableFuture<Void> sendText(String openId, String text) {
    ObjectNode body = JSON.createObjectNode();
    body.put("touser", Objects.requireNonNull(openId, "openId"));
    body.put("msgtype", "text");
    body.putObject("text").put("content", ReplyText.content(Objects.requireNonNull(text, "text")));
    String json = body.toString();
    return send(json, true);
  }

  private CompletableFuture<Void> send(String json, boolean mayRetry) {
    CompletableFuture<Token> used = currentToken();
    return used.thenCompose(
        t -> {
          HttpRequest request =
              HttpRequest.newBuilder(
                      api("/cgi-bin/message/custom/send?access_token=" + encode(t.value())))
                  .timeout(CALL_TIMEOUT)
                  .header("Content-Type", "application/json; charset=utf-8")
                  .POST(HttpRequest.BodyPublishers.ofString(json, UTF_8))
                  .build();
          return call(request, "custom send")
              .handle(
                  (reply, failure) -> {
                    Throwable cause = unwrap(failure);
                    if (cause instanceof WeChatApiException e
                        && BAD_TOKEN.contains(e.errcode())
                        && mayRetry) {
                      token.compareAndSet(used, null);
                      return send(json, false);
                    }
                    return cause == null
                        ? CompletableFuture.<Void>completedFuture(null)
                        : CompletableFuture.<Void>failedFuture(cause);
                  })
              .thenCompose(f -> f);
        });
  }

  /** The cached token if it is fresh, else one fetch shared by every caller that needs it. */
  private CompletableFuture<Token> currentToken() {
    while (true) {
      CompletableFuture<Token> cached = token.get();
      if (cached != null && (!cached.isDone() || isFresh(cached))) {
        return cached;
      }
      CompletableFuture<Token> next = new CompletableFuture<>();
      if (token.compareAndSet(cached, next)) {
        fetchToken()
            .whenComplete(
                (t, failure) -> {
                  if (failure != null) {
                    token.compareAndSet(next, null);
                    next.completeExceptionally(unwrap(failure));
                  } else {
                    next.complete(t);
                  }
                });
        return next;
      }
    }
  }

  private boolean isFresh(CompletableFuture<Token> done) {
    return !done.isCompletedExceptionally() && done.join().refreshAt().isAfter(clock.instant());
  }

  private CompletableFuture<Token> fetchToken() {
    URI uri =
        api(
            "/cgi-bin/token?grant_type=client_credential&appid="
                + encode(appId)
                + "&secret="
                + encode(appSecret));
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(CALL_TIMEOUT).GET().build();
    Instant asked = clock.instant();
    return call(request, "access token")
        .thenApply(
            reply -> {
              String value = reply.path("access_token").asText("");
              long seconds = reply.path("expires_in").asLong(0);
              if (value.isEmpty() || seconds <= 0) {
                throw new WeChatApiException(-1, "access token: no token in WeChat's answer");
              }
              Duration life = Duration.ofSeconds(seconds);
              Duration margin =
                  life.compareTo(REFRESH_MARGIN.multipliedBy(2)) > 0
                      ? REFRESH_MARGIN
                      : life.dividedBy(2);
              return new Token(value, asked.plus(life).minus(margin));
            });
  }

  /** Calls WeChat; completes with the JSON answer when its errcode is absent or 0. */
  private CompletableFuture<JsonNode> call(HttpRequest request, String what) {
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(UTF_8))
        .exceptionally(
            failure -> {
              throw new WeChatApiException(
                  -1, what + ": " + unwrap(failure).getClass().getSimpleName());
            })
        .thenApply(response -> parse(response, what));
  }

  private static JsonNode parse(HttpResponse<String> response, String what) {
    if (response.statusCode() != 200) {
      throw new WeChatApiException(-1, what + ": HTTP " + response.statusCode());
    }
    JsonNode reply;
    try {
      reply = JSON.readTree(response.body());
    } catch (IOException e) {
      throw new WeChatApiException(-1, what + ": WeChat's answer is not JSON");
    }
    int errcode = reply.path("errcode").asInt(0);
    if (errcode != 0) {
      String errmsg = reply.path("errmsg").asText("");
      throw new WeChatApiException(
          errcode,
          what
              + ": errcode "
              + errcode
              + " "
              + (errmsg.length() > 120 ? errmsg.substring(0, 120) : errmsg));
    }
    return reply;
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while (t instanceof CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private URI api(String pathAndQuery) {
    String root = base.toString();
    return URI.create(
        (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + pathAndQuery);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, UTF_8);
  }

  @Override
  public String toString() {
    return "WeChatApiClient[" + base + ", appId=" + appId + "]";
  }
}
