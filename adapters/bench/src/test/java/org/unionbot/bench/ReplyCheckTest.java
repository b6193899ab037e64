package org.unionbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionbot.wechat.ReplyXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class ReplyCheckTest {
  private static final String USER = "oBench0000000000000000000007";
  private static final String REPLY =
      ReplyXml.textReply(USER, WeChatPush.ACCOUNT, 1_700_000_000L, "四个步骤：1.抓好传达学习。");

  @Test
  void acceptsTheServersReplyToTheSender() {
    assertThat(ReplyCheck.problem(200, REPLY, Optional.of(USER))).isEmpty();
    assertThat(ReplyCheck.problem(200, BareNettyServer.REPLY, Optional.empty())).isEmpty();
  }

  @Test
  void readsTheSameFieldsAsAnXmlParser() throws Exception {
    for (String xml : new String[] {REPLY, BareNettyServer.REPLY}) {
      assertThat(ReplyCheck.fields(xml)).isEqualTo(dom(xml));
    }
  }

  @Test
  void refusesAnotherUsersReplyAndBadStatus() {
    assertThat(ReplyCheck.problem(200, REPLY, Optional.of("oSomeoneElse")))
        .contains("reply to another user");
    assertThat(ReplyCheck.problem(503, "server busy, try again", Optional.empty()))
        .contains("status 503");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "success",
        "",
        "<xml><ToUserName><![CDATA[u]]></ToUserName></xml>",
        "<xml><ToUserName>u</ToUserName><FromUserName>g</FromUserName><CreateTime>1</CreateTime>"
            + "<MsgType>text</MsgType><Content></Content></xml>",
        "<xml><ToUserName>u</ToUserName><FromUserName>g</FromUserName><CreateTime>x</CreateTime>"
            + "<MsgType>text</MsgType><Content>hi</Content></xml>",
        "<xml><ToUserName>u</ToUserName><FromUserName>g</FromUserName><CreateTime>1</CreateTime>"
            + "<MsgType>news</MsgType><Content>hi</Content></xml>",
        "<xml><ToUserName>u</ToUserName><FromUserName>g</FromUserName><CreateTime>1</CreateTime>"
            + "<MsgType>text</MsgType><Content>hi</Content>",
      })
  void refusesWhatIsNotATextReply(String body) {
    assertThat(ReplyCheck.problem(200, body, Optional.empty())).isPresent();
  }

  private static Map<String, String> dom(String xml) throws Exception {
    Element root =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
            .getDocumentElement();
    Map<String, String> fields = new HashMap<>();
    NodeList children = root.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child.getNodeType() == Node.ELEMENT_NODE) {
        fields.put(child.getNodeName(), child.getTextContent());
      }
    }
    return fields;
  }
}
