package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A county union's yearly work plan: tasks that end by naming who is in charge, a task that lists
 * its points ①–⑤ inline, and a quoted term its sentence goes on to explain.
 */
class WorkPlanTest {

  private static final String PLAN =
      """
      栖云县总工会2027年工作要点

      一、切实维护职工合法权益
      （一）深化集体协商。深入开展“协商提质年”行动，已建工会企业集体合同签订率保持在90%以上。（责任部门：法律保障部）
      （二）办好职工普惠服务实事。重点办好五件实事：①为1500名女职工免费开展“两癌”筛查；②组织100名一线职工开展疗休养；③开展“送清凉”活动；④新建户外劳动者服务站点10个；⑤推进职工互助保障。（责任部门：保障工作部）
      （三）加强法律援助服务。开展“法援护薪”专项行动，重点帮助农民工追讨欠薪。（责任部门：法律保障部）

      二、加强工会自身建设
      （一）改进机关工作作风。落实机关干部“下基层”制度，县总工会机关干部每人每年到基层蹲点不少于15天；实行职工诉求“首问负责制”，职工诉求7个工作日内答复。（责任部门：办公室）
      （二）规范经费资产管理。开展经费收缴专项检查，年内完成基层工会经费审计全覆盖。（责任部门：财务部、经费审查委员会办公室）
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("plan", Optional.empty(), PLAN)));

  @Test
  void pointsNumberedInACircleAreItems() {
    assertThat(KB.answer("最后一件实事是什么").text()).contains("推进职工互助保障");
    assertThat(KB.answer("第二件实事是什么").text()).contains("疗休养");
  }

  @Test
  void theLineThatNamesWhoIsInChargeAnswersWhoIs() {
    assertThat(KB.answer("改进机关工作作风由哪个部门负责").text()).contains("办公室");
    assertThat(KB.answer("集体协商由哪个部门负责").text()).contains("法律保障部");
  }

  @Test
  void aDepartmentIsInChargeOfTheTasksWhoseLineNamesIt() {
    assertThat(KB.answer("法律保障部负责哪些工作").text())
        .contains("两项", "深化集体协商", "加强法律援助服务")
        .doesNotContain("改进机关工作作风");
    // 办公室 is the office itself here, not the audit committee's 经费审查委员会办公室
    assertThat(KB.answer("办公室负责什么").text()).contains("改进机关工作作风").doesNotContain("规范经费资产管理");
    assertThat(KB.answer("经费审查委员会办公室负责什么").text()).contains("规范经费资产管理");
  }
}
