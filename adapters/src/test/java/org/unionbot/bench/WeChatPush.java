package org.unionbot.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Objects;
import java.util.regex.Pattern;
import org.unionbot.wechat.Signature;

/**
 * One plaintext-mode text push as WeChat sends it (WECHAT.md §1.2): {@code POST
 * /wechat?signature&timestamp&nonce&openid} with the message XML as the body.
 *
 * @param pathAndQuery the request target, {@code /wechat?...}
 * @param openId the sender, also {@code FromUserName}; the reply must go back to it
 * @param body the UTF-8 XML body
 */
record WeChatPush(String pathAndQuery, String openId, byte[] body) {

  /** Our account's original id ({@code ToUserName}) in the pushes. */
  static final String ACCOUNT = "gh_0123456789ab";

  private static final Pattern OPENID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Pattern NONCE = Pattern.compile("[0-9]{1,18}");

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
    if (!OPENID.matcher(openId).matches()) {
      throw new IllegalArgumentException("not an openid: " + openId);
    }
    if (!NONCE.matcher(nonce).matches()) {
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
}
