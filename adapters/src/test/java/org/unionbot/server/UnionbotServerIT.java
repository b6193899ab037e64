package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server over loopback: the JSON chat API, health, metrics, a taken port, and a graceful
 * close that finishes the request in flight.
 */
class UnionbotServerIT {
  private static final String CHAT = "{\"user\":\"u1\",\"text\":\"学深悟透分为几个步骤\"}";

  @TempDir Path dir;

  private ServerConfig config() {
    return ServerConfig.loopback(dir, "itToken");
  }

  @Test
  void chatHealthAndMetrics() throws Exception {
    try (UnionbotServer server = UnionbotServer.start(config(), TestBot.BOT)) {
      URI base = server.uri();
      assertThat(base.toString()).startsWith("http://127.0.0.1:");
      assertThat(server.port()).isPositive();

      HttpResponse<String> chat = Loopback.post(base, "/api/chat", CHAT);
      assertThat(chat.statusCode()).isEqualTo(200);
      assertThat(chat.headers().firstValue("content-type"))
          .contains("application/json; charset=utf-8");
      assertThat(chat.body()).startsWith("{\"kind\":\"answer\",\"text\":\"").contains("步骤");

      HttpResponse<String> bad = Loopback.post(base, "/api/chat", "{\"user\":\"u1\"}");
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(bad.body()).isEqualTo("{\"error\":\"give either \\\"text\\\" or \\\"event\\\"\"}");

      HttpResponse<String> click =
          Loopback.post(
              base, "/api/chat", "{\"user\":\"u1\",\"event\":\"click\",\"key\":\"HELP\"}");
      assertThat(click.body()).startsWith("{\"kind\":\"help\"");

      HttpResponse<String> health = Loopback.get(base, "/healthz");
      assertThat(health.statusCode()).isEqualTo(200);
      // the fields in this order; semantic recall as this JVM's knowledge base was built; the
      // version is "dev" outside the jar
      assertThat(health.body())
          .isEqualTo(
              "{\"status\":\"ok\",\"kbVersion\":1,\"semantic\":\""
                  + TestBot.BOT.knowledge().semantic()
                  + "\",\"version\":\""
                  + BuildInfo.CURRENT.version()
                  + "\"}");

      HttpResponse<String> metrics = Loopback.get(base, "/metrics");
      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.headers().firstValue("content-type"))
          .contains("text/plain; version=0.0.4; charset=utf-8");
      assertThat(metrics.body())
          .contains(
              "unionbot_http_requests_seconds_count{endpoint=\"/api/chat\",method=\"POST\",status=\"200\"} 2")
          .contains(
              "unionbot_http_requests_seconds_count{endpoint=\"/api/chat\",method=\"POST\",status=\"400\"} 1")
          .contains(
              "unionbot_http_requests_seconds_bucket{endpoint=\"/healthz\",method=\"GET\",status=\"200\",le=\"0.005\"}")
          .contains("unionbot_replies_total{channel=\"chat\",kind=\"answer\"} 1.0")
          .contains("unionbot_replies_total{channel=\"chat\",kind=\"help\"} 1.0")
          .contains("unionbot_wechat_dedupe_hits_total 0.0")
          .contains("unionbot_kb_version 1.0")
          .contains(
              "unionbot_semantic_recall "
                  + ("on".equals(TestBot.BOT.knowledge().semantic()) ? "1.0" : "0.0"))
          .contains("jvm_memory_used_bytes");
    }
  }

  @Test
  void aTakenPortIsAClearError() throws Exception {
    try (UnionbotServer first = UnionbotServer.start(config(), TestBot.BOT)) {
      assertThatThrownBy(() -> UnionbotServer.start(config().withPort(first.port()), TestBot.BOT))
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith("cannot listen on 127.0.0.1:" + first.port());
    }
  }

  @Test
  void closeFinishesTheRequestInFlightAndStopsAccepting() throws Exception {
    TestBot bot = TestBot.gated();
    UnionbotServer server = UnionbotServer.start(config(), TestBot.BOT, bot);
    URI base = server.uri();
    CompletableFuture<HttpResponse<String>> inFlight = Loopback.postAsync(base, "/api/chat", CHAT);
    bot.awaitEntered();

    CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
    waitUntilRefused(server.port());
    assertThat(closing).isNotDone();
    assertThat(inFlight).isNotDone();
    bot.release();

    HttpResponse<String> answered = inFlight.get(10, TimeUnit.SECONDS);
    assertThat(answered.statusCode()).isEqualTo(200);
    assertThat(answered.body()).contains("\"kind\":\"answer\"");
    assertThat(answered.headers().firstValue("connection")).contains("close");
    closing.get(10, TimeUnit.SECONDS);
    assertThat(server.isClosed()).isTrue();
  }

  /** Waits, up to 5 s, until connecting to {@code port} is refused. */
  private static void waitUntilRefused(int port) {
    await("the server stops accepting connections while closing")
        .atMost(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> refused(port));
  }

  private static boolean refused(int port) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      return false;
    } catch (ConnectException refused) {
      return true;
    } catch (IOException other) {
      return false;
    }
  }
}
