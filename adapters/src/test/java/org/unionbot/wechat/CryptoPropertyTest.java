package org.unionbot.wechat;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import me.chanjar.weixin.common.util.XmlUtils;
import org.junit.jupiter.api.Test;

/** Round trips of {@link MessageCrypto}, against itself and against WxJava. */
class CryptoPropertyTest {
  private static final MessageCrypto OURS = WxJavaOracleTest.OURS;

  @Test
  void decryptInvertsEncryptForAnyUnicode() {
    Property.forAll(
        1L,
        1000,
        r -> Gen.unicode(r, 3000),
        text -> assertThat(OURS.decrypt(OURS.encrypt(text)).plaintext()).isEqualTo(text));
  }

  @Test
  void signedEnvelopeRoundTrips() {
    Property.forAll(
        2L,
        500,
        r -> Gen.unicode(r, 300),
        text -> {
          String envelope = OURS.encryptReply(text, "1700000000", "n0nce");
          Map<String, Object> fields = XmlUtils.xml2Map(envelope);
          String encrypt = WeChatXml.parseEncrypt(envelope);

          assertThat(encrypt).isEqualTo(fields.get("Encrypt"));
          assertThat(
                  OURS.decrypt((String) fields.get("MsgSignature"), "1700000000", "n0nce", encrypt)
                      .plaintext())
              .isEqualTo(text);
        });
  }

  @Test
  void agreesWithWxJavaBothWays() {
    Property.forAll(
        3L,
        500,
        r -> Gen.unicode(r, 500),
        text -> {
          byte[] random = new byte[16];
          for (int i = 0; i < 16; i++) {
            random[i] = (byte) ('a' + (text.length() + i) % 26);
          }
          String wxEncrypt = WxJavaOracleTest.WECHAT.encrypt(new String(random, US_ASCII), text);

          assertThat(OURS.encrypt(text, random)).isEqualTo(wxEncrypt);
          assertThat(OURS.decrypt(wxEncrypt).plaintext()).isEqualTo(text);
          assertThat(WxJavaOracleTest.WECHAT.decrypt(OURS.encrypt(text))).isEqualTo(text);
        });
  }

  @Test
  void mutatedCiphertextIsRefusedOrDecryptsButNeverCrashes() {
    String encrypt = OURS.encrypt("<xml><Content>原文</Content></xml>");
    String signature = Signature.sign(WxJavaOracleTest.TOKEN, "1", "n", encrypt);
    Property.forAll(
        4L,
        1000,
        r -> {
          byte[] bytes = Base64.getDecoder().decode(encrypt);
          int flips = 1 + r.nextInt(3);
          for (int i = 0; i < flips; i++) {
            bytes[r.nextInt(bytes.length)] ^= (byte) (1 + r.nextInt(255));
          }
          return Base64.getEncoder().encodeToString(bytes);
        },
        mutated -> {
          // with the original signature: always refused
          assertThatThrownBy(() -> OURS.decrypt(signature, "1", "n", mutated))
              .isExactlyInstanceOf(WeChatProtocolException.class);
          // unsigned (CBC has no integrity; the signature provides it): refused or decrypted
          try {
            assertThat(OURS.decrypt(mutated).plaintext()).isNotNull();
          } catch (WeChatProtocolException expected) {
            assertThat(expected).hasMessage("invalid encrypted message");
          }
        });
  }
}
