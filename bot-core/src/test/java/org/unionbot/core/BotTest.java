package org.unionbot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.core.score.ScoreStore;
import org.unionbot.core.score.ScoreStoreException;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.quiz.QuizItem;

class BotTest {

  private static KnowledgeBase kb;

  @TempDir Path data;
  private ScoreStore scores;
  private Bot bot;

  @BeforeAll
  static void knowledge() {
    kb = KnowledgeBase.bundled();
  }

  @BeforeEach
  void open() {
    scores = TestBots.scores(data);
    bot = new Bot(kb, scores, TestBots.settings());
  }

  @AfterEach
  void close() {
    scores.close();
  }

  private Reply say(String user, String text) {
    return bot.handle(new Message.Text(user, text));
  }

  private Reply click(String user, String key) {
    return bot.handle(new Message.Event(user, "click", key));
  }

  private static QuizItem item(Reply r) {
    String id = r.quiz().orElseThrow().id();
    return kb.quizItems().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  /** The reply that answers the item right: its letter for a choice, its text for a blank. */
  private static String rightReply(QuizItem item) {
    return item.type() == QuizItem.Type.CHOICE
        ? String.valueOf((char) ('A' + item.correctIndex()))
        : item.answer();
  }

  private static String wrongReply(QuizItem item) {
    return item.type() == QuizItem.Type.CHOICE
        ? String.valueOf((char) ('A' + (item.correctIndex() + 1) % 4))
        : "不是这个答案呀";
  }

  @Test
  void subscribeGetsTheWelcomeAndOtherEventsGetNothing() {
    assertThat(bot.handle(new Message.Event("u", "subscribe", "")).kind())
        .isEqualTo(Reply.Kind.WELCOME);
    assertThat(bot.handle(new Message.Event("u", "VIEW", "https://example.org")).kind())
        .isEqualTo(Reply.Kind.NONE);
    assertThat(click("u", "HELP").text()).contains("答题", "积分", "要点");
    assertThat(say("u", "帮助").kind()).isEqualTo(Reply.Kind.HELP);
  }

  @Test
  void followUpsExpandAndCiteTheLastAnswer() {
    Reply a = say("u", "要推进什么服务站建设");
    assertThat(a.kind()).isEqualTo(Reply.Kind.ANSWER);

    assertThat(say("u", "详细说说").text()).contains("紧贴盐城产业结构调整", "户外劳动者服务站");
    assertThat(say("u", "出处").text()).contains("四个步骤“学深悟透”", "推进户外劳动者服务站建设");
    assertThat(click("u", "OUTLINE").text()).contains("四个步骤“学深悟透”", "抓好传达学习");
    assertThat(say("v", "详细说说").text()).contains("先问一个");
  }

  @Test
  void aNumberPicksASuggestedQuestion() {
    Reply refused = say("u", "今天天气怎么样");
    assertThat(refused.kind()).isEqualTo(Reply.Kind.FALLBACK);

    Reply picked = say("u", "1");

    assertThat(picked.kind()).isEqualTo(Reply.Kind.ANSWER);
    assertThat(picked.text()).startsWith(kb.answer(refused.suggestions().get(0)).text());
  }

  @Test
  void aRoundAsksGradesExplainsAndScores() {
    Reply first = say("u", "答题");
    assertThat(first.kind()).isEqualTo(Reply.Kind.QUIZ);
    assertThat(first.quiz().orElseThrow().index()).isEqualTo(1);
    assertThat(first.quiz().orElseThrow().total()).isEqualTo(5);
    assertThat(first.text()).contains("第1/5题");

    QuizItem q1 = item(first);
    Reply second = say("u", rightReply(q1));
    assertThat(second.kind()).isEqualTo(Reply.Kind.GRADE);
    assertThat(second.grade().orElseThrow().correct()).isTrue();
    assertThat(second.quiz().orElseThrow().index()).isEqualTo(2);
    assertThat(second.text()).contains("回答正确", "第2/5题");

    QuizItem q2 = item(second);
    Reply third = say("u", wrongReply(q2));
    assertThat(third.grade().orElseThrow().correct()).isFalse();
    assertThat(third.grade().orElseThrow().explanation()).isEqualTo(kb.quizExplanation(q2));
    assertThat(third.text()).contains("回答错误", q2.answer(), q2.source());

    Reply fourth = say("u", "跳过");
    assertThat(fourth.quiz().orElseThrow().index()).isEqualTo(4);

    QuizItem q4 = item(fourth);
    Reply fifth = say("u", rightReply(q4));
    Reply end = say("u", rightReply(item(fifth)));

    assertThat(end.quiz()).isEmpty();
    assertThat(end.text()).contains("本轮结束", "答对3题", "总积分");
    ScoreStore.Standing s = scores.standing("u");
    assertThat(s.correct()).isEqualTo(3);
    assertThat(s.answered()).isEqualTo(4);
    assertThat(s.points()).isGreaterThan(3);
    assertThat(say("u", "积分").text()).contains("总积分：" + s.points(), "正确率75%");
  }

  @Test
  void aQuestionInTheMiddleOfARoundIsAnsweredAndTheRoundStaysOpen() {
    say("u", "测验");

    Reply answer = say("u", "学深悟透分为几个步骤？");

    assertThat(answer.kind()).isEqualTo(Reply.Kind.ANSWER);
    assertThat(answer.text()).contains("四个步骤", "答题进行中：第1/5题");
    assertThat(click("u", "QUIZ").quiz().orElseThrow().index()).isEqualTo(1);
    assertThat(say("u", "退出").text()).contains("已退出答题");
    assertThat(say("u", "学深悟透分为几个步骤？").text()).doesNotContain("答题进行中");
  }

  @Test
  void aSecondRoundTheSameDayBringsFreshItems() {
    Set<String> seen = new HashSet<>();
    Reply r = say("u", "答题");
    for (int i = 0; i < 5; i++) {
      QuizItem q = item(r);
      seen.add(q.id());
      r = say("u", rightReply(q));
    }
    r = say("u", "答题");
    for (int i = 0; i < 5; i++) {
      QuizItem q = item(r);
      assertThat(seen).doesNotContain(q.id());
      r = say("u", rightReply(q));
    }
  }

  @Test
  void theLeaderboardMasksUserIds() {
    Reply r = say("wechat:oAbCdEfGhIjK", "答题");
    say("wechat:oAbCdEfGhIjK", rightReply(item(r)));

    String board = say("web:someone", "排行榜").text();

    assertThat(board).contains("1. oA***jK").doesNotContain("oAbCdEfGhIjK");
    assertThat(Bot.mask("ab")).isEqualTo("a***");
  }

  /** Issue 11 (F6): a script farmed points under web ids that then showed on WeChat's board. */
  @Test
  void theLeaderboardListsTheRankedChannelsOnly() {
    for (String user : List.of("web:farmer", "wechat:oWorker0001")) {
      Reply r = say(user, "答题");
      say(user, rightReply(item(r)));
    }
    Bot webRanked =
        new Bot(kb, scores, Bot.Settings.defaults().withRankedChannels(Set.of("wechat", "web")));

    String board = say("wechat:oWorker0001", "排行榜").text();
    String both = webRanked.handle(new Message.Text("wechat:x", "排行榜")).text();

    assertThat(board).contains("1. oW***01").doesNotContain("fa***er").doesNotContain("2. ");
    assertThat(both).contains("fa***er", "oW***01");
    assertThat(say("wechat:oWorker0001", "积分").text()).contains("排名第1名");
  }

  @Test
  void choicesAreGivenWithLetters() {
    for (int tries = 0; tries < 20; tries++) {
      Reply r = say("c" + tries, "答题");
      Reply.QuizCard card = r.quiz().orElseThrow();
      if (card.type().equals("choice")) {
        assertThat(card.options()).hasSize(4);
        assertThat(card.options().get(0)).startsWith("A. ");
        assertThat(r.text()).contains("D. ");
        return;
      }
    }
    throw new AssertionError("no choice item in 20 rounds");
  }

  @Test
  void scoresSurviveANewBotOnTheSameStore() {
    Reply r = say("u", "答题");
    say("u", rightReply(item(r)));
    int points = scores.standing("u").points();

    Bot again = new Bot(kb, scores);

    assertThat(again.handle(new Message.Text("u", "我的成绩")).text()).contains("总积分：" + points);
    assertThat(List.of(points)).allMatch(p -> p > 0);
  }

  /** Issue 11: a start that failed on the database used to leave the round in the session. */
  @Test
  void aRoundWhoseStartFailedOnTheDatabaseIsNotLeftHalfStarted() {
    AtomicBoolean diskFull = new AtomicBoolean(true);
    ScoreStore failing =
        new ScoreStore() {
          @Override
          public void roundStarted(String user, Instant at) {
            if (diskFull.getAndSet(false)) {
              throw new ScoreStoreException("database error: disk full", null);
            }
            scores.roundStarted(user, at);
          }

          @Override
          public int recordAnswer(
              String user, String itemId, boolean correct, Instant at, AlsoWritten also) {
            return scores.recordAnswer(user, itemId, correct, at, also);
          }

          @Override
          public int finishRound(String user, int correct, int total, Instant at) {
            return scores.finishRound(user, correct, total, at);
          }

          @Override
          public Standing standing(String user) {
            return scores.standing(user);
          }

          @Override
          public Standing standing(String user, Set<String> channels) {
            return scores.standing(user, channels);
          }

          @Override
          public List<Standing> top(int limit) {
            return scores.top(limit);
          }

          @Override
          public List<Standing> top(int limit, Set<String> channels) {
            return scores.top(limit, channels);
          }

          @Override
          public Set<String> itemsSeen(String user, java.time.LocalDate day) {
            return scores.itemsSeen(user, day);
          }

          @Override
          public void close() {}
        };
    Bot bot = new Bot(kb, failing);

    assertThatThrownBy(() -> bot.handle(new Message.Text("wechat:u", "答题")))
        .isInstanceOf(ScoreStoreException.class);
    Reply again = bot.handle(new Message.Text("wechat:u", "答题"));

    assertThat(again.text()).startsWith("开始答题").doesNotContain("继续本轮");
    assertThat(again.quiz()).isPresent();
  }

  @Test
  void theLeaderboardMasksTheIdWithoutItsChannel() {
    assertThat(Bot.mask("wechat:o6_bmjrPTlm6_2sgVt7hMZOPfL2M")).isEqualTo("o6***2M");
    assertThat(Bot.mask("web:ab")).isEqualTo("a***");
  }
}
