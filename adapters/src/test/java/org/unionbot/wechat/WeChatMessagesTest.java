package org.unionbot.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unionbot.core.Message;
import org.unionbot.core.Reply;
import org.unionbot.http.HttpError;

/** Which pushes reach the bot, which get the hint, and which get no reply. */
class WeChatMessagesTest {

  private static InboundMessage push(String type, String fields) {
    return WeChatXml.parse(
        "<xml><ToUserName>gh_1</ToUserName><FromUserName>oU</FromUserName>"
            + "<CreateTime>1</CreateTime><MsgType>"
            + type
            + "</MsgType>"
            + fields
            + "</xml>");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "text|<Content>问题</Content>|问题",
        "text|<Content></Content>|''",
        "voice|<Recognition> 问题 </Recognition>|问题",
      })
  void textAndRecognisedVoiceAskTheBotAVoiceAsHeard(String type, String fields, String text) {
    WeChatMessages.Action action = WeChatMessages.route(push(type, fields), "wechat");

    boolean heard = type.equals("voice");
    assertThat(action)
        .isEqualTo(new WeChatMessages.Ask(new Message.Text("wechat:oU", text, heard)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "subscribe||subscribe|''",
        "subscribe|qrscene_1|subscribe|qrscene_1",
        "CLICK|QUIZ|click|QUIZ",
        "click| HELP |click|HELP"
      })
  void subscribeAndClickAskTheBot(String event, String key, String type, String expectedKey) {
    String fields =
        "<Event>" + event + "</Event><EventKey>" + (key == null ? "" : key) + "</EventKey>";

    WeChatMessages.Action action = WeChatMessages.route(push("event", fields), "wechat");

    assertThat(action)
        .isEqualTo(new WeChatMessages.Ask(new Message.Event("wechat:oU", type, expectedKey)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "voice|<Recognition></Recognition>",
        "voice|<MediaId>m</MediaId>",
        "image|<PicUrl>u</PicUrl>",
        "video|<MediaId>m</MediaId>",
        "shortvideo|<MediaId>m</MediaId>",
        "location|<Label>l</Label>",
        "link|<Url>u</Url>",
        "miniprogrampage|<Title>t</Title>"
      })
  void otherMessagesGetThePoliteHint(String type, String fields) {
    WeChatMessages.Action action = WeChatMessages.route(push(type, fields), "wechat");

    assertThat(action)
        .isEqualTo(new WeChatMessages.Fixed(Reply.of(Reply.Kind.HELP, WeChatMessages.MEDIA_HINT)));
  }

  @ParameterizedTest
  @CsvSource({"VIEW", "unsubscribe", "SCAN", "LOCATION", "scancode_waitmsg", "whatever"})
  void otherEventsGetNoReply(String event) {
    WeChatMessages.Action action =
        WeChatMessages.route(push("event", "<Event>" + event + "</Event>"), "wechat");

    assertThat(action).isEqualTo(new WeChatMessages.Fixed(Reply.none()));
  }

  /** Issue 11 (F5): an id that is not valid Unicode would be stored as "?", merging users. */
  @Test
  void aSenderThatIsNotAUsableIdIsRefusedWith400() {
    InboundMessage m =
        new InboundMessage(
            "gh_1",
            "o\ud800",
            1,
            "text",
            Optional.of("1"),
            Optional.of("问题"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Map.of());

    assertThatThrownBy(() -> WeChatMessages.route(m, "wechat"))
        .isInstanceOfSatisfying(HttpError.class, e -> assertThat(e.status()).isEqualTo(400));
  }
}
