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
    try (SqlScoreStore scores = SqlScoreStore.open(dir);
        UnionbotServer server =
            UnionbotServer.start(
                ServerConfig.loopback(dir, "itToken"), new Bot(KnowledgeBase.bundled(), scores))) {
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
}
