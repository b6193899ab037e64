package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.wechat.FakeWeChatApi;

/**
 * A reply that missed the 5-second rule has been promised to the user (the push was answered {@code
 * success}); a graceful stop must still send it through the customer-service API.
 */
class ShutdownLateReplyIT {
  private static final String QUESTION = "学深悟透分为几个步骤";

  @TempDir Path dir;

  @Test
  void closingWaitsForALateReplyStillOwed() throws Exception {
    TestBot bot = TestBot.gated();
    try (FakeWeChatApi api = FakeWeChatApi.start(FakeWeChat.APP_ID)) {
      ServerConfig config =
          ServerConfig.loopback(dir, FakeWeChat.TOKEN)
              .withWeChat(
                  FakeWeChat.config()
                      .withCustomerService(FakeWeChat.APP_ID, FakeWeChatApi.APP_SECRET, api.base())
                      .withReplyTimeout(Duration.ofMillis(200)));
      UnionbotServer server = UnionbotServer.start(config, TestBot.BOT, bot);
      FakeWeChat.Push push = new FakeWeChat().plaintext(FakeWeChat.text("oLeaving", QUESTION));

      HttpResponse<String> got = Loopback.post(server.uri(), push.uri(), push.body());
      assertThat(got.body()).isEqualTo("success"); // the reply is now owed through the API

      Thread closer = new Thread(server::close, "test-closer");
      try (LogCapture log = LogCapture.capture()) {
        closer.start();
        // the stop either waits for the owed reply (and says so) or has already given up on it
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> !closer.isAlive() || log.any(m -> m.contains("waiting for 1 late reply")));
        bot.release();
        closer.join(TimeUnit.SECONDS.toMillis(10));
      }

      assertThat(closer.isAlive()).isFalse();
      assertThat(server.isClosed()).isTrue();
      JsonNode sent = api.awaitSent(Duration.ofSeconds(5));
      assertThat(sent).isNotNull();
      assertThat(sent.path("touser").asText()).isEqualTo("oLeaving");
      assertThat(sent.path("text").path("content").asText())
          .isEqualTo(TestBot.firstAnswer(QUESTION));
    }
  }
}
