package org.unionbot.knowledge.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unionbot.knowledge.Content;
import org.unionbot.knowledge.KnowledgeBase;

/** Admins' quiz items, edits and disabled items merged with the generated bank. */
class QuizMergeTest {

  private static final List<QuizItem> GENERATED = KnowledgeBase.bundled().quizItems();

  private static QuizItem choice(String id, String prompt, List<String> options, String answer) {
    return new QuizItem(id, QuizItem.Type.CHOICE, prompt, options, answer, List.of(), "", "", "");
  }

  private static QuizItem blank(String id, String prompt, String answer) {
    return new QuizItem(id, QuizItem.Type.BLANK, prompt, List.of(), answer, List.of(), "", "", "");
  }

  private static KnowledgeBase kb(List<QuizItem> curated, Set<String> disabled) {
    return KnowledgeBase.of(
        new Content(
            List.of(KnowledgeBase.bundledNotice()), List.of(), List.of(), curated, disabled),
        1);
  }

  @Test
  void roundsDrawEditedAndCuratedItemsAndNeverDisabledOnes() {
    QuizItem edited = GENERATED.get(0);
    QuizItem disabled = GENERATED.get(1);
    QuizItem edit = choice(edited.id(), "改过的题目？", List.of("甲", "乙", "丙"), "乙");
    QuizItem added = blank("mine", "工会会费每月交工资的" + QuizItem.BLANK + "。", "0.5%");
    QuizItem hidden = choice("hidden", "不出的题？", List.of("是", "否"), "是");

    KnowledgeBase kb = kb(List.of(edit, added, hidden), Set.of(disabled.id(), "hidden"));

    assertThat(kb.quizItems()).contains(edit, added).doesNotContain(edited, disabled, hidden);
    assertThat(kb.quizItems()).hasSize(GENERATED.size() - 1 + 1);
    assertThat(kb.quizBank())
        .hasSize(GENERATED.size() + 2)
        .contains(
            new QuizEntry(edit, QuizEntry.Origin.EDITED, true),
            new QuizEntry(disabled, QuizEntry.Origin.GENERATED, false),
            new QuizEntry(added, QuizEntry.Origin.CURATED, true),
            new QuizEntry(hidden, QuizEntry.Origin.CURATED, false));
    assertThat(kb.quizBank().get(0).item()).isEqualTo(edit);
  }

  @Test
  void withoutCurationTheBankIsTheGeneratedItems() {
    KnowledgeBase kb = kb(List.of(), Set.of());

    assertThat(kb.quizItems()).isEqualTo(GENERATED);
    assertThat(kb.quizBank())
        .allMatch(e -> e.origin() == QuizEntry.Origin.GENERATED && e.enabled());
  }

  @Test
  void invalidCuratedItemsAreRefusedWithAReason() {
    assertThatThrownBy(() -> kb(List.of(choice("c1", "题？", List.of("甲"), "甲")), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("c1")
        .hasMessageContaining("2–4 个选项");
    assertThatThrownBy(
            () -> kb(List.of(choice("c1", "题？", List.of("甲", "乙", "丙", "丁", "戊"), "甲")), Set.of()))
        .hasMessageContaining("2–4 个选项");
    assertThatThrownBy(() -> kb(List.of(choice("c1", "题？", List.of("甲", "甲"), "甲")), Set.of()))
        .hasMessageContaining("重复的选项");
    assertThatThrownBy(() -> kb(List.of(choice("c1", "题？", List.of("甲", " "), "甲")), Set.of()))
        .hasMessageContaining("空选项");
    assertThatThrownBy(() -> kb(List.of(choice("c1", "题？", List.of("甲", "乙"), "丙")), Set.of()))
        .hasMessageContaining("不在选项里");
    assertThatThrownBy(() -> kb(List.of(choice("c1", " ", List.of("甲", "乙"), "甲")), Set.of()))
        .hasMessageContaining("题干不能为空");
    assertThatThrownBy(() -> kb(List.of(choice("c1", "题？", List.of("甲", "以上都是"), "甲")), Set.of()))
        .hasMessageContaining("以上都是");
    assertThatThrownBy(() -> kb(List.of(blank("b1", "没有空的题干。", "甲")), Set.of()))
        .hasMessageContaining("b1")
        .hasMessageContaining("填空处");
    assertThatThrownBy(() -> kb(List.of(blank("b1", "有空" + QuizItem.BLANK + "。", " ")), Set.of()))
        .hasMessageContaining("答案不能为空");
    assertThatThrownBy(
            () ->
                kb(
                    List.of(
                        blank("b1", "空" + QuizItem.BLANK, "甲"),
                        blank("b1", "又" + QuizItem.BLANK, "乙")),
                    Set.of()))
        .hasMessageContaining("重复");
  }
}
