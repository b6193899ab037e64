package org.unionbot.core.intent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unionbot.core.Reply;

class PhoneTextTest {

  private static String sentences(int n) {
    return "职工书屋每天开放，欢迎大家来读书。".repeat(n);
  }

  @Test
  void aReplyThatFitsOneScreenIsKeptWhole() {
    String text = sentences(10);
    assertThat(PhoneText.of(Reply.of(Reply.Kind.ANSWER, text))).isEqualTo(text);
  }

  @Test
  void aLongAnswerIsCutAtASentenceEndAndPointsToTheFullText() {
    String cut = PhoneText.of(Reply.of(Reply.Kind.ANSWER, sentences(40)));

    assertThat(cut.codePointCount(0, cut.length())).isLessThanOrEqualTo(PhoneText.SCREEN);
    assertThat(cut).endsWith("。…\n回复“详细说说”看全文");
  }

  @Test
  void aLongFullTextPointsToTheNextParagraphInstead() {
    String cut = PhoneText.of(Reply.of(Reply.Kind.ANSWER, "【某一节】原文段落：\n" + sentences(40)));

    assertThat(cut.codePointCount(0, cut.length())).isLessThanOrEqualTo(PhoneText.SCREEN);
    assertThat(cut).endsWith("…\n回复“还有呢”看下一段").doesNotContain("详细说说");
  }

  @Test
  void anEmojiIsNeverSplit() {
    String cut = PhoneText.of(Reply.of(Reply.Kind.ANSWER, "😀".repeat(400)));

    assertThat(cut).doesNotContain("\uFFFD");
    assertThat(Character.isHighSurrogate(cut.charAt(cut.indexOf('…') - 1))).isFalse();
  }
}
