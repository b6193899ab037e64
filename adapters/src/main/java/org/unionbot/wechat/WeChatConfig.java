package org.unionbot.wechat;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How this server talks to one WeChat Official Account.
 *
 * <p>The Token is required. The EncodingAESKey turns on the compatible and safe (AES) modes and
 * then needs the AppID; without it only plaintext pushes are accepted. The AppID and AppSecret
 * together turn on the customer-service message API, used when a reply is not ready within {@code
 * replyTimeout}. {@link #toString()} never shows a secret. Immutable.
 *
 * @param token the Token from the WeChat console
 * @param aesKey the 43-character EncodingAESKey, if encrypted modes are wanted
 * @param appId the AppID (checked and written in encrypted messages, used for the access token)
 * @param appSecret the AppSecret, for the customer-service message API
 * @param apiBase the WeChat API base URL (tests point it at a local fake)
 * @param replyTimeout how long a push may wait for its reply before we answer {@code success} and
 *     send the reply through the customer-service API instead
 */
public record WeChatConfig(
    String token,
    Optional<String> aesKey,
    Optional<String> appId,
    Optional<String> appSecret,
    URI apiBase,
    Duration replyTimeout) {

  /** WeChat's API. */
  public static final URI DEFAULT_API_BASE = URI.create("https://api.weixin.qq.com");

  /** A little under WeChat's 5 seconds, leaving room for the network. */
  public static final Duration DEFAULT_REPLY_TIMEOUT = Duration.ofMillis(4500);

  private static final Pattern AES_KEY = Pattern.compile("[A-Za-z0-9]{43}");

  /**
   * @throws IllegalArgumentException if a value is malformed or the AES key comes without an AppID;
   *     messages never contain a secret
   */
  public WeChatConfig {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(aesKey, "aesKey");
    Objects.requireNonNull(appId, "appId");
    Objects.requireNonNull(appSecret, "appSecret");
    Objects.requireNonNull(apiBase, "apiBase");
    Objects.requireNonNull(replyTimeout, "replyTimeout");
    if (token.isBlank()) {
      throw new IllegalArgumentException("the WeChat token must not be empty");
    }
    if (aesKey.isPresent() && !AES_KEY.matcher(aesKey.get()).matches()) {
      throw new IllegalArgumentException(
          "the EncodingAESKey must be exactly 43 letters and digits, as the WeChat console shows it");
    }
    if (aesKey.isPresent() && appId.isEmpty()) {
      throw new IllegalArgumentException(
          "the EncodingAESKey needs the AppID too (encrypted messages carry and check it)");
    }
    if (appId.isPresent() && appId.get().isBlank()) {
      throw new IllegalArgumentException("the AppID must not be empty");
    }
    String scheme = apiBase.getScheme();
    if (!("http".equals(scheme) || "https".equals(scheme)) || apiBase.getHost() == null) {
      throw new IllegalArgumentException("the WeChat API base must be an http(s) URL");
    }
    if (replyTimeout.isNegative() || replyTimeout.isZero()) {
      throw new IllegalArgumentException("the reply timeout must be positive");
    }
  }

  /** Plaintext mode only, no customer-service API, default API base and reply timeout. */
  public static WeChatConfig plaintext(String token) {
    return new WeChatConfig(
        token,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        DEFAULT_API_BASE,
        DEFAULT_REPLY_TIMEOUT);
  }

  /** A copy that also accepts compatible and safe mode pushes. */
  public WeChatConfig withEncryption(String aesKey, String appId) {
    return new WeChatConfig(
        token, Optional.of(aesKey), Optional.of(appId), appSecret, apiBase, replyTimeout);
  }

  /** A copy that sends late replies through the customer-service API at {@code apiBase}. */
  public WeChatConfig withCustomerService(String appId, String appSecret, URI apiBase) {
    return new WeChatConfig(
        token, aesKey, Optional.of(appId), Optional.of(appSecret), apiBase, replyTimeout);
  }

  public WeChatConfig withReplyTimeout(Duration replyTimeout) {
    return new WeChatConfig(token, aesKey, appId, appSecret, apiBase, replyTimeout);
  }

  /** The crypto for encrypted pushes, when the EncodingAESKey is set. */
  public Optional<MessageCrypto> crypto() {
    return aesKey.map(key -> new MessageCrypto(token, key, appId.orElseThrow()));
  }

  /** Whether late replies can go through the customer-service API (AppID and AppSecret set). */
  public boolean customerService() {
    return appId.isPresent() && appSecret.filter(s -> !s.isBlank()).isPresent();
  }

  @Override
  public String toString() {
    return "WeChatConfig[aes="
        + aesKey.isPresent()
        + ", appId="
        + appId.orElse("-")
        + ", customerService="
        + customerService()
        + ", apiBase="
        + apiBase
        + ", replyTimeout="
        + replyTimeout.toMillis()
        + "ms]";
  }
}
