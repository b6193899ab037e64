package org.unionbot.wechat;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Objects;

/**
 * Writes WeChat's reply XML (docs/WECHAT.md §1.5, §2.4): the passive text reply and the envelope of
 * an encrypted one. There is one text-reply writer, {@link #textReplyUtf8}; {@link #textReply} is
 * the same bytes as a string, with the content prepared afresh instead of taken from the cache.
 *
 * <p>Writing escapes {@code ]]>}, strips characters XML 1.0 forbids and cuts text replies to
 * WeChat's 2048-byte limit ({@link ReplyText}). Stateless apart from a small cache of prepared
 * contents, and thread-safe.
 */
public final class ReplyXml {
  private static final byte[] HEAD = "<xml><ToUserName>".getBytes(UTF_8);
  private static final byte[] FROM = "</ToUserName><FromUserName>".getBytes(UTF_8);
  private static final byte[] TIME = "</FromUserName><CreateTime>".getBytes(UTF_8);
  private static final byte[] CONTENT =
      "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content>".getBytes(UTF_8);
  private static final byte[] TAIL = "</Content></xml>".getBytes(UTF_8);

  private ReplyXml() {}

  /**
   * A passive text reply as UTF-8: the bytes a push is answered with, plain or before encryption.
   * {@code content} is made XML-safe and cut to 2048 UTF-8 bytes, at a sentence end when possible;
   * {@code ]]>} anywhere is escaped. The prepared content is remembered for the last few hundred
   * distinct texts, since workers ask the same questions and get the same answer texts.
   *
   * @param toUser the user's OpenID (the request's {@code FromUserName})
   * @param fromUser our account id (the request's {@code ToUserName})
   * @param createTime Unix seconds
   * @param content the text to show
   */
  public static byte[] textReplyUtf8(
      String toUser, String fromUser, long createTime, String content) {
    return write(toUser, fromUser, createTime, PreparedContent.of(content(content)));
  }

  /** {@link #textReplyUtf8} as a string, its content prepared without the cache. */
  public static String textReply(String toUser, String fromUser, long createTime, String content) {
    byte[] text = prepare(content(content));
    return new String(write(toUser, fromUser, createTime, text), UTF_8);
  }

  private static String content(String content) {
    return Objects.requireNonNull(content, "content");
  }

  private static byte[] write(String toUser, String fromUser, long createTime, byte[] text) {
    Objects.requireNonNull(toUser, "toUser");
    Objects.requireNonNull(fromUser, "fromUser");
    if (createTime < 0) {
      throw new IllegalArgumentException("createTime must not be negative");
    }
    byte[] to = ReplyText.cdata(ReplyText.xmlSafe(toUser)).getBytes(UTF_8);
    byte[] from = ReplyText.cdata(ReplyText.xmlSafe(fromUser)).getBytes(UTF_8);
    byte[] time = Long.toString(createTime).getBytes(UTF_8);
    byte[][] parts = {HEAD, to, FROM, from, TIME, time, CONTENT, text, TAIL};
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] out = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, out, at, part.length);
      at += part.length;
    }
    return out;
  }

  /** The content cleaned, cut and wrapped in CDATA, as UTF-8. */
  private static byte[] prepare(String text) {
    return ReplyText.cdata(ReplyText.content(text)).getBytes(UTF_8);
  }

  /**
   * A small direct-mapped cache: content text → its {@link #prepare prepared} form. A slot holds
   * one immutable pair, so racing threads at worst prepare a text twice.
   */
  private static final class PreparedContent {
    private static final int SLOTS = 512; // a power of two
    private static final PreparedContent[] CACHE = new PreparedContent[SLOTS];

    private final String text;
    private final byte[] utf8;

    private PreparedContent(String text, byte[] utf8) {
      this.text = text;
      this.utf8 = utf8;
    }

    static byte[] of(String text) {
      int slot = text.hashCode() & (SLOTS - 1);
      PreparedContent cached = CACHE[slot];
      if (cached != null && (cached.text == text || cached.text.equals(text))) {
        return cached.utf8;
      }
      byte[] utf8 = prepare(text);
      CACHE[slot] = new PreparedContent(text, utf8);
      return utf8;
    }
  }

  /** The encrypted reply envelope of §2.4; all four values must already be validated. */
  static String encryptedEnvelope(
      String encrypt, String msgSignature, String timestamp, String nonce) {
    return "<xml><Encrypt>"
        + ReplyText.cdata(encrypt)
        + "</Encrypt><MsgSignature>"
        + ReplyText.cdata(msgSignature)
        + "</MsgSignature><TimeStamp>"
        + timestamp
        + "</TimeStamp><Nonce>"
        + ReplyText.cdata(nonce)
        + "</Nonce></xml>";
  }
}
