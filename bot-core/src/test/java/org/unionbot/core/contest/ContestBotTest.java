package org.unionbot.core.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.core.Bot;
import org.unionbot.core.Message;
import org.unionbot.core.QuestionLog;
import org.unionbot.core.Reply;
import org.unionbot.core.intent.Referral;
import org.unionbot.core.score.SqlScoreStore;
import org.unionbot.core.store.SqliteDatabase;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.quiz.QuizItem;

/**
 * Contests and units through the bot, on SQLite with a clock the test moves: binding by chat (fuzzy
 * names, numbered choices, one change a week), nicknames, a contest across midnight with its daily
 * limit, a worker changing units mid-contest, and what 答题 says outside the window.
 */
class ContestBotTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** 2026-12-01 22:00 in Shanghai. */
  static final Instant EVENING = Instant.parse("2026-12-01T14:00:00Z");

  static final List<Unit> UNITS =
      List.of(
          new Unit("盐城市总工会机关工会", 40),
          new Unit("盐城港务集团有限公司工会", 120),
          new Unit("盐城港务集团物流公司工会", 60),
          new Unit("亭湖区环卫处工会", 25));

  private static KnowledgeBase kb;

  @TempDir Path data;
  private final MovingClock clock = new MovingClock(EVENING);
  private SqliteDatabase db;
  private ContestStore contests;
  private Bot bot;

  @BeforeAll
  static void knowledge() {
    kb = KnowledgeBase.bundled();
  }

  @BeforeEach
  void open() {
    db = SqliteDatabase.open(data);
    contests = new ContestStore(db, clock, SHANGHAI);
    contests.units().replace(UNITS);
    bot =
        new Bot(
            kb,
            SqlScoreStore.on(db, clock, SHANGHAI),
            new Bot.Settings(5, Duration.ofHours(2), clock, SHANGHAI),
            QuestionLog.NONE,
            Referral.fixed(),
            Optional.of(contests));
  }

  @AfterEach
  void close() {
    db.close();
  }

  private Reply say(String user, String text) {
    return bot.handle(new Message.Text(user, text));
  }

  @Test
  void aUniqueNameBindsAndAnUnclearOneOffersNumberedChoices() {
    Reply r = say("wechat:w1", "绑定单位 环卫处");
    assertThat(r.kind()).isEqualTo(Reply.Kind.UNIT);
    assertThat(r.text()).contains("已绑定单位：亭湖区环卫处工会");

    Reply unclear = say("wechat:w2", "绑定单位 盐城港务集团");
    assertThat(unclear.text()).contains("请回复序号", "1. 盐城港务集团", "2. 盐城港务集团").doesNotContain("环卫");
    String second = unclear.text().lines().filter(l -> l.startsWith("2. ")).findFirst().get();
    assertThat(say("wechat:w2", "2").text()).contains("已绑定单位：" + second.substring(3));
    assertThat(say("wechat:w2", "我的单位").text()).contains("您的单位：" + second.substring(3));
    assertThat(say("wechat:w3", "绑定单位 北京某某").text()).contains("没有找到");
    assertThat(say("wechat:w3", "我的单位").text()).contains("还没有绑定单位", "绑定单位 ");
  }

  @Test
  void bindingBeforeTheUnitsAreLoadedSaysWhomToAskAndThatTheQuizStillRuns() {
    contests.units().replace(List.of());
    Reply r = say("wechat:w1", "绑定单位 环卫处");
    assertThat(r.kind()).isEqualTo(Reply.Kind.UNIT);
    assertThat(r.text()).contains("还没有导入单位名单", "请联系工会管理员导入名单", "发送“答题”");
  }

  @Test
  void aWorkerChangesUnitsOnceAWeekAndAnAdminAnyTime() {
    say("wechat:w1", "绑定单位 盐城港务集团有限公司工会");
    assertThat(say("wechat:w1", "绑定单位 亭湖区环卫处工会").text())
        .as("the first binding is not a change: one correction at once")
        .contains("已改为单位：亭湖区环卫处工会");
    clock.advance(Duration.ofDays(6));
    assertThat(say("wechat:w1", "绑定单位 盐城市总工会机关工会").text()).contains("一周只能改一次", "12月8日 22:00");
    assertThat(say("wechat:w1", "我的单位").text()).contains("亭湖区环卫处工会");
    contests.units().reassign("wechat:w1", "盐城市总工会机关工会", clock.instant());
    assertThat(say("wechat:w1", "我的单位").text()).contains("盐城市总工会机关工会");
    clock.advance(Duration.ofDays(1));
    assertThat(say("wechat:w1", "绑定单位 亭湖区环卫处工会").text()).contains("已改为单位");
    assertThatThrownBy(() -> contests.units().reassign("wechat:w1", "不存在的工会", clock.instant()))
        .isInstanceOf(ContestException.class);
  }

  @Test
  void nicknamesAreCheckedAndShown() {
    assertThat(say("wechat:w1", "设置昵称 张师傅").text()).contains("昵称已设为：张师傅");
    assertThat(say("wechat:w1", "设置昵称 ").text()).contains("昵称不能为空");
    assertThat(say("wechat:w1", "设置昵称 一二三四五六七八九十一二三").text()).contains("最多12个字");
    assertThat(say("wechat:w1", "设置昵称 坏\u0007人").text()).contains("无法显示");
    assertThat(say("wechat:w1", "我的单位").text()).contains("排行榜上显示为：张师傅");
  }

  @Test
  void aContestAcrossMidnightCountsItsRoundsPerDayAndKeepsItsScoreApart() {
    // 2026-12-01 21:00 to 2026-12-02 03:00 Shanghai, one counted round a day, three items
    Contest c =
        contests.create(
            "夜班知识竞赛",
            EVENING.minus(Duration.ofHours(1)),
            EVENING.plus(Duration.ofHours(5)),
            3,
            1,
            List.of());
    say("wechat:w1", "绑定单位 环卫处");
    Reply first = say("wechat:w1", "答题");
    assertThat(first.kind()).isEqualTo(Reply.Kind.QUIZ);
    assertThat(first.text()).contains("【夜班知识竞赛】竞赛答题开始", "本轮共3题", "第1/1轮", "第1/3题");
    clock.set(EVENING.plus(Duration.ofMinutes(119))); // 23:59: still December 1st
    int right = playRound("wechat:w1", first);
    Reply board = say("wechat:w1", "排行榜");
    assertThat(board.kind()).isEqualTo(Reply.Kind.CONTEST);
    assertThat(board.text()).contains("【夜班知识竞赛】排行榜", "1. ", "（我）", right + "分");

    Reply again = say("wechat:w1", "答题");
    assertThat(again.text()).contains("今天计入竞赛的1轮已经答完", "第1/5题");
    say("wechat:w1", "退出");

    clock.set(EVENING.plus(Duration.ofMinutes(121))); // 00:01 on December 2nd: a new day
    Reply nextDay = say("wechat:w1", "答题");
    assertThat(nextDay.text()).contains("竞赛答题开始", "第1/1轮");
    int more = playRound("wechat:w1", nextDay);

    ContestBoards.Person me = contests.boards().person(c.id(), "wechat:w1").orElseThrow();
    assertThat(me.rounds()).isEqualTo(2);
    assertThat(me.answered()).isEqualTo(6);
    assertThat(me.points()).isEqualTo(right + more);
    assertThat(contests.boards().units(c.id()))
        .filteredOn(u -> u.unit().equals("亭湖区环卫处工会"))
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.participants()).isEqualTo(1);
              assertThat(u.rounds()).isEqualTo(2);
              assertThat(u.points()).isEqualTo(right + more);
            });
    Reply units = say("wechat:w1", "单位排行");
    assertThat(units.kind()).isEqualTo(Reply.Kind.UNIT);
    assertThat(units.text()).contains("单位排行", "亭湖区环卫处工会", "参与率4%（1/25人）", "共2轮");

    clock.set(EVENING.plus(Duration.ofHours(6))); // 04:00: ended
    Reply after = say("wechat:w1", "答题");
    assertThat(after.text()).contains("【夜班知识竞赛】已于12月2日 03:00结束", "排名第1名", "普通答题");
    assertThat(say("wechat:w1", "排行榜").kind())
        .as("the all-time board again")
        .isEqualTo(Reply.Kind.LEADERBOARD);
  }

  @Test
  void beforeTheStartTheBotSaysWhen() {
    contests.create(
        "春季竞赛",
        EVENING.plus(Duration.ofDays(2)),
        EVENING.plus(Duration.ofDays(9)),
        5,
        2,
        List.of());
    Reply r = say("wechat:w1", "答题");
    assertThat(r.text()).contains("【春季竞赛】将于12月3日 22:00开始", "第1/5题");
    assertThat(say("wechat:w1", "单位排行").text()).contains("现在没有进行中的竞赛");
  }

  @Test
  void pointsStayWithTheUnitTheWorkerWasInWhenEachRoundWasPlayed() {
    Contest c =
        contests.create(
            "单位赛",
            EVENING.minus(Duration.ofHours(1)),
            EVENING.plus(Duration.ofDays(10)),
            2,
            3,
            List.of());
    say("wechat:w1", "绑定单位 环卫处");
    int inFirst = playRound("wechat:w1", say("wechat:w1", "答题"));
    int alsoFirst = playRound("wechat:w1", say("wechat:w1", "答题"));
    say("wechat:w1", "绑定单位 盐城市总工会机关工会"); // a correction, allowed at once
    int inSecond = playRound("wechat:w1", say("wechat:w1", "答题"));

    List<ContestBoards.UnitResult> units = contests.boards().units(c.id());
    ContestBoards.UnitResult sanitation = unit(units, "亭湖区环卫处工会");
    ContestBoards.UnitResult office = unit(units, "盐城市总工会机关工会");
    assertThat(sanitation.rounds()).isEqualTo(2);
    assertThat(sanitation.points()).isEqualTo(inFirst + alsoFirst);
    assertThat(sanitation.participants()).isEqualTo(1);
    assertThat(office.rounds()).isEqualTo(1);
    assertThat(office.points()).isEqualTo(inSecond);
    assertThat(office.participants()).isEqualTo(1);
    ContestBoards.Person me = contests.boards().person(c.id(), "wechat:w1").orElseThrow();
    assertThat(me.unit()).as("a person shows the unit now").contains("盐城市总工会机关工会");
    assertThat(me.points()).isEqualTo(inFirst + alsoFirst + inSecond);
  }

  @Test
  void webUsersPlayOrdinaryRoundsWhenTheWebIsNotRanked() {
    Contest c =
        contests.create(
            "仅微信",
            EVENING.minus(Duration.ofHours(1)),
            EVENING.plus(Duration.ofHours(1)),
            2,
            1,
            List.of());
    Reply r = say("web:page-1", "答题");
    assertThat(r.text()).contains("只计入微信用户", "第1/5题");
    assertThat(contests.boards().person(c.id(), "web:page-1")).isEmpty();
  }

  private static ContestBoards.UnitResult unit(List<ContestBoards.UnitResult> all, String name) {
    return all.stream().filter(u -> u.unit().equals(name)).findFirst().orElseThrow();
  }

  private static final Pattern POSITION = Pattern.compile("第(\\d+)/(\\d+)题");

  /**
   * Answers every item of the round {@code started} began, the first item right and the rest wrong;
   * the points the contest got for it.
   */
  private int playRound(String user, Reply started) {
    Reply r = started;
    int right = 0;
    while (r.kind() == Reply.Kind.QUIZ || r.quiz().isPresent()) {
      Reply.QuizCard card = r.quiz().orElseThrow();
      QuizItem item = item(card.id());
      boolean answerRight = card.index() == 1;
      String reply = answerRight ? answer(item) : wrong(item);
      r = say(user, reply);
      right += answerRight ? 1 : 0;
      Matcher m = POSITION.matcher(r.text());
      if (!m.find()) {
        break;
      }
    }
    assertThat(r.text()).contains("本轮计入竞赛" + right + "分");
    return right;
  }

  private static QuizItem item(String id) {
    return kb.quizItems().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  private static String answer(QuizItem item) {
    return item.type() == QuizItem.Type.CHOICE
        ? String.valueOf((char) ('A' + item.correctIndex()))
        : item.answer();
  }

  private static String wrong(QuizItem item) {
    return item.type() == QuizItem.Type.CHOICE
        ? String.valueOf((char) ('A' + (item.correctIndex() + 1) % item.options().size()))
        : "不知道答案啊";
  }
}
