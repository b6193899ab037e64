package org.unionbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unionbot.chat.ChatJson;
import org.unionbot.core.Reply;
import org.unionbot.knowledge.Source;

/**
 * The chat load's traffic: the same for every target, in the stated shares, and its reply check.
 */
class ChatMixTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CONNECTIONS = 64;
  private static final int USERS = 2000;
  private static final ChatMix.Corpus CORPUS =
      new ChatMix.Corpus(
          List.of("市总工会是哪天发出通知的", "要大力弘扬哪三种精神", "问\"引号\"与\\反斜杠"), List.of("11月8日", "劳模精神"));

  @Test
  void eachConnectionHasTheSameStreamWhateverTheOrderOfTheOthers() {
    ChatMix a = new ChatMix(11, CONNECTIONS, USERS, CORPUS);
    ChatMix b = new ChatMix(11, CONNECTIONS, USERS, CORPUS);
    Map<Integer, List<ChatMix.Message>> fromA = new HashMap<>();
    Map<Integer, List<ChatMix.Message>> fromB = new HashMap<>();
    for (int i = 0; i < 300; i++) {
      for (int c = 0; c < CONNECTIONS; c++) {
        fromA.computeIfAbsent(c, k -> new ArrayList<>()).add(a.message(c));
      }
    }
    for (int c = CONNECTIONS - 1; c >= 0; c--) { // one connection after the other, backwards
      for (int i = 0; i < 300; i++) {
        fromB.computeIfAbsent(c, k -> new ArrayList<>()).add(b.message(c));
      }
    }
    assertThat(fromB).isEqualTo(fromA);

    ChatMix other = new ChatMix(12, CONNECTIONS, USERS, CORPUS);
    List<ChatMix.Message> otherSeed = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      otherSeed.add(other.message(0));
    }
    assertThat(otherSeed).isNotEqualTo(fromA.get(0));
  }

  @Test
  void sharesAreAsStatedAndEveryUserBelongsToOneConnection() throws Exception {
    ChatMix mix = new ChatMix(11, CONNECTIONS, USERS, CORPUS);
    Map<ChatMix.Kind, Integer> kinds = new EnumMap<>(ChatMix.Kind.class);
    Map<ChatMix.Category, Integer> categories = new EnumMap<>(ChatMix.Category.class);
    Set<String> users = new HashSet<>();
    int total = 0;
    for (int i = 0; i < 2_000; i++) {
      for (int c = 0; c < CONNECTIONS; c++) {
        ChatMix.Message message = mix.message(c);
        kinds.merge(message.kind(), 1, Integer::sum);
        categories.merge(message.kind().category, 1, Integer::sum);
        users.add(message.user());
        int number = Integer.parseInt(message.user().substring("bench-".length()));
        assertThat(number % CONNECTIONS).isEqualTo(c);
        total++;
      }
    }
    assertThat(users).hasSize(USERS);
    assertThat(share(categories.get(ChatMix.Category.QUESTION), total))
        .isCloseTo(0.70, within(0.01));
    assertThat(share(categories.get(ChatMix.Category.QUIZ), total)).isCloseTo(0.20, within(0.01));
    assertThat(share(categories.get(ChatMix.Category.OTHER), total)).isCloseTo(0.10, within(0.01));
    int questions = categories.get(ChatMix.Category.QUESTION);
    assertThat(share(kinds.get(ChatMix.Kind.NEW_QUESTION), questions))
        .isCloseTo(0.10, within(0.01));
    assertThat(share(kinds.get(ChatMix.Kind.OFF_TOPIC), questions)).isCloseTo(0.10, within(0.01));
    assertThat(kinds.keySet()).containsExactlyInAnyOrder(ChatMix.Kind.values());
  }

  @Test
  void newQuestionsAreNewAndBodiesAreTheApisJson() throws Exception {
    ChatMix mix = new ChatMix(11, 1, 10, CORPUS);
    Set<String> fresh = new HashSet<>();
    int newQuestions = 0;
    for (int i = 0; i < 20_000; i++) {
      ChatMix.Message message = mix.message(0);
      JsonNode body = JSON.readTree(message.json());
      assertThat(body.get("user").asText()).isEqualTo(message.user());
      switch (message.kind()) {
        case CLICK -> {
          assertThat(body.get("event").asText()).isEqualTo("click");
          assertThat(body.get("key").asText()).isIn("QUIZ", "HELP", "OUTLINE", "SCORE");
        }
        case SUBSCRIBE -> assertThat(body.get("event").asText()).isEqualTo("subscribe");
        default -> {
          String text = body.get("text").asText();
          assertThat(text).isNotBlank();
          if (message.kind() == ChatMix.Kind.NEW_QUESTION) {
            newQuestions++;
            fresh.add(text);
            assertThat(CORPUS.questions()).anyMatch(q -> text.startsWith(q + " "));
          } else if (message.kind() == ChatMix.Kind.QUESTION) {
            assertThat(CORPUS.questions()).contains(text);
          } else if (message.kind() == ChatMix.Kind.OFF_TOPIC) {
            assertThat(ChatMix.OFF_TOPIC).contains(text);
          }
        }
      }
    }
    assertThat(fresh.size()).isGreaterThan(newQuestions * 99 / 100);
  }

  @Test
  void quizAnswersComeOnlyInAnOpenRoundOfAtMostFive() throws Exception {
    ChatMix mix = new ChatMix(7, 4, 40, CORPUS);
    Map<String, Integer> left = new HashMap<>();
    Map<ChatMix.Kind, Integer> seen = new EnumMap<>(ChatMix.Kind.class);
    for (int i = 0; i < 50_000; i++) {
      ChatMix.Message message = mix.message(i % 4);
      int open = left.getOrDefault(message.user(), 0);
      seen.merge(message.kind(), 1, Integer::sum);
      switch (message.kind()) {
        case QUIZ_START -> {
          assertThat(open).isZero();
          assertThat(JSON.readTree(message.json()).get("text").asText()).isIn("答题", "测验");
          left.put(message.user(), ChatMix.ROUND);
        }
        case CLICK -> {
          if (JSON.readTree(message.json()).get("key").asText().equals("QUIZ")) {
            left.put(message.user(), ChatMix.ROUND);
          }
        }
        case QUIZ_CHOICE, QUIZ_BLANK, QUIZ_SKIP -> {
          assertThat(open).isPositive();
          left.put(message.user(), open - 1);
          String text = JSON.readTree(message.json()).get("text").asText();
          if (message.kind() == ChatMix.Kind.QUIZ_CHOICE) {
            assertThat(text).isIn("A", "B", "C", "D");
          } else if (message.kind() == ChatMix.Kind.QUIZ_BLANK) {
            assertThat(CORPUS.answers()).contains(text);
          } else {
            assertThat(text).isEqualTo("跳过");
          }
        }
        case QUIZ_QUIT -> {
          assertThat(open).isPositive();
          left.put(message.user(), 0);
        }
        default -> {}
      }
    }
    assertThat(seen.get(ChatMix.Kind.QUIZ_CHOICE)).isGreaterThan(seen.get(ChatMix.Kind.QUIZ_BLANK));
    assertThat(seen.get(ChatMix.Kind.QUIZ_QUIT)).isPositive();
  }

  @Test
  void needsAUserPerConnection() {
    assertThatThrownBy(() -> new ChatMix(1, 64, 63, CORPUS))
        .isInstanceOf(IllegalArgumentException.class);
    ChatMix mix = new ChatMix(1, 2, 2, CORPUS);
    assertThatThrownBy(() -> mix.message(2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsTheDevSetsQuestionsAndFirstGoldAnswers() throws Exception {
    ChatMix.Corpus corpus =
        ChatMix.Corpus.read(Path.of("../../knowledge/src/test/resources/qa/qa-dev.tsv"));
    assertThat(corpus.questions()).hasSize(20).contains("市总工会是哪天发出通知的");
    assertThat(corpus.answers()).contains("11月8日", "五个方面", "劳模精神");
    assertThat(corpus.answers()).noneMatch(a -> a.contains("|") || a.contains("&"));
    assertThat(corpus.answers()).doesNotContain("<FALLBACK>");
  }

  @Test
  void acceptsTheServersReplies() throws Exception {
    Source source = new Source("notice", "市总工会下发《通知》", "四个步骤“学深悟透”", "四个步骤");
    List<Reply> replies =
        List.of(
            new Reply(Reply.Kind.ANSWER, "四个步骤：1.抓好传达学习。", List.of(source), List.of()),
            new Reply(Reply.Kind.FALLBACK, "没有找到\n1. 问\"这\"", List.of(), List.of("问题一")),
            new Reply(
                Reply.Kind.GRADE,
                "✔ 回答正确！+1分",
                List.of(),
                List.of(),
                Optional.of(
                    new Reply.QuizCard(
                        "q1", "choice", "题目", List.of("A. 一", "B. 二"), 2, ChatMix.ROUND)),
                Optional.of(new Reply.Grade(true, "B. 二", "原句", 1))),
            Reply.of(Reply.Kind.WELCOME, "欢迎"));
    for (Reply reply : replies) {
      String body = ChatJson.write(reply);
      assertThat(ChatMix.problem(200, body)).as(body).isEmpty();
      assertThat(JSON.readTree(body).get("kind").asText()).isIn(ChatMix.KINDS);
    }
    for (Reply.Kind kind : Reply.Kind.values()) {
      if (kind != Reply.Kind.NONE) {
        assertThat(ChatMix.KINDS).contains(kind.wireName());
      }
    }
  }

  @Test
  void refusesWhatIsNotAGoodReplyButLeaves429ToTheRun() {
    String good = "{\"kind\":\"answer\",\"text\":\"好\"}";
    assertThat(ChatMix.problem(429, "{\"error\":\"too many requests\"}")).isEmpty();
    assertThat(ChatMix.problem(500, good)).contains("status 500");
    assertThat(ChatMix.problem(400, "{\"error\":\"x\"}")).contains("status 400");
    assertThat(ChatMix.problem(200, "not json")).contains("not valid JSON");
    assertThat(ChatMix.problem(200, "{\"kind\":\"answer\",\"text\":\"好\""))
        .contains("not valid JSON");
    assertThat(ChatMix.problem(200, "[1]")).contains("not a JSON object");
    assertThat(ChatMix.problem(200, good + "{}")).contains("more after the JSON object");
    assertThat(ChatMix.problem(200, "{\"text\":\"好\"}")).contains("no kind");
    assertThat(ChatMix.problem(200, "{\"kind\":\"none\",\"text\":\"x\"}")).contains("kind none");
    assertThat(ChatMix.problem(200, "{\"kind\":\"answer\",\"text\":\" \"}")).contains("empty text");
    assertThat(ChatMix.problem(200, "{\"kind\":\"answer\"}")).contains("empty text");
    assertThat(ChatMix.problem(200, "{\"kind\":1,\"text\":\"x\"}")).contains("no kind");
  }

  private static double share(int count, int total) {
    return (double) count / total;
  }
}
