package org.unionbot.wechat;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every documented push shape parses (docs/WECHAT.md §1.4). */
class WeChatXmlParseTest {

  @Test
  void text() {
    InboundMessage m = WeChatXml.parse(Fixtures.xml("text.xml"));

    assertThat(m)
        .isEqualTo(
            new InboundMessage(
                "gh_123456789abc",
                "oUser",
                1348831860L,
                "text",
                Optional.of("1234567890123456"),
                Optional.of("this is a test"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Map.of()));
  }

  @Test
  void voiceWithRecognition() {
    InboundMessage m = WeChatXml.parse(Fixtures.xml("voice.xml"));

    assertThat(m.msgType()).isEqualTo("voice");
    assertThat(m.recognition()).contains("腾讯微信团队");
    assertThat(m.otherFields())
        .containsOnly(Map.entry("MediaId", "media_id"), Map.entry("Format", "amr"));
    assertThat(m.field("Format")).contains("amr");
  }

  @Test
  void subscribeEventFromAQrCode() {
    InboundMessage m = WeChatXml.parse(Fixtures.xml("subscribe.xml"));

    assertThat(m.event()).contains("subscribe");
    assertThat(m.eventKey()).contains("qrscene_123123");
    assertThat(m.msgId()).isEmpty();
    assertThat(m.field("Ticket")).contains("TICKET");
  }

  @Test
  void viewEvent() {
    InboundMessage m = WeChatXml.parse(Fixtures.xml("view.xml"));

    assertThat(m.event()).contains("VIEW");
    assertThat(m.eventKey()).contains("www.qq.com");
    assertThat(m.field("MenuId")).contains("208379533");
  }

  @ParameterizedTest
  @ValueSource(strings = {"scancode_waitmsg.xml", "pic_weixin.xml", "location_select.xml"})
  void eventsWithNestedStructuresParseAndSkipTheStructure(String fixture) {
    String xml = Fixtures.xml(fixture);
    InboundMessage m = WeChatXml.parse(xml);

    assertThat(m.event()).contains(fixture.replace(".xml", ""));
    assertThat(m.eventKey()).contains("6");
    assertThat(m.otherFields()).isEmpty();
    assertThat(WxMpXmlMessage.fromXml(xml).getEvent()).isEqualTo(m.event().orElseThrow());
  }

  @Test
  void msgIdSpelledMsgID() {
    InboundMessage m = WeChatXml.parse(Fixtures.xml("template_send_finish.xml"));

    assertThat(m.msgId()).contains("200163836");
    assertThat(m.otherFields()).containsOnly(Map.entry("Status", "success"));
  }

  @Test
  void valuesWithoutCdataAsInTheWeComPythonSample() {
    InboundMessage m = WeChatXml.parse(Vectors.D2_PLAIN);

    assertThat(m.toUser()).isEqualTo("ww1436e0e65a779aee");
    assertThat(m.fromUser()).isEqualTo("ChenJiaShun");
    assertThat(m.createTime()).isEqualTo(1476422779L);
    assertThat(m.content()).contains("你好");
    assertThat(m.msgId()).contains("1456453720");
    assertThat(m.otherFields()).containsOnly(Map.entry("AgentID", "1000002"));
  }

  @Test
  void lineBreaksBetweenElementsAsInTheWeComSample() {
    InboundMessage m = WeChatXml.parse(Vectors.B2_PLAIN);

    assertThat(m.content()).contains("hello");
    assertThat(m.msgId()).contains("4561255354251345929");
  }

  @Test
  void anyOrderMixedCdataEntitiesCommentsAndUnknownNesting() {
    InboundMessage m = WeChatXml.parse(Fixtures.xml("pretty.xml"));

    assertThat(m.toUser()).isEqualTo("gh_123456789abc");
    assertThat(m.fromUser()).isEqualTo("oUser");
    assertThat(m.createTime()).isEqualTo(1409659813L);
    assertThat(m.msgId()).contains("4561255354251345929");
    assertThat(m.recognition()).contains("");
    assertThat(m.otherFields()).containsOnly(Map.entry("MediaId", "m & <id> \uD83D\uDE00"));
  }

  @Test
  void valuesAreNotTrimmed() {
    InboundMessage m =
        WeChatXml.parse(
            "<xml><ToUserName>gh</ToUserName><FromUserName>o</FromUserName>"
                + "<CreateTime>1</CreateTime><MsgType>text</MsgType>"
                + "<Content><![CDATA[  两边有空格\n]]></Content></xml>");

    assertThat(m.content()).contains("  两边有空格\n");
  }

  @Test
  void utf8BytesWithOrWithoutBom() {
    byte[] plain = Fixtures.xml("voice.xml").getBytes(UTF_8);
    byte[] bom = ("\uFEFF" + Fixtures.xml("voice.xml")).getBytes(UTF_8);

    assertThat(WeChatXml.parse(bom)).isEqualTo(WeChatXml.parse(plain));
    assertThat(WeChatXml.parse(plain).recognition()).contains("腾讯微信团队");
  }

  @Test
  void encryptFromSafeAndCompatibleModeBodies() {
    String safe =
        "<xml><ToUserName><![CDATA[gh_123456789abc]]></ToUserName>"
            + "<Encrypt><![CDATA["
            + Vectors.A1_ENCRYPT
            + "]]></Encrypt></xml>";
    String compatible =
        Fixtures.xml("text.xml").replace("</xml>", "<Encrypt>abc+/=</Encrypt></xml>");

    assertThat(WeChatXml.parseEncrypt(safe)).isEqualTo(Vectors.A1_ENCRYPT);
    assertThat(WeChatXml.parseEncrypt(safe.getBytes(UTF_8))).isEqualTo(Vectors.A1_ENCRYPT);
    assertThat(WeChatXml.parseEncrypt(compatible)).isEqualTo("abc+/=");
    assertThat(WeChatXml.parse(compatible).encrypt()).contains("abc+/=");
  }

  @Test
  void depthFiveAndManyRepeatedSiblingsAreFine() {
    String items = "<item><PicMd5Sum>x</PicMd5Sum></item>".repeat(100);
    String xml =
        Fixtures.xml("text.xml")
            .replace(
                "</xml>", "<SendPicsInfo><PicList>" + items + "</PicList></SendPicsInfo></xml>");

    assertThat(WeChatXml.parse(xml).content()).contains("this is a test");
  }

  @Test
  void aNestedElementNamedLikeAHeaderDoesNotOverrideIt() {
    String xml =
        Fixtures.xml("text.xml")
            .replace("</xml>", "<Info><Content>nested</Content><MsgType>x</MsgType></Info></xml>");

    InboundMessage m = WeChatXml.parse(xml);

    assertThat(m.content()).contains("this is a test");
    assertThat(m.msgType()).isEqualTo("text");
    assertThat(m.otherFields()).isEmpty();
  }
}
