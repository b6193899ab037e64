package org.unionbot.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Objects;
import org.unionbot.wechat.Signature;

/**
 * One plaintext-mode text push as WeChat sends it (docs/WECHAT.md §1.2): {@code POST
 * /wechat?signature&timestamp&nonce&openid} with the message XML as the body.
 *
 * @param pathAndQuery the request target, {@code /wechat?...}
 * @param openId the sender, also {@code FromUserName}; the reply must go back to it
 * @param body the UTF-8 XML body
 */
record WeChatPush(String pathAndQuery, String openId, byte[] body) {

  /** Our account's original id ({@code ToUserName}) in the pushes. */
  static final String ACCOUNT = "gh_0123456789ab";

  WeChatPush {
    Objects.requireNonNull(pathAndQuery, "pathAndQuery");
    Objects.requireNonNull(openId, "openId");
    Objects.requireNonNull(body, "body");
  }

  /**
   * A text message signed with {@code token}.
   *
   * @param openId the sender: letters, digits, {@code -} and {@code _} only (as WeChat's)
   * @param timestamp Unix seconds; the server refuses one more than 300 s off
   * @param nonce decimal digits, as WeChat sends
   */
  static WeChatPush text(
      String token, String openId, long msgId, String content, long timestamp, String nonce) {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(content, "content");
    if (!isOpenId(openId)) {
      throw new IllegalArgumentException("not an openid: " + openId);
    }
    if (!isDigits(nonce, 18)) {
      throw new IllegalArgumentException("not a nonce: " + nonce);
    }
    if (content.contains("]]>")) {
      throw new IllegalArgumentException("content cannot go in CDATA: " + content);
    }
    String ts = Long.toString(timestamp);
    String query =
        "/wechat?signature="
            + Signature.sign(token, ts, nonce)
            + "&timestamp="
            + ts
            + "&nonce="
            + nonce
            + "&openid="
            + openId;
    String xml =
        "<xml><ToUserName><![CDATA["
            + ACCOUNT
            + "]]></ToUserName><FromUserName><![CDATA["
            + openId
            + "]]></FromUserName><CreateTime>"
            + ts
            + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA["
            + content
            + "]]></Content><MsgId>"
            + msgId
            + "</MsgId></xml>";
    return new WeChatPush(query, openId, xml.getBytes(UTF_8));
  }

  /** 1 to {@code max} ASCII digits. */
  static boolean isDigits(String s, int max) {
    if (s.isEmpty() || s.length() > max) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Letters, digits, {@code -} and {@code _}, 1 to 64 of them (loops, not regexes: per request).
   */
  private static boolean isOpenId(String s) {
    if (s.isEmpty() || s.length() > 64) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
