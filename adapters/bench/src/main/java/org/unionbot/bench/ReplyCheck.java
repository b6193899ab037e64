package org.unionbot.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one response to a push: status 200 and a passive text reply (docs/WECHAT.md §1.5), {@code
 * <xml>} with {@code ToUserName}, {@code FromUserName}, a numeric {@code CreateTime}, {@code
 * MsgType} {@code text} and a non-empty {@code Content}, each plain or in CDATA.
 *
 * <p>A small parser of that flat document rather than a full XML parser, so that checking every
 * response costs the load generator little. {@code ReplyCheckTest} checks it against the server's
 * own reply writer and the JDK's XML parser. Stateless.
 */
final class ReplyCheck {
  private static final String[] REQUIRED = {"ToUserName", "FromUserName", "CreateTime", "MsgType"};

  private ReplyCheck() {}

  /**
   * What is wrong with the response, or empty when it is a good reply.
   *
   * @param toUser the sender of the push, which the reply's {@code ToUserName} must name; empty
   *     skips that check (the bare reference answers a fixed reply)
   */
  static Optional<String> problem(int status, String body, Optional<String> toUser) {
    if (status != 200) {
      return Optional.of("status " + status);
    }
    Map<String, String> fields = fields(body);
    if (fields == null) {
      return Optional.of("not a reply XML");
    }
    for (String name : REQUIRED) {
      String value = fields.get(name);
      if (value == null || value.isEmpty()) {
        return Optional.of("missing " + name);
      }
    }
    if (!WeChatPush.isDigits(fields.get("CreateTime"), 18)) {
      return Optional.of("CreateTime is not a number");
    }
    if (!"text".equals(fields.get("MsgType"))) {
      return Optional.of("MsgType is not text");
    }
    String content = fields.get("Content");
    if (content == null || content.isBlank()) {
      return Optional.of("empty Content");
    }
    if (toUser.isPresent() && !toUser.get().equals(fields.get("ToUserName"))) {
      return Optional.of("reply to another user");
    }
    return Optional.empty();
  }

  private static boolean isName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (!Character.isLetterOrDigit(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The children of a flat {@code <xml>} document, or null if it is not one. */
  static Map<String, String> fields(String body) {
    String xml = body.strip();
    if (!xml.startsWith("<xml>") || !xml.endsWith("</xml>")) {
      return null;
    }
    Map<String, String> fields = new HashMap<>();
    int at = "<xml>".length();
    int end = xml.length() - "</xml>".length();
    while (at < end) {
      if (Character.isWhitespace(xml.charAt(at))) {
        at++;
        continue;
      }
      int close = xml.indexOf('>', at);
      if (xml.charAt(at) != '<' || close < 0 || close >= end) {
        return null;
      }
      String name = xml.substring(at + 1, close);
      if (!isName(name)) {
        return null;
      }
      String endTag = "</" + name + ">";
      int valueEnd = xml.indexOf(endTag, close + 1);
      if (valueEnd < 0 || valueEnd > end) {
        return null;
      }
      String value = xml.substring(close + 1, valueEnd);
      if (value.startsWith("<![CDATA[") && value.endsWith("]]>")) {
        value = value.substring("<![CDATA[".length(), value.length() - "]]>".length());
      } else if (value.indexOf('<') >= 0) {
        return null;
      }
      if (fields.put(name, value) != null) {
        return null;
      }
      at = valueEnd + endTag.length();
    }
    return fields;
  }
}
