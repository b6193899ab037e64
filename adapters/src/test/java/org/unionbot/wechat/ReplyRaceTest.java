package org.unionbot.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unionbot.core.Reply;
import org.unionbot.http.Response;

/** The 5-second rule on the shared timer, and late replies drained on shutdown. */
class ReplyRaceTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);
  private static final InboundMessage PUSH =
      WeChatXml.parse(
          "<xml><ToUserName>gh_1</ToUserName><FromUserName>oUser</FromUserName>"
              + "<CreateTime>1700000000</CreateTime><MsgType>text</MsgType>"
              + "<Content>问</Content><MsgId>1</MsgId></xml>");

  private FakeWeChatApi api;

  @AfterEach
  void stop() {
    if (api != null) {
      api.close();
    }
  }

  private LateReplies late() throws Exception {
    api = FakeWeChatApi.start();
    WeChatApiClient client =
        new WeChatApiClient(
            api.base(),
            FakeWeChatApi.APP_ID,
            FakeWeChatApi.APP_SECRET,
            HttpClient.newHttpClient(),
            Clock.systemUTC());
    return new LateReplies("wechat", Optional.of(client), new SimpleMeterRegistry());
  }

  private static ReplyCache.Pending pending(CompletableFuture<Reply> reply) {
    ReplyCache cache = new ReplyCache(Duration.ofSeconds(30), 10);
    return cache.claim(ReplyCache.Key.of(PUSH), () -> reply).pending();
  }

  @Test
  void aReplyInTimeIsRendered() throws Exception {
    ReplyRace race = new ReplyRace(Duration.ofSeconds(5), new ReplyRenderer(CLOCK), late());
    CompletableFuture<Reply> reply = new CompletableFuture<>();

    CompletableFuture<Response> response = race.respond(PUSH, pending(reply), Optional.empty());
    reply.complete(Reply.of(Reply.Kind.HELP, "答"));

    String body = new String(response.get(5, TimeUnit.SECONDS).body(), StandardCharsets.UTF_8);
    assertThat(body).isEqualTo(ReplyXml.textReply("oUser", "gh_1", 1_700_000_000L, "答"));
  }

  @Test
  void aLateReplyIsAnsweredSuccessThenSent() throws Exception {
    ReplyRace race = new ReplyRace(Duration.ofMillis(50), new ReplyRenderer(CLOCK), late());
    CompletableFuture<Reply> reply = new CompletableFuture<>();

    Response response =
        race.respond(PUSH, pending(reply), Optional.empty()).get(5, TimeUnit.SECONDS);
    reply.complete(Reply.of(Reply.Kind.HELP, "晚到的答案"));

    assertThat(response).isSameAs(ReplyRenderer.SUCCESS);
    assertThat(api.awaitSent(Duration.ofSeconds(10)).path("text").path("content").asText())
        .isEqualTo("晚到的答案");
  }

  @Test
  void aShutdownStartedAsSoonAsSuccessIsReadWaitsForTheLateReply() throws Exception {
    LateReplies late = late();
    ReplyRace race = new ReplyRace(Duration.ofMillis(50), new ReplyRenderer(CLOCK), late);
    CompletableFuture<Reply> reply = new CompletableFuture<>();

    CompletableFuture<Response> response = race.respond(PUSH, pending(reply), Optional.empty());
    // runs on the deadline's thread the moment success is ready, as a close() reading it might
    CompletableFuture<Boolean> nothingOwed = response.thenApply(success -> drainsAtOnce(late));

    assertThat(response.get(5, TimeUnit.SECONDS)).isSameAs(ReplyRenderer.SUCCESS);
    assertThat(nothingOwed.get(5, TimeUnit.SECONDS)).as("the late reply was owed").isFalse();
    reply.complete(Reply.of(Reply.Kind.HELP, "晚到的答案"));
    assertThat(late.drain(Duration.ofSeconds(10))).isTrue();
    assertThat(api.pendingSent()).isEqualTo(1);
  }

  @Test
  void aReplyThatWinsTheRaceOwesNothing() throws Exception {
    LateReplies late = late();
    ReplyRace race = new ReplyRace(Duration.ofSeconds(5), new ReplyRenderer(CLOCK), late);
    CompletableFuture<Reply> reply = new CompletableFuture<>();

    CompletableFuture<Response> response = race.respond(PUSH, pending(reply), Optional.empty());
    reply.complete(Reply.of(Reply.Kind.HELP, "答"));
    response.get(5, TimeUnit.SECONDS);

    assertThat(late.drain(Duration.ZERO)).isTrue();
  }

  private static boolean drainsAtOnce(LateReplies late) {
    try {
      return late.drain(Duration.ZERO);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  @Test
  void drainWaitsForEveryLateReply() throws Exception {
    LateReplies late = late();
    CompletableFuture<Reply> reply = new CompletableFuture<>();

    late.send("oUser", reply, late.reserve());

    assertThat(late.drain(Duration.ofMillis(50))).isFalse(); // the reply is not even ready
    reply.complete(Reply.of(Reply.Kind.HELP, "晚到的答案"));
    assertThat(late.drain(Duration.ofSeconds(10))).isTrue();
    assertThat(api.pendingSent()).isEqualTo(1);
  }

  @Test
  void drainingNothingIsAtOnceDone() throws Exception {
    assertThat(late().drain(Duration.ZERO)).isTrue();
  }
}
