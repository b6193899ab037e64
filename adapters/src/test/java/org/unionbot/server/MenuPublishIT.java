package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.wechat.FakeWeChatApi;
import org.unionbot.wechat.WeChatConfig;
import org.unionbot.wecom.FakeWeCom;
import org.unionbot.wecom.WeComConfig;

/**
 * {@code POST /admin/menu/publish} on a real server with its store, against a fake WeChat and WeCom
 * API on loopback: the stored menu reaches the public account's {@code menu/create} and the WeCom
 * app's, an expired token is refreshed, WeChat's errcode comes back explained (502), a server
 * without the AppSecret says what to configure (409), and the audit log names who published which
 * menu.
 */
class MenuPublishIT {
  private static final String MENU =
      "{\"button\":[{\"type\":\"click\",\"name\":\"答题\",\"key\":\"QUIZ\"},"
          + "{\"type\":\"view\",\"name\":\"学习\",\"url\":\"https://example.org/learn\"}]}";

  @TempDir Path dir;

  private FakeWeChatApi api;
  private AdminServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
    if (api != null) {
      api.close();
    }
  }

  private AdminClient start(boolean withSecrets) throws Exception {
    api = FakeWeChatApi.start();
    ServerConfig config = ServerConfig.loopback(dir, "wx-token").withAdminToken(AdminServer.TOKEN);
    if (withSecrets) {
      config =
          config
              .withWeChat(
                  WeChatConfig.plaintext("wxToken")
                      .withCustomerService(
                          FakeWeChatApi.APP_ID, FakeWeChatApi.APP_SECRET, api.base()))
              .withWeCom(
                  WeComConfig.callback(FakeWeChatApi.CORP_ID, FakeWeCom.TOKEN, FakeWeCom.AES_KEY)
                      .withApi(FakeWeCom.AGENT_ID, FakeWeChatApi.CORP_SECRET, api.base()));
    }
    server = AdminServer.start(config);
    return server.client();
  }

  private static HttpResponse<String> publish(AdminClient admin) {
    return admin.post("/admin/menu/publish", Map.of());
  }

  @Test
  void theStoredMenuGoesToTheAccountAndTheWeComAppAndIsAudited() throws Exception {
    AdminClient admin = start(true);
    assertThat(admin.put("/admin/menu", new ObjectMapper().readTree(MENU)).statusCode())
        .isEqualTo(200);

    HttpResponse<String> got = publish(admin);
    JsonNode body = AdminClient.tree(got);

    assertThat(got.statusCode()).as(got.body()).isEqualTo(200);
    assertThat(body.path("published").findValuesAsText("target"))
        .containsExactly("wechat", "wecom");
    assertThat(body.path("published").findValues("ok")).allMatch(JsonNode::asBoolean);
    FakeWeChatApi.PublishedMenu first = api.takeMenu();
    FakeWeChatApi.PublishedMenu second = api.takeMenu();
    assertThat(first.menu()).isEqualTo(second.menu());
    assertThat(first.menu().findValuesAsText("key")).containsExactly("QUIZ");
    assertThat(first.menu().findValuesAsText("url")).containsExactly("https://example.org/learn");
    assertThat(java.util.List.of(first.agentId(), second.agentId()))
        .containsExactlyInAnyOrder("", Long.toString(FakeWeCom.AGENT_ID));
    JsonNode audit = AdminClient.tree(admin.get("/admin/audit")).get(0);
    assertThat(audit.path("action").asText()).isEqualTo("publish-menu");
    assertThat(audit.path("actor").asText()).isEqualTo("王老师");
    assertThat(audit.path("target").asText())
        .isEqualTo("menu@" + body.path("menu").asText() + ":wechat,wecom");
    assertThat(audit.path("version").asLong()).isEqualTo(body.path("version").asLong());
  }

  @Test
  void anExpiredTokenIsRefreshedAndThePublicationGoesThrough() throws Exception {
    AdminClient admin = start(true);
    assertThat(publish(admin).statusCode()).isEqualTo(200);
    int tokens = api.tokenRequests();
    api.expireToken();

    HttpResponse<String> again = publish(admin);

    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(api.tokenRequests()).isGreaterThan(tokens);
    assertThat(api.forcedRefreshes()).isZero();
  }

  @Test
  void weChatsErrcodeComesBackExplainedAsA502() throws Exception {
    AdminClient admin = start(true);
    api.failNextMenu(40164);

    HttpResponse<String> got = publish(admin);
    JsonNode body = AdminClient.tree(got);

    assertThat(got.statusCode()).isEqualTo(502);
    assertThat(body.path("error").asText()).contains("IP白名单", "40164");
    assertThat(body.path("published").findValues("ok"))
        .extracting(JsonNode::asBoolean)
        .containsExactlyInAnyOrder(false, true);
    assertThat(AdminClient.tree(admin.get("/admin/audit")).get(0).path("target").asText())
        .endsWith(body.path("published").get(0).path("ok").asBoolean() ? ":wechat" : ":wecom");
  }

  @Test
  void withoutTheAppSecretTheButtonSaysWhatToConfigure() throws Exception {
    AdminClient admin = start(false);

    HttpResponse<String> got = publish(admin);

    assertThat(got.statusCode()).isEqualTo(409);
    assertThat(AdminClient.tree(got).path("error").asText())
        .contains("AppSecret", "--wechat-app-secret", "UNIONBOT_WECHAT_APP_SECRET");
    assertThat(api.pendingMenus()).isZero();
  }
}
