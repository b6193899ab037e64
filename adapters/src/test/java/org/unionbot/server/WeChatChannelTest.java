package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionbot.core.Message;
import org.unionbot.wechat.WeChatConfig;

/**
 * {@code /wechat} through the real pipeline on an EmbeddedChannel, with WxJava playing WeChat:
 * verification, every message kind, the three modes, dedupe and every refusal.
 */
class WeChatChannelTest {
  private static final Executor DIRECT = Runnable::run;
  private static final String USER = "oUser_channel";
  private static final String QUESTION = "学深悟透分为几个步骤";

  private final FakeWeChat wechat = new FakeWeChat();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final TestBot bot = TestBot.counting();
  private EmbeddedHttp http = server(FakeWeChat.config());

  private EmbeddedHttp server(WeChatConfig config) {
    return server(config, Clock.systemUTC());
  }

  private EmbeddedHttp server(WeChatConfig config, Clock clock) {
    Routes routes =
        ServerRoutes.routes(config, TestBot.BOT, bot, DIRECT, Optional.empty(), registry, clock);
    return new EmbeddedHttp(EmbeddedHttp.context(routes, DIRECT, registry));
  }

  @AfterEach
  void close() {
    http.close();
  }

  private EmbeddedHttp.Got post(FakeWeChat.Push push) {
    return http.exchange("POST", push.uri(), push.body());
  }

  private static String expected(Message message) {
    return TestBot.BOT.handle(message).text();
  }

  @Test
  void urlVerificationEchoesEchostr() {
    String ts = Long.toString(FakeWeChat.now());
    String uri =
        "/wechat?signature="
            + SHA1.gen(FakeWeChat.TOKEN, ts, "42")
            + "&timestamp="
            + ts
            + "&nonce=42&echostr=4375120948345356249";

    EmbeddedHttp.Got got = http.exchange("GET", uri, "");

    assertThat(got.status()).isEqualTo(200);
    assertThat(got.body()).isEqualTo("4375120948345356249");
  }

  @Test
  void officialVectorCVerifiesTheUrl() {
    http.close();
    http = server(WeChatConfig.plaintext("AAAAA"), at(1714036504L));
    String uri =
        "/wechat?signature=f464b24fc39322e44b38aa78f5edd27bd1441696"
            + "&timestamp=1714036504&nonce=1514711492&echostr=4375120948345356249";

    EmbeddedHttp.Got got = http.exchange("GET", uri, "");

    assertThat(got.status()).isEqualTo(200);
    assertThat(got.body()).isEqualTo("4375120948345356249");
  }

  @Test
  void officialVectorCSignsAPlaintextPush() {
    http.close();
    http = server(WeChatConfig.plaintext("AAAAA"), at(1714037059L));
    String uri =
        "/wechat?signature=899cf89e464efb63f54ddac96b0a0a235f53aa78"
            + "&timestamp=1714037059&nonce=486452656&openid="
            + USER;

    EmbeddedHttp.Got got = http.exchange("POST", uri, FakeWeChat.text(USER, QUESTION));

    assertThat(got.status()).isEqualTo(200);
    assertThat(wechat.read(got.body()).getContent()).contains("步骤");
  }

  @Test
  void officialVectorCIsStaleFiveMinutesLater() {
    http.close();
    http = server(WeChatConfig.plaintext("AAAAA"), at(1714036504L + 301));
    String uri =
        "/wechat?signature=f464b24fc39322e44b38aa78f5edd27bd1441696"
            + "&timestamp=1714036504&nonce=1514711492&echostr=4375120948345356249";

    assertThat(http.exchange("GET", uri, "").status()).isEqualTo(403);
  }

  private static Clock at(long epochSecond) {
    return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
  }

  @Test
  void urlVerificationWithABadSignatureIs403() {
    String ts = Long.toString(FakeWeChat.now());
    String uri = "/wechat?signature=" + "0".repeat(40) + "&timestamp=" + ts + "&nonce=1&echostr=9";

    EmbeddedHttp.Got got = http.exchange("GET", uri, "");

    assertThat(got.status()).isEqualTo(403);
    assertThat(got.body()).isEqualTo("signature check failed\n");
  }

  @Test
  void urlVerificationWithoutEchostrIs400() {
    String ts = Long.toString(FakeWeChat.now());
    String uri = "/wechat?signature=" + SHA1.gen(FakeWeChat.TOKEN, ts, "1") + "&timestamp=" + ts;

    EmbeddedHttp.Got got = http.exchange("GET", uri + "&nonce=1", "");

    assertThat(got.status()).isEqualTo(400);
    assertThat(got.body()).isEqualTo("missing query parameter echostr\n");
  }

  @Test
  void aTextMessageGetsTheBotsAnswerAsAPassiveReply() {
    EmbeddedHttp.Got got = post(wechat.plaintext(FakeWeChat.text(USER, QUESTION)));

    assertThat(got.status()).isEqualTo(200);
    assertThat(got.header("content-type")).startsWith("application/xml");
    WxMpXmlMessage reply = wechat.read(got.body());
    assertThat(reply.getToUser()).isEqualTo(USER);
    assertThat(reply.getFromUser()).isEqualTo(FakeWeChat.ACCOUNT);
    assertThat(reply.getMsgType()).isEqualTo("text");
    assertThat(reply.getContent())
        .isEqualTo(expected(new Message.Text("wechat:" + USER, QUESTION)));
    assertThat(reply.getContent()).contains("步骤");
  }

  /** A voice message whose speech WeChat recognised as {@code heard}. */
  private static String voice(String heard) {
    return FakeWeChat.message(
        USER,
        "voice",
        "<MediaId><![CDATA[m]]></MediaId><Format><![CDATA[amr]]></Format>"
            + "<MsgId>"
            + FakeWeChat.nextMsgId()
            + "</MsgId><Recognition><![CDATA["
            + heard
            + "]]></Recognition>");
  }

  @Test
  void aVoiceMessageWithRecognitionIsAnsweredAsText() {
    WxMpXmlMessage reply = wechat.read(post(wechat.plaintext(voice(QUESTION))).body());

    assertThat(reply.getContent())
        .isEqualTo(expected(new Message.Text("wechat:" + USER, QUESTION)));
  }

  @Test
  void aMisheardVoiceMessageGetsAReplyThatSaysWhatWasHeard() {
    String heard = "学身无透分为几个不走";

    WxMpXmlMessage reply = wechat.read(post(wechat.plaintext(voice(heard))).body());

    assertThat(reply.getContent()).startsWith("我听到的是：“" + heard + "”").contains("打字提问");
  }

  static Stream<Arguments> media() {
    return Stream.of(
        Arguments.of("voice", "<MediaId>m</MediaId><Recognition><![CDATA[]]></Recognition>"),
        Arguments.of("voice", "<MediaId>m</MediaId><Format>amr</Format>"),
        Arguments.of("image", "<PicUrl>http://x/y.jpg</PicUrl><MediaId>m</MediaId>"),
        Arguments.of("video", "<MediaId>m</MediaId><ThumbMediaId>t</ThumbMediaId>"),
        Arguments.of("shortvideo", "<MediaId>m</MediaId><ThumbMediaId>t</ThumbMediaId>"),
        Arguments.of("location", "<Location_X>23</Location_X><Location_Y>113</Location_Y>"),
        Arguments.of("link", "<Title>t</Title><Description>d</Description><Url>http://x</Url>"));
  }

  @ParameterizedTest
  @MethodSource("media")
  void mediaAndUnrecognisedVoiceGetAPoliteHint(String type, String fields) {
    String xml =
        FakeWeChat.message(USER, type, fields + "<MsgId>" + FakeWeChat.nextMsgId() + "</MsgId>");

    WxMpXmlMessage reply = wechat.read(post(wechat.plaintext(xml)).body());

    assertThat(reply.getContent()).contains("只能看懂文字消息");
    assertThat(bot.calls()).isZero();
  }

  @Test
  void subscribeGetsTheWelcome() {
    String xml = FakeWeChat.event(USER, "subscribe", "", FakeWeChat.now());

    WxMpXmlMessage reply = wechat.read(post(wechat.plaintext(xml)).body());

    assertThat(reply.getContent())
        .isEqualTo(expected(new Message.Event("wechat:" + USER, "subscribe", "")))
        .contains("欢迎");
  }

  @Test
  void aMenuClickRunsTheKeysAction() {
    String xml = FakeWeChat.event(USER, "CLICK", "HELP", FakeWeChat.now());

    WxMpXmlMessage reply = wechat.read(post(wechat.plaintext(xml)).body());

    assertThat(reply.getContent())
        .isEqualTo(expected(new Message.Event("wechat:" + USER, "click", "HELP")));
    assertThat(bot.calls()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"VIEW", "unsubscribe", "LOCATION", "SCAN", "TEMPLATESENDJOBFINISH"})
  void otherEventsGetSuccess(String event) {
    String xml = FakeWeChat.event(USER, event, "http://example.invalid/", FakeWeChat.now());

    EmbeddedHttp.Got got = post(wechat.plaintext(xml));

    assertThat(got.status()).isEqualTo(200);
    assertThat(got.body()).isEqualTo("success");
    assertThat(bot.calls()).isZero();
  }

  @Test
  void safeModeIsDecryptedAndAnsweredEncrypted() {
    EmbeddedHttp.Got got = post(wechat.safe(FakeWeChat.text(USER, QUESTION)));

    assertThat(got.status()).isEqualTo(200);
    assertThat(FakeWeChat.isEncrypted(got.body())).isTrue();
    WxMpXmlMessage reply = wechat.read(got.body());
    assertThat(reply.getToUser()).isEqualTo(USER);
    assertThat(reply.getContent())
        .isEqualTo(expected(new Message.Text("wechat:" + USER, QUESTION)));
  }

  @Test
  void compatibleModeIsAnsweredEncrypted() {
    EmbeddedHttp.Got got = post(wechat.compatible(FakeWeChat.text(USER, QUESTION)));

    assertThat(FakeWeChat.isEncrypted(got.body())).isTrue();
    assertThat(wechat.read(got.body()).getContent()).contains("步骤");
  }

  @Test
  void anEncryptedSuccessStaysPlain() {
    EmbeddedHttp.Got got = post(wechat.safe(FakeWeChat.event(USER, "VIEW", "x", 1_700_000_000L)));

    assertThat(got.body()).isEqualTo("success");
  }

  @Test
  void aBadMsgSignatureIs403() {
    FakeWeChat.Push push = wechat.safe(FakeWeChat.text(USER, QUESTION));
    String forged =
        push.query().replaceAll("msg_signature=[0-9a-f]+", "msg_signature=" + "a".repeat(40));

    EmbeddedHttp.Got got = post(push.withQuery(forged));

    assertThat(got.status()).isEqualTo(403);
    assertThat(got.body()).isEqualTo("signature check failed\n");
    assertThat(bot.calls()).isZero();
  }

  @Test
  void aBadSignatureOnAPushIs403() {
    FakeWeChat.Push push = wechat.plaintext(FakeWeChat.text(USER, QUESTION));
    String forged = push.query().replaceAll("signature=[0-9a-f]+", "signature=" + "b".repeat(40));

    EmbeddedHttp.Got got = post(push.withQuery(forged));

    assertThat(got.status()).isEqualTo(403);
    assertThat(got.body()).isEqualTo("signature check failed\n");
  }

  @Test
  void aStaleTimestampIs403() {
    String stale = Long.toString(FakeWeChat.now() - 301);

    EmbeddedHttp.Got got = post(wechat.plaintext(FakeWeChat.text(USER, QUESTION), stale));

    assertThat(got.status()).isEqualTo(403);
    assertThat(got.body()).isEqualTo("stale timestamp\n");
    assertThat(bot.calls()).isZero();
  }

  @Test
  void missingSignatureParametersAre400() {
    EmbeddedHttp.Got got = http.exchange("POST", "/wechat", FakeWeChat.text(USER, QUESTION));

    assertThat(got.status()).isEqualTo(400);
    assertThat(got.body()).isEqualTo("missing query parameter signature\n");
  }

  @Test
  void anEncryptedPushWithoutAnAesKeyIsAClear400() {
    http.close();
    http = server(WeChatConfig.plaintext(FakeWeChat.TOKEN));

    EmbeddedHttp.Got got = post(wechat.safe(FakeWeChat.text(USER, QUESTION)));

    assertThat(got.status()).isEqualTo(400);
    assertThat(got.body())
        .isEqualTo("encrypted messages are not enabled: configure the EncodingAESKey\n");
  }

  @Test
  void anUnknownEncryptTypeIs400() {
    FakeWeChat.Push push = wechat.plaintext(FakeWeChat.text(USER, QUESTION));

    EmbeddedHttp.Got got = post(push.withQuery(push.query() + "&encrypt_type=rot13"));

    assertThat(got.status()).isEqualTo(400);
  }

  static Stream<String> malformed() {
    return Hostile.MALFORMED.keySet().stream().sorted();
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void malformedBodiesAre400AndTheNextRequestIsServed(String name) {
    EmbeddedHttp.Got refused = post(wechat.plaintext(Hostile.MALFORMED.get(name)));

    assertThat(refused.status()).as(name).isEqualTo(400);
    assertThat(refused.body()).isEqualTo("malformed message\n");
    assertThat(refused.body()).doesNotContain("root:", "lollol");
    EmbeddedHttp.Got good = post(wechat.plaintext(FakeWeChat.text(USER, QUESTION)));
    assertThat(good.status()).isEqualTo(200);
    assertThat(wechat.read(good.body()).getContent()).contains("步骤");
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void malformedEncryptedPlaintextIs400(String name) {
    EmbeddedHttp.Got refused = post(wechat.safe(Hostile.MALFORMED.get(name)));

    assertThat(refused.status()).as(name).isEqualTo(400);
  }

  @Test
  void aRetriedMessageGetsTheSameReplyAndTheBotRunsOnce() {
    FakeWeChat.Push push = wechat.plaintext(FakeWeChat.text(USER, QUESTION));

    String first = wechat.read(post(push).body()).getContent();
    String again = wechat.read(post(wechat.plaintext(push.body())).body()).getContent();

    assertThat(again).isEqualTo(first);
    assertThat(bot.calls()).isEqualTo(1);
    assertThat(registry.counter("unionbot.wechat.dedupe.hits").count()).isEqualTo(1.0);
  }

  @Test
  void aRetriedEncryptedMessageIsAlsoAnsweredOnce() {
    String xml = FakeWeChat.text(USER, QUESTION);

    String first = wechat.read(post(wechat.safe(xml)).body()).getContent();
    String again = wechat.read(post(wechat.safe(xml)).body()).getContent();

    assertThat(again).isEqualTo(first);
    assertThat(bot.calls()).isEqualTo(1);
  }

  @Test
  void eventsAreDedupedByUserAndCreateTime() {
    long t = FakeWeChat.now();
    post(wechat.plaintext(FakeWeChat.event(USER, "CLICK", "HELP", t)));
    post(wechat.plaintext(FakeWeChat.event(USER, "CLICK", "HELP", t)));
    assertThat(bot.calls()).isEqualTo(1);

    post(wechat.plaintext(FakeWeChat.event(USER, "CLICK", "QUIZ", t)));
    post(wechat.plaintext(FakeWeChat.event("oSomeoneElse", "CLICK", "HELP", t)));
    assertThat(bot.calls()).isEqualTo(3);
  }

  @Test
  void repliesAreCountedByKind() {
    post(wechat.plaintext(FakeWeChat.text(USER, QUESTION)));
    post(wechat.plaintext(FakeWeChat.text(USER, "明天天气怎么样")));

    assertThat(registry.counter("unionbot.replies", "channel", "wechat", "kind", "answer").count())
        .isEqualTo(1.0);
    assertThat(
            registry.counter("unionbot.replies", "channel", "wechat", "kind", "fallback").count())
        .isEqualTo(1.0);
  }
}
