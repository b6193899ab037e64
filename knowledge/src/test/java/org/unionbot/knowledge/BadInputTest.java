package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What chat really sends, with semantic recall on: every input is answered or refused, never an
 * exception, and a refusal still offers questions to ask.
 */
class BadInputTest {

  private static final KnowledgeBase KB = KnowledgeBase.bundled();

  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of("2,000 characters", "学深悟透分为几个步骤".repeat(200)),
        Arguments.of("2,000 characters of noise", "啊哈".repeat(1000)),
        Arguments.of("emoji only", "👍👍😀🎉"),
        Arguments.of("emoji around a question", "🤔学深悟透分为几个步骤？🙏"),
        Arguments.of("mixed scripts", "ZhuYin ㄅㄆㄇ 한국어 русский 工会 ١٢٣ 十八大 αβγ"),
        Arguments.of("a lone high surrogate", "学深悟透\uD83D分为几个步骤"),
        Arguments.of("a lone low surrogate", "\uDC00"),
        Arguments.of("control characters", "工会\u0000\u0007\u001B[31m十八大"),
        Arguments.of("only whitespace and punctuation", " \t\n？！。，…… "),
        Arguments.of("a zero-width joiner run", "\u200D\u200D\u200D"),
        Arguments.of("private-use characters", "\uE000\uE001\uF8FF"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void isAnsweredOrRefusedWithoutAnException(String name, String input) {
    Answer a = KB.answer(input);

    assertThat(a.text()).isNotBlank();
    if (!a.answered()) {
      assertThat(a.suggestions()).isNotEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void theNextQuestionIsStillAnswered(String name, String input) {
    KB.answer(input);

    assertThat(KB.answer("学深悟透分为几个步骤").text()).contains("四个步骤");
  }
}
