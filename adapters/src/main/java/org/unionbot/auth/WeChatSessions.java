package org.unionbot.auth;

import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.CookieHeaderNames;
import io.netty.handler.codec.http.cookie.DefaultCookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;
import io.netty.handler.codec.http.cookie.ServerCookieEncoder;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.unionbot.http.Request;

/**
 * The cookies of the WeChat sign-in (docs/api.md "WeChat sign-in"), all {@link SignedTokens} under
 * one server key, {@code HttpOnly}, {@code SameSite=Lax}, and {@code Secure} when the request came
 * over HTTPS:
 *
 * <ul>
 *   <li>{@value #SESSION_COOKIE} ({@code Path=/}, {@link #SESSION_LIFETIME}): the OpenID the server
 *       got from WeChat for this browser. The chat API acts as that public-account user.
 *   <li>{@value #STATE_COOKIE} ({@code Path=/auth/wechat}, {@link #STATE_LIFETIME}): the random
 *       {@code state} sent to WeChat's authorize page, which must come back unchanged with the
 *       code, so that nobody can make a browser sign in with a code obtained elsewhere.
 * </ul>
 *
 * A forged, altered or expired cookie counts as none. Every node must sign with the same key: the
 * server keeps it in the database ({@code serve}) like the chat page's own cookie key. Thread-safe.
 */
public final class WeChatSessions {

  /** The signed-in session cookie's name. */
  public static final String SESSION_COOKIE = "unionbot_wechat";

  /** The sign-in state cookie's name. */
  static final String STATE_COOKIE = "unionbot_oauth_state";

  /** How long a sign-in lasts before the page asks WeChat again (silently, inside WeChat). */
  static final Duration SESSION_LIFETIME = Duration.ofDays(7);

  /** How long a browser has to come back from WeChat's authorize page. */
  static final Duration STATE_LIFETIME = Duration.ofMinutes(10);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final SignedTokens sessions;
  private final SignedTokens states;

  /**
   * @param key the signing key, at least 32 bytes
   * @param clock tells the time, for the expiry
   */
  public WeChatSessions(byte[] key, Clock clock) {
    this.sessions = new SignedTokens(key, "wechat session", SESSION_LIFETIME, clock);
    this.states = new SignedTokens(key, "wechat oauth state", STATE_LIFETIME, clock);
  }

  /** Signing with a key made for this process only: for servers without a database (tests). */
  public static WeChatSessions withRandomKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return new WeChatSessions(key, Clock.systemUTC());
  }

  /** The OpenID of {@code request}'s session cookie, when it has one that verifies. */
  public Optional<String> openid(Request request) {
    return cookie(request, SESSION_COOKIE, sessions);
  }

  /** The {@code Set-Cookie} value that signs this browser in as {@code openid}. */
  String sessionCookie(String openid, boolean secure) {
    return encode(SESSION_COOKIE, sessions.sign(openid), "/", sessions.lifetime(), secure);
  }

  /** A new random state: 128 bits, base64url. */
  static String newState() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The {@code Set-Cookie} value that binds {@code state} to this browser. */
  String stateCookie(String state, boolean secure) {
    return encode(STATE_COOKIE, states.sign(state), "/auth/wechat", states.lifetime(), secure);
  }

  /** The state bound to this browser by its state cookie, when one verifies and is unexpired. */
  Optional<String> state(Request request) {
    return cookie(request, STATE_COOKIE, states);
  }

  /**
   * Whether the request came over HTTPS: {@code X-Forwarded-Proto: https}, which the server keeps
   * only on requests from a trusted proxy (setting {@code trusted-proxies}).
   */
  static boolean https(Request request) {
    return request
        .header("X-Forwarded-Proto")
        .map(v -> v.split(",", 2)[0].strip().toLowerCase(Locale.ROOT).equals("https"))
        .orElse(false);
  }

  private static Optional<String> cookie(Request request, String name, SignedTokens tokens) {
    Optional<String> header = request.header("Cookie");
    if (header.isEmpty()) {
      return Optional.empty();
    }
    for (Cookie cookie : ServerCookieDecoder.LAX.decodeAll(header.get())) {
      if (name.equals(cookie.name())) {
        Optional<String> value = tokens.verify(cookie.value());
        if (value.isPresent()) {
          return value;
        }
      }
    }
    return Optional.empty();
  }

  private static String encode(
      String name, String value, String path, Duration maxAge, boolean secure) {
    DefaultCookie cookie = new DefaultCookie(name, value);
    cookie.setPath(path);
    cookie.setMaxAge(maxAge.toSeconds());
    cookie.setHttpOnly(true);
    cookie.setSecure(secure);
    cookie.setSameSite(CookieHeaderNames.SameSite.Lax);
    return ServerCookieEncoder.STRICT.encode(cookie);
  }
}
