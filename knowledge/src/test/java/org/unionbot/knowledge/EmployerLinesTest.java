package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A job fair's employers, one numbered line each that its name labels (1.溪川远航物流有限公司：招聘…，…): a
 * question of one employer's terms gets the clause that gives them, said with the employer's name,
 * however far down the line it is and however many other lines say the same (包食宿, 缴纳五险一金).
 */
class EmployerLinesTest {

  private static final String NOTICE =
      """
      溪川市2027年春季就业援助专场招聘会公告

      为帮助就业困难人员和农民工实现就业，市总工会联合市人社局举办春季专场招聘会。现将有关事项公告如下：

      一、时间地点
      2027年3月6日（星期六）上午9:00至12:00，市职工服务中心一楼大厅。

      二、参会企业及岗位
      1.溪川远航物流有限公司：招聘仓管员6名，月薪4500—5500元，要求35周岁以下，能熟练使用电脑，持叉车证者优先，缴纳五险一金。
      2.溪川华美服装有限公司：招聘缝纫工30名，月薪4000—6000元，要求18至50周岁，有缝纫经验者优先，能适应两班倒，包食宿。
      3.溪川银杏酒店：招聘客房服务员12名，月薪3800元，包食宿，月休四天。
      4.溪川北辰机电设备有限公司：招聘维修电工4名，月薪6000—7500元，要求持电工证，缴纳五险一金。

      三、注意事项
      求职者请携带本人身份证原件和简历。本次招聘会不收取任何费用。

      溪川市总工会
      2027年2月20日
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("fair", Optional.empty(), NOTICE)));

  @Test
  void anEmployersTermIsTheClauseThatGivesItWithTheEmployersName() {
    assertThat(KB.answer("华美服装包食宿吗").text()).contains("溪川华美服装有限公司", "包食宿").doesNotContain("缝纫工30名");
    assertThat(KB.answer("远航物流交五险一金吗").text())
        .contains("溪川远航物流有限公司", "缴纳五险一金")
        .doesNotContain("仓管员6名");
    assertThat(KB.answer("银杏酒店月休几天").text()).contains("溪川银杏酒店", "月休四天");
  }
}
