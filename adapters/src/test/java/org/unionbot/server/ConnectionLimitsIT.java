package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Connections that hold the server without asking it anything: beyond {@code max-connections} they
 * are closed at once, a request head that trickles in (slowloris) is cut off after {@code
 * header-timeout-seconds}, and the server answers again as soon as they are gone.
 */
class ConnectionLimitsIT {
  private static final Duration WAIT = Duration.ofSeconds(10);

  /** The open files of the child in the file-descriptor test, and as many connections. */
  private static final int FILES = 400;

  /** The one line a failed accept is logged with, at most every 10 s. */
  private static final String FAILED = "cannot accept connections: Too many open files";

  @TempDir Path dir;

  private UnionbotServer start(ServerConfig.Limits limits) throws Exception {
    return UnionbotServer.start(
        ServerConfig.loopback(dir, "itToken").withLimits(limits), TestBot.BOT);
  }

  @Test
  void runningOutOfFileDescriptorsIsLoggedInOneLineEveryTenSeconds() throws Exception {
    ServeProcess.Jvm fewFiles =
        new ServeProcess.Jvm(
            List.of("/bin/sh", "-c", "ulimit -n " + FILES + " && exec \"$0\" \"$@\""),
            List.of("-Xmx256m"),
            Map.of());
    try (ServeProcess serve =
        ServeProcess.serve(
            dir.resolve("logs"), dir.resolve("data"), fewFiles, "--semantic", "off")) {
      URI base = serve.uri();
      assertThat(Loopback.get(base, "/healthz").statusCode()).isEqualTo(200);
      try (RawClients flood = RawClients.open(base, FILES)) {
        await().atMost(WAIT).until(() -> ServeProcess.read(serve.stderr).contains(FAILED));
        // accepting keeps failing, after each pause of a second, while the flood stays: Netty
        // would log a stack trace each time
        flood.poll(Duration.ofMillis(3500));
        String log = ServeProcess.read(serve.stderr);
        assertThat(log)
            .contains("max-connections is 10000 but this process may open only " + FILES + " files")
            .doesNotContain("exceptionCaught", "\tat ");
        assertThat(log.split(FAILED, -1)).as(log).hasSize(2);
      }
      // the flood gone, the server accepts again (after a pause of a second at most)
      await()
          .atMost(WAIT)
          .ignoreExceptions()
          .until(() -> Loopback.get(base, "/healthz").statusCode() == 200);
      // every failed accept was counted, and only the first logged
      assertThat(Loopback.get(base, "/metrics").body())
          .containsPattern("unionbot_accept_failures_total ([2-9]|[1-9][0-9]+)\\.0");
    }
  }

  @Test
  void slowClientsCannotHoldTheServer() throws Exception {
    Duration header = Duration.ofSeconds(3);
    ServerConfig.Limits limits =
        ServerConfig.Limits.DEFAULTS.withMaxConnections(200).withTimeouts(header, header);
    try (UnionbotServer server = start(limits);
        RawClients slow = RawClients.open(server.uri(), 400)) {
      long opened = System.nanoTime();
      slow.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n");
      await("closed beyond the cap")
          .atMost(Duration.ofMillis(1500))
          .pollInSameThread()
          .pollInterval(Duration.ofMillis(20))
          .until(() -> slow.read().closedByServer(), closed -> closed == 200);
      assertThat(server.openConnections()).isEqualTo(200);

      // a header line every 300 ms: each one long before an idle timeout, the head never done
      int most = 0;
      while (slow.open() > 0 && System.nanoTime() - opened < header.toNanos() * 3) {
        slow.send("X-Slow: 1\r\n");
        slow.poll(Duration.ofMillis(300));
        most = Math.max(most, server.openConnections());
      }
      Duration held = Duration.ofNanos(System.nanoTime() - opened);

      assertThat(slow.open()).as("still open after %s", held).isZero();
      assertThat(held).isBetween(header, header.multipliedBy(2));
      assertThat(most).isLessThanOrEqualTo(200);
      assertThat(slow.responses()).isZero();
      URI base = server.uri();
      assertThat(Loopback.get(base, "/healthz").statusCode()).isEqualTo(200);
      assertThat(Loopback.post(base, "/api/chat", "{\"user\":\"u1\",\"text\":\"帮助\"}").statusCode())
          .isEqualTo(200);
      assertThat(Loopback.get(base, "/metrics").body())
          .contains(
              "unionbot_connections_refused_total 200.0",
              "unionbot_http_timeouts_total{phase=\"head\"} 200.0",
              "unionbot_http_timeouts_total{phase=\"body\"} 0.0");
    }
  }

  @Test
  void connectionsBeyondTheCapAreClosedAtOnceAndCounted() throws Exception {
    ServerConfig.Limits limits = ServerConfig.Limits.DEFAULTS.withMaxConnections(200);
    try (UnionbotServer server = start(limits);
        RawClients idle = RawClients.open(server.uri(), 250)) {
      await("closed by the server")
          .atMost(WAIT)
          .pollInSameThread()
          .pollInterval(Duration.ofMillis(20))
          .until(() -> idle.read().closedByServer(), closed -> closed == 50);
      assertThat(server.openConnections()).isEqualTo(200);
      assertThat(idle.responses()).as("closed without a response").isZero();

      idle.closeSome(20);
      URI base = server.uri();
      await().atMost(WAIT).until(server::openConnections, open -> open <= 180);
      assertThat(Loopback.get(base, "/healthz").statusCode()).isEqualTo(200);
      assertThat(Loopback.get(base, "/metrics").body())
          .contains("unionbot_connections_refused_total 50.0")
          .containsPattern("unionbot_connections_open 18[12]\\.0");
    }
  }
}
