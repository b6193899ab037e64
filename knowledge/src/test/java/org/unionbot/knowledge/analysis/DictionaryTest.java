package org.unionbot.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.unionbot.knowledge.KnowledgeBase;

class DictionaryTest {

  private static final Segmenter KB =
      Segmenter.create(Dictionary.terms(KnowledgeBase.bundled().notices()));

  private static List<String> words(Segmenter s, String text) {
    return s.words(text).stream().map(Token::word).toList();
  }

  @Test
  void theNoticesKeyTermsBecomeWholeWords() {
    assertThat(words(KB, "学深悟透分为几个步骤")).contains("学深悟透");
    assertThat(words(KB, "认真学习工会十八大的内容")).contains("工会十八大");
    assertThat(words(KB, "重视维护新就业形态劳动者的合法权益")).contains("新就业形态劳动者");
    assertThat(words(KB, "推进户外劳动者服务站建设")).contains("户外劳动者服务站");
  }

  @Test
  void aDictionaryWordHanLpKnowsKeepsItsPartOfSpeech() {
    Segmenter s = Segmenter.create(List.of("打通", "户外劳动者服务站"));

    assertThat(s.words("联系电话什么时间能打通"))
        .filteredOn(t -> t.word().equals("打通"))
        .extracting(Token::pos)
        .allMatch(pos -> pos.startsWith("v"));
    assertThat(s.words("推进户外劳动者服务站建设"))
        .filteredOn(t -> t.word().equals("户外劳动者服务站"))
        .extracting(Token::pos)
        .containsExactly("nz");
  }

  @Test
  void withoutTheDictionaryHanLpSplitsThem() {
    Segmenter plain = Segmenter.create(List.of());

    assertThat(words(plain, "学深悟透分为几个步骤")).doesNotContain("学深悟透");
    assertThat(words(plain, "推进户外劳动者服务站建设")).doesNotContain("户外劳动者服务站");
  }

  @Test
  void aNewSegmenterLeavesTheOldOneAlone() {
    Segmenter before = Segmenter.create(List.of());
    Segmenter after = Segmenter.create(List.of("户外劳动者服务站"));

    assertThat(words(after, "推进户外劳动者服务站建设")).contains("户外劳动者服务站");
    assertThat(words(before, "推进户外劳动者服务站建设")).doesNotContain("户外劳动者服务站");
  }

  @Test
  void normalisesTraditionalAndFullWidthText() {
    assertThat(Segmenter.normalize("工會十八大報告從幾個方面總結")).isEqualTo("工会十八大报告从几个方面总结");
    assertThat(Segmenter.normalizeChars("ＡＢＣ１２３，")).isEqualTo("abc123，");
    assertThat(words(KB, "學深悟透")).containsExactly("学深悟透");
  }

  @Test
  void segmentsConsistentlyUnderConcurrentQueries() throws Exception {
    String text = "全市各级工会要把学习习近平总书记重要讲话精神作为各级工会院校教育培训的必修课";
    List<String> expected = words(KB, text);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> results =
          pool.invokeAll(java.util.Collections.nCopies(400, () -> words(KB, text)));
      for (Future<List<String>> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
