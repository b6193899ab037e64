package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A notice on reviewing reading rooms: 多久…一次 asks how often a thing recurs (每两年), not how long
 * something takes (限期三个月); its steps, run in as numbered paragraphs, are listed as it numbers them.
 */
class ReviewNoticeTest {

  private static final String RULES =
      """
      关于职工书屋复核工作的通知

      一、复核周期
      市级示范职工书屋每两年复核一次。

      二、整改要求
      复核不合格的书屋，限期三个月整改；整改后仍不合格的，撤销命名。

      三、复核程序
      （一）自查自评。书屋对照标准开展自查，填写自评表。
      （二）实地复核。市总工会组织人员到现场查看。
      （三）公布结果。复核结果在市总工会网站公布。

      江城市总工会
      2027年3月1日
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("rules", Optional.empty(), RULES)));

  @Test
  void howOftenIsAnsweredByThePeriodThatRecurs() {
    assertThat(KB.answer("示范书屋多久复核一次").text()).contains("每两年").doesNotContain("三个月");
  }

  @Test
  void howLongIsStillAnsweredByTheTimeItTakes() {
    assertThat(KB.answer("不合格的书屋限期多久整改").text()).contains("三个月");
  }

  @Test
  void stepsAreListedAsTheNoticeNumbersThem() {
    assertThat(KB.answer("复核程序有哪几步").text()).contains("（一）自查自评；（二）实地复核；（三）公布结果");
  }
}
