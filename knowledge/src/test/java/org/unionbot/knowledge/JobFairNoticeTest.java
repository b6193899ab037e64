package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A job fair's announcement whose rules for jobseekers are numbered points, some of one long
 * sentence and some of a request followed by more: each point is one of the list, and a request
 * that opens a point is said with it.
 */
class JobFairNoticeTest {

  private static final String FAIR =
      """
      2027年就业援助月专场招聘会公告

      一、活动时间
      2027年3月6日（星期六）上午9:00至下午15:00。

      二、求职者须知
      （一）请携带本人身份证原件和个人简历若干份；持有职业资格证书的，请一并携带原件及复印件；就业困难人员请携带《就业创业证》。
      （二）请文明守序，按指示牌分区进场，服从现场志愿者安排。现场人员较多，请看管好随身物品。
      （三）本次招聘会不收取任何费用。

      三、参会企业
      1.琴阳精工机械有限公司：招聘铣工6名，月薪6000—8000元，要求3年以上相关工作经验，能独立操作数控铣床，缴纳五险一金。
      2.琴阳鑫港食品有限公司：招聘包装工30名，月薪4500—5500元，须持健康证，包午餐。

      四、联系方式
      招聘会咨询：周明远，电话0761-6623518

      琴阳市总工会
      琴阳市人力资源和社会保障局
      琴阳市职工服务中心
      2027年2月19日
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("fair", Optional.empty(), FAIR)));

  private static String said(String question) {
    return KB.answer(question).text().split("——摘自")[0];
  }

  @Test
  void aLongOneSentencePointIsOneOfTheList() {
    assertThat(said("求职者须知有几条")).contains("三项").contains("请携带本人身份证原件和个人简历若干份");
    assertThat(said("求职者须知第一条是什么")).contains("请携带本人身份证原件和个人简历若干份");
  }

  @Test
  void aRequestThatOpensAPointIsSaidWithIt() {
    assertThat(said("进场有什么要求")).contains("按指示牌分区进场");
    assertThat(said("要服从谁的安排")).contains("服从现场志愿者安排");
  }

  @Test
  void theNoticeCalledByItsOwnKindHasItsParts() {
    // a 公告 asked of as such, not only as 通知
    assertThat(said("公告分几个部分")).contains("四个部分").contains("一、活动时间");
  }

  @Test
  void threeBodiesThatSignTogetherAreAllItsIssuers() {
    assertThat(said("这份公告是谁发的")).contains("琴阳市总工会、琴阳市人力资源和社会保障局、琴阳市职工服务中心");
  }

  @Test
  void aJobsRequirementsAreWhatItSaysItRequires() {
    assertThat(said("铣工有什么要求")).contains("3年以上相关工作经验");
  }

  @Test
  void aTimeNearestInMeaningAnswersAQuestionOfWhenInWordsTheNoticeLacks() {
    KnowledgeBase kb =
        KnowledgeBase.of(
            List.of(
                new NoticeText(
                    "fair",
                    Optional.empty(),
                    """
                    2027年“春风行动”专场招聘会公告

                    一、活动时间
                    线下专场：2027年2月27日（星期六）上午9:00至下午15:30，14:30后停止入场。
                    线上招聘：2027年2月27日至3月13日，每天8:00—20:00开放简历投递。

                    二、活动地点
                    琴阳市工人文化宫二楼展览大厅（琴阳市建设北路118号）。请从文化宫东门进入。
                    停车：文化宫地下停车场设车位120个，前两小时免费。

                    三、求职者须知
                    本次招聘会不收取任何费用。如遇收取押金、扣押身份证件等情况，请拨打劳动保障监察举报电话0761-6620315。

                    琴阳市总工会
                    2027年2月19日
                    """)));
    // 散场 is nowhere in the notice: the time nearest the question in meaning answers, unsure, and
    // the verb the notice lacks does not keep its span from being said
    assertThat(kb.answer("几点散场").text()).startsWith("不太确定").contains("下午15:30");
    // and the one line to call where the question names a line in words the notice lacks
    assertThat(kb.answer("被坑了打哪个号").text()).startsWith("不太确定").contains("0761-6620315");
    // nouns the notice lacks, of a question far from it, still keep it refused
    assertThat(kb.answer("北京到上海的高铁要坐多久").text()).startsWith("抱歉");
    assertThat(kb.answer("附近哪里能修手机").text()).startsWith("抱歉");
  }
}
