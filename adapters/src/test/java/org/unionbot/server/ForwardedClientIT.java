package org.unionbot.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behind the local nginx every request comes from loopback: with {@code trusted-proxies=127.0.0.1}
 * the admin rate limit counts wrong tokens by the client address the proxy appends to
 * X-Forwarded-For, so one guesser does not lock out every other admin. Without it, the header is
 * nobody's word: a guesser cannot pass each guess off as another client's.
 */
class ForwardedClientIT {
  @TempDir Path dir;

  private static int status(URI base, String token, String forwardedFor) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve("/admin/documents"))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token);
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    HttpResponse<String> response =
        Loopback.CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    return response.statusCode();
  }

  /**
   * Guesses from one forwarded client until it is paused (429) or has had 7 guesses refused as
   * wrong (401); how many have been.
   */
  private static int guessUntilPaused(URI base, AtomicInteger failures) throws Exception {
    while (failures.get() < 7) {
      int status = status(base, "guess" + failures.get(), "203.0.113.9");
      assertThat(status).isIn(401, 429);
      if (status == 429) {
        break;
      }
      failures.incrementAndGet();
    }
    return failures.get();
  }

  @Test
  void aClientThatIsNotATrustedProxyCannotForgeItsAddress() throws Exception {
    try (AdminServer server = AdminServer.start(dir.resolve("data"))) {
      URI base = server.uri();
      for (int i = 1; i <= 5; i++) {
        assertThat(status(base, "guess" + i, "203.0.113." + i)).isEqualTo(401);
      }
      // five failures from loopback, whatever the header said: loopback is paused
      assertThat(status(base, AdminServer.TOKEN, "203.0.113.99")).isEqualTo(429);
      assertThat(status(base, AdminServer.TOKEN, null)).isEqualTo(429);
    }
  }

  @Test
  void wrongTokensArePausedPerForwardedClientBehindATrustedProxy() throws Exception {
    ServerConfig.Limits behindNginx =
        ServerConfig.Limits.DEFAULTS.withTrustedProxies(TrustedProxies.parse("127.0.0.1"));
    try (AdminServer server = AdminServer.start(dir.resolve("data"), behindNginx)) {
      URI base = server.uri();
      // the 5th failure pauses the address for 1 s, the 6th (after that pause) for 2 s, the 7th
      // for 4 s: long enough for the checks below on a busy machine
      AtomicInteger failures = new AtomicInteger();
      await("seven wrong tokens counted")
          .atMost(Duration.ofSeconds(30))
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(100))
          .until(() -> guessUntilPaused(base, failures), counted -> counted == 7);

      assertThat(status(base, AdminServer.TOKEN, "203.0.113.9")).isEqualTo(429);
      // a client the guesser wrote in front of the proxy's address changes nothing
      assertThat(status(base, AdminServer.TOKEN, "198.51.100.1, 203.0.113.9")).isEqualTo(429);
      assertThat(status(base, AdminServer.TOKEN, "203.0.113.10")).isEqualTo(200);
      assertThat(status(base, AdminServer.TOKEN, null)).isEqualTo(200);
    }
  }
}
