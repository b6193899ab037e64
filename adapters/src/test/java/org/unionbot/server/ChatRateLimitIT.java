package org.unionbot.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One client cannot flood {@code /api/chat}: after a minute's worth of requests (60) it gets 429
 * with Retry-After and a message the chat page shows, while other clients are answered; the bot
 * never sees the refused ones.
 */
class ChatRateLimitIT {
  private static final String CHAT = "{\"user\":\"u1\",\"text\":\"学深悟透分为几个步骤\"}";

  @TempDir Path dir;

  private static HttpResponse<String> chat(URI base, String forwardedFor) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve("/api/chat"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(CHAT, UTF_8));
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    return Loopback.CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
  }

  private UnionbotServer start(TestBot bot, String trustedProxies) throws Exception {
    ServerConfig.Limits limits =
        ServerConfig.Limits.DEFAULTS.withTrustedProxies(TrustedProxies.parse(trustedProxies));
    return UnionbotServer.start(
        ServerConfig.loopback(dir, "itToken").withLimits(limits), TestBot.BOT, bot);
  }

  @Test
  void aClientBeyondSixtyAMinuteIsToldToWaitAndOthersAreAnswered() throws Exception {
    TestBot bot = TestBot.counting();
    try (UnionbotServer server = start(bot, "127.0.0.1")) {
      URI base = server.uri();
      for (int i = 0; i < 60; i++) {
        assertThat(chat(base, "203.0.113.7").statusCode()).isEqualTo(200);
      }
      HttpResponse<String> refused = chat(base, "203.0.113.7");

      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.headers().firstValue("retry-after")).contains("1");
      assertThat(refused.headers().firstValue("content-type"))
          .contains("application/json; charset=utf-8");
      assertThat(refused.body()).isEqualTo("{\"error\":\"消息发得太快了，请等1秒再发。\"}");
      assertThat(bot.calls()).isEqualTo(60);
      assertThat(chat(base, "203.0.113.8").statusCode()).isEqualTo(200);
      assertThat(chat(base, "198.51.100.1, 203.0.113.7").statusCode())
          .as("what the client wrote in front of the proxy's address changes nothing")
          .isEqualTo(429);
    }
  }

  @Test
  void aForgedForwardedForFromAClientThatIsNotAProxyDoesNotEscapeTheLimit() throws Exception {
    try (UnionbotServer server = start(TestBot.counting(), "")) {
      URI base = server.uri();
      for (int i = 0; i < 60; i++) {
        assertThat(chat(base, "203.0.113." + i).statusCode()).isEqualTo(200);
      }
      assertThat(chat(base, "203.0.113.200").statusCode()).isEqualTo(429);
    }
  }
}
