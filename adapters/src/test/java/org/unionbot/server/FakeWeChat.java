package org.unionbot.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLEncoder;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import me.chanjar.weixin.common.util.XmlUtils;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import me.chanjar.weixin.mp.util.crypto.WxMpCryptUtil;
import org.unionbot.wechat.WeChatConfig;

/**
 * WeChat's side of the protocol, played by WxJava 4.7.0 (docs/WECHAT.md §5.3): builds pushes as
 * WeChat sends them (plaintext, compatible or safe mode, signed) and decrypts and parses our
 * replies.
 */
final class FakeWeChat {
  static final String TOKEN = "unionbotTestToken";
  static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
  static final String APP_ID = "wx1234567890abcdef";
  static final String ACCOUNT = "gh_123456789abc";

  private static final AtomicLong MSG_IDS = new AtomicLong(7_000_000_000_000_000_000L);

  /** A push: the query string (without {@code ?}) and the body. */
  record Push(String query, String body) {
    String uri() {
      return "/wechat?" + query;
    }

    Push withQuery(String query) {
      return new Push(query, body);
    }

    Push withBody(String body) {
      return new Push(query, body);
    }
  }

  private final WxCryptUtil crypt;

  FakeWeChat() {
    WxMpDefaultConfigImpl config = new WxMpDefaultConfigImpl();
    config.setToken(TOKEN);
    config.setAesKey(AES_KEY);
    config.setAppId(APP_ID);
    this.crypt = new WxMpCryptUtil(config);
  }

  /** Our server's WeChat settings matching this fake: plaintext and encrypted modes. */
  static WeChatConfig config() {
    return WeChatConfig.plaintext(TOKEN).withEncryption(AES_KEY, APP_ID);
  }

  static long nextMsgId() {
    return MSG_IDS.incrementAndGet();
  }

  static long now() {
    return Instant.now().getEpochSecond();
  }

  /** A text message as WeChat sends it, with a fresh MsgId. */
  static String text(String user, String content) {
    return text(user, content, nextMsgId());
  }

  static String text(String user, String content, long msgId) {
    return message(
        user, "text", "<Content><![CDATA[" + content + "]]></Content><MsgId>" + msgId + "</MsgId>");
  }

  /** Any message: the common header plus {@code fields}. */
  static String message(String user, String msgType, String fields) {
    return "<xml><ToUserName><![CDATA["
        + ACCOUNT
        + "]]></ToUserName><FromUserName><![CDATA["
        + user
        + "]]></FromUserName><CreateTime>"
        + now()
        + "</CreateTime><MsgType><![CDATA["
        + msgType
        + "]]></MsgType>"
        + fields
        + "</xml>";
  }

  /** An event; {@code key} may be empty. */
  static String event(String user, String event, String key, long createTime) {
    return "<xml><ToUserName><![CDATA["
        + ACCOUNT
        + "]]></ToUserName><FromUserName><![CDATA["
        + user
        + "]]></FromUserName><CreateTime>"
        + createTime
        + "</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA["
        + event
        + "]]></Event><EventKey><![CDATA["
        + key
        + "]]></EventKey></xml>";
  }

  /** A plaintext-mode push signed now. */
  Push plaintext(String xml) {
    return plaintext(xml, Long.toString(now()));
  }

  Push plaintext(String xml, String timestamp) {
    String nonce = "n" + nextMsgId();
    return new Push(
        "signature="
            + SHA1.gen(TOKEN, timestamp, nonce)
            + "&timestamp="
            + timestamp
            + "&nonce="
            + nonce
            + "&openid="
            + encode(openid(xml)),
        xml);
  }

  /** A safe-mode push: only ToUserName and Encrypt, with msg_signature. */
  Push safe(String xml) {
    WxCryptUtil.EncryptContext c = crypt.encryptContext(xml);
    String body =
        "<xml><ToUserName><![CDATA["
            + ACCOUNT
            + "]]></ToUserName><Encrypt><![CDATA["
            + c.getEncrypt()
            + "]]></Encrypt></xml>";
    return encrypted(c, body, xml);
  }

  /** A compatible-mode push: the plain fields and Encrypt in one body. */
  Push compatible(String xml) {
    WxCryptUtil.EncryptContext c = crypt.encryptContext(xml);
    String body =
        xml.replace("</xml>", "<Encrypt><![CDATA[" + c.getEncrypt() + "]]></Encrypt></xml>");
    return encrypted(c, body, xml);
  }

  private static Push encrypted(WxCryptUtil.EncryptContext c, String body, String xml) {
    return new Push(
        "signature="
            + SHA1.gen(TOKEN, c.getTimeStamp(), c.getNonce())
            + "&timestamp="
            + c.getTimeStamp()
            + "&nonce="
            + c.getNonce()
            + "&openid="
            + encode(openid(xml))
            + "&encrypt_type=aes&msg_signature="
            + c.getSignature(),
        body);
  }

  /**
   * Our reply as WeChat reads it: an encrypted envelope is checked ({@code MsgSignature} over
   * {@code TimeStamp}, {@code Nonce}, {@code Encrypt}) and decrypted; then parsed by WxJava.
   */
  WxMpXmlMessage read(String reply) {
    Map<String, Object> fields = XmlUtils.xml2Map(reply);
    if (fields.containsKey("Encrypt")) {
      String signature = (String) fields.get("MsgSignature");
      String timestamp = (String) fields.get("TimeStamp");
      String nonce = (String) fields.get("Nonce");
      String encrypt = (String) fields.get("Encrypt");
      if (!SHA1.gen(TOKEN, timestamp, nonce, encrypt).equals(signature)) {
        throw new AssertionError("reply MsgSignature does not verify");
      }
      return WxMpXmlMessage.fromXml(crypt.decryptContent(signature, timestamp, nonce, encrypt));
    }
    return WxMpXmlMessage.fromXml(reply);
  }

  /** Whether the reply is an encrypted envelope. */
  static boolean isEncrypted(String reply) {
    return XmlUtils.xml2Map(reply).containsKey("Encrypt");
  }

  private static String openid(String xml) {
    int start = xml.indexOf("<FromUserName><![CDATA[");
    if (start < 0) {
      return "unknown";
    }
    start += "<FromUserName><![CDATA[".length();
    return xml.substring(start, xml.indexOf("]]>", start));
  }

  static String encode(String value) {
    return URLEncoder.encode(value, UTF_8);
  }
}
