package org.unionbot.wechat;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * JSON calls to a WeChat-style API (the public account's {@code api.weixin.qq.com}, WeCom's {@code
 * qyapi.weixin.qq.com}): a call completes with the answer when its {@code errcode} is absent or 0,
 * and otherwise exceptionally with a {@link WeChatApiException} that carries the errcode and a
 * short errmsg, never the URL (which may carry a token). Non-blocking; thread-safe.
 */
public final class ApiCalls {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

  private final URI base;
  private final HttpClient http;

  /**
   * @param base the API base, e.g. {@link WeChatConfig#DEFAULT_API_BASE}
   * @param http the client to call with
   */
  public ApiCalls(URI base, HttpClient http) {
    this.base = Objects.requireNonNull(base, "base");
    this.http = Objects.requireNonNull(http, "http");
  }

  /** {@code GET base + pathAndQuery}; {@code what} names the call in errors. */
  public CompletableFuture<JsonNode> get(String pathAndQuery, String what) {
    return call(
        HttpRequest.newBuilder(api(pathAndQuery)).timeout(CALL_TIMEOUT).GET().build(), what);
  }

  /** {@code POST base + pathAndQuery} with a JSON body; {@code what} names the call in errors. */
  public CompletableFuture<JsonNode> post(String pathAndQuery, String json, String what) {
    HttpRequest request =
        HttpRequest.newBuilder(api(pathAndQuery))
            .timeout(CALL_TIMEOUT)
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(json, UTF_8))
            .build();
    return call(request, what);
  }

  /** A query parameter's value, URL-encoded. */
  public static String encode(String value) {
    return URLEncoder.encode(value, UTF_8);
  }

  /** The cause inside a {@link CompletionException}. */
  public static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while (t instanceof CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /** A new JSON object node, for a request body. */
  public static com.fasterxml.jackson.databind.node.ObjectNode object() {
    return JSON.createObjectNode();
  }

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
      throw new WeChatApiException(-1, what + ": the answer is not JSON");
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

  private URI api(String pathAndQuery) {
    String root = base.toString();
    return URI.create(
        (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + pathAndQuery);
  }

  @Override
  public String toString() {
    return "ApiCalls[" + base + "]";
  }
}
