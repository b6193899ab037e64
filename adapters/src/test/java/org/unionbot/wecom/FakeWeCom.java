package org.unionbot.wecom;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLEncoder;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import me.chanjar.weixin.common.util.XmlUtils;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import me.chanjar.weixin.cp.bean.message.WxCpXmlMessage;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import me.chanjar.weixin.cp.util.crypto.WxCpCryptUtil;

/**
 * WeCom's side of the callback protocol, played by WxJava's {@code weixin-java-cp}: builds pushes
 * as WeCom sends them (always encrypted, signed with {@code msg_signature}) and decrypts and parses
 * our replies. Its corp id, Token and key are those of WeCom's official sample, so the sample's
 * vectors hold against the same configuration.
 */
public final class FakeWeCom {
  public static final String TOKEN = "QDG6eK";
  public static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
  public static final String CORP_ID = "wx5823bf96d3bd56c7";
  public static final long AGENT_ID = 1000002;

  /** WeCom's sample URL verification: {@code GET /cgi-bin/wxpush?msg_signature=5c45…}. */
  public static final String SAMPLE_VERIFY_SIGNATURE = "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3";

  public static final String SAMPLE_VERIFY_TIMESTAMP = "1409659589";
  public static final String SAMPLE_VERIFY_NONCE = "263014780";
  public static final String SAMPLE_ECHOSTR =
      "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==";

  /** The sample's decrypted echostr. */
  public static final String SAMPLE_ECHO = "1616140317555161061";

  /** WeCom's sample push of a text message: {@code POST /cgi-bin/wxpush?msg_signature=4777…}. */
  public static final String SAMPLE_PUSH_SIGNATURE = "477715d11cdb4164915debcba66cb864d751f3e6";

  public static final String SAMPLE_PUSH_TIMESTAMP = "1409659813";
  public static final String SAMPLE_PUSH_NONCE = "1372623149";
  public static final String SAMPLE_PUSH_BODY =
      "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><Encrypt><![CDATA["
          + "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3Q"
          + "czcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kz"
          + "Js8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1"
          + "s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wL"
          + "VMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1"
          + "ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==]]></Encrypt>"
          + "<AgentID><![CDATA[218]]></AgentID></xml>";

  private static final AtomicLong MSG_IDS = new AtomicLong(4_561_255_354_251_345_929L);

  /** A push: the query string (without {@code ?}) and the body. */
  public record Push(String query, String body) {
    public String uri() {
      return "/wecom?" + query;
    }

    public Push withQuery(String query) {
      return new Push(query, body);
    }

    public Push withBody(String body) {
      return new Push(query, body);
    }
  }

  private final WxCryptUtil crypt;

  public FakeWeCom() {
    this(CORP_ID);
  }

  /** WeCom for another corp (whose pushes our server must refuse). */
  public FakeWeCom(String corpId) {
    WxCpDefaultConfigImpl config = new WxCpDefaultConfigImpl();
    config.setCorpId(corpId);
    config.setToken(TOKEN);
    config.setAesKey(AES_KEY);
    this.crypt = new WxCpCryptUtil(config);
  }

  /** Our server's settings matching this fake, callback only. */
  public static WeComConfig config() {
    return WeComConfig.callback(CORP_ID, TOKEN, AES_KEY);
  }

  public static long now() {
    return Instant.now().getEpochSecond();
  }

  public static long nextMsgId() {
    return MSG_IDS.incrementAndGet();
  }

  /** A text message as WeCom sends it. */
  public static String text(String user, String content, long msgId) {
    return message(
        user, "text", "<Content><![CDATA[" + content + "]]></Content><MsgId>" + msgId + "</MsgId>");
  }

  /** A voice message with WeCom's speech recognition. */
  public static String voice(String user, String recognition) {
    return message(
        user,
        "voice",
        "<MediaId><![CDATA[media1]]></MediaId><Format><![CDATA[amr]]></Format>"
            + "<Recognition><![CDATA["
            + recognition
            + "]]></Recognition><MsgId>"
            + nextMsgId()
            + "</MsgId>");
  }

  /** An event of the app; {@code key} may be empty. */
  public static String event(String user, String event, String key) {
    return message(
        user,
        "event",
        "<Event><![CDATA[" + event + "]]></Event><EventKey><![CDATA[" + key + "]]></EventKey>");
  }

  private static String message(String user, String msgType, String fields) {
    return "<xml><ToUserName><![CDATA["
        + CORP_ID
        + "]]></ToUserName><FromUserName><![CDATA["
        + user
        + "]]></FromUserName><CreateTime>"
        + now()
        + "</CreateTime><MsgType><![CDATA["
        + msgType
        + "]]></MsgType>"
        + fields
        + "<AgentID>"
        + AGENT_ID
        + "</AgentID></xml>";
  }

  /** {@code xml} encrypted and signed as WeCom posts it. */
  public Push push(String xml) {
    WxCryptUtil.EncryptContext c = crypt.encryptContext(xml);
    String body =
        "<xml><ToUserName><![CDATA["
            + CORP_ID
            + "]]></ToUserName><Encrypt><![CDATA["
            + c.getEncrypt()
            + "]]></Encrypt><AgentID><![CDATA["
            + AGENT_ID
            + "]]></AgentID></xml>";
    return new Push(
        "msg_signature="
            + c.getSignature()
            + "&timestamp="
            + c.getTimeStamp()
            + "&nonce="
            + c.getNonce(),
        body);
  }

  /** A URL verification of the app's callback: {@code echo} encrypted into {@code echostr}. */
  public String verification(String echo) {
    String ts = Long.toString(now());
    String echostr = crypt.encrypt("0123456789abcdef", echo);
    return "/wecom?msg_signature="
        + SHA1.gen(TOKEN, ts, "77", echostr)
        + "&timestamp="
        + ts
        + "&nonce=77&echostr="
        + URLEncoder.encode(echostr, UTF_8);
  }

  /**
   * Our reply as WeCom reads it: the envelope's {@code MsgSignature} is checked over {@code
   * TimeStamp}, {@code Nonce} and {@code Encrypt}, decrypted and parsed.
   */
  public WxCpXmlMessage read(String reply) {
    Map<String, Object> fields = XmlUtils.xml2Map(reply);
    String signature = (String) fields.get("MsgSignature");
    String timestamp = (String) fields.get("TimeStamp");
    String nonce = (String) fields.get("Nonce");
    String encrypt = (String) fields.get("Encrypt");
    if (encrypt == null || !SHA1.gen(TOKEN, timestamp, nonce, encrypt).equals(signature)) {
      throw new AssertionError("the reply is no signed envelope: " + reply);
    }
    return WxCpXmlMessage.fromXml(
        crypt.decryptContent(signature, timestamp, nonce, encrypt), String.valueOf(AGENT_ID));
  }
}
