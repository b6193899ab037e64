package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;
import me.chanjar.weixin.common.util.crypto.SHA1;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unionbot.core.Message;
import org.unionbot.core.Reply;
import org.unionbot.wechat.FakeWeChatApi;

/**
 * The real server on a free loopback port with WxJava playing WeChat: the three modes, every
 * refusal of the issue (each followed by a good request), dedupe over HTTP, a retry that waits for
 * the first attempt, and the 5-second rule with the customer-service API on a local fake.
 */
class WeChatServerIT {
  private static final String QUESTION = "学深悟透分为几个步骤";
  private static final String ANSWER = TestBot.firstAnswer(QUESTION);
  private static final AtomicInteger GOOD_USERS = new AtomicInteger();
  private static final Duration REPLY_TIMEOUT = Duration.ofMillis(400);

  /** Each test points the server's bot at its own wrapper. */
  private static final AtomicReference<Function<Message, Reply>> BOT =
      new AtomicReference<>(TestBot.BOT::handle);

  @TempDir static Path dir;
  private static FakeWeChatApi api;
  private static UnionbotServer server;
  private static URI base;

  /** Without the customer-service API: late replies are awaited, and retries wait with them. */
  private static UnionbotServer awaiting;

  private final FakeWeChat wechat = new FakeWeChat();

  @BeforeAll
  static void start() throws IOException {
    api = FakeWeChatApi.start(FakeWeChat.APP_ID);
    ServerConfig config =
        ServerConfig.loopback(dir, FakeWeChat.TOKEN)
            .withWeChat(
                FakeWeChat.config()
                    .withCustomerService(FakeWeChat.APP_ID, FakeWeChatApi.APP_SECRET, api.base())
                    .withReplyTimeout(REPLY_TIMEOUT));
    server = UnionbotServer.start(config, TestBot.BOT, message -> BOT.get().apply(message));
    base = server.uri();
    awaiting =
        UnionbotServer.start(
            ServerConfig.loopback(dir, FakeWeChat.TOKEN).withWeChat(FakeWeChat.config()),
            TestBot.BOT,
            message -> BOT.get().apply(message));
  }

  @AfterAll
  static void stop() {
    server.close();
    awaiting.close();
    api.close();
  }

  private TestBot use(TestBot bot) {
    BOT.set(bot);
    return bot;
  }

  private static HttpResponse<String> post(FakeWeChat.Push push) throws Exception {
    return Loopback.post(base, push.uri(), push.body());
  }

  private void assertAnswersAGoodRequest() throws Exception {
    // each time a new worker, whose first answer ANSWER is
    String user = "oGood" + GOOD_USERS.incrementAndGet();
    HttpResponse<String> good = post(wechat.safe(FakeWeChat.text(user, QUESTION)));
    assertThat(good.statusCode()).isEqualTo(200);
    assertThat(wechat.read(good.body()).getContent()).isEqualTo(ANSWER);
  }

  @Test
  void urlVerification() throws Exception {
    String ts = Long.toString(FakeWeChat.now());
    String query =
        "?signature=" + SHA1.gen(FakeWeChat.TOKEN, ts, "77") + "&timestamp=" + ts + "&nonce=77";

    HttpResponse<String> got = Loopback.get(base, "/wechat" + query + "&echostr=hello123");

    assertThat(got.statusCode()).isEqualTo(200);
    assertThat(got.body()).isEqualTo("hello123");
  }

  static Stream<Arguments> modes() {
    return Stream.of(
        Arguments.of("plaintext", false),
        Arguments.of("compatible", true),
        Arguments.of("safe", true));
  }

  @ParameterizedTest
  @MethodSource("modes")
  void answersInEveryMode(String mode, boolean encrypted) throws Exception {
    String xml = FakeWeChat.text("oUser_" + mode, QUESTION);
    FakeWeChat.Push push =
        switch (mode) {
          case "plaintext" -> wechat.plaintext(xml);
          case "compatible" -> wechat.compatible(xml);
          default -> wechat.safe(xml);
        };

    HttpResponse<String> got = post(push);

    assertThat(got.statusCode()).isEqualTo(200);
    assertThat(FakeWeChat.isEncrypted(got.body())).isEqualTo(encrypted);
    assertThat(wechat.read(got.body()).getToUser()).isEqualTo("oUser_" + mode);
    assertThat(wechat.read(got.body()).getContent()).isEqualTo(ANSWER);
  }

  static Stream<Arguments> refusals() {
    FakeWeChat w = new FakeWeChat();
    String good = FakeWeChat.text("oAttacker", QUESTION);
    FakeWeChat.Push plain = w.plaintext(good);
    FakeWeChat.Push safe = w.safe(good);
    return Stream.of(
        Arguments.of(
            "bad signature",
            plain.withQuery(
                plain.query().replaceAll("signature=\\w+", "signature=" + "0".repeat(40))),
            403),
        Arguments.of(
            "bad msg_signature",
            safe.withQuery(
                safe.query().replaceAll("msg_signature=\\w+", "msg_signature=" + "1".repeat(40))),
            403),
        Arguments.of(
            "tampered ciphertext",
            safe.withBody(safe.body().replace("<Encrypt><![CDATA[", "<Encrypt><![CDATA[AAAA")),
            403),
        Arguments.of(
            "stale timestamp", w.plaintext(good, Long.toString(FakeWeChat.now() - 3600)), 403),
        Arguments.of("XXE", w.plaintext(Hostile.XXE), 400),
        Arguments.of("billion laughs", w.plaintext(Hostile.BILLION_LAUGHS), 400),
        Arguments.of("truncated XML", w.plaintext(Hostile.TRUNCATED), 400),
        Arguments.of("JSON", w.plaintext(Hostile.JSON), 400),
        Arguments.of("missing MsgType", w.plaintext(Hostile.NO_MSG_TYPE), 400),
        Arguments.of("encrypted missing MsgType", w.safe(Hostile.NO_MSG_TYPE), 400));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refusesAndKeepsServing(String name, FakeWeChat.Push push, int status) throws Exception {
    TestBot bot = use(TestBot.counting());

    HttpResponse<String> got = post(push);

    assertThat(got.statusCode()).as(name).isEqualTo(status);
    assertThat(got.body()).hasSizeLessThan(80).doesNotContain("Exception", "at org.", "root:");
    assertThat(bot.calls()).isZero();
    assertAnswersAGoodRequest();
  }

  @Test
  void aTwoMegabyteBodyIs413AndTheServerKeepsServing() throws Exception {
    FakeWeChat.Push push = wechat.plaintext(FakeWeChat.text("oBig", "x"));
    byte[] huge = new byte[2 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) 'a');

    HttpResponse<String> got = Loopback.post(base, push.uri(), huge);

    assertThat(got.statusCode()).isEqualTo(413);
    assertThat(got.body()).isEqualTo("request body too large (limit 65536 bytes)\n");
    assertAnswersAGoodRequest();
  }

  @Test
  void aRetryGetsTheSameReplyAndTheBotRunsOnce() throws Exception {
    TestBot bot = use(TestBot.counting());
    String xml = FakeWeChat.text("oRetry", QUESTION);

    String first = wechat.read(post(wechat.safe(xml)).body()).getContent();
    String second = wechat.read(post(wechat.safe(xml)).body()).getContent();
    String third = wechat.read(post(wechat.plaintext(xml)).body()).getContent();

    assertThat(first).isEqualTo(ANSWER);
    assertThat(second).isEqualTo(first);
    assertThat(third).isEqualTo(first);
    assertThat(bot.calls()).isEqualTo(1);
  }

  @Test
  void aRetryDuringTheFirstAttemptWaitsForItsReply() throws Exception {
    TestBot bot = use(TestBot.gated());
    String xml = FakeWeChat.text("oWaiting", QUESTION);
    URI plain = awaiting.uri();

    FakeWeChat.Push firstPush = wechat.plaintext(xml);
    CompletableFuture<HttpResponse<String>> first =
        Loopback.postAsync(plain, firstPush.uri(), firstPush.body());
    bot.awaitEntered();
    FakeWeChat.Push retryPush = wechat.plaintext(xml);
    CompletableFuture<HttpResponse<String>> retry =
        Loopback.postAsync(plain, retryPush.uri(), retryPush.body());
    // the retry has joined the first attempt (counted as a dedupe hit) while the bot still works
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> metrics(plain).contains("unionbot_wechat_dedupe_hits_total 1.0"));
    assertThat(first).isNotDone();
    assertThat(retry).isNotDone();
    bot.release();

    assertThat(wechat.read(first.get(10, TimeUnit.SECONDS).body()).getContent()).isEqualTo(ANSWER);
    assertThat(wechat.read(retry.get(10, TimeUnit.SECONDS).body()).getContent()).isEqualTo(ANSWER);
    assertThat(bot.calls()).isEqualTo(1);
    assertThat(Loopback.get(plain, "/metrics").body())
        .contains("unionbot_wechat_dedupe_hits_total 1.0");
  }

  @Test
  void aLateReplyGoesOutThroughTheCustomerServiceApi() throws Exception {
    TestBot bot = use(TestBot.gated());
    String xml = FakeWeChat.text("oLate", QUESTION);
    // the server is shared with the other tests: count from here
    double sentBefore = counter(base, "unionbot_wechat_async_sends_total{outcome=\"ok\"}");
    double hitsBefore = counter(base, "unionbot_wechat_dedupe_hits_total");

    long started = System.nanoTime();
    HttpResponse<String> got = post(wechat.safe(xml));
    long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

    assertThat(got.statusCode()).isEqualTo(200);
    assertThat(got.body()).isEqualTo("success");
    assertThat(waited).isGreaterThanOrEqualTo(REPLY_TIMEOUT.toMillis() - 50);
    bot.release();
    var sent = api.awaitSent(Duration.ofSeconds(10));
    assertThat(sent.path("touser").asText()).isEqualTo("oLate");
    assertThat(sent.path("text").path("content").asText()).isEqualTo(ANSWER);

    // WeChat's retry of the same message must not deliver the reply a second time
    HttpResponse<String> retry = post(wechat.safe(xml));
    assertThat(retry.body()).isEqualTo("success");
    assertThat(counter(base, "unionbot_wechat_dedupe_hits_total")).isEqualTo(hitsBefore + 1);
    // a later message's late reply is the next one sent: the retry sent nothing in between
    TestBot next = use(TestBot.gated());
    assertThat(post(wechat.safe(FakeWeChat.text("oLater", QUESTION))).body()).isEqualTo("success");
    next.release();
    assertThat(api.awaitSent(Duration.ofSeconds(10)).path("touser").asText()).isEqualTo("oLater");
    assertThat(api.pendingSent()).isZero();
    assertThat(bot.calls()).isEqualTo(1);
    // oLate's and oLater's, counted once each reply is accepted
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> counter(base, "unionbot_wechat_async_sends_total{outcome=\"ok\"}"),
            count -> count == sentBefore + 2);
  }

  @Test
  void aRefusedLateSendIsCountedAndTheServerCarriesOn() throws Exception {
    TestBot bot = use(TestBot.gated());
    api.failNextSend(45015); // "response out of time limit"

    HttpResponse<String> got = post(wechat.plaintext(FakeWeChat.text("oGone", QUESTION)));
    bot.release();

    assertThat(got.body()).isEqualTo("success");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                metrics(base)
                    .contains("unionbot_wechat_async_sends_total{outcome=\"failed\"} 1.0"));
    use(TestBot.counting());
    assertAnswersAGoodRequest();
  }

  @Test
  void aQuickReplyStaysPassiveWithTheApiConfigured() throws Exception {
    use(TestBot.counting());

    HttpResponse<String> got = post(wechat.plaintext(FakeWeChat.text("oQuick", QUESTION)));

    assertThat(wechat.read(got.body()).getContent()).isEqualTo(ANSWER);
    // a later, slow message's reply is the first one sent, after the quick one's deadline has
    // passed
    TestBot slow = use(TestBot.gated());
    assertThat(post(wechat.plaintext(FakeWeChat.text("oSlow", QUESTION))).body())
        .isEqualTo("success");
    slow.release();
    assertThat(api.awaitSent(Duration.ofSeconds(10)).path("touser").asText()).isEqualTo("oSlow");
    assertThat(api.pendingSent()).isZero();
  }

  private static String metrics(URI server) throws Exception {
    return Loopback.get(server, "/metrics").body();
  }

  /** The value of one series on /metrics ({@code name{labels}}), 0 when it is not there yet. */
  private static double counter(URI server, String series) throws Exception {
    return metrics(server)
        .lines()
        .filter(line -> line.startsWith(series + " "))
        .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1)))
        .findFirst()
        .orElse(0);
  }
}
