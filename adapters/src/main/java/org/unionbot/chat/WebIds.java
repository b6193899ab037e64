package org.unionbot.chat;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.CookieHeaderNames;
import io.netty.handler.codec.http.cookie.DefaultCookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;
import io.netty.handler.codec.http.cookie.ServerCookieEncoder;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.unionbot.http.Request;

/**
 * The chat page's users. The server gives each browser an id of its own in the cookie {@value
 * #COOKIE}: 128 random bits, signed with an HMAC-SHA256 key the server keeps ({@code id.mac}, both
 * base64url), {@code HttpOnly} so no script reads it, {@code SameSite=Lax}. The chat API then takes
 * the user from a cookie that verifies, and from the body's {@code "user"} only without one; either
 * way the user is in the {@code web:} channel. A forged, altered or truncated cookie counts as
 * none.
 *
 * <p>nginx's per-user affinity (docs/cluster.md "Running 3 nodes") hashes the same cookie, so a
 * page's requests keep reaching one node. Every node must sign with the same key: {@code serve}
 * keeps it in the database. Thread-safe.
 */
public final class WebIds {

  /** The cookie's name. */
  public static final String COOKIE = "unionbot_user";

  /** How long a browser keeps its id. */
  static final Duration MAX_AGE = Duration.ofDays(365);

  private static final String HMAC = "HmacSHA256";
  private static final int ID_BYTES = 16;
  private static final int MAC_BYTES = 16;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private final SecretKeySpec key;

  /**
   * @param key the signing key, at least 32 bytes
   */
  public WebIds(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < 32) {
      throw new IllegalArgumentException("the signing key needs at least 32 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), HMAC);
  }

  /** Signing with a key made for this process only: for servers without a database (tests). */
  public static WebIds withRandomKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return new WebIds(key);
  }

  /** The id in {@code request}'s cookie, when it has one this server signed. */
  public Optional<String> verified(Request request) {
    Optional<String> header = request.header("Cookie");
    if (header.isEmpty()) {
      return Optional.empty();
    }
    for (Cookie cookie : ServerCookieDecoder.LAX.decodeAll(header.get())) {
      if (COOKIE.equals(cookie.name())) {
        Optional<String> id = verify(cookie.value());
        if (id.isPresent()) {
          return id;
        }
      }
    }
    return Optional.empty();
  }

  /** The id of a cookie value, when its signature holds. */
  Optional<String> verify(String value) {
    int dot = value.indexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String id = value.substring(0, dot);
    byte[] given;
    try {
      given = Base64.getUrlDecoder().decode(value.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return MessageDigest.isEqual(given, mac(id)) ? Optional.of(id) : Optional.empty();
  }

  /** A {@code Set-Cookie} header value giving the browser a new id. */
  public String newCookie() {
    byte[] bytes = new byte[ID_BYTES];
    RANDOM.nextBytes(bytes);
    return setCookie(ENCODER.encodeToString(bytes));
  }

  /** The {@code Set-Cookie} header value for {@code id}. */
  String setCookie(String id) {
    DefaultCookie cookie = new DefaultCookie(COOKIE, id + "." + ENCODER.encodeToString(mac(id)));
    cookie.setPath("/");
    cookie.setMaxAge(MAX_AGE.toSeconds());
    cookie.setHttpOnly(true);
    cookie.setSameSite(CookieHeaderNames.SameSite.Lax);
    return ServerCookieEncoder.STRICT.encode(cookie);
  }

  private byte[] mac(String id) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return Arrays.copyOf(mac.doFinal(("unionbot web id " + id).getBytes(UTF_8)), MAC_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
    }
  }
}
