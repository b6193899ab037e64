package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An open letter of proposals (倡议书): no headings, proposals in paragraphs opening 一要…, 二要…. */
class OpenLetterTest {

  private static final KnowledgeBase LETTER =
      QaSet.knowledgeBaseOf(
          """
          致全市职工的安全生产倡议书

          全市广大职工朋友们：

          为筑牢安全生产防线，市总工会向全市广大职工发出如下三点倡议：

          一要牢固树立安全意识，上岗前认真参加班前安全教育。

          二要严格遵守操作规程，不违章指挥、不违章作业。

          三要积极排查身边隐患，发现问题及时向班组长报告。

          安全生产，人人有责。让我们行动起来！

          江城市总工会
          2027年6月1日
          """);

  @Test
  void theProposalsAreCountedAndAskedByPosition() {
    assertThat(LETTER.answer("一共倡议了几条").text()).contains("三点");
    assertThat(LETTER.answer("第二条倡议是什么").text()).contains("严格遵守操作规程");
    assertThat(LETTER.answer("最后一条倡议是什么").text()).contains("排查身边隐患");
  }

  @Test
  void whatTheIntroAlsoSaysIsNotAnsweredWithTheList() {
    assertThat(LETTER.answer("倡议的目的是什么").text()).doesNotContain("1.牢固树立安全意识");
  }
}
