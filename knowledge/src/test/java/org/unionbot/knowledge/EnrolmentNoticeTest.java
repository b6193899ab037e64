package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An enrolment notice and a meeting notice: items numbered inside a sentence (包括：1.…；2.…), a count
 * in an intro that goes on after it, quotas as labelled lines, a heading named by the official word
 * for the worker's, and rules that say who may not take part.
 */
class EnrolmentNoticeTest {

  private static final String NOTICE =
      """
      关于召开2028年度职工互助保障参保暨会员代表会议的通知

      各基层工会：
      经研究，决定召开会员代表会议，并开展互助保障参保工作。现将有关事项通知如下：

      一、会议时间和地点
      时间：2028年1月10日（星期一）上午9:00开幕。
      地点：区职工服务中心三楼报告厅。

      二、参保对象
      （一）在职会员均可参保。
      （二）已患恶性肿瘤且正在治疗中的人员，暂不参加重病保障。
      参保实行“整体参保”原则，以基层工会为单位组织参加。

      三、保障项目
      本年度设三个保障项目，保障期为一年，具体如下：
      1.住院保障，每人每年50元；
      2.重病保障，每人每年30元；
      3.女职工保障，每人每年20元。

      四、参保办法
      （一）中途参保。保障期内新入会的会员，可于每月10日前补报名册并缴费。
      （二）所需材料。包括：1.理赔申请表；2.身份证复印件；3.医疗费用发票原件；4.银行卡复印件。

      五、代表名额
      生产一部：12名
      装配车间：18名
      机关各部门：6名

      六、候选人公示
      候选人名单于1月3日至1月5日在公司OA系统和各车间宣传栏公示。公示无异议后，1月8日前将候选人名单报区总工会审批。

      七、有关要求
      代表因故不能参会的，须经分会主席同意，并提前向大会秘书处书面请假，不得由他人代替出席。

      联系人：区总工会 王芳，电话：0571-8823617。
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("enrol", Optional.empty(), NOTICE)));

  @Test
  void itemsNumberedInsideASentenceAreAskedByPosition() {
    assertThat(KB.answer("第三样材料是什么").text()).contains("医疗费用发票原件");
    assertThat(KB.answer("最后一样材料是什么").text()).contains("银行卡复印件");
  }

  @Test
  void theCountInAnIntroThatGoesOnNamesTheItems() {
    assertThat(KB.answer("第二个项目是什么").text()).contains("重病保障");
    assertThat(KB.answer("有哪些保障项目").text()).startsWith("本年度设三个保障项目");
  }

  @Test
  void whoMayNotTakePartIsTheVerdict() {
    assertThat(KB.answer("正在治疗癌症的能参加吗").text()).contains("暂不参加重病保障");
  }

  @Test
  void howSomeoneDoesItFollowsWhoTheyAre() {
    assertThat(KB.answer("新入会的会员怎么参保").text()).contains("每月10日前");
  }

  @Test
  void whatToDoInACaseIsEveryStepTheSentenceGives() {
    assertThat(KB.answer("不能参会怎么办").text()).contains("分会主席同意", "书面请假");
  }

  @Test
  void whereADeedIsDoneIsWhereTheSentenceSaysItIsDone() {
    Answer a = KB.answer("在哪公示");
    assertThat(a.text()).contains("宣传栏");
    assertThat(a.lowConfidence()).isFalse();
  }

  @Test
  void whatATermMeansIsWhatFollowsItsName() {
    assertThat(KB.answer("什么是整体参保").text()).contains("以基层工会为单位组织参加");
  }

  @Test
  void aLabelledQuotaIsACount() {
    assertThat(KB.answer("生产一部几个名额").text()).contains("12名");
    assertThat(KB.answer("装配车间多少代表").text()).contains("18名");
  }

  @Test
  void aWordSaidOnlyAcrossTwoWordsIsNotSaid() {
    // 开会 sits only in 召开|会员: the worker's 开会 is the notice's 会议, whose heading says when
    assertThat(KB.answer("什么时候开会").text()).contains("2028年1月10日");
    assertThat(KB.answer("在哪开会").text()).contains("三楼报告厅");
  }
}
