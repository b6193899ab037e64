package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What {@link KnowledgeBase#build} refuses, and that the reason names the culprit. */
class ContentCheckTest {

  private static final NoticeText A = KnowledgeBase.bundledNotice();

  private static void build(List<NoticeText> docs, List<Faq> faqs) {
    KnowledgeBase.build(new Content(docs, faqs, List.of(), List.of(), Set.of()), 1);
  }

  @Test
  void aDocumentWithoutASentenceToAnswerFrom() {
    NoticeText empty = new NoticeText("empty", Optional.of("空通知"), "   \n\n");

    assertThatThrownBy(() -> build(List.of(A, empty), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("空通知")
        .hasMessageContaining("没有可以回答问题的正文");
  }

  @Test
  void twoDocumentsWithOneId() {
    NoticeText again = new NoticeText(A.id(), Optional.of("另一篇"), "另一篇\n\n5月1日，工会发出通知。");

    assertThatThrownBy(() -> build(List.of(A, again), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("文档编号「notice」重复");
  }

  @Test
  void twoDocumentsWithOneTitle() {
    NoticeText one = new NoticeText("a", Optional.empty(), "读书通知\n\n5月1日，工会发出通知。");
    NoticeText two = new NoticeText("b", Optional.empty(), "读书通知\n\n6月1日，工会又发出通知。");

    assertThatThrownBy(() -> build(List.of(one, two), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("读书通知")
        .hasMessageContaining("已被文档「a」使用");
  }

  @Test
  void aFaqWithoutQuestionOrAnswer() {
    assertThatThrownBy(() -> build(List.of(A), List.of(new Faq("f1", " ", "答案"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("f1")
        .hasMessageContaining("问题为空");
    assertThatThrownBy(() -> build(List.of(A), List.of(new Faq("f1", "会费交多少", ""))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("会费交多少")
        .hasMessageContaining("答案为空");
  }

  @Test
  void twoFaqsAskingTheSameQuestionOnceNormalised() {
    List<Faq> faqs = List.of(new Faq("f1", "会费交多少？", "甲"), new Faq("f2", "會費交多少吗", "乙"));

    assertThatThrownBy(() -> build(List.of(A), faqs))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("同一个问题");
  }
}
