package org.unionbot.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.core.score.ScoreStore.Standing;

/** The score store on SQLite; {@link PostgresScoreStoreTest} runs every test on PostgreSQL. */
class SqlScoreStoreTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final LocalDate DAY1 = LocalDate.of(2026, 3, 2);

  @TempDir Path dir;

  private final MutableClock clock = new MutableClock(at(DAY1, 9));
  SqlScoreStore store;

  /** Opens the store of a data directory (the same one again after a close). */
  SqlScoreStore open(Path dataDir, java.time.Clock clock, ZoneId zone) {
    return SqlScoreStore.open(dataDir, clock, zone);
  }

  @BeforeEach
  void open() {
    store = open(dir, clock, SHANGHAI);
  }

  @AfterEach
  void close() {
    store.close();
  }

  /** {@code hour} o'clock on {@code day} in Shanghai. */
  private static Instant at(LocalDate day, int hour) {
    return day.atTime(hour, 0).atZone(SHANGHAI).toInstant();
  }

  private static LocalDate day(int n) {
    return DAY1.plusDays(n - 1);
  }

  private void answers(String user, int right, int wrong, Instant at) {
    for (int i = 0; i < right; i++) {
      store.recordAnswer(user, "r" + i, true, at);
    }
    for (int i = 0; i < wrong; i++) {
      store.recordAnswer(user, "w" + i, false, at);
    }
  }

  @Test
  void aCorrectAnswerEarnsOnePointAndAWrongOneNone() {
    assertThat(store.recordAnswer("u1", "q1", true, at(DAY1, 10))).isEqualTo(1);
    assertThat(store.recordAnswer("u1", "q2", false, at(DAY1, 10))).isZero();
    assertThat(store.recordAnswer("u1", "q3", true, at(DAY1, 10))).isEqualTo(1);

    Standing s = store.standing("u1");
    assertThat(s.points()).isEqualTo(2);
    assertThat(s.answered()).isEqualTo(3);
    assertThat(s.correct()).isEqualTo(2);
    assertThat(s.accuracy()).isEqualTo(2.0 / 3);
  }

  @Test
  void whatIsWrittenWithAnAnswerCommitsWithItOrNotAtAll() {
    List<String> seen = new ArrayList<>();
    int earned =
        store.recordAnswer(
            "u1",
            "q1",
            true,
            at(DAY1, 10),
            (c, points) -> {
              try (var q =
                  c.prepareStatement("SELECT COUNT(*) FROM quiz_answers WHERE user_id = 'u1'")) {
                var rows = q.executeQuery();
                rows.next();
                seen.add(points + " point, " + rows.getInt(1) + " answer");
              }
            });
    assertThat(earned).isEqualTo(1);
    assertThat(seen).containsExactly("1 point, 1 answer");

    assertThatThrownBy(
            () ->
                store.recordAnswer(
                    "u1",
                    "q2",
                    true,
                    at(DAY1, 11),
                    (c, points) -> {
                      throw new SQLException("the contest round is gone");
                    }))
        .hasMessageContaining("the contest round is gone");
    Standing s = store.standing("u1");
    assertThat(s.points()).isEqualTo(1);
    assertThat(s.answered()).isEqualTo(1);
    assertThat(store.itemStats()).containsOnlyKeys("q1");
  }

  @Test
  void theFirstRoundOfADayEarnsTheDailyBonusAndASecondRoundNothing() {
    answers("u1", 3, 2, at(DAY1, 10));

    assertThat(store.finishRound("u1", 3, 5, at(DAY1, 10))).isEqualTo(2);
    assertThat(store.finishRound("u1", 5, 5, at(DAY1, 11))).isZero();
    assertThat(store.finishRound("u1", 0, 5, at(DAY1, 23))).isZero();

    assertThat(store.standing("u1").points()).isEqualTo(3 + 2);
  }

  @Test
  void theStreakBonusComesOnTheThirdConsecutiveDayAndStaysWhileTheStreakLasts() {
    assertThat(store.finishRound("u1", 1, 5, at(day(1), 10))).isEqualTo(2);
    assertThat(store.finishRound("u1", 1, 5, at(day(2), 10))).isEqualTo(2);
    assertThat(store.finishRound("u1", 1, 5, at(day(3), 10))).isEqualTo(2 + 3);
    assertThat(store.finishRound("u1", 1, 5, at(day(3), 12))).as("second round").isZero();
    assertThat(store.finishRound("u1", 1, 5, at(day(4), 8))).isEqualTo(2 + 3);

    assertThat(store.standing("u1").points()).isEqualTo(2 + 2 + 5 + 5);
  }

  @Test
  void aDayWithoutARoundBreaksTheStreak() {
    store.finishRound("u1", 1, 5, at(day(1), 10));
    store.finishRound("u1", 1, 5, at(day(2), 10));
    // day 3 missed
    assertThat(store.finishRound("u1", 1, 5, at(day(4), 10))).isEqualTo(2);
    assertThat(store.finishRound("u1", 1, 5, at(day(5), 10))).isEqualTo(2);
    assertThat(store.finishRound("u1", 1, 5, at(day(6), 10))).isEqualTo(5);
  }

  @Test
  void roundsFinishedOutOfOrderStillCountTheirOwnDays() {
    store.finishRound("u1", 1, 5, at(day(3), 10));
    store.finishRound("u1", 1, 5, at(day(1), 10));
    assertThat(store.finishRound("u1", 1, 5, at(day(2), 10)))
        .as("day 2 follows day 1 and day 0 had none")
        .isEqualTo(2);
    assertThat(store.finishRound("u1", 1, 5, at(day(4), 10))).isEqualTo(5);
  }

  @Test
  void daysAreCalendarDaysInTheStoresZone() {
    Instant lateOnDay1 = DAY1.atTime(23, 59).atZone(SHANGHAI).toInstant(); // 15:59 UTC
    Instant earlyOnDay2 = day(2).atTime(0, 1).atZone(SHANGHAI).toInstant(); // 16:01 UTC, same day
    assertThat(LocalDate.ofInstant(lateOnDay1, ZoneOffset.UTC))
        .isEqualTo(LocalDate.ofInstant(earlyOnDay2, ZoneOffset.UTC));

    assertThat(store.finishRound("u1", 1, 5, lateOnDay1)).isEqualTo(2);
    assertThat(store.finishRound("u1", 1, 5, earlyOnDay2)).isEqualTo(2);

    try (SqlScoreStore utc = open(dir.resolve("utc"), clock, ZoneOffset.UTC)) {
      assertThat(utc.zone()).isEqualTo(ZoneOffset.UTC);
      assertThat(utc.finishRound("u1", 1, 5, lateOnDay1)).isEqualTo(2);
      assertThat(utc.finishRound("u1", 1, 5, earlyOnDay2)).as("same UTC day").isZero();
    }
  }

  @Test
  void theStreakCountsBackFromTodayAndSurvivesUntilAWholeDayIsMissed() {
    assertThat(store.standing("u1").streak()).isZero();
    store.finishRound("u1", 1, 5, at(day(1), 10));
    store.finishRound("u1", 1, 5, at(day(2), 10));
    store.finishRound("u1", 1, 5, at(day(2), 11));
    store.finishRound("u1", 1, 5, at(day(3), 10));

    clock.set(at(day(3), 20));
    assertThat(store.standing("u1").streak()).isEqualTo(3);
    clock.set(at(day(4), 7)); // not played yet today
    assertThat(store.standing("u1").streak()).isEqualTo(3);
    clock.set(at(day(5), 7)); // day 4 missed
    assertThat(store.standing("u1").streak()).isZero();
    clock.set(at(day(2), 23)); // rounds after today do not count
    assertThat(store.standing("u1").streak()).isEqualTo(2);
  }

  @Test
  void anUnknownUserHasNothingAndNoRank() {
    assertThat(store.standing("nobody")).isEqualTo(new Standing("nobody", 0, 0, 0, 0, 0));
    assertThat(store.standing("nobody").accuracy()).isZero();
  }

  @Test
  void equalPointsShareARankAndTheNextRankSkips() {
    answers("a", 5, 0, at(DAY1, 10));
    answers("b", 5, 1, at(DAY1, 11));
    answers("c", 3, 0, at(DAY1, 10));
    answers("d", 1, 4, at(DAY1, 10));
    answers("e", 0, 2, at(DAY1, 10)); // answered, never right

    assertThat(store.standing("a").rank()).isEqualTo(1);
    assertThat(store.standing("b").rank()).isEqualTo(1);
    assertThat(store.standing("c").rank()).isEqualTo(3);
    assertThat(store.standing("d").rank()).isEqualTo(4);
    assertThat(store.standing("e")).isEqualTo(new Standing("e", 0, 0, 2, 0, 0));
  }

  @Test
  void topListsMostPointsFirstThenWhoGotThereFirstThenUserId() {
    store.recordAnswer("late", "q1", true, at(DAY1, 9));
    store.recordAnswer("late", "q2", true, at(DAY1, 15)); // 2 points at 15:00
    store.recordAnswer("early", "q1", true, at(DAY1, 9));
    store.recordAnswer("early", "q2", true, at(DAY1, 10)); // 2 points at 10:00
    store.recordAnswer("early", "q3", false, at(DAY1, 20)); // earns nothing: still reached at 10
    answers("z", 1, 0, at(DAY1, 12));
    answers("y", 1, 0, at(DAY1, 12));
    store.finishRound("best", 0, 5, at(DAY1, 16)); // 2 points from the daily bonus
    answers("best", 2, 0, at(DAY1, 16));
    answers("none", 0, 3, at(DAY1, 8));

    List<Standing> top = store.top(10);

    assertThat(top).extracting(Standing::user).containsExactly("best", "early", "late", "y", "z");
    assertThat(top).extracting(Standing::points).containsExactly(4, 2, 2, 1, 1);
    assertThat(top).extracting(Standing::rank).containsExactly(1, 2, 2, 4, 4);
    assertThat(top.get(0).streak()).isEqualTo(1);
    for (Standing s : top) {
      assertThat(store.standing(s.user())).isEqualTo(s);
    }
    assertThat(store.top(3)).extracting(Standing::user).containsExactly("best", "early", "late");
    assertThat(store.top(0)).isEmpty();
    assertThatThrownBy(() -> store.top(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLeaderboardOfSomeChannelsCountsTheirUsersOnlyAndRanksThemAmongThemselves() {
    answers("web:web-1a2b3c4d", 9, 0, at(DAY1, 9));
    answers("wechat:o1", 5, 0, at(DAY1, 10));
    answers("wecom:alice", 4, 0, at(DAY1, 10));
    answers("wechat:o2", 3, 0, at(DAY1, 11));
    answers("wechat:o3", 3, 0, at(DAY1, 12));
    answers("wechatx:o4", 8, 0, at(DAY1, 12)); // another channel whose name starts alike
    answers("o5", 7, 0, at(DAY1, 12)); // an id without a channel

    List<Standing> wechat = store.top(10, Set.of("wechat"));
    assertThat(wechat)
        .extracting(Standing::user)
        .containsExactly("wechat:o1", "wechat:o2", "wechat:o3");
    assertThat(wechat).extracting(Standing::rank).containsExactly(1, 2, 2);
    assertThat(store.top(2, Set.of("wechat", "wecom")))
        .extracting(Standing::user, Standing::rank)
        .containsExactly(tuple("wechat:o1", 1), tuple("wecom:alice", 2));
    assertThat(store.top(10, Set.of("web"))).extracting(Standing::rank).containsExactly(1);
    assertThat(store.top(10, Set.of())).isEmpty();
    assertThat(store.top(10, Set.of("qq"))).isEmpty();
    assertThat(store.top(10)).hasSize(7);

    // a user's rank on the leaderboard of the user's channel
    for (Standing s : wechat) {
      assertThat(store.standing(s.user(), Set.of("wechat"))).isEqualTo(s);
    }
    assertThat(store.standing("wechat:o2", Set.of("wechat", "wecom")).rank()).isEqualTo(3);
    assertThat(store.standing("wechat:o2").rank()).as("among everyone").isEqualTo(6);
    // a user of another channel is ranked among everyone
    assertThat(store.standing("wecom:alice", Set.of("wechat")).rank()).isEqualTo(5);
    assertThat(store.standing("o5", Set.of("wechat")).rank()).isEqualTo(3);
    assertThat(store.standing("wechat:nobody", Set.of("wechat")).rank()).isZero();

    assertThatThrownBy(() -> store.top(10, Set.of("")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.top(10, Set.of("wechat:o1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.top(-1, Set.of("wechat")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.standing("wechat:o1", Set.of("")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aUserIdsChannelIsWhatComesBeforeItsFirstColon() {
    assertThat(ScoreStore.channel("wechat:o6_bmjrPTlm6_2sgVt7hMZOPfL2M")).isEqualTo("wechat");
    assertThat(ScoreStore.channel("web:web-1a2b3c4d")).isEqualTo("web");
    assertThat(ScoreStore.channel("wecom:a:b")).isEqualTo("wecom");
    assertThat(ScoreStore.channel("u1")).isEmpty();
  }

  @Test
  void itemsSeenAreTheItemsAnsweredOnThatDayInTheStoresZone() {
    store.recordAnswer("u1", "q1", true, DAY1.atTime(23, 30).atZone(SHANGHAI).toInstant());
    store.recordAnswer("u1", "q2", false, day(2).atTime(0, 30).atZone(SHANGHAI).toInstant());
    store.recordAnswer(
        "u1", "q3", true, day(2).atTime(LocalTime.of(23, 59, 59)).atZone(SHANGHAI).toInstant());
    store.recordAnswer("u1", "q2", true, day(2).atTime(12, 0).atZone(SHANGHAI).toInstant());
    store.recordAnswer("u1", "q4", true, day(3).atStartOfDay(SHANGHAI).toInstant());
    store.recordAnswer("u2", "q9", true, day(2).atTime(12, 0).atZone(SHANGHAI).toInstant());

    assertThat(store.itemsSeen("u1", DAY1)).containsExactly("q1");
    assertThat(store.itemsSeen("u1", day(2))).containsExactly("q2", "q3");
    assertThat(store.itemsSeen("u1", day(3))).containsExactly("q4");
    assertThat(store.itemsSeen("u1", day(4))).isEmpty();
    assertThat(store.itemsSeen("u2", day(2))).containsExactly("q9");
    assertThat(store.itemsSeen("u3", day(2))).isEmpty();
    assertThatThrownBy(() -> store.itemsSeen("u1", day(2)).add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void everythingSurvivesCloseAndReopen() {
    answers("u1", 3, 2, at(DAY1, 10));
    store.finishRound("u1", 3, 5, at(DAY1, 10));
    answers("u2", 4, 1, at(DAY1, 11));
    Standing before = store.standing("u1");
    List<Standing> topBefore = store.top(10);
    store.close();

    store = open(dir, clock, SHANGHAI);

    assertThat(store.standing("u1")).isEqualTo(before).extracting(Standing::points).isEqualTo(5);
    assertThat(store.top(10)).isEqualTo(topBefore);
    assertThat(store.itemsSeen("u1", DAY1)).containsExactly("r0", "r1", "r2", "w0", "w1");
    assertThat(store.finishRound("u1", 5, 5, at(DAY1, 12)))
        .as("the day's bonus was already given before the restart")
        .isZero();
    assertThat(store.finishRound("u1", 5, 5, at(day(2), 12))).isEqualTo(2);
  }

  @Test
  void theDatabaseIsOneFileInTheDataDirectoryWhichIsCreatedWhenMissing() {
    Path nested = dir.resolve("a/b/data");
    try (SqlScoreStore s = SqlScoreStore.open(nested, clock, SHANGHAI)) {
      assertThat(s.file()).isEqualTo(nested.toAbsolutePath().resolve("unionbot.db"));
      assertThat(s.file()).isRegularFile();
    }
    assertThat(store.file()).isEqualTo(dir.toAbsolutePath().resolve("unionbot.db"));
  }

  @Test
  void badArgumentsAreRefusedAndRecordNothing() {
    Instant now = at(DAY1, 10);
    assertThatThrownBy(() -> store.recordAnswer(null, "q", true, now))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("user");
    assertThatThrownBy(() -> store.recordAnswer(" ", "q", true, now))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.recordAnswer("u1", null, true, now))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.recordAnswer("u1", "q", true, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.finishRound("u1", 6, 5, now))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.finishRound("u1", -1, 5, now))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.itemsSeen("u1", null)).isInstanceOf(NullPointerException.class);

    assertThat(store.standing("u1")).isEqualTo(new Standing("u1", 0, 0, 0, 0, 0));
    assertThat(store.finishRound("u1", 0, 0, now)).as("still the first round today").isEqualTo(2);
  }

  @Test
  void anOpenRoundIsClosedAsInterruptedOnceWhenRecentAndQuietlyWhenOld() {
    store.roundStarted("u1", at(DAY1, 10));
    assertThat(store.closeInterruptedRound("u1", at(DAY1, 9))).isTrue();
    assertThat(store.closeInterruptedRound("u1", at(DAY1, 9))).as("told once").isFalse();

    store.roundStarted("u2", at(DAY1, 8));
    assertThat(store.closeInterruptedRound("u2", at(DAY1, 9))).as("too old").isFalse();
    store.roundStarted("u2", at(DAY1, 10));
    assertThat(store.closeInterruptedRound("u2", at(DAY1, 9))).isTrue();

    store.roundStarted("u3", at(DAY1, 10));
    store.roundStarted("u3", at(DAY1, 11)); // a new round replaces the row
    store.roundEnded("u3");
    assertThat(store.closeInterruptedRound("u3", at(DAY1, 9))).as("ended normally").isFalse();
  }

  @Test
  void aClosedStoreRefusesCallsAndClosesTwiceQuietly() throws Exception {
    store.close();
    store.close();

    assertThatThrownBy(() -> store.recordAnswer("u1", "q", true, at(DAY1, 10)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.standing("u1")).isInstanceOf(IllegalStateException.class);
    assertThat(Files.exists(dir.resolve("unionbot.db-wal")))
        .as("the last connection out checkpoints and removes the WAL")
        .isFalse();
  }
}
