package org.unionbot.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unionbot.wechat.FakeWeChatApi;
import org.unionbot.wechat.MenuErrors;
import org.unionbot.wechat.MutableClock;
import org.unionbot.wechat.WeChatApiException;

/** WeCom's corp token, app messages and app menu, against a fake WeCom API on loopback. */
class WeComApiClientTest {
  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final String MENU =
      "{\"button\":[{\"type\":\"click\",\"name\":\"答题\",\"key\":\"QUIZ\"}]}";

  private final FakeWeChatApi api = start();
  private final MutableClock clock = new MutableClock();

  private static FakeWeChatApi start() {
    try {
      return FakeWeChatApi.start();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private WeComApiClient client(String secret) {
    return new WeComApiClient(
        api.base(),
        FakeWeChatApi.CORP_ID,
        FakeWeCom.AGENT_ID,
        secret,
        HttpClient.newHttpClient(),
        clock);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void oneCorpTokenServesSendsAndMenusUntilItIsDue() throws Exception {
    WeComApiClient client = client(FakeWeChatApi.CORP_SECRET);
    client.sendText("lisi", "一").get();
    client.createMenu(MENU).get();
    clock.advance(Duration.ofSeconds(7200 - 5 * 60 - 1));
    client.sendText("lisi", "二").get();
    assertThat(api.tokenRequests()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(2));
    client.sendText("lisi", "三").get();
    assertThat(api.tokenRequests()).isEqualTo(2);
  }

  @Test
  void theMenuGoesToTheAppsAgent() throws Exception {
    client(FakeWeChatApi.CORP_SECRET).createMenu(MENU).get();

    FakeWeChatApi.PublishedMenu menu = api.takeMenu();
    assertThat(menu.agentId()).isEqualTo(Long.toString(FakeWeCom.AGENT_ID));
    assertThat(menu.menu().path("button").get(0).path("key").asText()).isEqualTo("QUIZ");
  }

  @Test
  void anExpiredTokenIsRefreshedOnceAndTheCallRetried() throws Exception {
    WeComApiClient client = client(FakeWeChatApi.CORP_SECRET);
    client.sendText("lisi", "一").get();
    api.expireToken();

    client.createMenu(MENU).get();

    assertThat(api.tokenRequests()).isEqualTo(2);
    assertThat(api.pendingMenus()).isEqualTo(1);
  }

  @Test
  void aMenuErrcodeFailsWithItsExplanation() {
    api.failNextMenu(60020);

    assertThatThrownBy(() -> client(FakeWeChatApi.CORP_SECRET).createMenu(MENU).get())
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(WeChatApiException.class)
        .satisfies(
            e ->
                assertThat(MenuErrors.explain("企业微信", e))
                    .startsWith("企业微信：")
                    .contains("企业可信IP", "60020"));
  }

  @Test
  void aBadSecretFailsWithoutShowingIt() {
    assertThatThrownBy(() -> client("not-the-secret").sendText("lisi", "x").get())
        .cause()
        .isInstanceOf(WeChatApiException.class)
        .hasMessageContaining("errcode 40001")
        .hasMessageNotContaining("not-the-secret");
  }
}
