package org.unionbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unionbot.core.score.MutableClock;
import org.unionbot.core.score.ScoreStore;
import org.unionbot.core.score.SqlScoreStore;
import org.unionbot.core.store.PgServer;
import org.unionbot.core.store.PostgresDatabase;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.quiz.QuizItem;

/**
 * "错题" through {@link Bot}: every graded wrong answer goes in the worker's book (per channel and
 * id, in the shared store, so another node replays it), the book is replayed newest miss first, an
 * item answered right there leaves it, and a review earns no points and records no answer.
 */
class MistakeBookTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static KnowledgeBase kb;

  @TempDir Path data;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T04:00:00Z"));
  private final List<SqlScoreStore> stores = new ArrayList<>();

  @BeforeAll
  static void knowledge() {
    kb = KnowledgeBase.bundled();
  }

  static Stream<String> databases() {
    return Stream.of("sqlite", "postgresql");
  }

  @AfterEach
  void close() {
    stores.forEach(SqlScoreStore::close);
  }

  /** Two nodes: on SQLite one store, on PostgreSQL two stores on one database. */
  private Bot[] nodes(String database) {
    SqlScoreStore a;
    SqlScoreStore b;
    if (database.equals("sqlite")) {
      a = SqlScoreStore.open(data, clock, ZONE);
      b = a;
      stores.add(a);
    } else {
      String url = PgServer.database(MistakeBookTest.class);
      a =
          SqlScoreStore.owning(
              PostgresDatabase.open(url, Optional.empty(), List.of()), clock, ZONE);
      b =
          SqlScoreStore.owning(
              PostgresDatabase.open(url, Optional.empty(), List.of()), clock, ZONE);
      stores.add(a);
      stores.add(b);
    }
    Bot.Settings settings = new Bot.Settings(5, Duration.ofMinutes(30), clock, ZONE);
    return new Bot[] {new Bot(kb, a, settings), new Bot(kb, b, settings)};
  }

  private Reply say(Bot bot, String user, String text) {
    clock.advance(Duration.ofSeconds(10));
    return bot.handle(new Message.Text(user, text));
  }

  private static QuizItem item(Reply asked) {
    String id = asked.quiz().orElseThrow().id();
    return kb.quizItems().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  private static String right(QuizItem item) {
    return item.type() == QuizItem.Type.CHOICE
        ? String.valueOf((char) ('A' + item.correctIndex()))
        : item.answer();
  }

  private static String wrong(QuizItem item) {
    return item.type() == QuizItem.Type.CHOICE
        ? String.valueOf((char) ('A' + (item.correctIndex() + 1) % item.options().size()))
        : "不知道";
  }

  /** Plays a round with every answer wrong; the items in the order asked. */
  private List<String> missARound(Bot bot, String user) {
    List<String> asked = new ArrayList<>();
    Reply r = say(bot, user, "答题");
    while (r.quiz().isPresent()) {
      QuizItem item = item(r);
      asked.add(item.id());
      r = say(bot, user, wrong(item));
      assertThat(r.grade().orElseThrow().correct()).isFalse();
    }
    return asked;
  }

  @Test
  void anEmptyBookSuggestsARound() {
    Bot[] node = nodes("sqlite");
    Reply r = say(node[0], "wechat:w1", "错题");
    assertThat(r.kind()).isEqualTo(Reply.Kind.HELP);
    assertThat(r.text()).contains("错题本是空的").contains("“答题”");
    assertThat(say(node[0], "wechat:w1", "帮助").text()).contains("“错题”");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void anotherNodeReplaysTheMissesNewestFirstAndARightAnswerLeavesTheBook(String database) {
    Bot[] node = nodes(database);
    ScoreStore scores = stores.get(0);
    String user = "wechat:w1";
    List<String> missed = missARound(node[0], user);
    assertThat(missed).hasSize(5);
    int points = scores.standing(user).points();
    int answered = scores.standing(user).answered();
    Map<String, ScoreStore.ItemStats> stats = scores.itemStats();

    Reply first = say(node[1], user, "错题");
    assertThat(first.kind()).isEqualTo(Reply.Kind.QUIZ);
    assertThat(first.text()).contains("错题本共5道题").contains("第1/5题");
    assertThat(item(first).id()).as("newest miss first").isEqualTo(missed.get(4));

    Reply graded = say(node[1], user, right(item(first)));
    assertThat(graded.grade().orElseThrow().correct()).isTrue();
    assertThat(graded.text()).contains("移出错题本");
    assertThat(item(graded).id()).isEqualTo(missed.get(3));

    Reply r = say(node[1], user, wrong(item(graded)));
    while (r.quiz().isPresent()) {
      r = say(node[1], user, wrong(item(r)));
    }
    assertThat(r.kind()).isEqualTo(Reply.Kind.GRADE);
    assertThat(r.text()).contains("本次复习答了5题，答对1题").contains("错题本还有4道题");

    assertThat(scores.mistakes(user, 10))
        .containsExactly(missed.get(3), missed.get(2), missed.get(1), missed.get(0));
    assertThat(scores.standing(user).points()).as("no points").isEqualTo(points);
    assertThat(scores.standing(user).answered()).as("no answer recorded").isEqualTo(answered);
    assertThat(scores.itemStats()).as("no item statistics").isEqualTo(stats);
    assertThat(scores.mistakes("web:w1", 10)).as("per channel").isEmpty();
  }

  @Test
  void aReviewCanBeQuitAndSkippedItemsStayInTheBook() {
    Bot[] node = nodes("sqlite");
    String user = "wechat:w2";
    missARound(node[0], user);

    Reply asked = say(node[0], user, "错题本");
    assertThat(say(node[0], user, "跳过").text()).contains("正确答案");
    Reply quit = say(node[0], user, "退出");
    assertThat(quit.text()).contains("已退出错题复习").contains("错题本还有5道题");
    assertThat(stores.get(0).mistakeCount(user)).isEqualTo(5);
    assertThat(say(node[0], user, "错题").quiz().orElseThrow().id())
        .isEqualTo(asked.quiz().orElseThrow().id());
  }

  @Test
  void answeringEveryItemRightEmptiesTheBook() {
    Bot[] node = nodes("sqlite");
    String user = "wechat:w3";
    missARound(node[0], user);
    Reply r = say(node[0], user, "错题");
    while (r.quiz().isPresent()) {
      r = say(node[0], user, right(item(r)));
    }
    assertThat(r.text()).contains("错题本已经清空了");
    assertThat(say(node[0], user, "错题").text()).contains("错题本是空的");
  }
}
