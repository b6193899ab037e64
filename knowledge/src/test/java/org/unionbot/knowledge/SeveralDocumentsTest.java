package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.unionbot.knowledge.quiz.QuizItem;

/** Two or three notices in one knowledge base, and a notice taken out again. */
class SeveralDocumentsTest {

  private static final NoticeText A = KnowledgeBase.bundledNotice();
  private static final NoticeText B =
      new NoticeText("reading", Optional.empty(), QaSet.text("/eval/notice-b.txt"));
  private static final NoticeText C =
      new NoticeText("hospital", Optional.empty(), QaSet.text("/eval/notice-c.md"));
  private static final KnowledgeBase ABC = KnowledgeBase.of(List.of(A, B, C));

  @Test
  void eachNoticesQuestionsAreMostlyAnsweredFromItAndNamedByTitle() {
    int answered = 0;
    int rows = 0;
    for (QaSet.Row r : QaSet.load("/eval/qa-notice-b.tsv").rows()) {
      if (r.refusal()) {
        continue;
      }
      rows++;
      Answer a = ABC.answer(r.question());
      if (r.passes(a)) {
        answered++;
        assertThat(a.text()).contains("《“书香工会·悦享阅读”职工读书学习活动》");
      }
    }

    assertThat(answered).isGreaterThanOrEqualTo(rows * 8 / 10);
  }

  @Test
  void anUntitledNoticeIsNamedByTheActivityItsLeadNames() {
    KnowledgeBase kb =
        KnowledgeBase.of(
            List.of(
                A, new NoticeText("blood", Optional.empty(), QaSet.text("/eval/notice-f.txt"))));
    String name = "《“热血工会·爱心同行”职工无偿献血活动》";

    assertThat(kb.answer("献血有什么注意事项").text()).contains(name).doesNotContain("未命名");
    assertThat(kb.summary()).contains(name);
    assertThat(kb.outline())
        .contains("「“热血工会·爱心同行”职工无偿献血活动」要点：\n全文不分节，可以直接提问。")
        .doesNotContain("「」");
  }

  @Test
  void theOutlineListsEveryNotice() {
    assertThat(ABC.outline())
        .contains("「市总工会下发《通知》")
        .contains("「临川区总工会印发通知")
        .contains("「江海市第一人民医院工会开展")
        .contains("学深悟透", "深化理论学习", "岗位技能练兵");
  }

  @Test
  void theQuizDrawsOnEveryNotice() {
    Set<String> docs = ABC.quizItems().stream().map(QuizItem::doc).collect(Collectors.toSet());

    assertThat(docs).containsExactlyInAnyOrder("notice", "reading", "hospital");
  }

  @Test
  void suggestionsComeFromTheNoticesAndAreAnswered() {
    Answer refused = ABC.answer("今天天气怎么样");

    assertThat(refused.suggestions()).hasSize(3);
    for (String s : refused.suggestions()) {
      assertThat(ABC.answer(s).kind()).as(s).isEqualTo(Answer.Kind.ANSWER);
    }
  }

  @Test
  void aTitleOrBylineQuestionNamesEachNotice() {
    assertThat(ABC.answer("通知的标题是什么").text())
        .contains("3篇通知", "《市总工会下发〈通知〉 指导职工学习工会十八大精神》", "《临川区总工会印发通知");
    assertThat(ABC.answer("记者是谁").text()).contains("张兆领", "李明");
  }

  @Test
  void withoutASignatureTheDateAndIssuerComeFromEachLeadThatSaysSo() {
    // neither news-style notice has a signature; each says in its lead who issued it when
    String both = KnowledgeBase.of(List.of(A, B)).answer("发文日期").text();
    assertThat(both)
        .contains("“11月8日，市总工会发出专门通知”", "“3月15日，临川区总工会印发《关于开展2024年")
        .contains("《职工学习工会十八大精神》", "《“书香工会·悦享阅读”职工读书学习活动》")
        .hasSizeLessThan(150);
    Answer one = KnowledgeBase.of(List.of(A)).answer("上面啥时候下的文");
    assertThat(one.text()).isEqualTo("通知没有落款，开头写的是：“11月8日，市总工会发出专门通知”。");
    assertThat(one.sources()).extracting(Source::section).containsExactly("导语");
    assertThat(KnowledgeBase.of(List.of(A)).answer("谁下的文").text()).contains("市总工会发出专门通知");
  }

  @Test
  void aRemovedNoticeIsNeverAnswered() {
    KnowledgeBase kb = KnowledgeBase.of(List.of(A, B));
    List<QaSet.Row> fromB = new ArrayList<>();
    for (QaSet.Row r : QaSet.load("/eval/qa-notice-b.tsv").rows()) {
      Answer a = kb.answer(r.question());
      if (!r.refusal() && r.passes(a) && a.sources().get(0).doc().equals("reading")) {
        fromB.add(r);
      }
    }
    assertThat(fromB).hasSizeGreaterThan(25);

    kb.install(KnowledgeBase.build(Content.of(List.of(A)), 2));

    int fellBack = 0;
    for (QaSet.Row r : fromB) {
      Answer a = kb.answer(r.question());
      assertThat(a.sources()).as(r.question()).noneMatch(s -> s.doc().equals("reading"));
      assertThat(a.text()).as(r.question()).doesNotContain("临川", "书香");
      fellBack += a.answered() ? 0 : 1;
    }
    assertThat(fellBack).isGreaterThanOrEqualTo(fromB.size() * 7 / 10);
  }

  @Test
  void aSentenceThatTakesJoiningAsDoneDoesNotSayWhetherOneMayJoin() {
    NoticeText aid = new NoticeText("aid", Optional.empty(), QaSet.text("/eval/notice-h.txt"));

    // the aid regulations say 已加入工会的新就业形态劳动者，可以…参加 (of their scheme): alone, the closest
    // sentence, never a sure answer to whether one may join
    Answer alone = KnowledgeBase.of(List.of(aid)).answer("外卖骑手能不能加入工会");
    assertThat(alone.lowConfidence()).isTrue();
    // beside the bundled notice, whose 入会 is the shortening of 入工会 and 加入工会, that one answers
    KnowledgeBase both = KnowledgeBase.of(List.of(A, aid));
    assertThat(both.answer("骑手能入工会吗").text()).contains("新就业形态劳动者入会权利");
    assertThat(both.answer("外卖骑手能不能加入工会").text()).contains("新就业形态劳动者入会权利").doesNotContain("已加入工会");
  }

  @Test
  void theTitleAskedByTheNoticesKindIsThatNoticesTitle() {
    KnowledgeBase kb =
        KnowledgeBase.of(
            List.of(
                A,
                new NoticeText("u", java.util.Optional.empty(), QaSet.text("/eval/notice-u.txt"))));

    // 公示 names one of the two: its title, not the list of both
    assertThat(kb.answer("这是什么公示").text()).contains("拟推荐对象的公示").doesNotContain("指导职工学习工会十八大精神");
  }
}
