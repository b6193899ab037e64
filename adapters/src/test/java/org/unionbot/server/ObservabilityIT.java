package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12: the start line, /healthz's version and database check, and /metrics' new meters. */
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
}
