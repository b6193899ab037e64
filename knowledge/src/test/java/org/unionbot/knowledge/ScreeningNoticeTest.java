package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A health-screening notice: a heading that names what its intro counts, hospitals and batches on
 * labelled lines (a worker calls a batch 拨), cases a sentence leads into, a case and what follows
 * it, a yes-or-no question whose verdict ends the sentence, and the number to dial asked the
 * everyday way.
 */
class ScreeningNoticeTest {

  private static final String NOTICE =
      """
      关于开展2027年度女职工“两癌”免费筛查工作的通知

      各基层工会：
      为切实维护女职工生命健康权益，经研究，决定为全区3000名在职女会员免费提供筛查服务。现将有关事项通知如下：

      一、筛查对象
      本区建会企业中年龄在35至64周岁的在职女会员。
      有下列情形之一的，本次不列入筛查范围：近2年内已参加过“两癌”筛查的；已确诊宫颈癌或乳腺癌的；处于妊娠期或哺乳期的。

      二、筛查项目
      本次筛查共4项，每人均可全部免费检查：
      （1）宫颈TCT检查：用于发现宫颈细胞异常。
      （2）HPV检测：与宫颈TCT检查同时取样。
      （3）乳腺彩超：查看乳腺有无结节。
      （4）妇科检查：由妇科医生进行盆腔检查。

      三、筛查机构
      1.柏岭区人民医院：地址为长青路88号，每周一至周五上午8:00—11:30筛查，预约电话56231180。
      2.柏岭区第二人民医院：地址为桂香街16号，每周二、周四、周六上午8:30—11:00筛查，预约电话56237725。

      四、时间安排
      筛查时间为2027年4月12日至6月30日，按街道分三批进行：
      第一批：4月12日至5月8日，青枫街道、桐湾街道；
      第二批：5月10日至6月5日，柳塘街道、石埠街道；
      第三批：6月7日至6月30日，松林街道、云港街道。

      四、预约方式
      个人预约和单位统一报名两种方式任选其一。
      （一）个人预约。
      1.微信搜索“柏岭职工e家”小程序，完成实名注册和会员认证；
      2.进入“两癌筛查”专区，选择定点医院和筛查日期；
      3.预约成功后，凭确认短信到院检查。
      每人限预约1次，如需改期，须提前1天在小程序中取消后重新预约。
      （二）单位统一报名。各基层工会收集本单位符合条件的女会员名单，于3月26日前报送。

      五、注意事项
      1.本次4个项目均无需空腹，检查当天可正常饮食。
      2.结果异常的，定点医院将在3个工作日内电话通知本人，并安排专科医生免费复诊；需进一步检查的，费用按医保有关规定结算。

      六、经费保障
      筛查费用按每人380元的标准，由区总工会从工会经费中列支，女职工个人无需缴纳任何费用。

      七、名额分配
      名额按各街道在职女会员人数分配，具体如下：
      青枫街道：800名
      桐湾街道：600名

      联系人：区总工会女职工部 周静怡，电话：56230417（工作日8:30—17:00）
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("screening", Optional.empty(), NOTICE)));

  @Test
  void aHeadingNamesWhatItsIntroCounts() {
    assertThat(KB.answer("筛查有哪些项目").text()).contains("宫颈TCT检查", "乳腺彩超", "妇科检查");
  }

  @Test
  void anItemIsAskedByTheNounItsIntroCountsAndEndsWith() {
    assertThat(KB.answer("第二项检查是什么").text()).contains("HPV检测");
  }

  @Test
  void aLabelledLineAnswersWithItsLabel() {
    assertThat(KB.answer("哪家医院周六能查").text()).contains("柏岭区第二人民医院");
    assertThat(KB.answer("云港街道是哪一批").text()).contains("第三批");
  }

  @Test
  void theCasesASentenceLeadsIntoAreListedWhole() {
    assertThat(KB.answer("哪些人不能参加筛查").text()).contains("近2年内", "已确诊宫颈癌或乳腺癌", "妊娠期或哺乳期");
  }

  @Test
  void whatHappensInACaseIsEveryStepTheSentenceGives() {
    assertThat(KB.answer("结果异常怎么办").text()).contains("电话通知本人", "免费复诊");
  }

  @Test
  void aHeadingOfTheWayAnswersHow() {
    assertThat(KB.answer("怎么预约").text()).contains("个人预约和单位统一报名");
  }

  @Test
  void theBasisOfAListIsNoList() {
    String text = KB.answer("名额按什么分配").text();
    assertThat(text).contains("在职女会员人数");
    assertThat(text).doesNotContain("共两项", "联系人");
  }

  @Test
  void aTitleGivesNoReason() {
    assertThat(KB.answer("为什么要开展筛查").text()).doesNotContain("关于开展");
  }

  @Test
  void aBatchIsAskedByTheEverydayWordForIt() {
    assertThat(KB.answer("头一拨是哪几天").text()).contains("4月12日至5月8日");
    assertThat(KB.answer("最后一拨哪几天").text()).contains("6月7日至6月30日");
  }

  @Test
  void aYesOrNoIsAnsweredByTheVerdictNotByAList() {
    String text = KB.answer("筛查收费吗").text();
    assertThat(text).contains("无需缴纳任何费用");
    assertThat(text).doesNotContain("1.宫颈TCT检查");
  }

  @Test
  void theNumberToDialIsTheContact() {
    assertThat(KB.answer("有事打哪个号").text()).contains("56230417");
    assertThat(KB.answer("问事拨几号").text()).contains("56230417");
  }
}
