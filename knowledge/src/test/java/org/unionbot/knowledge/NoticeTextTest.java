package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NoticeTextTest {

  private static final String TEXT =
      """
      关于开展职工书屋读书月活动的通知

      各基层工会：

      职工书屋周一至周五开放，欢迎职工借阅。
      """;

  @Test
  void theGivenTitleWins() {
    assertThat(new NoticeText("a", Optional.of("读书月"), TEXT).resolvedTitle()).isEqualTo("读书月");
  }

  @Test
  void withoutAGivenTitleTheTextsTitleLineIsTheTitle() {
    assertThat(new NoticeText("a", Optional.empty(), TEXT).resolvedTitle())
        .isEqualTo("关于开展职工书屋读书月活动的通知");
    assertThat(new NoticeText("a", Optional.of("  "), TEXT).resolvedTitle())
        .isEqualTo("关于开展职工书屋读书月活动的通知");
  }
}
