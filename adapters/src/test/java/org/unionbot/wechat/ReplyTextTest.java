package org.unionbot.wechat;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplyTextTest {

  @Test
  void textThatFitsIsUntouched() {
    String exact = "工".repeat(682) + "ab"; // 2046 + 2 bytes

    assertThat(ReplyText.truncateUtf8(exact, 2048)).isSameAs(exact);
    assertThat(ReplyText.truncateUtf8("", 0)).isEmpty();
  }

  @Test
  void cutsAtTheLastSentenceEndThatFits() {
    String text = "第一句。第二句！第三句？第四句；第五句\n第六句";

    assertThat(ReplyText.truncateUtf8(text, 30)).isEqualTo("第一句。第二句！");
    assertThat(ReplyText.truncateUtf8(text, 57)).isEqualTo("第一句。第二句！第三句？第四句；");
    assertThat(ReplyText.truncateUtf8(text, 58)).isEqualTo("第一句。第二句！第三句？第四句；第五句\n");
  }

  @Test
  void cutsAtACharacterWhenTheLastSentenceEndIsTooEarly() {
    String text = "好。" + "工".repeat(1000);

    String cut = ReplyText.truncateUtf8(text, 2048);

    assertThat(cut).startsWith("好。工").hasSize(2 + 680);
    assertThat(cut.getBytes(UTF_8)).hasSize(6 + 680 * 3);
  }

  @ParameterizedTest
  @CsvSource({"1, 0", "2, 0", "3, 0", "4, 2", "5, 2", "7, 2", "8, 4"})
  void neverSplitsASurrogatePair(int maxBytes, int expectedChars) {
    String emoji = "\uD83D\uDE00\uD83D\uDE01\uD83D\uDE02"; // 4 bytes each

    String cut = ReplyText.truncateUtf8(emoji, maxBytes);

    assertThat(cut).hasSize(expectedChars);
    assertThat(cut).isEqualTo(emoji.substring(0, expectedChars));
  }

  @Test
  void countsMixedWidthsExactly() {
    String text = "a" + "é" + "工" + "\uD83D\uDE00"; // 1 + 2 + 3 + 4 bytes

    assertThat(ReplyText.truncateUtf8(text, 6)).isEqualTo("aé工");
    assertThat(ReplyText.truncateUtf8(text, 9)).isEqualTo("aé工");
    assertThat(ReplyText.truncateUtf8(text, 10)).isEqualTo(text);
    assertThat(ReplyText.utf8Length(text)).isEqualTo(10);
  }

  @Test
  void refusesANegativeBudget() {
    assertThatIllegalArgumentException().isThrownBy(() -> ReplyText.truncateUtf8("x", -1));
  }

  @Test
  void xmlSafeKeepsTabLineFeedAndEverythingLegal() {
    assertThat(ReplyText.xmlSafe("a\tb\nc\u007F\u0085\uFFFD\uD83D\uDE00"))
        .isEqualTo("a\tb\nc\u007F\u0085\uFFFD\uD83D\uDE00");
    assertThat(ReplyText.xmlSafe("\uDE00\uD83D")).isEmpty(); // reversed pair: two lone halves
    assertThat(ReplyText.xmlSafe("a\r\n\rb")).isEqualTo("a\n\nb");
  }

  @Test
  void cdataSplitsEveryTerminator() {
    assertThat(ReplyText.cdata("a]]>b]]>"))
        .isEqualTo("<![CDATA[a]]]]><![CDATA[>b]]]]><![CDATA[>]]>");
  }
}
