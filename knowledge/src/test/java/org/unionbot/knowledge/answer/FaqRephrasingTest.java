package org.unionbot.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.Content;
import org.unionbot.knowledge.Faq;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.Synonym;
import org.unionbot.knowledge.index.Semantic;

/**
 * FAQ pairs that catch rephrasings (issue 15): the calibration set of {@link Faqs#REPHRASED} and
 * {@link Faqs#SWAP}. A pair on a topic the notice lacks, rephrasings of it that share few of its
 * words, and questions on the same topic that ask something else or another topic's amount.
 * Measured cosines with the pair's question: rephrasings 0.82–0.98, unrelated questions of the same
 * kind at most 0.68, one-word-apart near misses 0.92–0.96 (told apart by their words).
 */
class FaqRephrasingTest {

  static final Faq HEAT = new Faq("heat", "高温津贴每个月多少钱", "每月300元，6月至9月随工资发放。");

  static final List<Faq> FAQS = List.of(HEAT, new Faq("dues", "工会会费每月交多少？", "会费按本人每月工资收入的0.5%缴纳。"));

  static final List<String> REPHRASINGS =
      List.of("高温补贴发多少", "高温费一个月给多少钱", "高温补贴一个月多少钱", "高温津贴每个月能拿多少钱");

  /** Same topic, another question; or another topic's amount; or one word apart. */
  static final List<String> NEAR_MISSES =
      List.of(
          "高温津贴每年多少钱",
          "高温补贴每天多少钱",
          "高温津贴怎么申请",
          "高温津贴什么时候发",
          "高温津贴谁能领",
          "高温天气怎么防暑",
          "取暖费发多少",
          "加班费怎么算",
          "工会会费一年交多少",
          "工会会费每年交多少");

  private static final KnowledgeBase PLAIN = kb(List.of(), Semantic.current());
  private static final KnowledgeBase WITH_SYNONYM =
      kb(List.of(new Synonym("高温费", "高温津贴")), Semantic.current());

  static KnowledgeBase kb(List<Synonym> synonyms, Semantic semantic) {
    return KnowledgeBase.of(
        new Content(List.of(KnowledgeBase.bundledNotice()), FAQS, synonyms, List.of(), Set.of()),
        1,
        semantic);
  }

  static Stream<String> rephrasings() {
    return REPHRASINGS.stream();
  }

  static Stream<String> nearMisses() {
    return NEAR_MISSES.stream();
  }

  @ParameterizedTest
  @MethodSource("rephrasings")
  void aRephrasingThatSharesFewWordsGetsThePairsAnswer(String question) {
    assertThat(PLAIN.answer(question).text()).isEqualTo(HEAT.answer());
    assertThat(WITH_SYNONYM.answer(question).text()).isEqualTo(HEAT.answer());
  }

  @ParameterizedTest
  @MethodSource("nearMisses")
  void aQuestionThatAsksSomethingElseDoesNotGetAPairsAnswer(String question) {
    for (KnowledgeBase kb : List.of(PLAIN, WITH_SYNONYM)) {
      Answer a = kb.answer(question);
      assertThat(a.sources()).as(question).noneMatch(s -> s.doc().startsWith("faq:"));
    }
  }

  @Test
  void anAlternativeWordingIsMatchedLikeTheQuestion() {
    Faq heat = HEAT.withAlternatives(List.of("夏天的防暑降温费有多少"));
    KnowledgeBase kb =
        KnowledgeBase.of(
            new Content(
                List.of(KnowledgeBase.bundledNotice()),
                List.of(heat),
                List.of(),
                List.of(),
                Set.of()),
            1,
            Semantic.off());

    assertThat(kb.answer("夏天的防暑降温费有多少？").text()).isEqualTo(HEAT.answer());
    assertThat(kb.answer("夏天防暑降温费有多少呢").text()).isEqualTo(HEAT.answer());
    assertThat(kb.answer("高温津贴每个月多少钱").text()).isEqualTo(HEAT.answer());
    assertThat(kb.answer("防暑降温费怎么申请").sources()).noneMatch(s -> s.doc().startsWith("faq:"));
  }

  @Test
  void lexicalOnlyStillMatchesExactAndNearExactWordings() {
    KnowledgeBase lexical = kb(List.of(), Semantic.off());

    assertThat(lexical.answer("高温津贴每个月多少钱？").text()).isEqualTo(HEAT.answer());
    assertThat(lexical.answer("请问高温津贴每个月多少钱呢").text()).isEqualTo(HEAT.answer());
    assertThat(lexical.answer("高溫津貼每個月多少錢").text()).isEqualTo(HEAT.answer());
    assertThat(lexical.answer("取暖费发多少").sources()).noneMatch(s -> s.doc().startsWith("faq:"));
  }

  @Test
  void theNearestPairsOfAnUnansweredQuestionAreProposedNearestFirst() {
    List<Faqs.Match> near = PLAIN.nearestFaqs("夏天高温补贴能拿多少", 2);

    assertThat(near).extracting(m -> m.faq().id()).containsExactly("heat", "dues");
    assertThat(near.get(0).score()).isGreaterThan(near.get(1).score());
    assertThat(kb(List.of(), Semantic.off()).nearestFaqs("高温津贴每个月多少", 2))
        .extracting(m -> m.faq().id())
        .startsWith("heat");
  }

  @Test
  void twoPairsMayNotShareAWording() {
    List<Faq> clash = List.of(HEAT, new Faq("other", "高温怎么办", "注意防暑。", List.of("高温津贴每个月多少钱？")));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                KnowledgeBase.build(
                    new Content(
                        List.of(KnowledgeBase.bundledNotice()),
                        clash,
                        List.of(),
                        List.of(),
                        Set.of()),
                    1,
                    Semantic.off()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("是同一个问题");
  }
}
