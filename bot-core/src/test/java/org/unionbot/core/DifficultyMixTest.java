package org.unionbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.core.score.SqlScoreStore;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.quiz.QuizDifficulty;
import org.unionbot.knowledge.quiz.QuizItem;

/** A round mixes the difficulties the shared store's answer statistics give the items. */
class DifficultyMixTest {

  @TempDir Path data;

  @Test
  void aRoundTakesHardItemsBesideEasyOnesAndAsksThemLast() {
    KnowledgeBase kb = KnowledgeBase.bundled();
    List<QuizItem> items = kb.quizItems();
    List<String> hard = List.of(items.get(0).id(), items.get(1).id());
    try (SqlScoreStore scores = TestBots.scores(data)) {
      for (QuizItem item : items) {
        boolean right = !hard.contains(item.id());
        for (int i = 0; i < 20; i++) {
          scores.recordAnswer("wechat:others", item.id(), right, TestBots.CLOCK.instant());
        }
      }
      var stats = scores.itemStats().get(hard.get(0));
      assertThat(QuizDifficulty.of(stats.asked(), stats.right())).isEqualTo(QuizDifficulty.HARD);

      Bot bot = new Bot(kb, scores, TestBots.settings());
      List<String> asked = new ArrayList<>();
      Reply r = bot.handle(new Message.Text("wechat:player", "答题"));
      while (r.quiz().isPresent()) {
        asked.add(r.quiz().get().id());
        r = bot.handle(new Message.Text("wechat:player", "跳过"));
      }

      assertThat(asked).hasSize(5);
      assertThat(asked.subList(3, 5)).as("both hard items, easiest first").hasSameElementsAs(hard);
    }
  }
}
