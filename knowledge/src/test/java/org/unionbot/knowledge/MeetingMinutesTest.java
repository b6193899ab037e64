package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A union committee's meeting minutes: a block of label lines (one long enough to run past a short
 * line), decisions listed inline as 一是/二是 whose clauses name who leads and who helps, and an
 * imprint at the end where a signed document would have its dateline.
 */
class MeetingMinutesTest {

  private static final String MINUTES =
      """
      青禾县总工会第三届委员会第九次全体会议纪要

      会议时间：2027年4月8日（星期四）上午9:00
      会议地点：县行政中心三楼第一会议室
      主持人：县总工会主席谭书言
      出席人员：县总工会第三届委员会委员21人（现有委员25人，超过半数，符合规定人数）
      列席：县总工会经费审查委员会委员3人，各乡镇总工会主席12人，县总工会机关各部室负责人
      记录人：县总工会办公室林青

      2027年4月8日上午，青禾县总工会第三届委员会第九次全体会议在县行政中心召开。现将议定事项纪要如下。

      一、会议议定事项

      （一）关于2027年职工服务实事项目。会议同意今年为职工办好两件实事。一是新建职工驿站8个，重点布局在物流园区和工业园区，由县总工会权益保障部牵头，各乡镇总工会配合，10月31日前全部投入使用。二是组织女职工免费健康体检，全年体检2000人，县总工会拨付经费50万元，由女职工部牵头，县人民医院配合。

      （二）关于拨付基层工会补助经费。会议同意向基层工会拨付补助经费共计120万元，其中联合工会建设经费40万元，每家联合工会补助不超过2万元；职工之家建设经费80万元，经费由财务部于5月31日前拨付到位。

      （三）关于举办“青禾工匠”职业技能竞赛。会议同意于9月举办竞赛，设焊工、电工、养老护理员3个工种，各工种第一名奖励3000元。

      送：县委办公室，县政府办公室，市总工会办公室
      发：县总工会第三届委员会委员，各乡镇总工会

      青禾县总工会办公室　　　　2027年4月12日印发
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("minutes", Optional.empty(), MINUTES)));

  @Test
  void theClauseThatNamesWhoLeadsOrHelpsAnswersWhichDepartment() {
    assertThat(KB.answer("健康体检由哪个部门牵头").text()).contains("女职工部");
    assertThat(KB.answer("健康体检哪家单位配合").text()).contains("县人民医院");
    assertThat(KB.answer("职工驿站由哪个部门牵头").text()).contains("权益保障部");
    // and the reverse: the task a department leads, named by the sentence's own first clause
    assertThat(KB.answer("女职工部负责什么").text()).isEqualTo("女职工部负责：组织女职工免费健康体检。");
  }

  @Test
  void aLabelLineAmongLabelLinesStandsAloneAndIsSaidWhole() {
    assertThat(KB.answer("有哪些人列席会议").text())
        .contains("经费审查委员会委员3人", "各乡镇总工会主席12人", "机关各部室负责人")
        .doesNotContain("出席人员");
  }

  @Test
  void theImprintDatesMinutesThatHaveNoSignature() {
    assertThat(KB.answer("纪要是什么时候印发的").text()).contains("纪要的落款日期是2027年4月12日");
    assertThat(KB.answer("这份纪要是谁印发的").text()).contains("青禾县总工会办公室");
  }

  @Test
  void aQuestionOfASumGetsTheClauseThatSumsUp() {
    assertThat(KB.answer("基层工会补助经费一共多少").text()).contains("共计120万元");
  }

  @Test
  void aRankTheMinutesDoNotRewardIsNotAnsweredWithAnother() {
    Answer second = KB.answer("技能竞赛第二名奖励多少");
    assertThat(second.lowConfidence() || second.kind() != Answer.Kind.ANSWER).isTrue();
    assertThat(KB.answer("技能竞赛第一名奖励多少").text()).contains("3000元");
  }

  @Test
  void withSeveralNoticesTheDepartmentsTasksSayWhichNoticeGivesThem() {
    KnowledgeBase both =
        KnowledgeBase.of(
            List.of(
                KnowledgeBase.bundledNotice(),
                new NoticeText("minutes", Optional.empty(), MINUTES)));
    assertThat(both.answer("女职工部负责什么").text()).startsWith("女职工部负责：组织女职工免费健康体检。").contains("——摘自《");
  }
}
