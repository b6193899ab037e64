package org.unionbot.wechat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The public account's API calls this server makes (docs/WECHAT.md §3.2):
 *
 * <ul>
 *   <li>{@code POST /cgi-bin/stable_token} with {@code force_refresh=false} for the access token,
 *       cached on this node until 5 minutes before it expires ({@link TokenCache}). Unlike {@code
 *       GET /cgi-bin/token}, asking for a stable token does not cancel the token other nodes hold:
 *       while it is valid every caller gets the same one, and in its last 5 minutes a new one whose
 *       predecessor stays valid until it expires (docs/cluster.md "Access tokens");
 *   <li>{@code POST /cgi-bin/message/custom/send}: a customer-service text message, for replies
 *       that missed the 5 seconds;
 *   <li>{@code POST /cgi-bin/menu/create}: publishes the menu.
 * </ul>
 *
 * <p>A call refused for an invalid or expired token refreshes it once and is tried once more.
 * Non-blocking; thread-safe. Tokens, the AppSecret and the URLs that carry them are never logged or
 * put into exception messages.
 */
public final class WeChatApiClient implements TextSender {
  /** errcodes meaning "this access token is no good": invalid, expired, not the latest. */
  static final Set<Integer> BAD_TOKEN = Set.of(40001, 40014, 42001);

  private final ApiCalls api;
  private final String appId;
  private final TokenCache tokens;

  /**
   * @param base the API base, e.g. {@link WeChatConfig#DEFAULT_API_BASE}
   * @param appId the AppID
   * @param appSecret the AppSecret
   * @param http the client to call with
   * @param clock decides when a cached token is due for a refresh
   */
  public WeChatApiClient(URI base, String appId, String appSecret, HttpClient http, Clock clock) {
    this.api = new ApiCalls(base, http);
    this.appId = Objects.requireNonNull(appId, "appId");
    ObjectNode body = ApiCalls.object();
    body.put("grant_type", "client_credential");
    body.put("appid", appId);
    body.put("secret", Objects.requireNonNull(appSecret, "appSecret"));
    body.put("force_refresh", false);
    String stable = body.toString();
    this.tokens =
        new TokenCache(
            () -> api.post("/cgi-bin/stable_token", stable, "access token"), BAD_TOKEN, clock);
  }

  /**
   * Sends {@code text} to {@code openId} as a customer-service message. The text is made XML- and
   * JSON-safe and cut to 2048 UTF-8 bytes like a passive reply.
   */
  @Override
  public CompletableFuture<Void> sendText(String openId, String text) {
    ObjectNode body = ApiCalls.object();
    body.put("touser", Objects.requireNonNull(openId, "openId"));
    body.put("msgtype", "text");
    body.putObject("text").put("content", ReplyText.content(Objects.requireNonNull(text, "text")));
    return tokens.post(api, "/cgi-bin/message/custom/send", body.toString(), "custom send");
  }

  /**
   * Publishes {@code menuJson} (menu-create JSON, checked by {@link Menu}) as the account's menu.
   *
   * @return completes when WeChat accepted it, or exceptionally with a {@link WeChatApiException}
   *     whose errcode {@link MenuErrors} explains
   */
  public CompletableFuture<Void> createMenu(String menuJson) {
    return tokens.post(
        api, "/cgi-bin/menu/create", Objects.requireNonNull(menuJson, "menuJson"), "menu create");
  }

  @Override
  public String toString() {
    return "WeChatApiClient[" + api + ", appId=" + appId + "]";
  }
}
