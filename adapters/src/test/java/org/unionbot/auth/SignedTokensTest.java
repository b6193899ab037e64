package org.unionbot.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Signing and checking: only this key, this purpose, the very value, before it expires. */
class SignedTokensTest {
  private static final Instant T0 = Instant.parse("2026-12-04T08:00:00Z");
  private static final byte[] KEY = key(1);
  private static final Duration LIFE = Duration.ofMinutes(10);

  private static byte[] key(int fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return key;
  }

  private static SignedTokens tokens(byte[] key, String purpose, Instant now) {
    return new SignedTokens(key, purpose, LIFE, Clock.fixed(now, ZoneOffset.UTC));
  }

  private final SignedTokens signer = tokens(KEY, "session", T0);

  @Test
  void aTokenVerifiesUntilItExpires() {
    String token = signer.sign("oUser_1-x");

    assertThat(token).matches("oUser_1-x\\.[0-9]+\\.[A-Za-z0-9_-]{43}");
    assertThat(token.split("\\.")[1]).isEqualTo(Long.toString(T0.plus(LIFE).getEpochSecond()));
    assertThat(signer.verify(token)).contains("oUser_1-x");
    assertThat(tokens(KEY, "session", T0.plus(LIFE).minusSeconds(1)).verify(token))
        .contains("oUser_1-x");
    assertThat(tokens(KEY, "session", T0.plus(LIFE)).verify(token)).isEmpty();
  }

  @Test
  void anotherKeyOrPurposeRefusesIt() {
    String token = signer.sign("oUser");

    assertThat(tokens(key(2), "session", T0).verify(token)).isEmpty();
    assertThat(tokens(KEY, "state", T0).verify(token)).isEmpty();
  }

  @Test
  void anyChangeBreaksTheSignature() {
    String token = signer.sign("oUser");
    String[] parts = token.split("\\.");
    String mac = parts[2];
    String flipped = (mac.charAt(0) == 'A' ? "B" : "A") + mac.substring(1);

    // another user, a later expiry, another MAC
    assertThat(signer.verify("oUsers." + parts[1] + "." + mac)).isEmpty();
    assertThat(signer.verify(parts[0] + "." + (Long.parseLong(parts[1]) + 86400) + "." + mac))
        .isEmpty();
    assertThat(signer.verify(parts[0] + "." + parts[1] + "." + flipped)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "oUser",
        "oUser.1",
        "oUser..abc",
        "o.User.1.",
        "oUser.99999999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "o User.1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "oUser.1.%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%"
      })
  void malformedTokensCountAsNone(String token) {
    assertThat(signer.verify(token)).isEmpty();
  }

  @Test
  void onlyCookieSafeValuesAreSigned() {
    assertThatThrownBy(() -> signer.sign("a.b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> signer.sign("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> signer.sign("用户")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SignedTokens(new byte[16], "x", LIFE, Clock.systemUTC()))
        .hasMessageContaining("32 bytes");
  }
}
