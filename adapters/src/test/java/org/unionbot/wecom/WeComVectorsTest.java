package org.unionbot.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import me.chanjar.weixin.common.util.XmlUtils;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import me.chanjar.weixin.cp.bean.message.WxCpXmlMessage;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import me.chanjar.weixin.cp.util.crypto.WxCpCryptUtil;
import org.junit.jupiter.api.Test;
import org.unionbot.wechat.InboundMessage;
import org.unionbot.wechat.MessageCrypto;
import org.unionbot.wechat.WeChatProtocolException;
import org.unionbot.wechat.WeChatXml;

/**
 * WeCom's official sample vectors (its WXBizMsgCrypt samples: corp id wx5823bf96d3bd56c7, Token
 * QDG6eK) against our {@link MessageCrypto} with the corp id as the receive id, and WxJava's {@code
 * weixin-java-cp} as the oracle both ways.
 */
class WeComVectorsTest {
  static final MessageCrypto OURS =
      new MessageCrypto(FakeWeCom.TOKEN, FakeWeCom.AES_KEY, FakeWeCom.CORP_ID);

  static final String VERIFY_SIGNATURE = FakeWeCom.SAMPLE_VERIFY_SIGNATURE;
  static final String VERIFY_TIMESTAMP = FakeWeCom.SAMPLE_VERIFY_TIMESTAMP;
  static final String VERIFY_NONCE = FakeWeCom.SAMPLE_VERIFY_NONCE;
  static final String VERIFY_ECHOSTR = FakeWeCom.SAMPLE_ECHOSTR;
  static final String PUSH_SIGNATURE = FakeWeCom.SAMPLE_PUSH_SIGNATURE;
  static final String PUSH_TIMESTAMP = FakeWeCom.SAMPLE_PUSH_TIMESTAMP;
  static final String PUSH_NONCE = FakeWeCom.SAMPLE_PUSH_NONCE;
  static final String PUSH_BODY = FakeWeCom.SAMPLE_PUSH_BODY;

  private final WxCryptUtil wecom = oracle(FakeWeCom.CORP_ID);

  private static WxCryptUtil oracle(String corpId) {
    WxCpDefaultConfigImpl config = new WxCpDefaultConfigImpl();
    config.setCorpId(corpId);
    config.setToken(FakeWeCom.TOKEN);
    config.setAesKey(FakeWeCom.AES_KEY);
    return new WxCpCryptUtil(config);
  }

  @Test
  void theSampleUrlVerificationDecryptsItsEchostr() {
    MessageCrypto.Decrypted echo =
        OURS.decrypt(VERIFY_SIGNATURE, VERIFY_TIMESTAMP, VERIFY_NONCE, VERIFY_ECHOSTR);

    assertThat(echo.plaintext()).isEqualTo(FakeWeCom.SAMPLE_ECHO);
    assertThat(echo.plaintext()).isEqualTo(wecom.decrypt(VERIFY_ECHOSTR));
  }

  @Test
  void theSamplePushDecryptsToItsTextMessage() {
    String encrypt = WeChatXml.parseEncrypt(PUSH_BODY);

    String plain = OURS.decrypt(PUSH_SIGNATURE, PUSH_TIMESTAMP, PUSH_NONCE, encrypt).plaintext();
    InboundMessage message = WeChatXml.parse(plain);

    assertThat(plain)
        .isEqualTo(wecom.decryptXml(PUSH_SIGNATURE, PUSH_TIMESTAMP, PUSH_NONCE, PUSH_BODY));
    assertThat(message.toUser()).isEqualTo("wx5823bf96d3bd56c7");
    assertThat(message.fromUser()).isEqualTo("mycreate");
    assertThat(message.msgType()).isEqualTo("text");
    assertThat(message.content()).contains("hello");
    assertThat(message.field("AgentID")).contains("218");
  }

  @Test
  void theSampleSignaturesRefuseAnyOtherInput() {
    assertThatThrownBy(
            () -> OURS.decrypt(VERIFY_SIGNATURE, "1409659590", VERIFY_NONCE, VERIFY_ECHOSTR))
        .isInstanceOf(WeChatProtocolException.class);
    String encrypt = WeChatXml.parseEncrypt(PUSH_BODY);
    assertThatThrownBy(() -> OURS.decrypt(PUSH_SIGNATURE, PUSH_TIMESTAMP, "1372623148", encrypt))
        .isInstanceOf(WeChatProtocolException.class);
  }

  @Test
  void anotherCorpsCiphertextIsRefused() {
    WxCryptUtil.EncryptContext other =
        oracle("ww0ther0corp00001").encryptContext("<xml><Content>hi</Content></xml>");

    assertThatThrownBy(
            () ->
                OURS.decrypt(
                    other.getSignature(),
                    other.getTimeStamp(),
                    other.getNonce(),
                    other.getEncrypt()))
        .isInstanceOf(WeChatProtocolException.class);
  }

  @Test
  void weDecryptWhatWeComEncrypts() {
    String xml = FakeWeCom.text("zhangsan", "工会十八大的主题是什么？", 42);
    WxCryptUtil.EncryptContext pushed = wecom.encryptContext(xml);

    String plain =
        OURS.decrypt(
                pushed.getSignature(),
                pushed.getTimeStamp(),
                pushed.getNonce(),
                pushed.getEncrypt())
            .plaintext();

    assertThat(plain).isEqualTo(xml);
  }

  @Test
  void weComDecryptsAndParsesOurReply() {
    String reply =
        "<xml><ToUserName><![CDATA[mycreate]]></ToUserName>"
            + "<FromUserName><![CDATA[wx5823bf96d3bd56c7]]></FromUserName>"
            + "<CreateTime>1409659813</CreateTime><MsgType><![CDATA[text]]></MsgType>"
            + "<Content><![CDATA[你好，工会会员]]></Content></xml>";

    String envelope = OURS.encryptReply(reply, PUSH_TIMESTAMP, PUSH_NONCE);
    Map<String, Object> fields = XmlUtils.xml2Map(envelope);
    String plain =
        wecom.decryptXml((String) fields.get("MsgSignature"), PUSH_TIMESTAMP, PUSH_NONCE, envelope);
    WxCpXmlMessage parsed = WxCpXmlMessage.fromXml(plain, "218");

    assertThat(plain).isEqualTo(reply);
    assertThat(parsed.getToUserName()).isEqualTo("mycreate");
    assertThat(parsed.getContent()).isEqualTo("你好，工会会员");
  }
}
