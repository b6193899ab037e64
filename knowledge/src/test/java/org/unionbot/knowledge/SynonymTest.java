package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unionbot.knowledge.analysis.Synonyms;
import org.unionbot.knowledge.index.Snapshot;

/** Admins' synonyms: a worker's word read as the notice's. */
class SynonymTest {

  private static final List<Synonym> SYNONYMS =
      List.of(
          new Synonym("网约配送骑士", "新就业形态劳动者"),
          new Synonym("比赛", "竞赛"),
          new Synonym("跑腿小哥", "网约配送骑士"));

  private static KnowledgeBase kb(List<Synonym> synonyms) {
    return KnowledgeBase.of(
        new Content(
            List.of(KnowledgeBase.bundledNotice()), List.of(), synonyms, List.of(), Set.of()),
        1);
  }

  private static final KnowledgeBase WITH = kb(SYNONYMS);
  private static final KnowledgeBase WITHOUT = kb(List.of());

  @Test
  void aQuestionUsingTheTermIsAnsweredFromThePassageAboutTheCanonicalWord() {
    String question = "章程明确了网约配送骑士的什么权利";

    assertThat(WITHOUT.answer(question).kind()).isEqualTo(Answer.Kind.FALLBACK);
    Answer a = WITH.answer(question);
    assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWER);
    assertThat(a.text()).contains("新就业形态劳动者入会权利");
  }

  @Test
  void aChainReadsTheFirstTermAsTheLastWord() {
    Answer a = WITH.answer("章程明确了跑腿小哥的什么权利");

    assertThat(a.text()).contains("入会权利");
  }

  @Test
  void termsJoinTheDictionaryOfTheirVersionOnly() {
    assertThat(WITH.snapshot().segmenter.dictionary()).contains("网约配送骑士", "跑腿小哥");
    assertThat(WITHOUT.snapshot().segmenter.dictionary()).doesNotContain("网约配送骑士", "跑腿小哥");
  }

  @Test
  void traditionalAndFullWidthFormsOfATermAreReadAsWell() {
    assertThat(WITH.answer("章程明確了網約配送騎士的什麼權利？").text()).contains("入会权利");
  }

  @Test
  void aTermIsReplacedOnlyWhereItIsAWholeWord() {
    Synonyms synonyms = Synonyms.of(List.of(new Synonym("工人", "职工")));
    Snapshot s = kb(List.of(new Synonym("工人", "职工"))).snapshot();

    assertThat(synonyms.rewrite("工人要发挥什么作用", s.segmenter)).isEqualTo("职工要发挥什么作用");
    assertThat(synonyms.rewrite("员工人数有多少", s.segmenter)).isEqualTo("员工人数有多少");
  }

  @Test
  void theNextVersionWithoutTheSynonymNoLongerReadsIt() {
    KnowledgeBase kb = kb(SYNONYMS);
    kb.install(
        KnowledgeBase.build(
            new Content(
                List.of(KnowledgeBase.bundledNotice()), List.of(), List.of(), List.of(), Set.of()),
            2));

    assertThat(kb.answer("章程明确了网约配送骑士的什么权利").kind()).isEqualTo(Answer.Kind.FALLBACK);
  }

  @Test
  void badSynonymsAreRefusedWithAReason() {
    assertThatThrownBy(() -> kb(List.of(new Synonym("比赛", "比赛"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("比赛")
        .hasMessageContaining("相同");
    assertThatThrownBy(() -> kb(List.of(new Synonym("比賽", "比赛"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("相同");
    assertThatThrownBy(() -> kb(List.of(new Synonym(" ", "竞赛"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("不能为空");
    assertThatThrownBy(
            () ->
                kb(
                    List.of(
                        new Synonym("甲方", "乙方"), new Synonym("乙方", "丙方"), new Synonym("丙方", "甲方"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("成环")
        .hasMessageContaining("甲方 → 乙方 → 丙方 → 甲方");
    assertThatThrownBy(() -> kb(List.of(new Synonym("比赛", "竞赛"), new Synonym("比赛", "大比武"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("两个标准词");
  }
}
