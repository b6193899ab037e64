package org.unionbot.wechat;

import java.util.Optional;
import org.unionbot.http.HttpError;
import org.unionbot.http.Request;

/**
 * Step 2 of a push, decrypt: the push's XML in plaintext, and the crypto its reply must be
 * encrypted with (docs/WECHAT.md §2). {@code encrypt_type=aes} (compatible and safe mode) has its
 * {@code <Encrypt>} checked against {@code msg_signature} and decrypted; {@code raw} or no {@code
 * encrypt_type} is the body itself.
 *
 * <p>Refusals: aes without a configured EncodingAESKey, a body that is not UTF-8 XML with an {@code
 * Encrypt} and an unknown {@code encrypt_type} are 400; a bad {@code msg_signature} or a ciphertext
 * that does not decrypt are one 403 ("signature check failed"), so nothing tells which check
 * failed. {@link #decrypt} serves any value sealed with the same scheme (WeCom's {@code echostr},
 * say, with the corp id as the receive id). Immutable and thread-safe.
 */
public final class PushDecryptor {

  /**
   * A push opened: its plaintext XML and, when it came encrypted, the crypto for its reply.
   *
   * @param xml the plaintext XML, for {@link WeChatXml#parse(String)}
   * @param replyCrypto empty for a plaintext push
   */
  public record Opened(String xml, Optional<MessageCrypto> replyCrypto) {}

  private final Optional<MessageCrypto> crypto;

  PushDecryptor(Optional<MessageCrypto> crypto) {
    this.crypto = crypto;
  }

  /** The plaintext of {@code request}'s body. */
  Opened open(Request request) {
    String encryptType = request.param("encrypt_type").orElse("raw");
    if ("aes".equalsIgnoreCase(encryptType)) {
      MessageCrypto keys =
          crypto.orElseThrow(
              () ->
                  HttpError.badRequest(
                      "encrypted messages are not enabled: configure the EncodingAESKey"));
      return openSealed(keys, request);
    }
    if ("raw".equalsIgnoreCase(encryptType)) {
      try {
        return new Opened(WeChatXml.decode(request.body()), Optional.empty());
      } catch (WeChatProtocolException e) {
        throw malformed(e);
      }
    }
    throw HttpError.badRequest("unsupported encrypt_type");
  }

  /**
   * An encrypted body, as in safe mode or from WeCom (always encrypted): its {@code <Encrypt>}
   * checked against {@code msg_signature} and decrypted with {@code keys}, whose receive id (AppID
   * or WeCom corp id) it must carry. 400 for a malformed body, 403 for a forged one.
   */
  public static Opened openSealed(MessageCrypto keys, Request request) {
    String encrypt;
    try {
      encrypt = WeChatXml.parseEncrypt(request.body());
    } catch (WeChatProtocolException e) {
      throw malformed(e);
    }
    MessageCrypto.Decrypted decrypted = decrypt(keys, request, encrypt);
    return new Opened(decrypted.plaintext(), Optional.of(decrypted.replyCrypto()));
  }

  /**
   * Checks {@code msg_signature} over {@code encrypt} with {@code request}'s {@code timestamp} and
   * {@code nonce}, then decrypts it; 403 on any failure. WeCom's URL verification unseals its
   * {@code echostr} this way.
   */
  public static MessageCrypto.Decrypted decrypt(
      MessageCrypto keys, Request request, String encrypt) {
    try {
      return keys.decrypt(
          request.param("msg_signature").orElse(null),
          request.param("timestamp").orElse(null),
          request.param("nonce").orElse(null),
          encrypt);
    } catch (WeChatProtocolException e) {
      throw HttpError.of(403, "signature check failed", "msg_signature or ciphertext refused");
    }
  }

  /** The 400 for a body that is not a well-formed, harmless push. */
  private static HttpError malformed(WeChatProtocolException e) {
    return HttpError.of(400, "malformed message", e.getMessage());
  }
}
