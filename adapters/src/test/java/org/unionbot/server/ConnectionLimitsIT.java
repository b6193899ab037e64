package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Connections that hold the server without asking it anything: beyond {@code max-connections} they
 * are closed at once, and the server answers again as soon as some go.
 */
class ConnectionLimitsIT {
  private static final Duration WAIT = Duration.ofSeconds(10);

  /** The open files of the child in the file-descriptor test, and as many connections. */
  private static final int FILES = 400;

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
        // accepting fails for about 3 s: Netty would log a stack trace a second
        flood.poll(Duration.ofMillis(3500));
        String log = ServeProcess.read(serve.stderr);
        assertThat(log)
            .contains("max-connections is 10000 but this process may open only " + FILES + " files")
            .doesNotContain("exceptionCaught", "\tat ");
        assertThat(log.split("cannot accept connections: Too many open files", -1))
            .as(log)
            .hasSize(2);
      }
      // the flood gone, the server accepts again (after a pause of a second at most)
      Thread.sleep(AcceptGuard.ACCEPT_PAUSE.toMillis());
      assertThat(Loopback.get(base, "/healthz").statusCode()).isEqualTo(200);
      assertThat(Loopback.get(base, "/metrics").body())
          .containsPattern("unionbot_accept_failures_total [1-9]");
    }
  }

  @Test
  void connectionsBeyondTheCapAreClosedAtOnceAndCounted() throws Exception {
    ServerConfig.Limits limits = ServerConfig.Limits.DEFAULTS.withMaxConnections(200);
    try (UnionbotServer server = start(limits);
        RawClients idle = RawClients.open(server.uri(), 250)) {
      assertThat(idle.pollUntil(() -> idle.closedByServer() == 50, WAIT))
          .as("closed by the server: %d", idle.closedByServer())
          .isTrue();
      assertThat(server.openConnections()).isEqualTo(200);
      assertThat(idle.responses()).as("closed without a response").isZero();

      idle.closeSome(20);
      URI base = server.uri();
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (server.openConnections() > 180 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(Loopback.get(base, "/healthz").statusCode()).isEqualTo(200);
      assertThat(Loopback.get(base, "/metrics").body())
          .contains("unionbot_connections_refused_total 50.0")
          .containsPattern("unionbot_connections_open 18[12]\\.0");
    }
  }
}
