package org.unionbot.wechat;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a ciphertext can be wrong ends in the same exception with the same message. */
class MessageCryptoRefusalTest {
  private static final String KEY = Vectors.A_KEY;
  private static final String APP_ID = Vectors.A_APP_ID;
  private static final byte[] APP = APP_ID.getBytes(UTF_8);
  private static final byte[] MSG = "<xml>hi</xml>".getBytes(UTF_8);
  private static final MessageCrypto CRYPTO = new MessageCrypto(Vectors.A_TOKEN, KEY, APP_ID);

  static Stream<Arguments> malformedCiphertexts() {
    return Stream.of(
        Arguments.of("pad byte 0", forgeWithPad(MSG.length, MSG, APP, 0)),
        Arguments.of("pad byte 33", forgeWithPad(MSG.length, MSG, APP, 33)),
        Arguments.of("pad bytes differ", forgeInconsistentPad()),
        Arguments.of("length beyond the data", forge(MSG.length + APP.length + 1, MSG, APP)),
        Arguments.of("negative length", forge(-1, MSG, APP)),
        Arguments.of("length overflows", forge(Integer.MAX_VALUE, MSG, APP)),
        Arguments.of("wrong appid", forge(MSG.length, MSG, "wxattacker0000000".getBytes(UTF_8))),
        Arguments.of("appid prefix only", forge(MSG.length, MSG, "wxb11529c1".getBytes(UTF_8))),
        Arguments.of("no appid", forge(MSG.length, MSG, new byte[0])),
        Arguments.of(
            "appid with extra byte", forge(MSG.length, MSG, RawAes.concat(APP, new byte[1]))),
        Arguments.of("message not UTF-8", forge(2, new byte[] {(byte) 0xC3, 0x28}, APP)),
        Arguments.of("shorter than the header", RawAes.encrypt(KEY, RawAes.repeat(12, 32))),
        Arguments.of("16 bytes only", Base64.getEncoder().encodeToString(new byte[16])),
        Arguments.of("not a multiple of 16", Base64.getEncoder().encodeToString(new byte[40])),
        Arguments.of("empty", ""),
        Arguments.of("bad base64", "!!!" + Vectors.A1_ENCRYPT.substring(3)),
        Arguments.of(
            "base64 with line break",
            Vectors.A1_ENCRYPT.substring(0, 40) + "\n" + Vectors.A1_ENCRYPT.substring(40)),
        Arguments.of("surrounding whitespace", " " + Vectors.A1_ENCRYPT + " "),
        Arguments.of("tampered last block", flip(Vectors.A1_ENCRYPT, 60)),
        Arguments.of("tampered first block", flip(Vectors.A1_ENCRYPT, 2)),
        Arguments.of("truncated by one block", truncateBlock(Vectors.A2_ENCRYPT)),
        Arguments.of("other key", otherKeyCiphertext()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedCiphertexts")
  void refusesMalformedCiphertexts(String description, String encrypt) {
    String signature = Signature.sign(Vectors.A_TOKEN, "1", "n", encrypt);

    assertRefused(() -> CRYPTO.decrypt(signature, "1", "n", encrypt));
  }

  @Test
  void forgedFramesAreValidWhenWellFormed() {
    // so that the refusals above are caused by the one defect each case names
    assertThat(CRYPTO.decrypt(forge(MSG.length, MSG, APP)).plaintext()).isEqualTo("<xml>hi</xml>");
  }

  @Test
  void refusesAWrongOrMissingMsgSignature() {
    String good = Vectors.A1_MSG_SIGNATURE;
    String ts = Vectors.A_TIMESTAMP;
    String nonce = Vectors.A_NONCE;

    assertRefused(() -> CRYPTO.decrypt(flipHex(good), ts, nonce, Vectors.A1_ENCRYPT));
    assertRefused(() -> CRYPTO.decrypt(good, "1409304349", nonce, Vectors.A1_ENCRYPT));
    assertRefused(() -> CRYPTO.decrypt(good, ts, "xxxxxy", Vectors.A1_ENCRYPT));
    assertRefused(() -> CRYPTO.decrypt(good, ts, nonce, Vectors.A2_ENCRYPT));
    assertRefused(() -> CRYPTO.decrypt(null, ts, nonce, Vectors.A1_ENCRYPT));
    assertRefused(() -> CRYPTO.decrypt(good, ts, nonce, null));
    // the 3-input request signature is not a msg_signature
    assertRefused(
        () ->
            CRYPTO.decrypt(
                Signature.sign(Vectors.A_TOKEN, ts, nonce), ts, nonce, Vectors.A1_ENCRYPT));
  }

  @Test
  void refusesTheRightCiphertextForAnotherAppId() {
    MessageCrypto other = new MessageCrypto(Vectors.A_TOKEN, KEY, "wx0000000000000000");

    assertRefused(
        () ->
            other.decrypt(
                Vectors.A1_MSG_SIGNATURE,
                Vectors.A_TIMESTAMP,
                Vectors.A_NONCE,
                Vectors.A1_ENCRYPT));
  }

  @Test
  void bothKeysFailingIsTheSameRefusal() {
    MessageCrypto rotated =
        new MessageCrypto(Vectors.A_TOKEN, Vectors.B_KEY, APP_ID).withPreviousKey(Vectors.D_KEY);

    assertRefused(() -> rotated.decrypt(Vectors.A1_ENCRYPT));
  }

  private static void assertRefused(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isExactlyInstanceOf(WeChatProtocolException.class)
        .hasMessage("invalid encrypted message")
        .hasNoCause();
  }

  /** A well-padded ciphertext of {@code random | declaredLength | msg | appId}. */
  private static String forge(int declaredLength, byte[] msg, byte[] appId) {
    byte[] body = RawAes.layout(declaredLength, RawAes.concat(msg, appId));
    int pad = 32 - body.length % 32;
    return RawAes.encrypt(KEY, RawAes.concat(body, RawAes.repeat(pad, pad)));
  }

  /** Like {@link #forge} but every pad byte is {@code padByte}, whatever the real pad length. */
  private static String forgeWithPad(int declaredLength, byte[] msg, byte[] appId, int padByte) {
    byte[] body = RawAes.layout(declaredLength, RawAes.concat(msg, appId));
    int pad = 32 - body.length % 32;
    return RawAes.encrypt(KEY, RawAes.concat(body, RawAes.repeat(padByte, pad)));
  }

  private static String forgeInconsistentPad() {
    byte[] body = RawAes.layout(MSG.length, RawAes.concat(MSG, APP));
    int pad = 32 - body.length % 32;
    byte[] padding = RawAes.repeat(pad, pad);
    padding[0] = (byte) (pad - 1);
    return RawAes.encrypt(KEY, RawAes.concat(body, padding));
  }

  private static String otherKeyCiphertext() {
    return new MessageCrypto("t", Vectors.B_KEY, APP_ID).encrypt("<xml>hi</xml>");
  }

  private static String flip(String base64, int byteIndex) {
    byte[] bytes = Base64.getDecoder().decode(base64);
    bytes[byteIndex] ^= 0x01;
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static String truncateBlock(String base64) {
    byte[] bytes = Base64.getDecoder().decode(base64);
    return Base64.getEncoder().encodeToString(Arrays.copyOf(bytes, bytes.length - 16));
  }

  private static String flipHex(String hex) {
    char last = hex.charAt(hex.length() - 1);
    return hex.substring(0, hex.length() - 1) + (last == '0' ? '1' : '0');
  }
}
