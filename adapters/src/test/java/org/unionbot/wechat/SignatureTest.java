package org.unionbot.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import me.chanjar.weixin.common.util.crypto.SHA1;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SignatureTest {
  private static final Clock NOW =
      Clock.fixed(Instant.ofEpochSecond(1_714_036_504L), ZoneOffset.UTC);

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // docs/WECHAT.md §1.1 (URL verification) and §1.2 (message push), Token AAAAA
    "§1.1 url verify,  AAAAA,   1714036504, 1514711492, f464b24fc39322e44b38aa78f5edd27bd1441696",
    "§1.2 push,        AAAAA,   1714037059, 486452656,  899cf89e464efb63f54ddac96b0a0a235f53aa78",
    // vector A, plaintext-mode signature
    "vector A,         pamtest, 1409304348, xxxxxx,     76480565cbe296026c53aaacd1ad523a1ddba24f",
  })
  void reproducesOfficialSignatures(
      String vector, String token, String timestamp, String nonce, String expected) {
    assertThat(Signature.sign(token, timestamp, nonce)).isEqualTo(expected);
    assertThat(Signature.verify(expected, token, timestamp, nonce)).isTrue();
  }

  @Test
  void reproducesOfficialMessageSignatures() {
    assertThat(Signature.sign("pamtest", "1409304348", "xxxxxx", Vectors.A1_ENCRYPT))
        .isEqualTo("82c962d39941aa48552f90ef55aa323dc620cc10");
    assertThat(Signature.sign(Vectors.B_TOKEN, "1409659813", "1372623149", Vectors.B2_ENCRYPT))
        .isEqualTo("477715d11cdb4164915debcba66cb864d751f3e6");
    assertThat(Signature.sign(Vectors.D_TOKEN, "1476422779", "1597212914", Vectors.D2_ENCRYPT))
        .isEqualTo("0c3914025cb4b4d68103f6bfc8db550f79dcf48e");
  }

  @Test
  void agreesWithWxJava() {
    assertThat(Signature.sign("tok", "1700000000", "n0nce"))
        .isEqualTo(SHA1.gen("tok", "1700000000", "n0nce"));
    assertThat(Signature.sign("tok", "1700000000", "n0nce", "Zm9v+/=="))
        .isEqualTo(SHA1.gen("tok", "1700000000", "n0nce", "Zm9v+/=="));
  }

  @Test
  void acceptsUppercaseHex() {
    String signature = Signature.sign("AAAAA", "1714036504", "1514711492").toUpperCase();

    assertThat(Signature.verify(signature, "AAAAA", "1714036504", "1514711492")).isTrue();
  }

  @Test
  void refusesWrongOrMissingSignatures() {
    String good = Signature.sign("AAAAA", "1714036504", "1514711492");

    assertThat(Signature.verify(good, "AAAAB", "1714036504", "1514711492")).isFalse();
    assertThat(Signature.verify(good, "AAAAA", "1714036505", "1514711492")).isFalse();
    assertThat(Signature.verify(good.substring(1), "AAAAA", "1714036504", "1514711492")).isFalse();
    assertThat(Signature.verify(good + "0", "AAAAA", "1714036504", "1514711492")).isFalse();
    assertThat(Signature.verify("", "AAAAA", "1714036504", "1514711492")).isFalse();
    assertThat(Signature.verify("签名", "AAAAA", "1714036504", "1514711492")).isFalse();
    assertThat(Signature.verify(null, "AAAAA", "1714036504", "1514711492")).isFalse();
    assertThat(Signature.verify(good, "AAAAA", null, "1514711492")).isFalse();
    assertThat(Signature.verify(good, "AAAAA", "1714036504", null)).isFalse();
  }

  @Test
  void messageSignatureCoversTheCiphertext() {
    String good = Signature.sign("pamtest", "1409304348", "xxxxxx", Vectors.A1_ENCRYPT);

    assertThat(Signature.verify(good, "pamtest", "1409304348", "xxxxxx", Vectors.A1_ENCRYPT))
        .isTrue();
    assertThat(Signature.verify(good, "pamtest", "1409304348", "xxxxxx", Vectors.A2_ENCRYPT))
        .isFalse();
    assertThat(Signature.verify(good, "pamtest", "1409304348", "xxxxxx", null)).isFalse();
    // the plaintext-mode signature must not pass as msg_signature (WxJava #84, #817, ...)
    String plain = Signature.sign("pamtest", "1409304348", "xxxxxx");
    assertThat(Signature.verify(plain, "pamtest", "1409304348", "xxxxxx", Vectors.A1_ENCRYPT))
        .isFalse();
  }

  @Test
  void tokenIsRequired() {
    assertThatNullPointerException().isThrownBy(() -> Signature.verify("x", null, "1", "2"));
    assertThatNullPointerException().isThrownBy(() -> Signature.sign(null, "1", "2"));
  }

  @ParameterizedTest
  @ValueSource(longs = {-300, -1, 0, 1, 300})
  void acceptsTimestampsWithinFiveMinutes(long offset) {
    String timestamp = Long.toString(NOW.instant().getEpochSecond() + offset);

    assertThat(Signature.isFresh(timestamp, NOW)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(longs = {-301, 301, -86_400, 1_000_000})
  void refusesStaleOrFutureTimestamps(long offset) {
    String timestamp = Long.toString(NOW.instant().getEpochSecond() + offset);

    assertThat(Signature.isFresh(timestamp, NOW)).isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        " 1714036504",
        "1714036504 ",
        "+1714036504",
        "-1714036504",
        "17140365O4",
        "1e9",
        "0x66296018",
        "１７１４０３６５０４",
        "99999999999999999999999"
      })
  void refusesNonNumericTimestamps(String timestamp) {
    assertThat(Signature.isFresh(timestamp, NOW)).isFalse();
  }
}
