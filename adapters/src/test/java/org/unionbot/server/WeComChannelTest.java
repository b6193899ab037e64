package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Stream;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.cp.bean.message.WxCpXmlMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionbot.auth.WeChatSignIn;
import org.unionbot.chat.WebIds;
import org.unionbot.core.Message;
import org.unionbot.http.Endpoint;
import org.unionbot.wechat.WeChatConfig;
import org.unionbot.wechat.WeChatEndpoint;
import org.unionbot.wecom.FakeWeCom;
import org.unionbot.wecom.WeComEndpoint;

/**
 * {@code /wecom} through the server's real pipeline on an EmbeddedChannel, with WxJava's {@code
 * weixin-java-cp} playing WeCom: WeCom's official sample vectors, URL verification, text, voice and
 * the app's events, dedupe, users kept apart from the public account's, and every refusal.
 */
class WeComChannelTest {
  private static final Executor DIRECT = Runnable::run;

  private static final String QUESTION = "学深悟透分为几个步骤";

  /** WeCom's sample: {@code GET /cgi-bin/wxpush?msg_signature=5c45…&timestamp=1409659589…}. */
  private static final String SAMPLE_VERIFICATION =
      "/wecom?msg_signature=5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3&timestamp=1409659589"
          + "&nonce=263014780&echostr=P9nAzCzyDtyTWESHep1vC5X9xho%2FqYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNd"
          + "tp%2B4RPcs8TgAE7OaBO%2BFZXvnaqQ%3D%3D";

  /** A new WeCom UserID per test: the bot remembers each user's rounds and invitations. */
  private final String user = "zhangsan-" + UUID.randomUUID();

  private final FakeWeCom wecom = new FakeWeCom();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final TestBot bot = TestBot.counting();
  private final List<String> users = new CopyOnWriteArrayList<>();
  private EmbeddedHttp http = server(Clock.systemUTC());

  private EmbeddedHttp server(Clock clock) {
    WeComEndpoint endpoint =
        new WeComEndpoint(
            FakeWeCom.config(),
            message -> {
              users.add(message.user());
              return bot.apply(message);
            },
            DIRECT,
            Optional.empty(),
            WeChatConfig.DEFAULT_REPLY_TIMEOUT,
            registry,
            clock,
            WeChatEndpoint.Claims.LOCAL);
    return server(clock, Optional.of(endpoint));
  }

  /** The server's routes with {@code wecom} as {@code /wecom}, if any. */
  private EmbeddedHttp server(Clock clock, Optional<Endpoint> wecom) {
    Routes routes =
        ServerRoutes.routes(
            WeChatConfig.plaintext("publicAccountToken"),
            TestBot.BOT,
            bot,
            DIRECT,
            Optional.empty(),
            registry,
            clock,
            WeChatEndpoint.Claims.LOCAL,
            WebIds.withRandomKey(),
            Optional::empty,
            Routes.HeadCheck.NONE,
            Optional.empty(),
            WeChatSignIn.off(),
            wecom);
    return new EmbeddedHttp(EmbeddedHttp.context(routes, DIRECT, registry));
  }

  @AfterEach
  void close() {
    http.close();
  }

  private static Clock at(long epochSecond) {
    return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
  }

  private EmbeddedHttp.Got post(FakeWeCom.Push push) {
    return http.exchange("POST", push.uri(), push.body());
  }

  private WxCpXmlMessage answer(String xml) {
    EmbeddedHttp.Got got = post(wecom.push(xml));
    assertThat(got.status()).isEqualTo(200);
    return wecom.read(got.body());
  }

  /** The bot's reply to a user it has not met yet, as {@code message} builds it for an id. */
  private static String fresh(Function<String, Message> message) {
    return TestBot.BOT.handle(message.apply("wecom:new-" + UUID.randomUUID())).text();
  }

  @Test
  void theOfficialSampleVerifiesTheUrl() {
    http.close();
    http = server(at(1409659589L));

    EmbeddedHttp.Got got = http.exchange("GET", SAMPLE_VERIFICATION, "");

    assertThat(got.status()).isEqualTo(200);
    assertThat(got.body()).isEqualTo(FakeWeCom.SAMPLE_ECHO);
  }

  @Test
  void theOfficialSampleIsStaleFiveMinutesLater() {
    http.close();
    http = server(at(1409659589L + 301));

    assertThat(http.exchange("GET", SAMPLE_VERIFICATION, "").status()).isEqualTo(403);
  }

  @Test
  void theOfficialSamplePushIsAnsweredEncryptedWithTheCorpId() {
    http.close();
    http = server(at(1409659813L));
    String uri =
        "/wecom?msg_signature="
            + FakeWeCom.SAMPLE_PUSH_SIGNATURE
            + "&timestamp="
            + FakeWeCom.SAMPLE_PUSH_TIMESTAMP
            + "&nonce="
            + FakeWeCom.SAMPLE_PUSH_NONCE;

    EmbeddedHttp.Got got = http.exchange("POST", uri, FakeWeCom.SAMPLE_PUSH_BODY);
    WxCpXmlMessage reply = wecom.read(got.body());

    assertThat(got.status()).isEqualTo(200);
    assertThat(reply.getToUserName()).isEqualTo("mycreate");
    assertThat(reply.getFromUserName()).isEqualTo(FakeWeCom.CORP_ID);
    assertThat(reply.getContent()).isEqualTo(fresh(u -> new Message.Text(u, "hello")));
  }

  @Test
  void urlVerificationEchoesTheDecryptedEchostr() {
    EmbeddedHttp.Got got = http.exchange("GET", wecom.verification("echo-4375120948"), "");

    assertThat(got.status()).isEqualTo(200);
    assertThat(got.body()).isEqualTo("echo-4375120948");
  }

  @Test
  void urlVerificationWithABadSignatureIs403() {
    String uri =
        wecom
            .verification("x")
            .replaceFirst("msg_signature=[0-9a-f]+", "msg_signature=" + "0".repeat(40));

    EmbeddedHttp.Got got = http.exchange("GET", uri, "");

    assertThat(got.status()).isEqualTo(403);
    assertThat(got.body()).isEqualTo("signature check failed\n");
  }

  @Test
  void thePublicAccountsPlainSignatureIsNotEnough() {
    String ts = Long.toString(FakeWeCom.now());
    String uri =
        "/wecom?signature="
            + SHA1.gen(FakeWeCom.TOKEN, ts, "1")
            + "&timestamp="
            + ts
            + "&nonce=1&echostr=9";

    EmbeddedHttp.Got got = http.exchange("GET", uri, "");

    assertThat(got.status()).isEqualTo(400);
    assertThat(got.body()).isEqualTo("missing query parameter msg_signature\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"msg_signature", "timestamp", "nonce", "echostr"})
  void urlVerificationWithoutAParameterIs400(String name) {
    String uri = wecom.verification("x").replaceFirst("([?&])" + name + "=[^&]*", "$1");

    EmbeddedHttp.Got got = http.exchange("GET", uri, "");

    assertThat(got.status()).isEqualTo(400);
    assertThat(got.body()).isEqualTo("missing query parameter " + name + "\n");
  }

  @Test
  void aTextMessageGetsTheBotsAnswerEncrypted() {
    WxCpXmlMessage reply = answer(FakeWeCom.text(user, QUESTION, FakeWeCom.nextMsgId()));

    assertThat(reply.getToUserName()).isEqualTo(user);
    assertThat(reply.getFromUserName()).isEqualTo(FakeWeCom.CORP_ID);
    assertThat(reply.getMsgType()).isEqualTo("text");
    assertThat(reply.getContent()).isEqualTo(fresh(u -> new Message.Text(u, QUESTION)));
  }

  @Test
  void aVoiceMessageWithRecognitionIsAnsweredAsHeard() {
    WxCpXmlMessage reply = answer(FakeWeCom.voice(user, QUESTION));

    assertThat(reply.getContent()).isEqualTo(fresh(u -> new Message.Text(u, QUESTION, true)));
  }

  @Test
  void enteringTheAppGetsTheWelcome() {
    WxCpXmlMessage reply = answer(FakeWeCom.event(user, "enter_agent", ""));

    assertThat(reply.getContent())
        .isEqualTo(fresh(u -> new Message.Event(u, "subscribe", "")))
        .isNotEmpty();
  }

  @Test
  void aMenuClickRunsTheKeysAction() {
    WxCpXmlMessage reply = answer(FakeWeCom.event(user, "click", "HELP"));

    assertThat(reply.getContent()).isEqualTo(fresh(u -> new Message.Event(u, "click", "HELP")));
  }

  @Test
  void aViewClickGetsSuccess() {
    EmbeddedHttp.Got got = post(wecom.push(FakeWeCom.event(user, "view", "https://example.org/")));

    assertThat(got.status()).isEqualTo(200);
    assertThat(got.body()).isEqualTo("success");
    assertThat(bot.calls()).isZero();
  }

  @Test
  void weComUsersAreKeptApartFromPublicAccountUsers() {
    answer(FakeWeCom.text(user, QUESTION, FakeWeCom.nextMsgId()));
    answer(FakeWeCom.event(user, "click", "HELP"));

    assertThat(users).containsExactly("wecom:" + user, "wecom:" + user);
  }

  @Test
  void aRetriedPushGetsTheSameReplyAndTheBotRunsOnce() {
    String xml = FakeWeCom.text(user, QUESTION, FakeWeCom.nextMsgId());

    String first = answer(xml).getContent();
    String again = answer(xml).getContent();

    assertThat(again).isEqualTo(first);
    assertThat(bot.calls()).isEqualTo(1);
    assertThat(registry.counter("unionbot.wecom.dedupe.hits").count()).isEqualTo(1.0);
    assertThat(registry.counter("unionbot.wechat.dedupe.hits").count()).isZero();
  }

  @Test
  void aBadMsgSignatureIs403() {
    FakeWeCom.Push push = wecom.push(FakeWeCom.text(user, QUESTION, FakeWeCom.nextMsgId()));
    String forged =
        push.query().replaceFirst("msg_signature=[0-9a-f]+", "msg_signature=" + "1".repeat(40));

    EmbeddedHttp.Got got = post(push.withQuery(forged));

    assertThat(got.status()).isEqualTo(403);
    assertThat(got.body()).isEqualTo("signature check failed\n");
    assertThat(bot.calls()).isZero();
  }

  @Test
  void anotherCorpsPushIs403() {
    FakeWeCom other = new FakeWeCom("ww0ther0corp00001");

    EmbeddedHttp.Got got = post(other.push(FakeWeCom.text(user, QUESTION, FakeWeCom.nextMsgId())));

    assertThat(got.status()).isEqualTo(403);
    assertThat(bot.calls()).isZero();
  }

  @Test
  void aStaleTimestampIs403() {
    http.close();
    http = server(Clock.offset(Clock.systemUTC(), Duration.ofSeconds(301)));

    EmbeddedHttp.Got got = post(wecom.push(FakeWeCom.text(user, QUESTION, FakeWeCom.nextMsgId())));

    assertThat(got.status()).isEqualTo(403);
    assertThat(got.body()).isEqualTo("stale timestamp\n");
  }

  @Test
  void aPlaintextPushIs400() {
    FakeWeCom.Push push = wecom.push(FakeWeCom.text(user, QUESTION, FakeWeCom.nextMsgId()));

    EmbeddedHttp.Got got = post(push.withBody(FakeWeCom.text(user, QUESTION, 1)));

    assertThat(got.status()).isEqualTo(400);
    assertThat(got.body()).isEqualTo("malformed message\n");
  }

  @Test
  void aBodyOver64KibIs413() {
    FakeWeCom.Push push = wecom.push(FakeWeCom.text(user, QUESTION, FakeWeCom.nextMsgId()));

    EmbeddedHttp.Got got = post(push.withBody("<xml>" + "x".repeat(70_000) + "</xml>"));

    assertThat(got.status()).isEqualTo(413);
  }

  static Stream<String> malformed() {
    return Hostile.MALFORMED.keySet().stream().sorted();
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void hostileEnvelopesAre400AndTheNextPushIsServed(String name) {
    FakeWeCom.Push push = wecom.push(FakeWeCom.text(user, QUESTION, FakeWeCom.nextMsgId()));

    EmbeddedHttp.Got refused = post(push.withBody(Hostile.MALFORMED.get(name)));

    assertThat(refused.status()).as(name).isEqualTo(400);
    assertThat(refused.body()).isEqualTo("malformed message\n").doesNotContain("root:");
    assertThat(post(push).status()).isEqualTo(200);
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void hostileEncryptedMessagesAre400(String name) {
    EmbeddedHttp.Got refused = post(wecom.push(Hostile.MALFORMED.get(name)));

    assertThat(refused.status()).as(name).isEqualTo(400);
    assertThat(bot.calls()).isZero();
  }

  @Test
  void withoutWeComConfiguredTheRouteIsNotServed() {
    http.close();
    http = server(Clock.systemUTC(), Optional.empty());

    assertThat(http.exchange("GET", wecom.verification("x"), "").status()).isEqualTo(404);
  }
}
