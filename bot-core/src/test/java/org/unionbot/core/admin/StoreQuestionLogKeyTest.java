package org.unionbot.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unanswered questions are grouped by a key that ignores how a worker happened to type them. */
class StoreQuestionLogKeyTest {

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
    assertThat(StoreQuestionLog.key(asked)).isEqualTo(StoreQuestionLog.key(as));
  }

  @Test
  void runsOfSpacesAreOneSpace() {
    assertThat(StoreQuestionLog.key("work  hours")).isEqualTo("work hours");
  }
}
