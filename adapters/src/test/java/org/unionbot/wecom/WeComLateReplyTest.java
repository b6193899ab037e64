package org.unionbot.wecom;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unionbot.core.Message;
import org.unionbot.core.Reply;
import org.unionbot.http.Request;
import org.unionbot.http.Response;
import org.unionbot.wechat.FakeWeChatApi;
import org.unionbot.wechat.WeChatEndpoint;

/**
 * The 5-second rule on {@code /wecom}: a reply not ready in time is answered {@code success} and
 * sent as an app message through {@code /cgi-bin/message/send}, with the corp token from {@code
 * gettoken}, against a fake WeCom API on loopback.
 */
class WeComLateReplyTest {
  private static final Duration TIMEOUT = Duration.ofMillis(200);
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String ANSWER = "工会会员的权利有八项。";

  private final FakeWeChatApi api = start();
  private final ExecutorService executor = Executors.newSingleThreadExecutor();
  private final CountDownLatch gate = new CountDownLatch(1);
  private final AtomicInteger calls = new AtomicInteger();
  private final FakeWeCom wecom = new FakeWeCom();
  private final WeComEndpoint endpoint =
      new WeComEndpoint(
          new WeComConfig(
              FakeWeCom.CORP_ID,
              FakeWeCom.TOKEN,
              FakeWeCom.AES_KEY,
              Optional.of(FakeWeCom.AGENT_ID),
              Optional.of(FakeWeChatApi.CORP_SECRET),
              api.base()),
          this::slowBot,
          executor,
          Optional.of(client()),
          TIMEOUT,
          new SimpleMeterRegistry(),
          Clock.systemUTC(),
          WeChatEndpoint.Claims.LOCAL);

  private static FakeWeChatApi start() {
    try {
      return FakeWeChatApi.start();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private WeComApiClient client() {
    return new WeComApiClient(
        api.base(),
        FakeWeChatApi.CORP_ID,
        FakeWeCom.AGENT_ID,
        FakeWeChatApi.CORP_SECRET,
        HttpClient.newHttpClient(),
        Clock.systemUTC());
  }

  private Reply slowBot(Message message) {
    calls.incrementAndGet();
    try {
      gate.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Reply.of(Reply.Kind.ANSWER, ANSWER);
  }

  @AfterEach
  void stop() throws InterruptedException {
    gate.countDown();
    executor.shutdown();
    executor.awaitTermination(10, TimeUnit.SECONDS);
    api.close();
  }

  private String post(FakeWeCom.Push push) throws Exception {
    Response response = endpoint.handle(request(push)).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    assertThat(response.status()).isEqualTo(200);
    return new String(response.body(), UTF_8);
  }

  static Request request(FakeWeCom.Push push) {
    Map<String, String> query = new HashMap<>();
    for (String pair : URI.create(push.uri()).getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), UTF_8));
    }
    return new Request(
        "POST", "/wecom", query, Optional.of("text/xml"), push.body().getBytes(UTF_8));
  }

  @Test
  void aLateReplyIsAnsweredSuccessAndSentAsAnAppMessage() throws Exception {
    FakeWeCom.Push push = wecom.push(FakeWeCom.text("lisi", "会员有哪些权利", FakeWeCom.nextMsgId()));

    assertThat(post(push)).isEqualTo("success");
    gate.countDown();
    JsonNode sent = api.awaitSent(WAIT);

    assertThat(sent.path("touser").asText()).isEqualTo("lisi");
    assertThat(sent.path("msgtype").asText()).isEqualTo("text");
    assertThat(sent.path("agentid").asLong()).isEqualTo(FakeWeCom.AGENT_ID);
    assertThat(sent.path("text").path("content").asText()).isEqualTo(ANSWER);
    assertThat(endpoint.drain(WAIT)).isTrue();
  }

  @Test
  void aRetryOfALateReplyIsAnsweredSuccessAndNothingIsSentTwice() throws Exception {
    FakeWeCom.Push push = wecom.push(FakeWeCom.text("lisi", "会员有哪些权利", FakeWeCom.nextMsgId()));

    assertThat(post(push)).isEqualTo("success");
    gate.countDown();
    api.awaitSent(WAIT);
    assertThat(post(push)).isEqualTo("success");

    assertThat(endpoint.drain(WAIT)).isTrue();
    assertThat(calls.get()).isEqualTo(1);
    assertThat(api.pendingSent()).isZero();
  }

  @Test
  void anExpiredCorpTokenIsFetchedAgainForTheLateSend() throws Exception {
    client().sendText("warmup", "x").get();
    api.awaitSent(WAIT);
    FakeWeCom.Push push = wecom.push(FakeWeCom.text("lisi", "会员有哪些权利", FakeWeCom.nextMsgId()));

    assertThat(post(push)).isEqualTo("success");
    api.expireToken();
    gate.countDown();

    assertThat(api.awaitSent(WAIT).path("touser").asText()).isEqualTo("lisi");
  }
}
