package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.core.Bot;
import org.unionbot.core.DialogueScript;
import org.unionbot.core.score.SqlScoreStore;
import org.unionbot.knowledge.KnowledgeBase;

/**
 * Every dialogue script of bot-core's test resources ({@link DialogueScript}) through {@code POST
 * /api/chat} over loopback, one user a script: each step's kind and key words, as the JSON shows
 * them.
 */
class DialogueScriptIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void everyScriptThroughTheChatApi() throws Exception {
    List<String> failures = new ArrayList<>();
    try (org.unionbot.core.store.SqliteDatabase db =
            org.unionbot.core.store.SqliteDatabase.open(dir);
        UnionbotServer server =
            UnionbotServer.start(
                // every script from one address, far faster than a person types: no rate limit
                ServerConfig.loopback(dir, "itToken")
                    .withLimits(ServerConfig.Limits.DEFAULTS.withChatRatePerMinute(0)),
                bot(db))) {
      URI base = server.uri();
      for (String file : DialogueScript.FILES) {
        for (DialogueScript.Step step : DialogueScript.load(file).steps()) {
          String body = JSON.writeValueAsString(Map.of("user", "it-" + file, "text", step.says()));
          JsonNode reply = JSON.readTree(Loopback.post(base, "/api/chat", body).body());
          String wrong = step.check(reply.path("kind").asText(), reply.path("text").asText());
          if (!wrong.isEmpty()) {
            failures.add(file + " " + wrong);
          }
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  /** A bot with contests on {@code db} and the scripts' units loaded. */
  private static Bot bot(org.unionbot.core.store.SqliteDatabase db) {
    java.time.Clock clock = java.time.Clock.systemUTC();
    java.time.ZoneId zone = Bot.Settings.defaults().zone();
    org.unionbot.core.contest.ContestStore contests =
        new org.unionbot.core.contest.ContestStore(db, clock, zone);
    contests.units().replace(DialogueScript.units());
    return new Bot(
        KnowledgeBase.bundled(),
        SqlScoreStore.on(db, clock, zone),
        Bot.Settings.defaults(),
        org.unionbot.core.QuestionLog.NONE,
        org.unionbot.core.intent.Referral.fixed(),
        java.util.Optional.of(contests));
  }
}
