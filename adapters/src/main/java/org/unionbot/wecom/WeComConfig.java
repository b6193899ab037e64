package org.unionbot.wecom;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.unionbot.wechat.MessageCrypto;

/**
 * How this server talks to one WeCom (企业微信) self-built app (自建应用), docs/wechat-setup.md "WeCom".
 *
 * <p>The corp id, the Token and the EncodingAESKey are required: WeCom's callbacks are always
 * encrypted, with the corp id as the receive id. The agent id and the app's Secret together turn on
 * the app message API (late replies) and the app's menu. {@link #toString()} never shows a secret.
 * Immutable.
 *
 * @param corpId the corp id (企业ID), {@code ww…}
 * @param token the callback Token
 * @param aesKey the callback's 43-character EncodingAESKey
 * @param agentId the app's AgentId, if late replies or the menu are wanted
 * @param secret the app's Secret, if late replies or the menu are wanted
 * @param apiBase WeCom's API base URL (tests point it at a local fake)
 */
public record WeComConfig(
    String corpId,
    String token,
    String aesKey,
    Optional<Long> agentId,
    Optional<String> secret,
    URI apiBase) {

  /** WeCom's API. */
  public static final URI DEFAULT_API_BASE = URI.create("https://qyapi.weixin.qq.com");

  private static final Pattern AES_KEY = Pattern.compile("[A-Za-z0-9]{43}");

  /**
   * @throws IllegalArgumentException if a value is malformed or the Secret comes without the agent
   *     id; messages never contain a secret
   */
  public WeComConfig {
    Objects.requireNonNull(corpId, "corpId");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(aesKey, "aesKey");
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(apiBase, "apiBase");
    if (corpId.isBlank()) {
      throw new IllegalArgumentException("the WeCom corp id must not be empty");
    }
    if (token.isBlank()) {
      throw new IllegalArgumentException("the WeCom token must not be empty");
    }
    if (!AES_KEY.matcher(aesKey).matches()) {
      throw new IllegalArgumentException(
          "the WeCom EncodingAESKey must be exactly 43 letters and digits");
    }
    if (agentId.isPresent() && agentId.get() <= 0) {
      throw new IllegalArgumentException("the WeCom agent id must be a positive number");
    }
    if (secret.isPresent() && (secret.get().isBlank() || agentId.isEmpty())) {
      throw new IllegalArgumentException("the WeCom secret needs the agent id too");
    }
    String scheme = apiBase.getScheme();
    if (!("http".equals(scheme) || "https".equals(scheme)) || apiBase.getHost() == null) {
      throw new IllegalArgumentException("the WeCom API base must be an http(s) URL");
    }
  }

  /** A callback-only app: no late replies, no menu. */
  public static WeComConfig callback(String corpId, String token, String aesKey) {
    return new WeComConfig(
        corpId, token, aesKey, Optional.empty(), Optional.empty(), DEFAULT_API_BASE);
  }

  /**
   * A copy that sends late replies and publishes the menu through the app's API at {@code base}.
   */
  public WeComConfig withApi(long agentId, String secret, URI apiBase) {
    return new WeComConfig(
        corpId, token, aesKey, Optional.of(agentId), Optional.of(secret), apiBase);
  }

  /** The crypto of the callbacks: the corp id is the receive id. */
  public MessageCrypto crypto() {
    return new MessageCrypto(token, aesKey, corpId);
  }

  /** Whether the app's API can be called (agent id and Secret set). */
  public boolean api() {
    return agentId.isPresent() && secret.isPresent();
  }

  @Override
  public String toString() {
    return "WeComConfig[corpId="
        + corpId
        + ", agentId="
        + agentId.map(String::valueOf).orElse("-")
        + ", api="
        + api()
        + ", apiBase="
        + apiBase
        + "]";
  }
}
