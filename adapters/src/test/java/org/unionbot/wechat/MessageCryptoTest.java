package org.unionbot.wechat;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;
import me.chanjar.weixin.common.util.XmlUtils;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The official vectors of docs/WECHAT.md §2.5, key handling and the reply envelope. */
class MessageCryptoTest {
  private static final MessageCrypto A =
      new MessageCrypto(Vectors.A_TOKEN, Vectors.A_KEY, Vectors.A_APP_ID);
  private static final byte[] A_RANDOM = Vectors.A_RANDOM.getBytes(US_ASCII);

  @Test
  void vectorA_encryptsExactlyLikeTheOfficialSample() {
    assertThat(A.encrypt(Vectors.A1_PLAIN, A_RANDOM)).isEqualTo(Vectors.A1_ENCRYPT);
    assertThat(A.encrypt(Vectors.A2_PLAIN, A_RANDOM)).isEqualTo(Vectors.A2_ENCRYPT);
  }

  @Test
  void vectorA_decrypts() {
    MessageCrypto.Decrypted a1 =
        A.decrypt(
            Vectors.A1_MSG_SIGNATURE, Vectors.A_TIMESTAMP, Vectors.A_NONCE, Vectors.A1_ENCRYPT);
    String a2Signature =
        Signature.sign(Vectors.A_TOKEN, Vectors.A_TIMESTAMP, Vectors.A_NONCE, Vectors.A2_ENCRYPT);

    assertThat(a1.plaintext()).isEqualTo(Vectors.A1_PLAIN);
    assertThat(a1.replyCrypto()).isSameAs(A);
    assertThat(
            A.decrypt(a2Signature, Vectors.A_TIMESTAMP, Vectors.A_NONCE, Vectors.A2_ENCRYPT)
                .plaintext())
        .isEqualTo(Vectors.A2_PLAIN);
  }

  @Test
  void vectorB_weComSampleDecrypts() {
    MessageCrypto b = new MessageCrypto(Vectors.B_TOKEN, Vectors.B_KEY, Vectors.B_APP_ID);

    assertThat(
            b.decrypt(
                    Vectors.B1_MSG_SIGNATURE,
                    Vectors.B1_TIMESTAMP,
                    Vectors.B1_NONCE,
                    Vectors.B1_ECHOSTR)
                .plaintext())
        .isEqualTo(Vectors.B1_PLAIN);
    assertThat(
            b.decrypt(
                    Vectors.B2_MSG_SIGNATURE,
                    Vectors.B2_TIMESTAMP,
                    Vectors.B2_NONCE,
                    Vectors.B2_ENCRYPT)
                .plaintext())
        .isEqualTo(Vectors.B2_PLAIN);
  }

  @Test
  void vectorB_rawLayoutMatchesTheDocumentedNumbers() {
    byte[] plain = RawAes.decrypt(Vectors.B_KEY, Vectors.B2_ENCRYPT);

    assertThat(plain).hasSize(352);
    assertThat(plain[plain.length - 1]).isEqualTo((byte) 30);
    assertThat(RawAes.messageLength(plain)).isEqualTo(284);
    assertThat(RawAes.trailer(plain)).isEqualTo(Vectors.B_APP_ID);
  }

  @Test
  void vectorD_weComPythonSampleDecrypts() {
    MessageCrypto d = new MessageCrypto(Vectors.D_TOKEN, Vectors.D_KEY, Vectors.D_APP_ID);

    assertThat(
            d.decrypt(
                    Vectors.D1_MSG_SIGNATURE,
                    Vectors.D1_TIMESTAMP,
                    Vectors.D1_NONCE,
                    Vectors.D1_ECHOSTR)
                .plaintext())
        .isEqualTo(Vectors.D1_PLAIN);
    assertThat(
            d.decrypt(
                    Vectors.D2_MSG_SIGNATURE,
                    Vectors.D2_TIMESTAMP,
                    Vectors.D2_NONCE,
                    Vectors.D2_ENCRYPT)
                .plaintext())
        .isEqualTo(Vectors.D2_PLAIN);
  }

  @Test
  void blockAlignedPlaintextGetsAFullPadBlock() {
    // 16 random + 4 length + 26 message + 18 appid = 64 bytes: a whole 32-byte block of 0x20
    String encrypt = A.encrypt("abcdefghijklmnopqrstuvwxyz", A_RANDOM);
    byte[] plain = RawAes.decrypt(Vectors.A_KEY, encrypt);

    assertThat(plain).hasSize(96);
    assertThat(plain[95]).isEqualTo((byte) 32);
    assertThat(plain[64]).isEqualTo((byte) 32);
    assertThat(A.decrypt(encrypt).plaintext()).isEqualTo("abcdefghijklmnopqrstuvwxyz");
  }

  @Test
  void emptyPlaintextRoundTrips() {
    assertThat(A.decrypt(A.encrypt("")).plaintext()).isEmpty();
  }

  @Test
  void previousKeyDecryptsAfterRotationAndEncryptsTheReply() {
    String newKey = "ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut";
    MessageCrypto rotated =
        new MessageCrypto(Vectors.A_TOKEN, newKey, Vectors.A_APP_ID).withPreviousKey(Vectors.A_KEY);

    MessageCrypto.Decrypted old =
        rotated.decrypt(
            Vectors.A1_MSG_SIGNATURE, Vectors.A_TIMESTAMP, Vectors.A_NONCE, Vectors.A1_ENCRYPT);
    String reply = old.replyCrypto().encrypt("reply", A_RANDOM);

    assertThat(old.plaintext()).isEqualTo(Vectors.A1_PLAIN);
    assertThat(old.replyCrypto()).isNotSameAs(rotated);
    assertThat(A.decrypt(reply).plaintext()).isEqualTo("reply");
    assertThat(rotated.decrypt(rotated.encrypt("new")).replyCrypto()).isSameAs(rotated);
  }

  @Test
  void envelopeCarriesASignatureOverItsCiphertext() {
    String envelope =
        A.encryptReply(Vectors.A2_PLAIN, Vectors.A_TIMESTAMP, Vectors.A_NONCE, A_RANDOM);
    Map<String, Object> fields = XmlUtils.xml2Map(envelope);

    assertThat(envelope)
        .isEqualTo(
            "<xml><Encrypt><![CDATA["
                + Vectors.A2_ENCRYPT
                + "]]></Encrypt><MsgSignature><![CDATA["
                + Signature.sign(
                    Vectors.A_TOKEN, Vectors.A_TIMESTAMP, Vectors.A_NONCE, Vectors.A2_ENCRYPT)
                + "]]></MsgSignature><TimeStamp>1409304348</TimeStamp>"
                + "<Nonce><![CDATA[xxxxxx]]></Nonce></xml>");
    assertThat(fields)
        .containsEntry("Encrypt", Vectors.A2_ENCRYPT)
        .containsEntry("TimeStamp", Vectors.A_TIMESTAMP)
        .containsEntry("Nonce", Vectors.A_NONCE);
  }

  static Stream<Arguments> malformedTimestampsAndNonces() {
    return Stream.of(
        Arguments.of("now", "n"),
        Arguments.of("-1", "n"),
        Arguments.of("1", ""),
        Arguments.of("1", "a b"),
        Arguments.of("1", "随机"),
        Arguments.of("1", Named.of("n × 129", "n".repeat(129))));
  }

  @ParameterizedTest(name = "timestamp \"{0}\", nonce \"{1}\"")
  @MethodSource("malformedTimestampsAndNonces")
  void envelopeRefusesAMalformedTimestampOrNonce(String timestamp, String nonce) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> A.encryptReply("<xml/>", timestamp, nonce));
  }

  @Test
  void envelopeNonceMayHoldAnyPrintableAscii() {
    String envelope = A.encryptReply("<xml/>", "1", "]]>&<x>", A_RANDOM);
    Map<String, Object> fields = XmlUtils.xml2Map(envelope);

    assertThat(fields).containsEntry("Nonce", "]]>&<x>");
    assertThat(
            Signature.verify(
                (String) fields.get("MsgSignature"),
                Vectors.A_TOKEN,
                "1",
                "]]>&<x>",
                (String) fields.get("Encrypt")))
        .isTrue();
  }

  @Test
  void refusesPlaintextThatIsNotUnicode() {
    assertThatIllegalArgumentException().isThrownBy(() -> A.encrypt("lone \uD800 surrogate"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "abcdefghijklmnopqrstuvwxyz0123456789ABCDEF", // 42
        "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH", // 44
        "abcdefghijklmnopqrstuvwxyz0123456789ABCDEF=",
        "abcdefghijklmnopqrstuvwxyz0123456789ABCDE+G",
        "abcdefghijklmnopqrstuvwxyz0123456789ABCDE G",
        "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFĜ"
      })
  void refusesMalformedKeysWithoutEchoingThem(String key) {
    assertThatThrownBy(() -> new MessageCrypto("token", key, "appid"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("abcdefghijklmnopqrstuvwxyz");
    assertThatThrownBy(() -> A.withPreviousKey(key)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesEmptyTokenOrAppId() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new MessageCrypto("", Vectors.A_KEY, "appid"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new MessageCrypto("token", Vectors.A_KEY, ""));
  }

  @Test
  void toStringHidesTheKey() {
    assertThat(A.toString()).doesNotContain(Vectors.A_KEY).doesNotContain(Vectors.A_TOKEN);
    assertThat(A.decrypt(Vectors.A1_ENCRYPT).toString()).doesNotContain(Vectors.A1_PLAIN);
  }
}
