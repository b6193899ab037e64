package org.unionbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.core.score.ScoreStore;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.quiz.QuizItem;

/** "考考我" after an answer: one item of that section, scored once, never graded twice. */
class PracticeTest {

  @TempDir Path data;

  @Test
  void oneItemOfTheAnswersSectionIsScoredOnceAndARetryIsNotGraded() {
    KnowledgeBase kb = KnowledgeBase.bundled();
    try (ScoreStore scores = TestBots.scores(data)) {
      Bot bot = new Bot(kb, scores, TestBots.settings());
      String user = "wechat:practice";
      Reply answer = bot.handle(new Message.Text(user, "学深悟透分为几个步骤"));
      assertThat(answer.text()).contains("回复“考考我”");
      String section = answer.sources().get(0).section();

      Reply asked = bot.handle(new Message.Text(user, "考考我"));
      assertThat(asked.kind()).isEqualTo(Reply.Kind.QUIZ);
      assertThat(asked.quiz().orElseThrow().total()).isEqualTo(1);
      QuizItem item =
          kb.quizItems().stream()
              .filter(i -> i.id().equals(asked.quiz().orElseThrow().id()))
              .findFirst()
              .orElseThrow();
      assertThat(item.section()).isEqualTo(section);

      String right =
          item.type() == QuizItem.Type.CHOICE
              ? String.valueOf((char) ('A' + item.correctIndex()))
              : item.answer();
      Reply graded = bot.handle(new Message.Text(user, right));
      assertThat(graded.kind()).isEqualTo(Reply.Kind.GRADE);
      assertThat(graded.grade().orElseThrow().correct()).isTrue();
      assertThat(graded.text()).contains("总积分");
      int points = scores.standing(user, Bot.Settings.RANKED_BY_DEFAULT).points();
      assertThat(points).isEqualTo(1); // the item's point, no round bonus

      Reply retry = bot.handle(new Message.Text(user, right));
      assertThat(retry.kind()).isNotEqualTo(Reply.Kind.GRADE);
      assertThat(scores.standing(user, Bot.Settings.RANKED_BY_DEFAULT).points()).isEqualTo(points);
    }
  }
}
