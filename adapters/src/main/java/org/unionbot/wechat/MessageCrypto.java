package org.unionbot.wechat;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * WXBizMsgCrypt for the compatible and safe modes (docs/WECHAT.md §2): checks {@code
 * msg_signature}, decrypts the pushed {@code <Encrypt>} and encrypts the reply envelope.
 *
 * <p>Built from the Token, the 43-character EncodingAESKey and the receive id: the AppID configured
 * in the WeChat console, or for WeCom (企业微信), whose scheme is the same, the corp id. After a key
 * change, {@link #withPreviousKey} keeps the old key as a fallback for decryption, as the official
 * docs advise; {@link Decrypted#replyCrypto()} then encrypts the reply with whichever key worked.
 *
 * <p>Every refusal (bad signature, base64, length, padding, length field, AppID, UTF-8) throws the
 * same {@link WeChatProtocolException}, so a caller cannot tell them apart. Keys never appear in
 * messages or {@link #toString()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class MessageCrypto {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern NONCE = Pattern.compile("[\\x21-\\x7E]{1,128}");

  private final String token;
  private final String appId;
  private final byte[] appIdBytes;
  private final BizMsgCipher current;
  private final Optional<MessageCrypto> previous;

  /**
   * @param token the Token (non-empty)
   * @param encodingAesKey the EncodingAESKey: exactly 43 characters of {@code [A-Za-z0-9]}
   * @param appId the receive id written into and required of every ciphertext (non-empty): the
   *     AppID, or WeCom's corp id
   * @throws IllegalArgumentException if a value is malformed (the key is never echoed)
   */
  public MessageCrypto(String token, String encodingAesKey, String appId) {
    this(token, appId, new BizMsgCipher(encodingAesKey), Optional.empty());
  }

  private MessageCrypto(
      String token, String appId, BizMsgCipher current, Optional<MessageCrypto> previous) {
    this.token = requireNonEmpty(token, "token");
    this.appId = requireNonEmpty(appId, "appId");
    this.appIdBytes = appId.getBytes(UTF_8);
    this.current = current;
    this.previous = previous;
  }

  /**
   * A copy that also tries {@code previousEncodingAesKey} when the current key fails to decrypt
   * (replacing any previous key this instance had). Encryption always uses the current key.
   */
  public MessageCrypto withPreviousKey(String previousEncodingAesKey) {
    BizMsgCipher old = new BizMsgCipher(previousEncodingAesKey);
    return new MessageCrypto(
        token, appId, current, Optional.of(new MessageCrypto(token, appId, old, Optional.empty())));
  }

  /**
   * Verifies {@code msgSignature} over {@code encrypt}, then decrypts it.
   *
   * @param msgSignature the {@code msg_signature} query parameter (may be {@code null})
   * @param timestamp the {@code timestamp} query parameter (may be {@code null})
   * @param nonce the {@code nonce} query parameter (may be {@code null})
   * @param encrypt the {@code <Encrypt>} text exactly as received (may be {@code null})
   * @throws WeChatProtocolException for any failure, always with the same message
   */
  public Decrypted decrypt(String msgSignature, String timestamp, String nonce, String encrypt) {
    if (!Signature.verify(msgSignature, token, timestamp, nonce, encrypt)) {
      throw BizMsgCipher.failure();
    }
    return decrypt(encrypt);
  }

  /** Decrypts without checking a signature; the previous key, if any, is tried on failure. */
  Decrypted decrypt(String encrypt) {
    if (encrypt == null) {
      throw BizMsgCipher.failure();
    }
    try {
      return new Decrypted(current.decrypt(encrypt, appIdBytes), this);
    } catch (WeChatProtocolException e) {
      MessageCrypto old = previous.orElseThrow(() -> e);
      return new Decrypted(old.current.decrypt(encrypt, appIdBytes), old);
    }
  }

  /** The base64 {@code Encrypt} value for {@code plainXml}, with a fresh random prefix. */
  public String encrypt(String plainXml) {
    byte[] random = new byte[BizMsgCipher.RANDOM_LENGTH];
    RANDOM.nextBytes(random);
    return encrypt(plainXml, random);
  }

  /** Deterministic {@link #encrypt(String)} for tests: {@code random} is the 16-byte prefix. */
  String encrypt(String plainXml, byte[] random) {
    return current.encrypt(random, utf8(plainXml), appIdBytes);
  }

  /**
   * The encrypted passive reply (docs/WECHAT.md §2.4): {@code <xml>} with {@code Encrypt}, {@code
   * MsgSignature}, {@code TimeStamp} and {@code Nonce}. Echoing the request's timestamp and nonce
   * is fine.
   *
   * @param replyXml the plaintext reply, e.g. {@link ReplyXml#textReply}
   * @param timestamp Unix seconds, decimal digits
   * @param nonce 1 to 128 printable ASCII characters, no spaces
   * @throws IllegalArgumentException if the timestamp or nonce is malformed
   */
  public String encryptReply(String replyXml, String timestamp, String nonce) {
    return envelope(encrypt(replyXml), timestamp, nonce);
  }

  /**
   * {@link #encryptReply(String, String, String)} of a reply already written as UTF-8, such as
   * {@link ReplyXml#textReplyUtf8}; the bytes are taken as they are.
   */
  public String encryptReply(byte[] replyXmlUtf8, String timestamp, String nonce) {
    Objects.requireNonNull(replyXmlUtf8, "replyXmlUtf8");
    byte[] random = new byte[BizMsgCipher.RANDOM_LENGTH];
    RANDOM.nextBytes(random);
    return envelope(current.encrypt(random, replyXmlUtf8, appIdBytes), timestamp, nonce);
  }

  /** Deterministic {@link #encryptReply(String, String, String)} for tests. */
  String encryptReply(String replyXml, String timestamp, String nonce, byte[] random) {
    return envelope(encrypt(replyXml, random), timestamp, nonce);
  }

  private String envelope(String encrypt, String timestamp, String nonce) {
    if (!Signature.isDigits(
        Objects.requireNonNull(timestamp, "timestamp"), Signature.MAX_TIMESTAMP_DIGITS)) {
      throw new IllegalArgumentException("timestamp must be decimal digits");
    }
    if (!NONCE.matcher(Objects.requireNonNull(nonce, "nonce")).matches()) {
      throw new IllegalArgumentException("nonce must be 1 to 128 printable ASCII characters");
    }
    String signature = Signature.sign(token, timestamp, nonce, encrypt);
    return ReplyXml.encryptedEnvelope(encrypt, signature, timestamp, nonce);
  }

  private static byte[] utf8(String text) {
    Objects.requireNonNull(text, "plainXml");
    try {
      ByteBuffer encoded =
          UTF_8
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(text));
      return Arrays.copyOf(encoded.array(), encoded.limit());
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("plainXml is not well-formed UTF-16 (lone surrogate)", e);
    }
  }

  private static String requireNonEmpty(String value, String name) {
    if (Objects.requireNonNull(value, name).isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    return value;
  }

  @Override
  public String toString() {
    return "MessageCrypto[appId=" + appId + ", previousKey=" + previous.isPresent() + "]";
  }

  /**
   * A decrypted push: the plaintext XML and the crypto to encrypt the reply with (the instance
   * whose key decrypted it). {@link #toString()} omits the plaintext, which may hold user data.
   */
  public record Decrypted(String plaintext, MessageCrypto replyCrypto) {
    public Decrypted {
      Objects.requireNonNull(plaintext, "plaintext");
      Objects.requireNonNull(replyCrypto, "replyCrypto");
    }

    @Override
    public String toString() {
      return "Decrypted[" + plaintext.length() + " chars]";
    }
  }
}
