package org.unionbot.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The access-token cache and the customer-service send, against a fake WeChat API on loopback. */
class WeChatApiClientTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  private final FakeWeChatApi api = start();
  private final MutableClock clock = new MutableClock();
  private final WeChatApiClient client = client(FakeWeChatApi.APP_SECRET);

  private static FakeWeChatApi start() {
    try {
      return FakeWeChatApi.start();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private WeChatApiClient client(String secret) {
    return new WeChatApiClient(
        api.base(), FakeWeChatApi.APP_ID, secret, HttpClient.newHttpClient(), clock);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void sendsATextMessageInWeChatsJsonShape() throws Exception {
    client.sendText("oUser1", "你好 \"引号\" ]]> 世界").get();

    JsonNode sent = api.awaitSent(WAIT);
    assertThat(sent.path("touser").asText()).isEqualTo("oUser1");
    assertThat(sent.path("msgtype").asText()).isEqualTo("text");
    assertThat(sent.path("text").path("content").asText()).isEqualTo("你好 \"引号\" ]]> 世界");
  }

  @Test
  void cutsLongTextsTo2048Bytes() throws Exception {
    client.sendText("oUser1", "长".repeat(2000)).get();

    String content = api.awaitSent(WAIT).path("text").path("content").asText();
    assertThat(content.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(2048);
  }

  @Test
  void oneTokenServesManySends() throws Exception {
    List<CompletableFuture<Void>> sends =
        IntStream.range(0, 8).mapToObj(i -> client.sendText("o" + i, "hi")).toList();
    CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get();
    client.sendText("o9", "again").get();

    assertThat(api.tokenRequests()).isEqualTo(1);
  }

  @Test
  void anExpiringTokenIsRefreshedAheadOfTime() throws Exception {
    client.sendText("o", "1").get();
    clock.advance(Duration.ofSeconds(7200 - 5 * 60 - 1));
    client.sendText("o", "2").get();
    assertThat(api.tokenRequests()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(2));
    client.sendText("o", "3").get();
    assertThat(api.tokenRequests()).isEqualTo(2);
  }

  @Test
  void aRevokedTokenIsFetchedAgainAndTheSendRetriedOnce() throws Exception {
    client.sendText("o", "1").get();
    api.revokeToken();

    client.sendText("o", "2").get();

    assertThat(api.tokenRequests()).isEqualTo(2);
    assertThat(api.awaitSent(WAIT).path("text").path("content").asText()).isEqualTo("1");
    assertThat(api.awaitSent(WAIT).path("text").path("content").asText()).isEqualTo("2");
  }

  @Test
  void anErrcodeFailsTheSendWithoutSecrets() {
    api.failNextSend(45015);

    assertThatThrownBy(() -> client.sendText("o", "late").get())
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(WeChatApiException.class)
        .hasMessageContaining("errcode 45015")
        .hasMessageNotContaining("token-1");
  }

  @Test
  void aBadSecretFailsWithTheErrcodeAndIsNotCached() {
    WeChatApiClient wrong = client("not-the-secret");

    assertThatThrownBy(() -> wrong.sendText("o", "x").get())
        .cause()
        .isInstanceOf(WeChatApiException.class)
        .hasMessageContaining("errcode 40125")
        .hasMessageNotContaining("not-the-secret");
    assertThatThrownBy(() -> wrong.sendText("o", "x").get())
        .cause()
        .isInstanceOf(WeChatApiException.class);
    assertThat(api.tokenRequests()).isEqualTo(2);
  }

  @Test
  void anUnreachableApiFailsCleanly() {
    api.close();

    assertThatThrownBy(() -> client.sendText("o", "x").get())
        .cause()
        .isInstanceOf(WeChatApiException.class)
        .hasMessageStartingWith("access token: ");
  }

  @Test
  void tokensComeFromTheStableTokenApiWithoutForcingARefresh() throws Exception {
    client.sendText("o", "1").get();
    api.revokeToken();
    client.sendText("o", "2").get();

    assertThat(api.tokenRequests()).isEqualTo(2);
    assertThat(api.forcedRefreshes()).isZero();
  }

  @Test
  void anExpiredTokenIsRefreshedOnceAndTheSendRetried() throws Exception {
    client.sendText("o", "1").get();
    api.expireToken();

    client.sendText("o", "2").get();

    assertThat(api.tokenRequests()).isEqualTo(2);
    api.awaitSent(WAIT);
    assertThat(api.awaitSent(WAIT).path("text").path("content").asText()).isEqualTo("2");
  }

  @Test
  void aTokenRefusedAgainAfterTheRefreshFailsAfterOneRetry() {
    api.failNextSend(40001);
    api.failNextSend(40001);
    api.failNextSend(40001);

    assertThatThrownBy(() -> client.sendText("o", "x").get())
        .cause()
        .isInstanceOf(WeChatApiException.class)
        .hasMessageContaining("errcode 40001");
    assertThat(api.tokenRequests()).isEqualTo(2);
  }

  @Test
  void theMenuIsPublishedWithTheCachedToken() throws Exception {
    client.sendText("o", "1").get();
    client.createMenu("{\"button\":[{\"type\":\"click\",\"name\":\"答题\",\"key\":\"QUIZ\"}]}").get();

    FakeWeChatApi.PublishedMenu menu = api.takeMenu();
    assertThat(menu.agentId()).isEmpty();
    assertThat(menu.menu().path("button").get(0).path("name").asText()).isEqualTo("答题");
    assertThat(api.tokenRequests()).isEqualTo(1);
  }

  @Test
  void aMenuRefusedForTheIpWhitelistIsExplained() {
    api.failNextMenu(40164);

    assertThatThrownBy(() -> client.createMenu("{\"button\":[]}").get())
        .cause()
        .isInstanceOf(WeChatApiException.class)
        .satisfies(
            e ->
                assertThat(MenuErrors.explain("公众号", e))
                    .startsWith("公众号：")
                    .contains("IP白名单", "40164"));
  }

  @Test
  void unknownErrcodesAndTransportFailuresAreExplainedToo() {
    assertThat(MenuErrors.explain("公众号", new WeChatApiException(48001, "menu create: x")))
        .contains("未认证");
    assertThat(MenuErrors.explain("公众号", new WeChatApiException(40018, "menu create: x")))
        .contains("名字");
    assertThat(MenuErrors.explain("公众号", new WeChatApiException(40055, "menu create: x")))
        .contains("网址");
    assertThat(MenuErrors.explain("公众号", new WeChatApiException(99999, "menu create: odd")))
        .contains("99999", "odd");
    assertThat(MenuErrors.explain("公众号", new WeChatApiException(-1, "menu create: HTTP 502")))
        .contains("连不上");
  }
}
