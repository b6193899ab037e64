package org.unionbot.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.NoticeText;
import org.unionbot.knowledge.QuestionBankTest;
import org.unionbot.knowledge.index.Passage;
import org.unionbot.knowledge.index.Snapshot;

/**
 * {@link ByShape#keyed}: a test question's key fills its blank, and only a verdict is a verdict.
 */
class KeyedTest {

  private static final Snapshot KB =
      FaqTest.answerer(
              KnowledgeBase.of(
                  List.of(new NoticeText("bank", Optional.empty(), QuestionBankTest.TEXT))))
          .index;

  private static Passage passage(String text) {
    return KB.passages.stream().filter(p -> p.text().strip().startsWith(text)).findFirst().get();
  }

  @Test
  void theKeyedOptionFillsTheQuestionsBlank() {
    Passage q = passage("2.劳动争议");
    assertThat(ByShape.keyed(KB, q, q.text())).contains("（B.一年）");
  }

  @Test
  void theLastOptionAboveTheKeyIsNoTrueOrFalseItem() {
    // D.三年 sits right above 答案：B, with no options after it: B keys the question, not D, which
    // is no option the key names
    Passage last = passage("D.三年");
    assertThat(ByShape.keyed(KB, last, "D.三年")).isEqualTo("D.三年（不是正确选项，答案：B）");
  }
}
