package org.unionbot.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionKeyTest {

  @Test
  void groupingKeysIgnoreSpacingWidthScriptCaseAndTrailingPunctuation() {
    String key = QuestionKey.of("工会会费怎么交");
    for (String q : List.of("工会会费怎么交？", " 工会会费怎么交 ", "工會會費怎麼交", "工会会费怎么交!!", "工会会费怎么交。")) {
      assertThat(QuestionKey.of(q)).as(q).isEqualTo(key);
    }
    assertThat(QuestionKey.of("WiFi  密码 ？")).isEqualTo(QuestionKey.of("ｗｉｆｉ密码"));
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
