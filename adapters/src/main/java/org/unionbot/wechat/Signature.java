package org.unionbot.wechat;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * WeChat's request signatures (docs/WECHAT.md §2.3): {@code sha1(sort(token, timestamp, nonce))} on
 * every request, and {@code sha1(sort(token, timestamp, nonce, Encrypt))} over a ciphertext.
 *
 * <p>Inputs are sorted as plain strings, concatenated without separator, hashed with SHA-1 and
 * printed as lowercase hex. Verification normalises the case of the received signature and compares
 * in constant time. A received {@code null} (a missing query parameter) never verifies.
 *
 * <p>WeChat documents no replay window, so {@link #isFresh} adds a local one of {@link
 * #MAX_CLOCK_SKEW}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Signature {
  /** How far a request's {@code timestamp} may be from our clock, either way. */
  public static final Duration MAX_CLOCK_SKEW = Duration.ofSeconds(300);

  static final int MAX_TIMESTAMP_DIGITS = 18; // never overflows a long

  /** One SHA-1 per thread: looking a digest up costs more than hashing a signature's inputs. */
  private static final ThreadLocal<MessageDigest> SHA1 =
      ThreadLocal.withInitial(Signature::newSha1);

  private Signature() {}

  /** The {@code signature} query parameter WeChat sends with every request. */
  public static String sign(String token, String timestamp, String nonce) {
    return sha1Hex(token, timestamp, nonce);
  }

  /** The {@code msg_signature} over an {@code Encrypt} value, exactly as it appears in the XML. */
  public static String sign(String token, String timestamp, String nonce, String encrypt) {
    return sha1Hex(token, timestamp, nonce, encrypt);
  }

  /** Whether {@code signature} is {@link #sign(String, String, String)}; {@code null}s fail. */
  public static boolean verify(String signature, String token, String timestamp, String nonce) {
    Objects.requireNonNull(token, "token");
    if (signature == null || timestamp == null || nonce == null) {
      return false;
    }
    return constantTimeEquals(sign(token, timestamp, nonce), signature);
  }

  /** Whether {@code msgSignature} signs {@code encrypt}; {@code null}s fail. */
  public static boolean verify(
      String msgSignature, String token, String timestamp, String nonce, String encrypt) {
    Objects.requireNonNull(token, "token");
    if (msgSignature == null || timestamp == null || nonce == null || encrypt == null) {
      return false;
    }
    return constantTimeEquals(sign(token, timestamp, nonce, encrypt), msgSignature);
  }

  /**
   * Whether {@code timestamp} (Unix seconds, decimal digits only) lies within {@link
   * #MAX_CLOCK_SKEW} of {@code clock}. Missing, signed, blank or non-numeric values are refused.
   */
  public static boolean isFresh(String timestamp, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    if (timestamp == null || !isDigits(timestamp, MAX_TIMESTAMP_DIGITS)) {
      return false;
    }
    long skew = Math.abs(clock.instant().getEpochSecond() - Long.parseLong(timestamp));
    return skew <= MAX_CLOCK_SKEW.getSeconds();
  }

  static boolean isDigits(String s, int maxLength) {
    if (s.isEmpty() || s.length() > maxLength) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code received} is {@code expectedHex} in any letter case, in time that depends only
   * on the lengths (what {@link MessageDigest#isEqual} promises), without copying either string.
   */
  private static boolean constantTimeEquals(String expectedHex, String received) {
    int diff = expectedHex.length() ^ received.length();
    int n = expectedHex.length();
    for (int i = 0; i < n; i++) {
      char c = i < received.length() ? received.charAt(i) : 0;
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      diff |= expectedHex.charAt(i) ^ lower;
    }
    return diff == 0;
  }

  private static String sha1Hex(String... parts) {
    for (String part : parts) {
      Objects.requireNonNull(part, "signature input");
    }
    String[] sorted = parts.clone();
    Arrays.sort(sorted);
    MessageDigest sha1 = SHA1.get();
    sha1.reset();
    for (String part : sorted) {
      sha1.update(part.getBytes(UTF_8));
    }
    return HexFormat.of().formatHex(sha1.digest());
  }

  private static MessageDigest newSha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-1", e);
    }
  }
}
