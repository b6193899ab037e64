package org.unionbot.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unanswered questions are grouped by a key that ignores how a worker happened to type them. */
class QuestionKeyTest {

  @ParameterizedTest(name = "\"{0}\" is grouped with \"{1}\"")
  @CsvSource({
    "工会会费怎么交？, 工会会费怎么交",
    "' 工会会费怎么交 ', 工会会费怎么交",
    "工會會費怎麼交, 工会会费怎么交",
    "工会会费怎么交!!, 工会会费怎么交",
    "工会会费怎么交。, 工会会费怎么交",
    "'WiFi  密码 ？', ｗｉｆｉ密码"
  })
  void groupingKeysIgnoreSpacingWidthScriptCaseAndTrailingPunctuation(String asked, String as) {
    assertThat(QuestionKey.of(asked)).isEqualTo(QuestionKey.of(as));
  }

  @Test
  void runsOfSpacesAreOneSpace() {
    assertThat(QuestionKey.of("work  hours")).isEqualTo("work hours");
  }

  @Test
  void longQuestionsAreCutWithoutSplittingACharacter() {
    String emoji = "\uD83D\uDE00"; // one character, two chars
    String question = "问".repeat(QuestionKey.MAX_TEXT - 1) + emoji + "问";

    assertThat(QuestionKey.of(question)).isEqualTo("问".repeat(QuestionKey.MAX_TEXT - 1));
    assertThat(QuestionKey.text("  a \n b  " + "问".repeat(200)))
        .startsWith("a b 问")
        .hasSize(QuestionKey.MAX_TEXT);
  }
}
