package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.core.store.PgServer;

/**
 * Issue 12: the start line, /healthz's version and database check, and /metrics' new meters, on
 * SQLite and on PostgreSQL.
 */
class ObservabilityIT {

  @TempDir Path dir;

  @Test
  void startLineHealthAndMetricsSayWhatAnOperatorNeeds() throws Exception {
    Path data = dir.resolve("data");
    try (LogCapture log = LogCapture.capture();
        AdminServer server = AdminServer.start(data)) {
      assertThat(log.messages(Level.INFO))
          .anyMatch(
              m ->
                  m.startsWith("unionbot dev (built dev) listening on " + server.uri())
                      && m.contains(", store SQLite " + data.resolve("unionbot.db") + ",")
                      && m.contains(", knowledge base version 1 ("));

      HttpResponse<String> ok = Loopback.get(server.uri(), "/healthz");
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(ok.body())
          .startsWith("{\"status\":\"ok\",\"kbVersion\":1,")
          .endsWith(",\"version\":\"dev\"}");

      String metrics = Loopback.get(server.uri(), "/metrics").body();
      assertThat(metrics)
          .contains(
              "jvm_gc_",
              "process_cpu_usage",
              "process_uptime_seconds",
              "cache_gets_total{cache=\"bot_sessions\",result=\"hit\"}",
              "cache_size{cache=\"wechat_replies\"}",
              "unionbot_replies_total");

      server.admin.close(); // the database goes away under the running server

      HttpResponse<String> failing = Loopback.get(server.uri(), "/healthz");
      assertThat(failing.statusCode()).isEqualTo(503);
      assertThat(failing.body())
          .startsWith("{\"status\":\"failing\",\"reason\":\"database check failed: ")
          .contains("\"version\":\"dev\"");
    }
  }

  @Test
  void onPostgresMetricsHaveThePoolAndHealthFailsWhileTheDatabaseRefusesConnections()
      throws Exception {
    String url = PgServer.database(ObservabilityIT.class);
    try (LogCapture log = LogCapture.capture();
        AdminServer server = AdminServer.onPostgres(dir.resolve("data"), url)) {
      assertThat(log.messages(Level.INFO))
          .anyMatch(
              m ->
                  m.contains(" listening on " + server.uri() + ", store PostgreSQL 127.0.0.1:")
                      && !m.contains("user="));
      assertThat(Loopback.get(server.uri(), "/healthz").statusCode()).isEqualTo(200);
      assertThat(Loopback.get(server.uri(), "/metrics").body())
          .contains(
              "hikaricp_connections{pool=\"unionbot-db\"}",
              "hikaricp_connections_active{pool=\"unionbot-db\"}",
              "hikaricp_connections_acquire_seconds_count{pool=\"unionbot-db\"}");

      PgServer.get().allowConnections(url, false);
      try {
        HttpResponse<String> failing = Loopback.get(server.uri(), "/healthz");
        assertThat(failing.statusCode()).isEqualTo(503);
        assertThat(failing.body())
            .startsWith("{\"status\":\"failing\",\"reason\":\"database check failed: ");
        // the pool's wait for a connection (5 s) outlasts the check's (2 s): once a check has
        // finished, the reason names the server's refusal
        awaitHealth(server, 503, "is not currently accepting connections", Duration.ofSeconds(30));
      } finally {
        PgServer.get().allowConnections(url, true);
      }

      awaitHealth(server, 200, "\"status\":\"ok\"", Duration.ofSeconds(30));
    }
  }

  /**
   * Polls /healthz until it answers {@code status} with {@code body} in it, within {@code wait}.
   */
  private static void awaitHealth(AdminServer server, int status, String body, Duration wait)
      throws Exception {
    await()
        .atMost(wait)
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(
            () -> {
              HttpResponse<String> health = Loopback.get(server.uri(), "/healthz");
              assertThat(health.statusCode()).as(health.body()).isEqualTo(status);
              assertThat(health.body()).contains(body);
            });
  }
}
