package org.unionbot.wechat;

import java.security.SecureRandom;

/**
 * Step 7 of a push, encrypt: a written reply sealed into the encrypted envelope of docs/WECHAT.md
 * §2.4, with the given timestamp and a fresh random nonce. Any channel with the same scheme (WeCom,
 * with the corp id as the receive id of its {@link MessageCrypto}) seals its replies the same way.
 * Stateless and thread-safe.
 */
final class ReplyEncryptor {
  private static final SecureRandom RANDOM = new SecureRandom();

  private ReplyEncryptor() {}

  /**
   * The envelope for {@code replyXmlUtf8}.
   *
   * @param crypto the crypto whose key decrypted the push
   * @param replyXmlUtf8 the plaintext reply as written by {@link ReplyXml}
   * @param timestamp Unix seconds
   */
  static String seal(MessageCrypto crypto, byte[] replyXmlUtf8, long timestamp) {
    String nonce = Long.toString(RANDOM.nextLong() & Long.MAX_VALUE);
    return crypto.encryptReply(replyXmlUtf8, Long.toString(timestamp), nonce);
  }
}
