package org.unionbot.wechat;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import me.chanjar.weixin.common.util.XmlUtils;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import org.junit.jupiter.api.Test;

/** The passive text reply of docs/WECHAT.md §1.5, checked by our parser and by WxJava's. */
class WeChatXmlReplyTest {

  @Test
  void writesTheDocumentedShape() {
    assertThat(ReplyXml.textReply("oUser", "gh_123456789abc", 1_700_000_000L, "你好"))
        .isEqualTo(
            "<xml><ToUserName><![CDATA[oUser]]></ToUserName>"
                + "<FromUserName><![CDATA[gh_123456789abc]]></FromUserName>"
                + "<CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                + "<Content><![CDATA[你好]]></Content></xml>");
  }

  @Test
  void theBytesSentAreTheReplyEvenForTextsSentAgainOrSharingAHash() {
    // "Aa" and "BB" have the same String hash, so they share a slot of the prepared-content cache
    String[] contents = {
      "你好",
      "Aa",
      "BB",
      "Aa",
      "]]></Content><Injected>1</Injected>",
      "a\u0001b\tc\r\nd\uD800",
      "职工群众是工会工作的出发点和落脚点。".repeat(100),
      "你好",
      ""
    };
    for (String content : contents) {
      assertThat(ReplyXml.textReplyUtf8("o\u0000User", "gh_1", 1_700_000_000L, content))
          .isEqualTo(
              ReplyXml.textReply("o\u0000User", "gh_1", 1_700_000_000L, content).getBytes(UTF_8));
    }
  }

  @Test
  void cdataTerminatorCannotInjectElements() {
    String attack = "]]></Content><Injected>1</Injected><Content><![CDATA[";
    String xml = ReplyXml.textReply("oUser", "gh_1", 1L, attack);

    WxMpXmlMessage wx = WxMpXmlMessage.fromXml(xml);
    Map<String, Object> map = XmlUtils.xml2Map(xml);

    assertThat(xml).contains("]]]]><![CDATA[>");
    assertThat(WeChatXml.parse(xml).content()).contains(attack);
    assertThat(WeChatXml.parse(xml).otherFields()).isEmpty();
    assertThat(wx.getContent()).isEqualTo(attack);
    assertThat(map).doesNotContainKey("Injected").containsEntry("Content", attack);
  }

  @Test
  void stripsCharactersXmlCannotCarry() {
    String xml =
        ReplyXml.textReply("o\u0000User", "gh_1", 1L, "a\u0001b\tc\u001Fd\uFFFEe\uD800f\uDC00g");

    assertThat(WeChatXml.parse(xml).content()).contains("ab\tcdefg");
    assertThat(WeChatXml.parse(xml).toUser()).isEqualTo("oUser");
    assertThat(WxMpXmlMessage.fromXml(xml).getContent()).isEqualTo("ab\tcdefg");
  }

  @Test
  void keepsEmojiAndNormalisesLineEnds() {
    String xml = ReplyXml.textReply("o", "gh_1", 1L, "第一行\r\n第二行\r第三行 \uD83D\uDE00\uD83D\uDC4D");

    assertThat(WeChatXml.parse(xml).content()).contains("第一行\n第二行\n第三行 \uD83D\uDE00\uD83D\uDC4D");
  }

  @Test
  void cutsLongContentTo2048BytesAtASentenceEnd() {
    String sentence = "职工群众是工会工作的出发点和落脚点。"; // 18 chars, 54 bytes
    String xml = ReplyXml.textReply("o", "gh_1", 1L, sentence.repeat(100));

    String content = WeChatXml.parse(xml).content().orElseThrow();

    assertThat(content.getBytes(UTF_8).length).isLessThanOrEqualTo(2048);
    assertThat(content).isEqualTo(sentence.repeat(37)).endsWith("。");
    assertThat(WxMpXmlMessage.fromXml(xml).getContent()).isEqualTo(content);
  }

  @Test
  void emptyContentIsStillAValidReply() {
    assertThat(WeChatXml.parse(ReplyXml.textReply("o", "gh_1", 0L, "")).content()).contains("");
  }
}
