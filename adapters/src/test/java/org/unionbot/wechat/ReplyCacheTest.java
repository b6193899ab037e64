package org.unionbot.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.unionbot.core.Reply;

/** Retries share one pending reply; failures are forgotten; keys follow WeChat's dedupe rules. */
class ReplyCacheTest {
  private final ReplyCache cache = new ReplyCache(Duration.ofSeconds(60), 100);
  private final AtomicInteger starts = new AtomicInteger();

  private CompletableFuture<Reply> start(CompletableFuture<Reply> result) {
    starts.incrementAndGet();
    return result;
  }

  private static ReplyCache.Key key(String id) {
    return new ReplyCache.Key("gh_1", "oUser", id);
  }

  @Test
  void aRetryWaitsOnTheSamePendingReplyAndNothingStartsTwice() {
    CompletableFuture<Reply> running = new CompletableFuture<>();

    ReplyCache.Claim first = cache.claim(key("m1"), () -> start(running));
    ReplyCache.Claim retry = cache.claim(key("m1"), () -> start(new CompletableFuture<>()));

    assertThat(first.duplicate()).isFalse();
    assertThat(retry.duplicate()).isTrue();
    assertThat(retry.pending()).isSameAs(first.pending());
    assertThat(retry.pending().reply()).isNotDone();
    running.complete(Reply.of(Reply.Kind.ANSWER, "a"));
    assertThat(retry.pending().reply().join().text()).isEqualTo("a");
    assertThat(starts.get()).isEqualTo(1);
  }

  @Test
  void differentKeysRunSeparately() {
    cache.claim(key("m1"), () -> start(new CompletableFuture<>()));
    cache.claim(key("m2"), () -> start(new CompletableFuture<>()));
    cache.claim(new ReplyCache.Key("gh_2", "oUser", "m1"), () -> start(new CompletableFuture<>()));

    assertThat(starts.get()).isEqualTo(3);
  }

  @Test
  void aFailedReplyIsForgottenSoARetryRunsAgain() {
    cache.claim(
        key("m1"), () -> start(CompletableFuture.failedFuture(new IllegalStateException("x"))));

    ReplyCache.Claim retry =
        cache.claim(key("m1"), () -> start(CompletableFuture.completedFuture(Reply.none())));

    assertThat(retry.duplicate()).isFalse();
    assertThat(starts.get()).isEqualTo(2);
  }

  @Test
  void aStartThatThrowsFailsThePendingReply() {
    ReplyCache.Claim claim =
        cache.claim(
            key("m1"),
            () -> {
              throw new IllegalStateException("rejected");
            });

    assertThat(claim.pending().reply()).isCompletedExceptionally();
    assertThat(cache.size()).isZero();
  }

  @Test
  void onlyOneAttemptClaimsTheAsynchronousDelivery() {
    ReplyCache.Pending pending =
        cache.claim(key("m1"), () -> start(new CompletableFuture<>())).pending();

    assertThat(pending.handOver()).isTrue();
    assertThat(pending.handOver()).isFalse();
    assertThat(pending.handedOver()).isTrue();
  }

  @Test
  void theCacheIsBounded() {
    ReplyCache small = new ReplyCache(Duration.ofSeconds(60), 10);
    for (int i = 0; i < 100; i++) {
      small.claim(key("m" + i), () -> CompletableFuture.completedFuture(Reply.none()));
    }

    assertThat(small.size()).isLessThanOrEqualTo(10);
  }

  @Test
  void messagesAreKeyedByMsgIdAndEventsByUserAndCreateTime() {
    InboundMessage text =
        WeChatXml.parse(
            "<xml><ToUserName>gh_1</ToUserName><FromUserName>oU</FromUserName>"
                + "<CreateTime>100</CreateTime><MsgType>text</MsgType><Content>x</Content>"
                + "<MsgId>42</MsgId></xml>");
    InboundMessage click =
        WeChatXml.parse(
            "<xml><ToUserName>gh_1</ToUserName><FromUserName>oU</FromUserName>"
                + "<CreateTime>100</CreateTime><MsgType>event</MsgType><Event>CLICK</Event>"
                + "<EventKey>QUIZ</EventKey></xml>");

    assertThat(ReplyCache.Key.of(text)).isEqualTo(new ReplyCache.Key("gh_1", "oU", "m42"));
    assertThat(ReplyCache.Key.of(click))
        .isEqualTo(new ReplyCache.Key("gh_1", "oU", "e100/CLICK/QUIZ"));
  }
}
