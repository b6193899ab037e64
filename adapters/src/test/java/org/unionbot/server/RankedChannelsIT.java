package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.quiz.QuizItem;

/**
 * Issue 11 (F6): points farmed under web ids showed on the leaderboard WeChat users see. {@code
 * serve} ranks the channels of {@code ranked-channels} only: WeChat and WeCom unless an admin adds
 * {@code web}.
 */
class RankedChannelsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final KnowledgeBase KB = KnowledgeBase.bundled();

  @TempDir Path dir;

  private static JsonNode chat(URI base, String user, String text) throws Exception {
    String body = JSON.writeValueAsString(Map.of("user", user, "text", text));
    return JSON.readTree(Loopback.post(base, "/api/chat", body).body());
  }

  /** Plays one right answer as {@code user} and returns the leaderboard's text. */
  private static String scoreOnceThenLeaderboard(URI base, String user) throws Exception {
    String id = chat(base, user, "答题").get("quiz").get("id").asText();
    QuizItem item = KB.quizItems().stream().filter(i -> i.id().equals(id)).findFirst().get();
    String right =
        item.type() == QuizItem.Type.CHOICE
            ? String.valueOf((char) ('A' + item.correctIndex()))
            : item.answer();
    assertThat(chat(base, user, right).get("grade").get("correct").asBoolean()).isTrue();
    return chat(base, user, "排行榜").get("text").asText();
  }

  @Test
  void webUsersAreRankedOnlyWhenTheirChannelIs() throws Exception {
    String farmer = "farmer-0001";
    try (ServeProcess serve =
        ServeProcess.serve(dir, dir.resolve("default"), "--semantic", "off")) {
      assertThat(scoreOnceThenLeaderboard(serve.uri(), farmer)).doesNotContain("fa***01");
    }
    try (ServeProcess serve =
        ServeProcess.serve(
            dir,
            dir.resolve("web-ranked"),
            "--semantic",
            "off",
            "--ranked-channels",
            "wechat,web",
            "--stats-retention-days",
            "30")) {
      assertThat(scoreOnceThenLeaderboard(serve.uri(), farmer)).contains("1. fa***01");
    }
  }
}
