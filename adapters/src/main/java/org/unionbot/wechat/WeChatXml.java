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
 * WeChat's pushed XML, read safely (see {@link HardenedXmlReader}; docs/WECHAT.md §1.4, §2.3).
 * Replies are written by {@link ReplyXml}.
 *
 * <p>Parsing accepts CDATA or plain values, any element order, unknown and nested elements, and
 * refuses DOCTYPEs, entities, bodies over 64 KiB, nesting deeper than 5, more than 256 elements and
 * any root but {@code <xml>}.
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

  /**
   * A UTF-8 request body as text, without a leading byte-order mark.
   *
   * @throws WeChatProtocolException if it is over 64 KiB or not UTF-8
   */
  static String decode(byte[] body) {
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
