package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which answers are low-confidence, for the admins' list of unanswered questions. */
class ConfidenceTest {

  private static final KnowledgeBase KB = KnowledgeBase.bundled();

  @Test
  void anExactOutlineAnswerIsConfident() {
    Answer a = KB.answer("学深悟透分为几个步骤");

    assertThat(a.confidence()).isEqualTo(1.0);
    assertThat(a.lowConfidence()).isFalse();
  }

  @Test
  void anOutlineSectionWithAnotherCountIsLowConfidence() {
    Answer a = KB.answer("通知要求学习哪两方面的精神");

    assertThat(a.answered()).isTrue();
    assertThat(a.lowConfidence()).isTrue();
  }

  @Test
  void anAnswerMissingPartOfTheQuestionIsLowConfidence() {
    Answer a = KB.answer("章程这次改了啥");

    assertThat(a.answered()).isTrue();
    assertThat(a.confidence()).isBetween(0.0, Answer.LOW_CONFIDENCE);
    assertThat(a.lowConfidence()).isTrue();
  }

  @Test
  void mostRightAnswersOfTheExtendedSetAreConfident() {
    int right = 0;
    int low = 0;
    for (QaSet.Row r : QaSet.load("/eval/qa-extended.tsv").rows()) {
      Answer a = KB.answer(r.question());
      if (!r.refusal() && r.passes(a)) {
        right++;
        low += a.lowConfidence() ? 1 : 0;
      }
    }

    assertThat(low).isLessThanOrEqualTo(right / 10);
  }

  @Test
  void aFallbackIsNotAnAnswerAndHasNoConfidence() {
    Answer a = KB.answer("今天天气怎么样");

    assertThat(a.confidence()).isZero();
    assertThat(a.lowConfidence()).isFalse();
  }

  @Test
  void theOlderConstructorsStillWork() {
    Answer answer = new Answer(Answer.Kind.ANSWER, "x", List.of(), List.of());
    Answer fallback = new Answer(Answer.Kind.FALLBACK, "y", List.of(), List.of(), "");

    assertThat(answer.confidence()).isEqualTo(1.0);
    assertThat(fallback.confidence()).isZero();
  }
}
