package org.unionbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unionbot.core.score.SqlScoreStore;
import org.unionbot.core.store.PgServer;
import org.unionbot.core.store.PostgresDatabase;
import org.unionbot.knowledge.KnowledgeBase;

/**
 * A quiz round lives in its node's memory. When the node dies, the user's next node tells them once
 * that the round was interrupted (on both databases; two {@link Bot}s are two nodes).
 */
class InterruptedRoundTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static KnowledgeBase kb;

  @TempDir Path data;
  private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T04:00:00Z"), ZoneOffset.UTC);
  private SqlScoreStore storeA;
  private SqlScoreStore storeB;

  @BeforeAll
  static void knowledge() {
    kb = KnowledgeBase.bundled();
  }

  static Stream<String> databases() {
    return Stream.of("sqlite", "postgresql");
  }

  @AfterEach
  void close() {
    if (storeA == null) {
      return;
    }
    storeA.close();
    if (storeB != storeA) {
      storeB.close();
    }
  }

  /**
   * Two nodes: on SQLite one store (a restarted node), on PostgreSQL two stores on one database.
   */
  private Bot[] nodes(String database) {
    if (database.equals("sqlite")) {
      storeA = SqlScoreStore.open(data, clock, ZONE);
      storeB = storeA;
    } else {
      String url = PgServer.database(InterruptedRoundTest.class);
      storeA = open(url);
      storeB = open(url);
    }
    Bot.Settings settings = new Bot.Settings(5, Duration.ofMinutes(30), clock, ZONE);
    return new Bot[] {new Bot(kb, storeA, settings), new Bot(kb, storeB, settings)};
  }

  private SqlScoreStore open(String url) {
    return SqlScoreStore.owning(
        PostgresDatabase.open(url, Optional.empty(), List.of()), clock, ZONE);
  }

  private static Reply say(Bot bot, String user, String text) {
    return bot.handle(new Message.Text(user, text));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void theNextNodeSaysOnceThatTheRoundWasInterrupted(String database) {
    Bot[] node = nodes(database);
    assertThat(say(node[0], "w1", "答题").kind()).isEqualTo(Reply.Kind.QUIZ);

    Reply note = say(node[1], "w1", "B");
    assertThat(note.kind()).isEqualTo(Reply.Kind.HELP);
    assertThat(note.text()).contains("中断").contains("回复“答题”重新开始");

    assertThat(say(node[1], "w1", "B").text()).as("told once").doesNotContain("中断");
    assertThat(say(node[1], "w1", "答题").kind()).as("a new round starts").isEqualTo(Reply.Kind.QUIZ);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aRoundThatEndedOrNeverStartedIsNoInterruption(String database) {
    Bot[] node = nodes(database);
    say(node[0], "w1", "答题");
    assertThat(say(node[0], "w1", "退出").kind()).isEqualTo(Reply.Kind.POINTS);

    assertThat(say(node[1], "w1", "A").text()).doesNotContain("中断");
    assertThat(say(node[1], "w2", "C").text()).doesNotContain("中断");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aQuestionIsAnsweredAndTheNoteWaitsForAnAnswerLikeReply(String database) {
    Bot[] node = nodes(database);
    say(node[0], "w1", "答题");

    assertThat(say(node[1], "w1", "学深悟透分为几个步骤").kind()).isEqualTo(Reply.Kind.ANSWER);
    assertThat(say(node[1], "w1", "d").text()).contains("中断");
  }

  @org.junit.jupiter.api.Test
  void answerLikeRepliesAreLettersAndShortWordsNotQuestions() {
    assertThat(Bot.looksLikeAnswer("B")).isTrue();
    assertThat(Bot.looksLikeAnswer("Ｃ。")).isTrue();
    assertThat(Bot.looksLikeAnswer("职工书屋")).isTrue();
    assertThat(Bot.looksLikeAnswer("学深悟透分为几个步骤呢，请详细说明一下")).isFalse();
    assertThat(Bot.looksLikeAnswer("会费交多少？")).isFalse();
    assertThat(Bot.looksLikeAnswer("是什么")).isFalse();
  }
}
