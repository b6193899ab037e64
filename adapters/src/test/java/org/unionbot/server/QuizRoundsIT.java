package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.core.Bot;
import org.unionbot.core.score.SqlScoreStore;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.quiz.QuizItem;

/**
 * Whole quiz rounds over loopback, as a worker plays them: through the JSON chat API, through
 * WeChat (with a retried answer that must not be graded twice), and across a restart.
 */
class QuizRoundsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final KnowledgeBase KB = KnowledgeBase.bundled();

  @TempDir Path dir;

  private static QuizItem item(String id) {
    return KB.quizItems().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  private static String right(QuizItem i) {
    return i.type() == QuizItem.Type.CHOICE
        ? String.valueOf((char) ('a' + i.correctIndex()))
        : i.answer();
  }

  private static JsonNode chat(URI base, String user, String text) throws Exception {
    String body = JSON.writeValueAsString(java.util.Map.of("user", user, "text", text));
    return JSON.readTree(Loopback.post(base, "/api/chat", body).body());
  }

  @Test
  void aRoundThroughTheChatApi() throws Exception {
    try (SqlScoreStore scores = SqlScoreStore.open(dir);
        UnionbotServer server =
            UnionbotServer.start(ServerConfig.loopback(dir, "itToken"), new Bot(KB, scores))) {
      URI base = server.uri();
      JsonNode r = chat(base, "api-user", "答题");
      assertThat(r.get("kind").asText()).isEqualTo("quiz");
      for (int n = 1; n <= 5; n++) {
        JsonNode quiz = r.get("quiz");
        assertThat(quiz.get("index").asInt()).isEqualTo(n);
        assertThat(quiz.get("total").asInt()).isEqualTo(5);
        assertThat(quiz.get("type").asText()).isIn("choice", "blank");
        r = chat(base, "api-user", right(item(quiz.get("id").asText())));
        assertThat(r.get("kind").asText()).isEqualTo("grade");
        assertThat(r.get("grade").get("correct").asBoolean()).isTrue();
        assertThat(r.get("grade").get("explanation").asText()).isNotEmpty();
      }
      assertThat(r.has("quiz")).isFalse();
      assertThat(r.get("text").asText()).contains("本轮结束", "答对5题");

      JsonNode standing = chat(base, "api-user", "积分");
      assertThat(standing.get("kind").asText()).isEqualTo("score");
      assertThat(standing.get("text").asText()).contains("正确率100%");
    }
  }

  @Test
  void aRoundThroughWeChatGradesARetriedAnswerOnce() throws Exception {
    FakeWeChat wechat = new FakeWeChat();
    try (SqlScoreStore scores = SqlScoreStore.open(dir);
        UnionbotServer server =
            UnionbotServer.start(
                ServerConfig.loopback(dir, FakeWeChat.TOKEN).withWeChat(FakeWeChat.config()),
                new Bot(KB, scores))) {
      URI base = server.uri();
      String user = "oQuizUser0001";
      String started =
          send(base, wechat, FakeWeChat.event(user, "CLICK", "QUIZ", FakeWeChat.now()));
      assertThat(started).contains("第1/5题");
      String id =
          KB.quizItems().stream()
              .filter(i -> started.contains(i.prompt()))
              .findFirst()
              .orElseThrow()
              .id();

      long msgId = FakeWeChat.nextMsgId();
      String answer = FakeWeChat.text(user, right(item(id)), msgId);
      String first = send(base, wechat, answer);
      String retry = send(base, wechat, answer);

      assertThat(first).contains("回答正确", "第2/5题");
      assertThat(retry).isEqualTo(first);
      assertThat(scores.standing("wechat:" + user).answered()).isEqualTo(1);
      assertThat(send(base, wechat, FakeWeChat.text(user, "退出"))).contains("已退出答题");
    }
  }

  /**
   * Issue 11 (F6): the chat API's "user" was the same id space as WeChat's OpenIDs, so anyone could
   * send 退出 as a WeChat user and end their round, or farm points under their id.
   */
  @Test
  void theChatApiCannotReachAWeChatUsersRound() throws Exception {
    FakeWeChat wechat = new FakeWeChat();
    try (SqlScoreStore scores = SqlScoreStore.open(dir);
        UnionbotServer server =
            UnionbotServer.start(
                ServerConfig.loopback(dir, FakeWeChat.TOKEN).withWeChat(FakeWeChat.config()),
                new Bot(KB, scores))) {
      URI base = server.uri();
      String openid = "oVictimUser001";
      String started =
          send(base, wechat, FakeWeChat.event(openid, "CLICK", "QUIZ", FakeWeChat.now()));
      QuizItem first =
          KB.quizItems().stream()
              .filter(i -> started.contains(i.prompt()))
              .findFirst()
              .orElseThrow();

      JsonNode quit = chat(base, openid, "退出");
      JsonNode farmed = chat(base, openid, "答题");
      chat(base, openid, right(item(farmed.get("quiz").get("id").asText())));

      assertThat(quit.get("text").asText()).doesNotContain("已退出答题");
      assertThat(send(base, wechat, FakeWeChat.text(openid, right(first))))
          .contains("回答正确", "第2/5题");
      assertThat(scores.standing("wechat:" + openid).answered()).isEqualTo(1);
      assertThat(scores.standing("web:" + openid).answered()).isEqualTo(1);
    }
  }

  @Test
  void scoresSurviveARestart() throws Exception {
    int points;
    try (SqlScoreStore scores = SqlScoreStore.open(dir);
        UnionbotServer server =
            UnionbotServer.start(ServerConfig.loopback(dir, "itToken"), new Bot(KB, scores))) {
      JsonNode r = chat(server.uri(), "keeper", "答题");
      chat(server.uri(), "keeper", right(item(r.get("quiz").get("id").asText())));
      points = scores.standing("web:keeper").points();
      assertThat(points).isPositive();
    }
    try (SqlScoreStore scores = SqlScoreStore.open(dir);
        UnionbotServer server =
            UnionbotServer.start(ServerConfig.loopback(dir, "itToken"), new Bot(KB, scores))) {
      assertThat(chat(server.uri(), "keeper", "我的成绩").get("text").asText())
          .contains("总积分：" + points + "分");
    }
  }

  private static String send(URI base, FakeWeChat wechat, String xml) throws Exception {
    FakeWeChat.Push push = wechat.plaintext(xml);
    String reply = Loopback.post(base, push.uri(), push.body()).body();
    return wechat.read(reply).getContent();
  }
}
