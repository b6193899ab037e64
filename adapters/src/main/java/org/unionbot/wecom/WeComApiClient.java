package org.unionbot.wecom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.unionbot.wechat.ApiCalls;
import org.unionbot.wechat.MenuErrors;
import org.unionbot.wechat.ReplyText;
import org.unionbot.wechat.TextSender;
import org.unionbot.wechat.TokenCache;

/**
 * The WeCom app's API calls this server makes: {@code GET /cgi-bin/gettoken} for the corp token
 * (one per app Secret, cached on this node until 5 minutes before it expires; WeCom hands every
 * caller the same token while it is valid), {@code POST /cgi-bin/message/send} for a text message
 * to one member (a reply that missed the 5 seconds) and {@code POST /cgi-bin/menu/create} for the
 * app's menu. A call refused for an invalid or expired token refreshes it once and is tried once
 * more. Non-blocking; thread-safe; the Secret and tokens never appear in messages.
 */
public final class WeComApiClient implements TextSender {
  /** errcodes meaning "this access token is no good": invalid, expired. */
  static final Set<Integer> BAD_TOKEN = Set.of(40014, 42001);

  private final ApiCalls api;
  private final String corpId;
  private final long agentId;
  private final TokenCache tokens;

  /**
   * @param base the API base, e.g. {@link WeComConfig#DEFAULT_API_BASE}
   * @param corpId the corp id
   * @param agentId the app's AgentId
   * @param secret the app's Secret
   * @param http the client to call with
   * @param clock decides when a cached token is due for a refresh
   */
  public WeComApiClient(
      URI base, String corpId, long agentId, String secret, HttpClient http, Clock clock) {
    this.api = new ApiCalls(base, http);
    this.corpId = Objects.requireNonNull(corpId, "corpId");
    this.agentId = agentId;
    String query =
        "/cgi-bin/gettoken?corpid="
            + ApiCalls.encode(corpId)
            + "&corpsecret="
            + ApiCalls.encode(Objects.requireNonNull(secret, "secret"));
    this.tokens = new TokenCache(() -> api.get(query, "corp token"), BAD_TOKEN, clock);
  }

  /**
   * The client of {@code config}'s app; {@code config} must have its API ({@link WeComConfig#api}).
   */
  public static WeComApiClient of(WeComConfig config, HttpClient http, Clock clock) {
    return new WeComApiClient(
        config.apiBase(),
        config.corpId(),
        config.agentId().orElseThrow(),
        config.secret().orElseThrow(),
        http,
        clock);
  }

  /** Sends {@code text} to the member {@code userId} as a text message of the app. */
  @Override
  public CompletableFuture<Void> sendText(String userId, String text) {
    ObjectNode body = ApiCalls.object();
    body.put("touser", Objects.requireNonNull(userId, "userId"));
    body.put("msgtype", "text");
    body.put("agentid", agentId);
    body.putObject("text").put("content", ReplyText.content(Objects.requireNonNull(text, "text")));
    return tokens.post(api, "/cgi-bin/message/send", body.toString(), "app message send");
  }

  /**
   * Publishes {@code menuJson} (the same menu-create JSON as the public account's) as the app's
   * menu; fails with a {@link org.unionbot.wechat.WeChatApiException} that {@link MenuErrors}
   * explains.
   */
  public CompletableFuture<Void> createMenu(String menuJson) {
    return tokens.post(
        api,
        "/cgi-bin/menu/create?agentid=" + agentId,
        Objects.requireNonNull(menuJson, "menuJson"),
        "app menu create");
  }

  @Override
  public String toString() {
    return "WeComApiClient[" + api + ", corpId=" + corpId + ", agentId=" + agentId + "]";
  }
}
