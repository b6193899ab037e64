package org.unionbot.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import org.junit.jupiter.api.Test;
import org.unionbot.wechat.InboundMessage;
import org.unionbot.wechat.Signature;
import org.unionbot.wechat.WeChatXml;

/** The load generator's pushes are signed and built as WeChat does (docs/WECHAT.md §1.2). */
class WeChatPushTest {
  private static final String OPENID = "oBench0000001700000000000042";

  private final WeChatPush push =
      WeChatPush.text("AAAAA", OPENID, 7_001L, "学深悟透分为几个步骤", 1_714_037_059L, "486452656");

  @Test
  void signsWithTheOfficialVector() {
    Map<String, String> query = query(push);

    // docs/WECHAT.md §1.2: Token AAAAA, timestamp 1714037059, nonce 486452656
    assertThat(query)
        .containsEntry("signature", "899cf89e464efb63f54ddac96b0a0a235f53aa78")
        .containsEntry("timestamp", "1714037059")
        .containsEntry("nonce", "486452656")
        .containsEntry("openid", OPENID);
    assertThat(push.pathAndQuery()).startsWith("/wechat?");
    assertThat(query.get("signature")).isEqualTo(SHA1.gen("AAAAA", "1714037059", "486452656"));
  }

  @Test
  void passesTheServersChecks() {
    Map<String, String> query = query(push);
    Clock then = Clock.fixed(Instant.ofEpochSecond(1_714_037_100L), ZoneOffset.UTC);

    assertThat(Signature.verify(query.get("signature"), "AAAAA", "1714037059", "486452656"))
        .isTrue();
    assertThat(Signature.isFresh(query.get("timestamp"), then)).isTrue();
  }

  @Test
  void bodyIsATextMessageFromTheUser() {
    InboundMessage message = WeChatXml.parse(push.body());

    assertThat(message.fromUser()).isEqualTo(OPENID);
    assertThat(message.toUser()).isEqualTo(WeChatPush.ACCOUNT);
    assertThat(message.createTime()).isEqualTo(1_714_037_059L);
    assertThat(message.msgType()).isEqualTo("text");
    assertThat(message.content()).contains("学深悟透分为几个步骤");
    assertThat(message.msgId()).contains("7001");
  }

  @Test
  void wxJavaReadsTheBodyAlike() {
    WxMpXmlMessage message = WxMpXmlMessage.fromXml(new String(push.body(), UTF_8));

    assertThat(message.getFromUser()).isEqualTo(OPENID);
    assertThat(message.getContent()).isEqualTo("学深悟透分为几个步骤");
    assertThat(message.getMsgId()).isEqualTo(7_001L);
  }

  @Test
  void refusesWhatWouldBreakTheRequest() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WeChatPush.text("t", OPENID, 1, "a]]>b", 1, "1"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WeChatPush.text("t", "o&x=1", 1, "q", 1, "1"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WeChatPush.text("t", OPENID, 1, "q", 1, "12a"));
  }

  @Test
  void everyPushHasANewUserAndMsgIdAndTheQuestionsCycle() {
    Pushes pushes = new Pushes("tok", List.of("q1", "q2"), 1_000, () -> 1_700_000_000L);

    InboundMessage[] messages =
        Stream.generate(pushes::next)
            .limit(3)
            .map(p -> WeChatXml.parse(p.body()))
            .toArray(InboundMessage[]::new);

    assertThat(messages).extracting(InboundMessage::fromUser).doesNotHaveDuplicates();
    assertThat(messages)
        .extracting(m -> m.msgId().orElseThrow())
        .containsExactly("1000", "1001", "1002");
    assertThat(messages)
        .extracting(m -> m.content().orElseThrow())
        .containsExactly("q1", "q2", "q1");
    assertThat(messages[0].fromUser()).hasSize(28).isEqualTo(Pushes.openId(1_000));
    assertThat(ReplyCheck.problem(200, "success", Optional.empty())).isPresent();
  }

  private static Map<String, String> query(WeChatPush push) {
    return Stream.of(URI.create("http://127.0.0.1" + push.pathAndQuery()).getQuery().split("&"))
        .map(pair -> pair.split("=", 2))
        .collect(Collectors.toMap(kv -> kv[0], kv -> kv[1]));
  }
}
