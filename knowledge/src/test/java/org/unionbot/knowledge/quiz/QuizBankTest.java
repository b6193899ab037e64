package org.unionbot.knowledge.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unionbot.knowledge.KnowledgeBase;

/** The quiz bank as the knowledge base serves it: per version, regenerated on change. */
class QuizBankTest {

  @Test
  void theKnowledgeBaseServesAnImmutableBankForItsVersion() {
    KnowledgeBase kb = KnowledgeBase.bundled();
    List<QuizItem> items = kb.quizItems();

    assertThat(items).hasSizeGreaterThanOrEqualTo(30).allMatch(i -> i.doc().equals("notice"));
    assertThatThrownBy(() -> items.add(items.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(kb.quizItems()).isSameAs(items);
  }

  @Test
  void replacingTheNoticesRegeneratesTheBankAndTheSameTextKeepsItsIds() {
    KnowledgeBase kb = KnowledgeBase.bundled();
    List<QuizItem> before = kb.quizItems();

    kb.replace(List.of(QuizNotices.text("counted", QuizNotices.COUNTED)));
    assertThat(kb.quizItems()).isNotEmpty().allMatch(i -> i.doc().equals("counted"));

    kb.replace(List.of(KnowledgeBase.bundledNotice()));
    assertThat(kb.quizItems()).isEqualTo(before);
  }
}
