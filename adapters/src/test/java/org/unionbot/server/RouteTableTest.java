package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unionbot.admin.AdminEndpoint;
import org.unionbot.admin.MenuRules;
import org.unionbot.auth.WeChatSignIn;
import org.unionbot.chat.WebIds;
import org.unionbot.core.admin.Admin;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.wechat.WeChatEndpoint;

/**
 * The server's one route table, admin API included, through the real pipeline on an
 * EmbeddedChannel: every route refuses each method it does not list with a 405 whose {@code Allow}
 * is the table's, in the route's error format; the admin API checks the token first.
 */
class RouteTableTest {
  private static final Executor DIRECT = Runnable::run;
  private static final String TOKEN = "route-table-token";
  private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");

  @TempDir static Path dir;
  private static Admin admin;
  private static Routes routes;

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private EmbeddedHttp http;

  @BeforeAll
  static void open() {
    if (admin != null) {
      return; // the method source may have opened it first
    }
    admin = Admin.open(dir, KnowledgeBase.bundledNotice(), Clock.systemUTC(), ZoneOffset.UTC);
    MenuRules anyMenu =
        new MenuRules() {
          @Override
          public String check(String json) {
            return json;
          }

          @Override
          public String defaults() {
            return "{\"button\":[]}";
          }
        };
    routes =
        ServerRoutes.routes(
            FakeWeChat.config(),
            TestBot.BOT,
            TestBot.counting(),
            DIRECT,
            Optional.empty(),
            new SimpleMeterRegistry(),
            Clock.systemUTC(),
            WeChatEndpoint.Claims.LOCAL,
            WebIds.withRandomKey(),
            Optional::empty,
            Routes.HeadCheck.NONE,
            Optional.of(new AdminEndpoint(admin, TOKEN, anyMenu, DIRECT)),
            WeChatSignIn.off(),
            Optional.empty());
  }

  @AfterAll
  static void close() {
    if (admin != null) {
      admin.close();
    }
  }

  @AfterEach
  void closeChannel() {
    if (http != null) {
      http.close();
    }
  }

  private EmbeddedHttp http() {
    if (http == null) {
      http = new EmbeddedHttp(EmbeddedHttp.context(routes, DIRECT, registry));
    }
    return http;
  }

  /** Every route that serves methods, with each method it does not list. */
  static Stream<Arguments> refusedMethods() {
    open();
    return routes.all().stream()
        .filter(route -> !route.methods().isEmpty())
        .flatMap(
            route ->
                METHODS.stream()
                    .filter(method -> !route.methods().contains(method))
                    .map(method -> Arguments.of(route.path(), method)));
  }

  @ParameterizedTest(name = "{1} {0}")
  @MethodSource("refusedMethods")
  void a405CarriesTheAllowOfItsRoute(String pattern, String method) {
    Routes.Route route =
        routes.all().stream().filter(r -> r.path().equals(pattern)).findFirst().orElseThrow();
    String path = pattern.replaceAll("\\{[^}]+}", "x1").replace("/*", "/x.js");

    EmbeddedHttp.Got got =
        http()
            .exchange(
                method
                    + " "
                    + path
                    + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + TOKEN
                    + "\r\nContent-Length: 0\r\n\r\n");

    assertThat(got.status()).isEqualTo(405);
    assertThat(got.header("allow")).isEqualTo(route.allow());
    assertThat(got.body())
        .isEqualTo(
            path.startsWith("/admin/")
                ? "{\"error\":\"这个地址不支持这种操作，请刷新页面后再试。\"}"
                : route.errors() == Routes.Errors.JSON
                    ? "{\"error\":\"method not allowed\"}"
                    : "method not allowed\n");
  }

  @Test
  void everyAdminApiRouteChecksTheTokenFirst() {
    Routes.HeadCheck token = routes.headCheck("/admin/nope");
    assertThat(token).isNotSameAs(Routes.HeadCheck.NONE);
    routes.all().stream()
        .filter(route -> route.path().startsWith("/admin/"))
        .filter(route -> !route.path().equals("/admin/") && !route.path().startsWith("/admin/as"))
        .forEach(route -> assertThat(route.head()).as(route.path()).isSameAs(token));

    EmbeddedHttp.Got got = http().exchange("POST", "/admin/stats", "");

    assertThat(got.status()).isEqualTo(401);
    assertThat(got.body()).isEqualTo("{\"error\":\"请先输入管理令牌登录。\"}");
  }

  @Test
  void aPathWithParametersReachesItsEndpoint() {
    EmbeddedHttp.Got got =
        http()
            .exchange(
                "GET /admin/documents/none HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + TOKEN
                    + "\r\n\r\n");

    assertThat(got.status()).isEqualTo(404);
    assertThat(got.body()).isEqualTo("{\"error\":\"找不到这份文档，可能已被别人删除或改动，请刷新页面后再试。\"}");
  }
}
