package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The summary and the section look-up the dialogue shows beside answers. */
class SectionsTest {

  private static final String NOTICE =
      """
      关于开展职工书屋读书月活动的通知

      各区总工会：

      为丰富职工精神文化生活，市总工会决定开展读书月活动。

      一、三个阶段

      宣传发动。各区总工会要广泛宣传，动员职工报名参加。

      组织实施。各区总工会至少举办一场读书分享会。

      总结表彰。活动结束后评选优秀读书组织。

      二、工作要求

      各单位要高度重视，精心组织，确保活动取得实效。

      江州市总工会
      2026年4月1日
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("books", Optional.empty(), NOTICE)));

  @Test
  void aSummaryHasTheTitleTheIssuerAndDateAndTheOutline() {
    String summary = KB.summary();

    assertThat(summary.lines())
        .containsExactly("《关于开展职工书屋读书月活动的通知》", "江州市总工会，2026年4月1日印发", "主要内容：1. 三个阶段；2. 工作要求。");
  }

  @Test
  void aSectionIsFoundByItsSourceWithEachItemsFirstSentence() {
    Source source = new Source("books", "关于开展职工书屋读书月活动的通知", "三个阶段", "三个阶段");

    SectionView v = KB.section(source).orElseThrow();

    assertThat(v.name()).isEqualTo("三个阶段");
    assertThat(v.shortTitle()).isEqualTo("关于开展职工书屋读书月活动的通知");
    assertThat(v.items())
        .containsExactly(
            new SectionView.Item("宣传发动", "各区总工会要广泛宣传，动员职工报名参加。"),
            new SectionView.Item("组织实施", "各区总工会至少举办一场读书分享会。"),
            new SectionView.Item("总结表彰", "活动结束后评选优秀读书组织。"));
    assertThat(v.paragraphs()).hasSize(3);
  }

  @Test
  void aSectionNoLongerServedIsNotFound() {
    assertThat(KB.section(new Source("books", "t", "四个步骤", "s"))).isEmpty();
    assertThat(KB.section(new Source("gone", "t", "三个阶段", "s"))).isEmpty();
  }

  @Test
  void anItemWhoseHeadingRanIntoItsTextIsExplainedByThatText() {
    KnowledgeBase plan =
        KnowledgeBase.of(
            List.of(
                new NoticeText(
                    "plan",
                    Optional.empty(),
                    "竞赛实施方案\n\n五、保障措施\n（一）加强组织领导。成立竞赛组织委员会。\n" + "（二）落实经费保障。决赛所需经费由市总工会列支。\n")));
    SectionView v = plan.section(new Source("plan", "竞赛实施方案", "保障措施", "保障措施")).orElseThrow();

    assertThat(v.items())
        .containsExactly(
            new SectionView.Item("加强组织领导", "成立竞赛组织委员会。"),
            new SectionView.Item("落实经费保障", "决赛所需经费由市总工会列支。"));
  }
}
