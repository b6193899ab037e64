package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A 办事指南 whose conditions section holds two numbered lists: what an applicant must meet, then,
 * after a sentence that introduces it, the cases that are not accepted; materials with notes in
 * brackets.
 */
class ServiceGuideTest {

  private static final String GUIDE =
      """
      青禾县总工会困难职工子女助学金申请办事指南

      一、办理条件
      申请人应当同时符合下列条件：
      1.为本县建会单位在职工会会员；
      2.子女当年考入全日制普通高校本科；
      3.家庭月人均收入低于本县最低工资标准。
      有下列情形之一的，不予受理：
      1.同一学年已获得其他助学金的；
      2.申请材料弄虚作假的；
      3.子女就读成人教育学历的。

      二、所需材料
      申请人应提交以下材料：
      1.《助学金申请表》原件1份（在窗口领取，或在“青禾工会”公众号下载）；
      2.录取通知书复印件1份；
      3.户口簿复印件1份（户主页和本人页，须加盖派出所印章）。
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("guide", Optional.empty(), GUIDE)));

  @Test
  void aSecondListInASectionIsNotMoreOfTheFirst() {
    assertThat(KB.answer("最后一个条件是什么").text()).contains("家庭月人均收入").doesNotContain("成人教育");
  }

  @Test
  void aSentenceThatIntroducesAListIsAnsweredWithItsOwnList() {
    assertThat(KB.answer("哪些情形不予受理").text())
        .contains("其他助学金", "弄虚作假", "成人教育")
        .doesNotContain("家庭月人均收入");
  }

  @Test
  void anItemsNoteInBracketsIsLeftOutWholeNotCut() {
    assertThat(KB.answer("要交哪些材料").text())
        .contains("《助学金申请表》原件1份", "录取通知书复印件1份")
        .doesNotContain("（在窗口领取");
  }
}
