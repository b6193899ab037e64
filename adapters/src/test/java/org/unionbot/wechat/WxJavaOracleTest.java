package org.unionbot.wechat;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import me.chanjar.weixin.common.util.XmlUtils;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import me.chanjar.weixin.mp.util.crypto.WxMpCryptUtil;
import org.junit.jupiter.api.Test;

/**
 * WxJava 4.7.0 plays WeChat (docs/WECHAT.md §5.3): it encrypts what we decrypt and decrypts and
 * parses what we send back.
 */
class WxJavaOracleTest {
  static final String TOKEN = "unionbotToken";
  static final String KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
  static final String APP_ID = "wx1234567890abcdef";
  static final String ACCOUNT = "gh_123456789abc";
  static final String USER = "oUser-4Fz_9";

  static final MessageCrypto OURS = new MessageCrypto(TOKEN, KEY, APP_ID);
  static final WxCryptUtil WECHAT = wechat(TOKEN, KEY, APP_ID);

  static WxCryptUtil wechat(String token, String key, String appId) {
    WxMpDefaultConfigImpl config = new WxMpDefaultConfigImpl();
    config.setToken(token);
    config.setAesKey(key);
    config.setAppId(appId);
    return new WxMpCryptUtil(config);
  }

  @Test
  void weDecryptWhatWeChatEncrypts() {
    String inbound =
        "<xml><ToUserName><![CDATA[gh_123456789abc]]></ToUserName>"
            + "<FromUserName><![CDATA[oUser-4Fz_9]]></FromUserName>"
            + "<CreateTime>1348831860</CreateTime><MsgType><![CDATA[text]]></MsgType>"
            + "<Content><![CDATA[工会十八大的主题是什么？]]></Content><MsgId>1234567890123456</MsgId></xml>";
    WxCryptUtil.EncryptContext pushed = WECHAT.encryptContext(inbound);
    String body =
        "<xml><ToUserName><![CDATA[gh_123456789abc]]></ToUserName><Encrypt><![CDATA["
            + pushed.getEncrypt()
            + "]]></Encrypt></xml>";

    MessageCrypto.Decrypted decrypted =
        OURS.decrypt(
            pushed.getSignature(),
            pushed.getTimeStamp(),
            pushed.getNonce(),
            WeChatXml.parseEncrypt(body));
    InboundMessage message = WeChatXml.parse(decrypted.plaintext());

    assertThat(decrypted.plaintext()).isEqualTo(inbound);
    assertThat(message.content()).contains("工会十八大的主题是什么？");
    assertThat(message.msgId()).contains("1234567890123456");
  }

  @Test
  void weChatDecryptsAndParsesOurReply() {
    String reply = ReplyXml.textReply(USER, ACCOUNT, 1_700_000_000L, "你好，<工会> & ]]> 朋友");
    String envelope = OURS.encryptReply(reply, "1700000000", "nonce42");
    Map<String, Object> fields = XmlUtils.xml2Map(envelope);

    String plain =
        WECHAT.decryptXml((String) fields.get("MsgSignature"), "1700000000", "nonce42", envelope);
    WxMpXmlMessage parsed = WxMpXmlMessage.fromXml(plain);

    assertThat(fields).containsOnlyKeys("Encrypt", "MsgSignature", "TimeStamp", "Nonce");
    assertThat(
            SHA1.gen(
                TOKEN,
                (String) fields.get("TimeStamp"),
                (String) fields.get("Nonce"),
                (String) fields.get("Encrypt")))
        .isEqualTo(fields.get("MsgSignature"));
    assertThat(plain).isEqualTo(reply);
    assertThat(parsed.getToUser()).isEqualTo(USER);
    assertThat(parsed.getFromUser()).isEqualTo(ACCOUNT);
    assertThat(parsed.getCreateTime()).isEqualTo(1_700_000_000L);
    assertThat(parsed.getMsgType()).isEqualTo("text");
    assertThat(parsed.getContent()).isEqualTo("你好，<工会> & ]]> 朋友");
  }

  @Test
  void ourCiphertextEndsWithOurAppId() {
    // WxJava ignores the AppID suffix, so check it with a raw AES decrypt
    byte[] plain = RawAes.decrypt(KEY, OURS.encrypt("<xml>x</xml>"));

    assertThat(RawAes.messageLength(plain)).isEqualTo("<xml>x</xml>".length());
    assertThat(RawAes.trailer(plain)).isEqualTo(APP_ID);
  }

  @Test
  void deterministicEncryptionMatchesWxJavaByteForByte() {
    String random = "0123456789abcdef";

    assertThat(OURS.encrypt("<xml>同一个明文</xml>", random.getBytes(US_ASCII)))
        .isEqualTo(WECHAT.encrypt(random, "<xml>同一个明文</xml>"));
  }

  @Test
  void vectorA_agreesWithWxJavaOnTheCommonsCodecPath() {
    // new WxCryptUtil(token, key, appid) decodes the key with commons-codec, which must be >= 1.15
    WxCryptUtil viaCodec = new WxCryptUtil(Vectors.A_TOKEN, Vectors.A_KEY, Vectors.A_APP_ID);

    assertThat(viaCodec.encrypt(Vectors.A_RANDOM, Vectors.A2_PLAIN)).isEqualTo(Vectors.A2_ENCRYPT);
    assertThat(viaCodec.decrypt(Vectors.A1_ENCRYPT)).isEqualTo(Vectors.A1_PLAIN);
  }
}
