package org.unionbot.wechat;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Plain AES-256-CBC without any WeChat framing, written independently of the code under test: to
 * look inside our ciphertexts and to forge malformed ones.
 */
final class RawAes {
  private RawAes() {}

  /** The padded plaintext of a base64 ciphertext, pad bytes included. */
  static byte[] decrypt(String encodingAesKey, String base64) {
    return run(Cipher.DECRYPT_MODE, encodingAesKey, Base64.getDecoder().decode(base64));
  }

  /** Base64 ciphertext of {@code plain}, whose length must be a multiple of 16. */
  static String encrypt(String encodingAesKey, byte[] plain) {
    return Base64.getEncoder().encodeToString(run(Cipher.ENCRYPT_MODE, encodingAesKey, plain));
  }

  /** A layout {@code random(16) | length | body}, without padding; pad it yourself. */
  static byte[] layout(int declaredLength, byte[] body) {
    return ByteBuffer.allocate(20 + body.length)
        .put(new byte[16])
        .putInt(declaredLength)
        .put(body)
        .array();
  }

  static byte[] concat(byte[] first, byte[] second) {
    byte[] out = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, out, first.length, second.length);
    return out;
  }

  static byte[] repeat(int value, int count) {
    byte[] out = new byte[count];
    Arrays.fill(out, (byte) value);
    return out;
  }

  static int messageLength(byte[] plain) {
    return ByteBuffer.wrap(plain, 16, 4).getInt();
  }

  /** What follows the message, up to the padding: the AppID. */
  static String trailer(byte[] plain) {
    int end = plain.length - (plain[plain.length - 1] & 0xff);
    return new String(plain, 20 + messageLength(plain), end - 20 - messageLength(plain), UTF_8);
  }

  private static byte[] run(int mode, String encodingAesKey, byte[] input) {
    byte[] key = Base64.getDecoder().decode(encodingAesKey + "=");
    try {
      Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
      cipher.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }
}
