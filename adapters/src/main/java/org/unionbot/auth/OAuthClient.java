package org.unionbot.auth;

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

/**
 * WeChat's web authorization for a public account, scope {@code snsapi_base} (silent: WeChat asks
 * the user nothing): the authorize URL a browser is sent to, and the exchange of the code it comes
 * back with for the user's OpenID at {@code GET /sns/oauth2/access_token}. The access token that
 * comes with the OpenID is not kept: {@code snsapi_base} gives nothing else to read.
 *
 * <p>Non-blocking ({@link HttpClient#sendAsync}); thread-safe. The AppSecret and the URLs that
 * carry it are never logged or put into exception messages.
 */
final class OAuthClient {

  /** Where WeChat's authorize page is. */
  static final URI DEFAULT_AUTHORIZE_BASE = URI.create("https://open.weixin.qq.com");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);

  /** Why a code brought no OpenID: WeChat's errcode (0 when WeChat could not be reached). */
  static final class ExchangeFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int errcode;

    ExchangeFailed(int errcode, String message) {
      super(message, null, false, false);
      this.errcode = errcode;
    }

    int errcode() {
      return errcode;
    }
  }

  private final String appId;
  private final String appSecret;
  private final URI apiBase;
  private final URI authorizeBase;
  private final HttpClient http;

  /**
   * @param appId the public account's AppID
   * @param appSecret its AppSecret
   * @param apiBase WeChat's API, e.g. {@code https://api.weixin.qq.com}
   * @param authorizeBase where the authorize page is, e.g. {@link #DEFAULT_AUTHORIZE_BASE}
   * @param http the client to call with
   */
  OAuthClient(String appId, String appSecret, URI apiBase, URI authorizeBase, HttpClient http) {
    this.appId = Objects.requireNonNull(appId, "appId");
    this.appSecret = Objects.requireNonNull(appSecret, "appSecret");
    this.apiBase = Objects.requireNonNull(apiBase, "apiBase");
    this.authorizeBase = Objects.requireNonNull(authorizeBase, "authorizeBase");
    this.http = Objects.requireNonNull(http, "http");
  }

  /** The page that asks WeChat for a code and sends the browser back to {@code redirect}. */
  URI authorizeUrl(String redirect, String state) {
    return URI.create(
        base(authorizeBase)
            + "/connect/oauth2/authorize?appid="
            + enc(appId)
            + "&redirect_uri="
            + enc(redirect)
            + "&response_type=code&scope=snsapi_base&state="
            + enc(state)
            + "#wechat_redirect");
  }

  /**
   * The OpenID for {@code code}; fails with {@link ExchangeFailed} when WeChat refuses the code
   * (used, expired, of another account) or cannot be reached.
   */
  CompletableFuture<String> openid(String code) {
    URI uri =
        URI.create(
            base(apiBase)
                + "/sns/oauth2/access_token?appid="
                + enc(appId)
                + "&secret="
                + enc(appSecret)
                + "&code="
                + enc(code)
                + "&grant_type=authorization_code");
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(CALL_TIMEOUT).GET().build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(UTF_8))
        .handle(
            (response, failure) -> {
              if (failure != null) {
                Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                throw new ExchangeFailed(0, "WeChat unreachable: " + cause);
              }
              return read(response);
            });
  }

  private static String read(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new ExchangeFailed(0, "WeChat answered HTTP " + response.statusCode());
    }
    JsonNode reply;
    try {
      reply = JSON.readTree(response.body());
    } catch (IOException e) {
      throw new ExchangeFailed(0, "WeChat's answer is not JSON");
    }
    int errcode = reply == null ? 0 : reply.path("errcode").asInt(0);
    if (errcode != 0) {
      throw new ExchangeFailed(
          errcode, "WeChat refused the code: errcode " + errcode + " " + reply.path("errmsg"));
    }
    String openid = reply == null ? "" : reply.path("openid").asText("");
    if (!SignedTokens.VALUE.matcher(openid).matches()) {
      throw new ExchangeFailed(0, "WeChat's answer has no usable openid");
    }
    return openid;
  }

  private static String base(URI base) {
    String s = base.toString();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, UTF_8);
  }

  @Override
  public String toString() {
    return "OAuthClient[appId=" + appId + ", api=" + apiBase + ", authorize=" + authorizeBase + "]";
  }
}
