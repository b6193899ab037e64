package org.unionbot.wechat;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * WeChat's XML: parsing pushed messages (safely, see {@link HardenedXmlReader}) and writing passive
 * replies (docs/WECHAT.md §1.4, §1.5, §2.4).
 *
 * <p>Parsing accepts CDATA or plain values, any element order, unknown and nested elements, and
 * refuses DOCTYPEs, entities, bodies over 64 KiB, nesting deeper than 5, more than 256 elements and
 * any root but {@code <xml>}. Writing escapes {@code ]]>}, strips characters XML 1.0 forbids and
 * cuts text replies to WeChat's 2048-byte limit.
 *
 * <p>Stateless and thread-safe.
 */
public final class WeChatXml {
  /** The body that tells WeChat "no reply": it then shows nothing and does not retry. */
  public static final String NO_REPLY = "success";

  private static final Set<String> CORE_FIELDS =
      Set.of(
          "ToUserName",
          "FromUserName",
          "CreateTime",
          "MsgType",
          "MsgId",
          "MsgID",
          "Content",
          "Recognition",
          "Event",
          "EventKey",
          "Encrypt");

  private WeChatXml() {}

  /**
   * Parses a pushed message (plaintext or compatible mode, or the plaintext of a decrypted one).
   *
   * @throws WeChatProtocolException if the XML is malformed or hostile, or lacks {@code
   *     ToUserName}, {@code FromUserName}, {@code MsgType} or a numeric {@code CreateTime}
   */
  public static InboundMessage parse(String xml) {
    Map<String, String> fields = HardenedXmlReader.read(xml, CORE_FIELDS);
    Map<String, String> others = new HashMap<>(fields);
    others.keySet().removeAll(CORE_FIELDS);
    Optional<String> msgId = optional(fields, "MsgId").or(() -> optional(fields, "MsgID"));
    return new InboundMessage(
        required(fields, "ToUserName"),
        required(fields, "FromUserName"),
        createTime(required(fields, "CreateTime")),
        required(fields, "MsgType"),
        msgId.map(String::strip).filter(id -> !id.isEmpty()),
        optional(fields, "Content"),
        optional(fields, "Recognition"),
        optional(fields, "Event"),
        optional(fields, "EventKey"),
        optional(fields, "Encrypt"),
        others);
  }

  /** {@link #parse(String)} of a UTF-8 request body. */
  public static InboundMessage parse(byte[] body) {
    return parse(decode(body));
  }

  /**
   * The {@code <Encrypt>} value of a safe- or compatible-mode body, exactly as sent.
   *
   * @throws WeChatProtocolException if the XML is malformed or hostile or has no {@code Encrypt}
   */
  public static String parseEncrypt(String xml) {
    return required(HardenedXmlReader.read(xml, CORE_FIELDS), "Encrypt");
  }

  /** {@link #parseEncrypt(String)} of a UTF-8 request body. */
  public static String parseEncrypt(byte[] body) {
    return parseEncrypt(decode(body));
  }

  /**
   * A passive text reply. {@code content} is made XML-safe and cut to 2048 UTF-8 bytes, at a
   * sentence end when possible; {@code ]]>} anywhere is escaped.
   *
   * @param toUser the user's OpenID (the request's {@code FromUserName})
   * @param fromUser our account id (the request's {@code ToUserName})
   * @param createTime Unix seconds
   * @param content the text to show
   */
  public static String textReply(String toUser, String fromUser, long createTime, String content) {
    Objects.requireNonNull(toUser, "toUser");
    Objects.requireNonNull(fromUser, "fromUser");
    Objects.requireNonNull(content, "content");
    if (createTime < 0) {
      throw new IllegalArgumentException("createTime must not be negative");
    }
    return "<xml><ToUserName>"
        + ReplyText.cdata(ReplyText.xmlSafe(toUser))
        + "</ToUserName><FromUserName>"
        + ReplyText.cdata(ReplyText.xmlSafe(fromUser))
        + "</FromUserName><CreateTime>"
        + createTime
        + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content>"
        + ReplyText.cdata(ReplyText.content(content))
        + "</Content></xml>";
  }

  /**
   * {@link #textReply} as UTF-8 bytes, byte for byte the same, built without the intermediate
   * string. The cleaned, cut and CDATA-wrapped content is remembered for the last few hundred
   * distinct texts, since workers ask the same questions and get the same answer texts.
   */
  public static byte[] textReplyUtf8(
      String toUser, String fromUser, long createTime, String content) {
    Objects.requireNonNull(toUser, "toUser");
    Objects.requireNonNull(fromUser, "fromUser");
    Objects.requireNonNull(content, "content");
    if (createTime < 0) {
      throw new IllegalArgumentException("createTime must not be negative");
    }
    byte[] to = ReplyText.cdata(ReplyText.xmlSafe(toUser)).getBytes(UTF_8);
    byte[] from = ReplyText.cdata(ReplyText.xmlSafe(fromUser)).getBytes(UTF_8);
    byte[] time = Long.toString(createTime).getBytes(UTF_8);
    byte[] text = PreparedContent.of(content);
    byte[] out =
        new byte
            [REPLY_HEAD.length
                + to.length
                + REPLY_FROM.length
                + from.length
                + REPLY_TIME.length
                + time.length
                + REPLY_CONTENT.length
                + text.length
                + REPLY_TAIL.length];
    int at = 0;
    for (byte[] part :
        new byte[][] {
          REPLY_HEAD, to, REPLY_FROM, from, REPLY_TIME, time, REPLY_CONTENT, text, REPLY_TAIL
        }) {
      System.arraycopy(part, 0, out, at, part.length);
      at += part.length;
    }
    return out;
  }

  private static final byte[] REPLY_HEAD = "<xml><ToUserName>".getBytes(UTF_8);
  private static final byte[] REPLY_FROM = "</ToUserName><FromUserName>".getBytes(UTF_8);
  private static final byte[] REPLY_TIME = "</FromUserName><CreateTime>".getBytes(UTF_8);
  private static final byte[] REPLY_CONTENT =
      "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content>".getBytes(UTF_8);
  private static final byte[] REPLY_TAIL = "</Content></xml>".getBytes(UTF_8);

  /**
   * A small direct-mapped cache: content text → its {@code <![CDATA[…]]>} form, cleaned and cut, as
   * UTF-8. A slot holds one immutable pair, so racing threads at worst prepare a text twice.
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
      byte[] utf8 = ReplyText.cdata(ReplyText.content(text)).getBytes(UTF_8);
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

  private static String required(Map<String, String> fields, String name) {
    String value = fields.get(name);
    if (value == null || value.isBlank()) {
      throw new WeChatProtocolException("missing " + name);
    }
    return value;
  }

  private static Optional<String> optional(Map<String, String> fields, String name) {
    return Optional.ofNullable(fields.get(name));
  }

  private static long createTime(String value) {
    String digits = value.strip();
    if (!Signature.isDigits(digits, Signature.MAX_TIMESTAMP_DIGITS)) {
      throw new WeChatProtocolException("CreateTime is not a number");
    }
    return Long.parseLong(digits);
  }

  private static String decode(byte[] body) {
    Objects.requireNonNull(body, "body");
    if (body.length > HardenedXmlReader.MAX_BYTES) {
      throw new WeChatProtocolException("XML body too large");
    }
    try {
      String text =
          UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new WeChatProtocolException("body is not UTF-8");
    }
  }
}
