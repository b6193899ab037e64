package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionbot.admin.AdminMessages;

/** The web pages through the server's real routes and pipeline, on an EmbeddedChannel. */
class WebRoutesTest {
  private static final Executor DIRECT = Runnable::run;

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final EmbeddedHttp http =
      new EmbeddedHttp(
          EmbeddedHttp.context(
              ServerRoutes.routes(
                  FakeWeChat.config(),
                  TestBot.BOT,
                  TestBot.counting(),
                  DIRECT,
                  Optional.empty(),
                  registry,
                  Clock.systemUTC()),
              DIRECT,
              registry));

  @AfterEach
  void close() {
    http.close();
  }

  @ParameterizedTest
  @CsvSource({
    "/, text/html; charset=utf-8, 工会学习助手",
    "/?from=menu, text/html; charset=utf-8, /assets/chat.js",
    "/assets/chat.js, text/javascript; charset=utf-8, /api/chat",
    "/assets/chat.css, text/css; charset=utf-8, .bubble",
    "/admin/, text/html; charset=utf-8, /admin/assets/admin.js",
    "/admin/assets/admin.js, text/javascript; charset=utf-8, Bearer",
    "/admin/assets/admin.css, text/css; charset=utf-8, table"
  })
  void servesThePagesAndTheirAssets(String uri, String type, String part) {
    EmbeddedHttp.Got got = http.exchange("GET", uri, "");

    assertThat(got.status()).isEqualTo(200);
    assertThat(got.header("content-type")).isEqualTo(type);
    assertThat(got.body()).contains(part);
    assertThat(got.header("content-security-policy")).startsWith("default-src 'self'");
    assertThat(got.header("x-content-type-options")).isEqualTo("nosniff");
    assertThat(got.header("x-frame-options")).isEqualTo("DENY");
    assertThat(got.header("referrer-policy")).isEqualTo("no-referrer");
    assertThat(got.header("cache-control")).isEqualTo("no-cache");
  }

  @Test
  void anUnchangedAssetIs304() {
    String etag = http.exchange("GET", "/assets/chat.js", "").header("etag");

    EmbeddedHttp.Got got =
        http.exchange(
            "GET /assets/chat.js HTTP/1.1\r\nHost: localhost\r\nIf-None-Match: "
                + etag
                + "\r\n\r\n");

    assertThat(got.status()).isEqualTo(304);
    assertThat(got.body()).isEmpty();
    assertThat(got.header("etag")).isEqualTo(etag);
  }

  @Test
  void adminRedirectsToTheSlash() {
    EmbeddedHttp.Got got = http.exchange("GET", "/admin", "");

    assertThat(got.status()).isEqualTo(301);
    assertThat(got.header("location")).isEqualTo("/admin/");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/assets/",
        "/assets/nope.js",
        "/assets/../admin/assets/admin.js",
        "/assets/%2e%2e/%2e%2e/pom.xml",
        "/assets/..%2F..%2Fpom.xml",
        "/admin/assets/..%2f..%2fchat.js",
        "/assets/org/unionbot/web/chat/chat.js",
        "/assets/logback.xml",
        "/logback.xml",
        "/index.html",
        "/admin/index.html"
      })
  void unknownAssetsAndTraversalAre404(String uri) {
    EmbeddedHttp.Got got = http.exchange("GET", uri, "");

    assertThat(got.status()).isEqualTo(404);
    // under /admin/ errors are the admin API's JSON, elsewhere short text
    assertThat(got.body())
        .isEqualTo(
            uri.startsWith("/admin/")
                ? "{\"error\":\"" + AdminMessages.NO_SUCH_ROUTE + "\"}"
                : "not found\n");
  }

  @Test
  void postToAPageIs405WithAllow() {
    EmbeddedHttp.Got got = http.exchange("POST", "/", "x");

    assertThat(got.status()).isEqualTo(405);
    assertThat(got.header("allow")).isEqualTo("GET, HEAD");
  }

  @Test
  void theOtherEndpointsStillWin() {
    assertThat(http.exchange("GET", "/healthz", "").body()).contains("\"status\":\"ok\"");
    assertThat(http.exchange("GET", "/api/chat", "").status()).isEqualTo(405);
    assertThat(http.exchange("GET", "/nope", "").status()).isEqualTo(404);
  }
}
