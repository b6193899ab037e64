package org.unionbot.wechat;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WXBizMsgCrypt's cipher for one EncodingAESKey (docs/WECHAT.md §2.1–2.2): AES-256-CBC without JCE
 * padding, IV = key[0..16), PKCS#7 padding to 32-byte blocks, plaintext layout {@code random(16) |
 * msg_len(4, big-endian) | msg | appid}.
 *
 * <p>Decryption follows the strict checklist of §2.2 and reports every failure with the same {@link
 * WeChatProtocolException}. Immutable and thread-safe: a fresh {@link Cipher} per call.
 */
final class BizMsgCipher {
  static final String FAILURE = "invalid encrypted message";
  static final int RANDOM_LENGTH = 16;

  private static final Pattern ENCODING_AES_KEY = Pattern.compile("[A-Za-z0-9]{43}");
  private static final int PAD_BLOCK = 32;
  private static final int AES_BLOCK = 16;
  private static final int HEADER = RANDOM_LENGTH + 4;

  private final SecretKeySpec key;
  private final IvParameterSpec iv;

  BizMsgCipher(String encodingAesKey) {
    if (encodingAesKey == null || !ENCODING_AES_KEY.matcher(encodingAesKey).matches()) {
      // never echo the key: it is a secret
      throw new IllegalArgumentException(
          "EncodingAESKey must be exactly 43 characters [A-Za-z0-9]");
    }
    // the 43rd character carries 2 non-zero discarded bits in real keys; the JDK decoder allows it
    byte[] raw = Base64.getDecoder().decode(encodingAesKey + "=");
    this.key = new SecretKeySpec(raw, "AES");
    this.iv = new IvParameterSpec(Arrays.copyOfRange(raw, 0, AES_BLOCK));
  }

  /** Base64 ciphertext of {@code random | len | msg | appId}. */
  String encrypt(byte[] random, byte[] msg, byte[] appId) {
    if (random.length != RANDOM_LENGTH) {
      throw new IllegalArgumentException("random prefix must be 16 bytes");
    }
    int length = HEADER + msg.length + appId.length;
    int pad = PAD_BLOCK - length % PAD_BLOCK;
    ByteBuffer plain = ByteBuffer.allocate(length + pad);
    plain.put(random).putInt(msg.length).put(msg).put(appId);
    while (plain.hasRemaining()) {
      plain.put((byte) pad);
    }
    return Base64.getEncoder().encodeToString(run(Cipher.ENCRYPT_MODE, plain.array()));
  }

  /** The message, if {@code base64} decrypts under this key and ends with {@code appId}. */
  String decrypt(String base64, byte[] appId) {
    byte[] cipherText = decodeBase64(base64);
    if (cipherText.length < PAD_BLOCK || cipherText.length % AES_BLOCK != 0) {
      throw failure();
    }
    byte[] plain = run(Cipher.DECRYPT_MODE, cipherText);
    int end = plain.length - padLength(plain);
    if (end < HEADER) {
      throw failure();
    }
    long msgEnd = HEADER + (long) ByteBuffer.wrap(plain, RANDOM_LENGTH, 4).getInt();
    if (msgEnd < HEADER || msgEnd > end) {
      throw failure();
    }
    byte[] trailer = Arrays.copyOfRange(plain, (int) msgEnd, end);
    if (!MessageDigest.isEqual(trailer, appId)) {
      throw failure();
    }
    return decodeUtf8(plain, HEADER, (int) msgEnd - HEADER);
  }

  private static int padLength(byte[] plain) {
    int pad = plain[plain.length - 1] & 0xff;
    if (pad < 1 || pad > PAD_BLOCK) {
      throw failure();
    }
    int mismatch = 0;
    for (int i = plain.length - pad; i < plain.length; i++) {
      mismatch |= (plain[i] & 0xff) ^ pad;
    }
    if (mismatch != 0) {
      throw failure();
    }
    return pad;
  }

  private byte[] run(int mode, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
      cipher.init(mode, key, iv);
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      // lengths are checked before; a JDK without AES/CBC is a broken installation
      throw new IllegalStateException("AES/CBC/NoPadding unavailable", e);
    }
  }

  private static byte[] decodeBase64(String base64) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw failure();
    }
  }

  private static String decodeUtf8(byte[] bytes, int offset, int length) {
    try {
      return UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, length))
          .toString();
    } catch (CharacterCodingException e) {
      throw failure();
    }
  }

  static WeChatProtocolException failure() {
    return new WeChatProtocolException(FAILURE);
  }
}
