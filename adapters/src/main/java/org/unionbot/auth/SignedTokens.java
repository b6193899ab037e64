package org.unionbot.auth;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Values that the server hands a browser and takes back only unaltered and unexpired: {@code
 * value.expiry.mac}, where {@code expiry} is in epoch seconds and {@code mac} is the HMAC-SHA256
 * (base64url, 32 bytes) of the purpose, the value and the expiry under a server key. The purpose
 * keeps a token made for one use (a sign-in state) from passing as another (a session). Values are
 * limited to {@code [A-Za-z0-9_-]}, so a token needs no escaping in a cookie or a URL and a reverse
 * proxy can read the value before the first dot. Thread-safe.
 */
final class SignedTokens {

  /** What a value may hold: an openid, or a random state in base64url. */
  static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_-]{1,128}");

  private static final String HMAC = "HmacSHA256";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Pattern TOKEN =
      Pattern.compile("([A-Za-z0-9_-]{1,128})\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{43})");

  private final SecretKeySpec key;
  private final String purpose;
  private final Duration lifetime;
  private final Clock clock;

  /**
   * @param key the signing key, at least 32 bytes
   * @param purpose what the tokens are for, signed along with each
   * @param lifetime how long a token stays valid
   * @param clock tells the time
   */
  SignedTokens(byte[] key, String purpose, Duration lifetime, Clock clock) {
    Objects.requireNonNull(key, "key");
    if (key.length < 32) {
      throw new IllegalArgumentException("the signing key needs at least 32 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), HMAC);
    this.purpose = Objects.requireNonNull(purpose, "purpose");
    this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  Duration lifetime() {
    return lifetime;
  }

  /**
   * A token for {@code value}, valid for the lifetime from now.
   *
   * @throws IllegalArgumentException if the value has a character outside {@code [A-Za-z0-9_-]}
   */
  String sign(String value) {
    if (!VALUE.matcher(value).matches()) {
      throw new IllegalArgumentException("a signed value is 1 to 128 of [A-Za-z0-9_-]");
    }
    long expiry = clock.instant().plus(lifetime).getEpochSecond();
    return value + "." + expiry + "." + ENCODER.encodeToString(mac(value, expiry));
  }

  /**
   * The value of {@code token}, when this key signed it for this purpose and it has not expired.
   */
  Optional<String> verify(String token) {
    var m = TOKEN.matcher(token);
    if (!m.matches()) {
      return Optional.empty();
    }
    String value = m.group(1);
    long expiry = Long.parseLong(m.group(2));
    byte[] given = Base64.getUrlDecoder().decode(m.group(3));
    if (!MessageDigest.isEqual(given, mac(value, expiry))) {
      return Optional.empty();
    }
    return clock.instant().isBefore(Instant.ofEpochSecond(expiry))
        ? Optional.of(value)
        : Optional.empty();
  }

  private byte[] mac(String value, long expiry) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return mac.doFinal(("unionbot " + purpose + "\n" + value + "\n" + expiry).getBytes(UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
    }
  }
}
