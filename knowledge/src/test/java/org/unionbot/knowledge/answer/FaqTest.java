package org.unionbot.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.Content;
import org.unionbot.knowledge.Faq;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.QaSet;
import org.unionbot.knowledge.Source;
import org.unionbot.knowledge.Synonym;
import org.unionbot.knowledge.analysis.Synonyms;
import org.unionbot.knowledge.index.Semantic;
import org.unionbot.knowledge.index.Snapshot;

/** Curated question-and-answer pairs over the bundled notice. */
class FaqTest {

  /** Pairs an admin might add: questions the notice leaves open, and one it answers. */
  static final List<Faq> FAQS =
      List.of(
          new Faq("dues", "工会会费每月交多少？", "会费按本人每月工资收入的0.5%缴纳，由单位工会代扣。"),
          new Faq("join", "加入工会需要提交哪些材料？", "填写入会申请书，附身份证复印件，交所在单位工会。"),
          new Faq("station", "户外劳动者服务站在哪里？", "服务站地址可在“盐城工会”公众号的地图里查询。"),
          new Faq("library", "职工书屋几点开门？", "职工书屋每天9:00至17:00开放。"),
          new Faq("steps", "学深悟透分几个步骤？", "学深悟透分四步：传达学习、开展培训、宣传宣讲、落实落地。"),
          new Faq("next", "工会十九大什么时候召开？", "工会十九大的召开时间以全国总工会公布为准。"));

  static final List<Synonym> SYNONYMS = List.of(new Synonym("会员费", "会费"));

  /**
   * Paraphrases and the pair each asks: the extended set's own rows first (each labelled by reading
   * it, not by running the matcher), then reordered, colloquial, traditional, full-width and
   * synonym forms.
   */
  static final Map<String, String> PARAPHRASES = new LinkedHashMap<>();

  static {
    PARAPHRASES.put("工会会费每月交多少", "dues");
    PARAPHRASES.put("加入工会需要提交哪些材料", "join");
    PARAPHRASES.put("户外劳动者服务站具体在什么地方", "station");
    PARAPHRASES.put("职工书屋几点开门", "library");
    PARAPHRASES.put("学深悟透分为几个步骤", "steps");
    PARAPHRASES.put("學深悟透有幾個步驟", "steps");
    PARAPHRASES.put("工会十九大什么时候召开", "next");
    PARAPHRASES.put("请问工会会费每月要交多少呢", "dues");
    PARAPHRASES.put("我想知道每月工会会费交多少", "dues");
    PARAPHRASES.put("工會會費每月交多少？", "dues");
    PARAPHRASES.put("工会会员费每月交多少", "dues");
    PARAPHRASES.put("加入工会要提交哪些材料呀", "join");
    PARAPHRASES.put("请问户外劳动者服务站在哪儿", "station");
    PARAPHRASES.put("職工書屋幾點開門？", "library");
    PARAPHRASES.put("职工书屋几点开门呢", "library");
    PARAPHRASES.put("学深悟透分几个步骤啊", "steps");
    PARAPHRASES.put("学深悟透分几个步骤？", "steps");
    PARAPHRASES.put("工会十九大啥时候召开", "next");
    PARAPHRASES.put("工會十九大什麼時候召開", "next");
    // an extended-set row the pair's words alone missed; its vector confirms it (Faqs.SAME_MEANING)
    PARAPHRASES.put("学深悟透分为几步", "steps");
  }

  /** Questions on a pair's topic that ask something else: none may get the pair's answer. */
  static final List<String> NEAR_MISSES =
      List.of(
          "工会会费每年交多少",
          "工会会费怎么交",
          "工会会费交给谁",
          "会费可以退吗",
          "加入工会有什么好处",
          "加入工会需要什么条件",
          "退出工会需要提交哪些材料",
          "户外劳动者服务站有几个",
          "户外劳动者服务站提供什么服务",
          "户外劳动者服务站几点开门",
          "职工书屋几点关门",
          "职工书屋在哪里",
          "职工书屋有哪些书",
          "学深悟透的第二步是什么",
          "学深悟透第一步是什么",
          "学深悟透是什么意思",
          "工会十九大在哪里召开",
          "工会十八大什么时候召开",
          "工会十九大有什么新精神");

  static KnowledgeBase withFaqs() {
    return KnowledgeBase.of(
        new Content(List.of(KnowledgeBase.bundledNotice()), FAQS, SYNONYMS, List.of(), Set.of()),
        1);
  }

  /** The answerer of a knowledge base's content, for looking inside the FAQ match. */
  static Answerer answerer(KnowledgeBase kb) {
    Content c = kb.content();
    Synonyms synonyms = Synonyms.of(c.synonyms());
    return Answerer.of(
        Snapshot.build(1, kb.notices(), synonyms.words(), Semantic.current().embedder()),
        synonyms,
        c.faqs());
  }

  /** The id of the pair this question paraphrases, or null. */
  static String expectedFaq(String question) {
    return PARAPHRASES.get(question);
  }

  private static final KnowledgeBase WITH = withFaqs();
  private static final KnowledgeBase WITHOUT = KnowledgeBase.bundled();

  static Stream<String> paraphrases() {
    return PARAPHRASES.keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("paraphrases")
  void aPairsQuestionAndItsParaphrasesGetItsAnswerAndCiteIt(String question) {
    Faq faq = FAQS.stream().filter(f -> f.id().equals(PARAPHRASES.get(question))).findFirst().get();

    Answer a = WITH.answer(question);

    assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWER);
    assertThat(a.text()).isEqualTo(faq.answer());
    assertThat(a.sources())
        .containsExactly(new Source("faq:" + faq.id(), "常见问题", faq.question(), faq.answer()));
    assertThat(a.lowConfidence()).isFalse();
  }

  @Test
  void questionsThatAreNotParaphrasesKeepTheirAnswers() {
    List<String> changed = new ArrayList<>();
    int checked = 0;
    for (String set : List.of("/qa/qa-dev.tsv", "/eval/qa-extended.tsv")) {
      for (QaSet.Row r : QaSet.load(set).rows()) {
        if (PARAPHRASES.containsKey(r.question())) {
          continue;
        }
        checked++;
        Answer with = WITH.answer(r.question());
        Answer without = WITHOUT.answer(r.question());
        if (!with.text().equals(without.text()) || with.kind() != without.kind()) {
          changed.add(r.question() + " → " + with.text());
        }
      }
    }

    assertThat(checked).isGreaterThan(290);
    assertThat(changed).isEmpty();
  }

  @Test
  void aPairBeatsTheAnswerExtractedFromTheNotice() {
    assertThat(WITHOUT.answer("学深悟透分几个步骤").text()).contains("四个步骤“学深悟透”");

    assertThat(WITH.answer("学深悟透分几个步骤").text()).startsWith("学深悟透分四步");
  }

  static Stream<String> nearMisses() {
    return NEAR_MISSES.stream();
  }

  @ParameterizedTest
  @MethodSource("nearMisses")
  void aQuestionOnAPairsTopicThatAsksSomethingElseIsNotCaptured(String question) {
    Answer a = WITH.answer(question);

    assertThat(a.sources()).noneMatch(s -> s.doc().startsWith("faq:"));
    assertThat(a.text()).isEqualTo(WITHOUT.answer(question).text());
  }

  @Test
  void aPairRemovedInTheNextVersionIsNoLongerAnswered() {
    KnowledgeBase kb = withFaqs();
    assertThat(kb.answer("职工书屋几点开门").text()).contains("9:00");

    kb.install(
        KnowledgeBase.build(
            new Content(
                List.of(KnowledgeBase.bundledNotice()),
                FAQS.subList(0, 3),
                List.of(),
                List.of(),
                Set.of()),
            2));

    assertThat(kb.answer("职工书屋几点开门").kind()).isEqualTo(Answer.Kind.FALLBACK);
  }
}
