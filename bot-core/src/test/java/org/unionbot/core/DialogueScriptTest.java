package org.unionbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unionbot.core.contest.ContestStore;
import org.unionbot.core.intent.Referral;
import org.unionbot.core.score.ScoreStore;
import org.unionbot.core.score.SqlScoreStore;
import org.unionbot.knowledge.KnowledgeBase;

/** Runs every dialogue script ({@link DialogueScript}) through {@link Bot}, one user a script. */
class DialogueScriptTest {

  private static KnowledgeBase kb;

  @TempDir Path data;
  private org.unionbot.core.store.SqliteDatabase db;
  private Bot bot;

  @BeforeAll
  static void knowledge() {
    kb = KnowledgeBase.bundled();
  }

  @BeforeEach
  void open() {
    db = org.unionbot.core.store.SqliteDatabase.open(data);
    ContestStore contests = new ContestStore(db, TestBots.CLOCK, TestBots.ZONE);
    contests.units().replace(DialogueScript.units());
    ScoreStore scores = SqlScoreStore.on(db, TestBots.CLOCK, TestBots.ZONE);
    bot =
        new Bot(
            kb,
            scores,
            TestBots.settings(),
            QuestionLog.NONE,
            Referral.fixed(),
            Optional.of(contests));
  }

  @AfterEach
  void close() {
    db.close();
  }

  static Stream<String> scripts() {
    return DialogueScript.FILES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void everyStepGetsItsKindAndKeyWords(String file) {
    DialogueScript script = DialogueScript.load(file);
    assertThat(script.steps()).isNotEmpty();
    List<String> failures = new ArrayList<>();
    for (DialogueScript.Step step : script.steps()) {
      Reply r = bot.handle(new Message.Text("wechat:" + file, step.says()));
      String wrong = step.check(r.kind().wireName(), r.text());
      if (!wrong.isEmpty()) {
        failures.add(wrong);
      }
    }
    assertThat(failures).as(file).isEmpty();
  }
}
