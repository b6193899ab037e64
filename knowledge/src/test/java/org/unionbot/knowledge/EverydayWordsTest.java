package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unionbot.knowledge.analysis.Everyday;

/** A worker's everyday word finds the notice's official one, without any synonym an admin added. */
class EverydayWordsTest {

  private static final KnowledgeBase BUNDLED = KnowledgeBase.bundled();

  @Test
  void theListMapsEverydayWordsToOfficialOnes() {
    assertThat(Everyday.official("外卖小哥")).contains("新就业形态劳动者");
    assertThat(Everyday.official("外賣小哥")).as("traditional").contains("新就业形态劳动者");
    assertThat(Everyday.official("招聘会")).isEmpty();
  }

  @Test
  void aLibrarysRulesInAReadersWords() {
    KnowledgeBase rules =
        QaSet.knowledgeBaseOf(
            """
            岚溪县职工书屋管理办法

            第一章　借　阅

            第一条　工会会员凭会员卡免费借阅，每人每次限借3册，借期30天，可续借一次。

            第二条　逾期未还的，暂停借阅资格，至图书归还之日起满15日后恢复。

            第二章　管　理

            第三条　图书损坏或者遗失的，借阅人应当按原价赔偿。
            """);
    // 丢 is 遗失, 晚还 is 逾期未还, and books counted in 本 are counted in 册
    assertThat(rules.answer("书丢了咋办").text()).contains("按原价赔偿");
    assertThat(rules.answer("晚还了会怎样").text()).contains("暂停借阅资格");
    assertThat(rules.answer("一次能借几本").text()).contains("限借3册");
  }

  @Test
  void aDeliveryRiderIsANewFormOfEmploymentWorker() {
    Answer a = BUNDLED.answer("章程明确了外卖骑手的什么权利");

    assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWER);
    assertThat(a.text()).contains("新就业形态劳动者入会权利");
  }

  @Test
  void aRiderJoiningTheUnionIsTheNewFormWorkersRightToJoin() {
    // 骑手 → 新就业形态劳动者, 入工会 → 入会
    Answer a = BUNDLED.answer("送外卖的骑手可以入工会吗");

    assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWER);
    assertThat(a.text()).contains("新就业形态劳动者入会权利");
  }

  @Test
  void joiningTheUnionIsTheNoticesEntering() {
    Answer a = BUNDLED.answer("新就业形态劳动者能不能加入工会");

    assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWER);
    assertThat(a.text()).contains("新就业形态劳动者入会权利");
  }

  @Test
  void askingWhetherItCostsFindsWhatIsFree() {
    KnowledgeBase schedule = QaSet.knowledgeBase("/eval/notice-g.md");

    assertThat(schedule.answer("法律援助要收費嗎").text()).contains("免费");
    assertThat(schedule.answer("要掏钱吗").text()).contains("一律免费");
  }

  @Test
  void papersAndPaidLeaveAreWhatANoticeSaysOfThem() {
    KnowledgeBase rules =
        KnowledgeBase.of(
            List.of(
                new NoticeText(
                    "rules",
                    Optional.empty(),
                    """
                    参加须知
                    1. 孕期女职工、出发之日年满60周岁的职工不予安排。
                    2. 疗休养期间视同正常出勤，工资照发，不占用本人年休假。
                    3. 出发当天7:30在职工服务中心北门集合，须携带本人身份证原件、工会会员卡，自备常用药品。
                    """)));

    assertThat(rules.answer("出发要携带什么证件").text()).contains("身份证原件");
    assertThat(rules.answer("疗休养是带薪的吗").text()).contains("工资照发");
    assertThat(rules.answer("孕妇能参加吗").text()).contains("孕期女职工");
  }

  @Test
  void raisingAnAbilityIsStrengtheningIt() {
    assertThat(BUNDLED.answer("基层工会要提升哪三种能力").text()).contains("引领力、组织力、服务力");
  }

  @Test
  void batchesAreTheNoticesInstalments() {
    assertThat(BUNDLED.answer("培训要怎么安排批次").text()).contains("分期分批");
  }

  @Test
  void askingWhereToCallOrWhereTheOpeningIsFindsTheContactAndTheLaunch() {
    KnowledgeBase blood = QaSet.knowledgeBase("/eval/notice-f.txt");
    KnowledgeBase schedule = QaSet.knowledgeBase("/eval/notice-g.md");

    // 咨询: the notice's contact line; 开幕: its 启动仪式
    assertThat(blood.answer("打啥号码咨询").text()).contains("0523-86120457");
    assertThat(schedule.answer("开幕在哪儿办").text()).contains("职工服务中心三楼报告厅");
  }

  @Test
  void moneyGotBackAtMostAndWhenItCountsAreTheRegulationsWords() {
    KnowledgeBase rules = QaSet.knowledgeBase("/eval/notice-h.txt");

    // 拿回 → 给付, 顶多 → 最高, 算数 → 施行
    assertThat(rules.answer("看病躺医院的钱一年顶多拿回多少").text()).contains("五千元");
    assertThat(rules.answer("这规定从哪天开始算数").text()).contains("2027年1月1日");
    // 带 → 提交, 转到 → 打入
    assertThat(rules.answer("需要带哪些东西去").text()).contains("身份证复印件");
    assertThat(rules.answer("钱会转到哪里").text()).contains("会员本人银行账户");
  }

  @Test
  void atLeastAndRightAwayAreTheNoticesNoFewerThanAndOnTheSpot() {
    KnowledgeBase schedule = QaSet.knowledgeBase("/eval/notice-g.md");

    // 至少 → 不少于; 马上 → 当场, so every word of the question is understood
    assertThat(schedule.answer("至少得来几个").text()).contains("不少于30名");
    Answer later = schedule.answer("马上解决不了的多久答复");
    assertThat(later.text()).contains("15个工作日内");
    assertThat(later.confidence()).isEqualTo(1.0);
  }

  @Test
  void goingIntoHospitalIsBeingAdmittedAndThereAndBackIsTheRoundTrip() {
    KnowledgeBase rules = QaSet.knowledgeBase("/eval/notice-h.txt");
    KnowledgeBase match = QaSet.knowledgeBase("/eval/notice-i.md");

    // 进医院 → 住院, 赔 → 给付
    assertThat(rules.answer("刚参加就进医院了能赔吗").text()).contains("观察期内发生的疾病住院不予给付");
    // 来回 → 往返: every word of the question understood, so the reply is sure
    Answer fare = match.answer("来回的车费谁出");
    assertThat(fare.text()).contains("往返交通及食宿费用由所在单位承担");
    assertThat(fare.lowConfidence()).isFalse();
  }

  @Test
  void supperIsWhatTheFastBeforeTheCheckupIsAbout() {
    KnowledgeBase checkup = QaSet.knowledgeBase("/eval/notice-q.txt");

    // 晚饭 → 禁食 of "前一天晚上8点后禁食"
    assertThat(checkup.answer("晚饭最晚吃到几点").text()).contains("晚上8点后禁食");
  }

  @Test
  void yearsWorkedAreTheServiceTheNoticeRequires() {
    KnowledgeBase faq = QaSet.knowledgeBase("/eval/notice-l.txt");

    // 干 → 工作: the sentence that requires five years of work, for the worker to compare
    assertThat(faq.answer("干了两年可以报名吗").text()).contains("工作满五年");
  }

  @Test
  void inTheNameOfIsAsWhomOneSignsUp() {
    KnowledgeBase steps = QaSet.knowledgeBase("/eval/notice-n.txt");

    // 名义 → 身份 of "以个人身份报名"
    assertThat(steps.answer("可以用公司的名义报名吗").text()).contains("以个人身份报名");
  }

  @Test
  void laterIsTheNoticesNextStep() {
    KnowledgeBase report = QaSet.knowledgeBase("/eval/notice-k.txt");

    // 以后 → 下一步: every word understood, so the reply is sure
    Answer a = report.answer("以后咨询师会来厂里吗");
    assertThat(a.text()).contains("下一步，区总工会还将组织心理咨询师进企业");
    assertThat(a.lowConfidence()).isFalse();
  }

  @Test
  void playingBallIsTheMatch() {
    KnowledgeBase match = QaSet.knowledgeBase("/eval/notice-i.md");

    // 打球 → 比赛, 球馆
    assertThat(match.answer("去哪里打球").text()).contains("市体育运动学校乒乓球馆");
  }

  @Test
  void whoLeadsItIsWhoOrganisesIt() {
    KnowledgeBase blood = QaSet.knowledgeBase("/eval/notice-f.txt");

    // 牵头 → 联合, 主办, 组织
    assertThat(blood.answer("献血活动由谁牵头").text()).contains("江北区总工会");
  }

  @Test
  void limitsRainAndWhereToSendAreSaidAsNoticesSayThem() {
    KnowledgeBase schedule = QaSet.knowledgeBase("/eval/notice-g.md");
    KnowledgeBase reading = QaSet.knowledgeBase("/eval/notice-d.txt");
    KnowledgeBase rules = QaSet.knowledgeBase("/eval/notice-h.txt");

    // 最少 → 不少于; 下雨 → 暴雨, with the clause the condition sets up; 交给 → 发送至; 最多 → 不得超过
    assertThat(schedule.answer("每场最少多少人").text()).contains("不少于30名");
    assertThat(schedule.answer("下雨怎么办").text()).contains("暴雨", "顺延");
    assertThat(reading.answer("征文交给谁").text()).contains("市总工会宣传部");
    assertThat(rules.answer("个人最多出多少钱").text()).contains("三十元");
  }

  @Test
  void mealsFaresAgeAndWhoMayTakePartAreSaidAsATournamentNoticeSaysThem() {
    KnowledgeBase tournament = QaSet.knowledgeBase("/eval/notice-i.md");

    // 管饭 → 提供午餐, 路费 → 交通, 岁数 → 年龄, 会员 → 加入工会, 什么人可以参加 → 参赛资格
    assertThat(tournament.answer("管饭吗").text()).contains("统一提供午餐");
    assertThat(tournament.answer("路费谁出").text()).contains("由所在单位承担");
    assertThat(tournament.answer("岁数大了还能上场吗").text()).contains("55周岁");
    assertThat(tournament.answer("不是工会会员能参加吗").text()).contains("已加入工会组织");
    assertThat(tournament.answer("什么人可以参加").text()).contains("在职职工");
    // 表格 → 报名表 and 发给 → 发送至, whatever 弄好了 says; 解决 of 吃饭怎么解决 → 提供
    assertThat(tournament.answer("表格弄好了发给谁").text()).contains("qhzgwt@126.com");
    assertThat(tournament.answer("中午吃饭怎么解决").text()).contains("统一提供午餐");
  }

  @Test
  void cheatingAndWhereToSendAreSaidAsASelectionNoticeSaysThem() {
    KnowledgeBase selection = QaSet.knowledgeBase("/eval/notice-j.txt");

    // 造假 → 弄虚作假, with what follows 一经查实; 怎么办 is a question word; 送到 → 报送
    assertThat(selection.answer("造假被发现了怎么办").text()).contains("取消评选资格");
    assertThat(selection.answer("材料送到哪个办公室").text()).contains("312室");
  }

  @Test
  void aNewsReportsSpeakerHotlineAndPlansAreAskedInEverydayWords() {
    KnowledgeBase report = QaSet.knowledgeBase("/eval/notice-k.txt");

    // 主讲人 → 主讲 (a doer by the deed); 周末/打通 → 每周…接听; 打算 → 下一步; 要钱 → 免费
    assertThat(report.answer("主讲人是什么职称").text()).contains("副主任医师");
    assertThat(report.answer("周末能打通吗").text()).contains("每周一至周五");
    assertThat(report.answer("下一步有什么打算").text()).contains("一对一咨询服务");
    assertThat(report.answer("打热线要钱吗").text()).contains("免费接听");
    // 照片 → what a caption says its photo shows
    assertThat(report.answer("照片上在干什么").text()).contains("练习放松方法").contains("图片说明");
  }

  @Test
  void drivePrimaryDutyAndGrievancesAreSaidAsTheBundledNoticeSaysThem() {
    KnowledgeBase bundled = KnowledgeBase.bundled();

    // 劲头 → 热情, 老本行 → 基本职责, 意见 → 诉求
    assertThat(bundled.answer("办比赛是想调动大家哪方面的劲头").text()).contains("劳动热情", "创造潜能");
    assertThat(bundled.answer("工会本来就该干的老本行是啥").text()).contains("维权服务基本职责");
    assertThat(bundled.answer("员工有意见想找地方说，文件里怎么讲").text()).contains("职工诉求表达渠道");
  }

  @Test
  void familyIllnessAndOnesOwnPocketAreSaidAsAPolicyNoticeSaysThem() {
    KnowledgeBase qa = QaSet.knowledgeBase("/eval/notice-l.txt");

    // 自己 → 个人, 腿脚不方便 → 行动不便, 高血压 → 心脑血管疾病
    assertThat(qa.answer("疗休养要自己出钱吗").text()).contains("个人不需要缴纳任何费用");
    assertThat(qa.answer("腿脚不方便的能去吗").text()).contains("行动不便");
  }

  @Test
  void aRewardIsWhatOneGetsAndAGiftIsWhatIsSent() {
    KnowledgeBase blood = QaSet.knowledgeBase("/eval/notice-f.txt");
    KnowledgeBase summer = QaSet.knowledgeBase("/eval/notice-e.txt");

    // 奖励, 好处 → 可获得; 慰问品 → 防暑降温物品
    assertThat(blood.answer("献完血有什么奖励").text()).contains("无偿献血证");
    assertThat(blood.answer("有啥好处").text()).contains("纪念T恤");
    assertThat(summer.answer("慰问品有哪些").text()).contains("绿豆");
  }

  @Test
  void whatToFillInIsWhatToRegister() {
    KnowledgeBase blood = QaSet.knowledgeBase("/eval/notice-f.txt");

    assertThat(blood.answer("登记要填写哪些信息").text()).contains("登记姓名、单位和预约时段");
  }

  @Test
  void aTrafficPolicemanIsATrafficPoliceOfficer() {
    KnowledgeBase kb =
        KnowledgeBase.of(
            List.of(
                new NoticeText(
                    "n", Optional.empty(), "夏季慰问通知\n\n慰问对象包括在高温时段坚守岗位的交通警察、消防救援人员和医务人员。")));

    assertThat(kb.answer("交警在慰问对象里吗").text()).contains("交通警察");
  }

  @Test
  void anEverydayWordNeverOpensTheDoorToAnOffTopicQuestion() {
    assertThat(BUNDLED.answer("老板不发工资怎么办").kind()).isEqualTo(Answer.Kind.FALLBACK);
    assertThat(BUNDLED.answer("孩子上学有补助吗").kind()).isEqualTo(Answer.Kind.FALLBACK);
  }

  @Test
  void lunchAndSnowAreTheNoticesMealAndWeather() {
    KnowledgeBase meeting = QaSet.knowledgeBase("/eval/notice-m.txt");
    assertThat(meeting.answer("中午有饭吃吗").text()).contains("不安排午餐");

    KnowledgeBase walk = QaSet.knowledgeBase("/eval/notice-n.txt");
    assertThat(walk.answer("下雪天出门要注意啥").text()).contains("注意防滑");
  }

  @Test
  void aMeetingsMaterialsLatenessAndParkingAreItsOwnWords() {
    KnowledgeBase meeting = QaSet.knowledgeBase("/eval/notice-m.txt");

    assertThat(meeting.answer("要带什么材料").text()).contains("决算报表");
    assertThat(meeting.answer("没按时报名会怎样").text()).contains("视为不参会");
    assertThat(meeting.answer("开车去能停车吗").text()).contains("车位有限");
    // 一整天 of 会期; 比赛 of the campaign a notice calls 活动
    assertThat(meeting.answer("会议开一整天吗").text()).contains("会期半天");
    assertThat(QaSet.knowledgeBase("/eval/notice-n.txt").answer("走路比赛到哪天结束").text())
        .contains("2月15日");
    assertThat(QaSet.knowledgeBase("/eval/notice-n.txt").answer("不是会员能玩吗").text())
        .contains("会员均可参加");
  }

  @Test
  void schoolAidIsAskedInTheWordsOfAFamily() {
    KnowledgeBase aid = QaSet.knowledgeBase("/eval/notice-p.txt");

    // 大专 of 高职（专科）, 补 of 资助, 穷 of 困难, 家里 of 家庭, 再领 of 重复
    assertThat(aid.answer("读大专的能补多少钱").text()).contains("3000元");
    assertThat(aid.answer("家里穷要什么证明").text()).contains("家庭困难情况证明");
    assertThat(aid.answer("领过别的补助能再领吗").text()).contains("不再重复资助");
    assertThat(aid.answer("已经拿过别的助学金还能再申请吗").text()).contains("不再重复资助");
    assertThat(aid.answer("申请要准备些啥").text()).contains("金秋助学申请表");
  }

  @Test
  void aShortenedWordTheNoticeSaysFindsItsLongFormToo() {
    KnowledgeBase checkup = QaSet.knowledgeBase("/eval/notice-q.txt");

    // 查身体 of 体检, 女职工 of 女性, 额外 of 另加
    assertThat(checkup.answer("去哪家医院查身体").text()).contains("青川市人民医院");
    assertThat(checkup.answer("女职工额外查什么").text()).contains("妇科检查");
    // 早上 of 上午, 腿脚不好 of 行动不便
    assertThat(checkup.answer("早上几点开始接待").text()).contains("7:30");
    assertThat(checkup.answer("腿脚不好的劳模怎么办").text()).contains("接送和陪检");
    // the notice says 劳模 (行动不便劳模) and 劳动模范: the question's 劳模 finds both
    Answer retired = checkup.answer("退休劳模可以去体检吗");
    assertThat(retired.lowConfidence()).isFalse();
    assertThat(retired.text()).contains("在职和退休的全国、省、市级劳动模范");
  }

  @Test
  void travelAndBoardAreAskedAsRidingAndEating() {
    // 坐车 of 交通, 吃住 of 食宿; a question ending in 吗 gets the verdict (不需要缴纳)
    assertThat(QaSet.knowledgeBase("/eval/notice-l.txt").answer("疗休养坐车吃住要花钱吗").text())
        .contains("食宿、交通", "个人不需要缴纳任何费用");
  }

  @Test
  void drinkingAndWeightAreAskedInEverydayWords() {
    KnowledgeBase blood = QaSet.knowledgeBase("/eval/notice-f.txt");

    // 喝两杯 of 饮酒, 瘦 of 体重
    assertThat(blood.answer("喝两杯再去献血行不行").text()).contains("不要饮酒");
    assertThat(blood.answer("人太瘦了能去吗").text()).contains("体重");
  }

  @Test
  void aWordWhoseEndIsCutOffIsNotTheEverydayWordItHolds() {
    // 会员证 is a card, not 会员: the bundled notice says nothing of it
    assertThat(BUNDLED.answer("工会会员证丢了怎么办").kind()).isEqualTo(Answer.Kind.FALLBACK);
  }

  @Test
  void aWordHoldingAnEverydayWordFindsItsOfficialOnes() {
    KnowledgeBase checkup = QaSet.knowledgeBase("/eval/notice-q.txt");

    // 吃早饭 is one word to HanLP; its 早饭 is the notice's 空腹
    Answer a = checkup.answer("体检那天能吃早饭吗");
    assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWER);
    assertThat(a.text()).contains("空腹");
  }

  @Test
  void aPrepositionOrLightVerbGluedToTheNounIsNotPartOfIt() {
    KnowledgeBase care = QaSet.knowledgeBase("/eval/notice-t.md");

    // HanLP keeps 对孩子 and 买保险 whole; the notice says 孩子 and 保险
    assertThat(care.answer("给孩子买保险吗").text()).contains("意外伤害保险");
    assertThat(care.answer("对孩子身体有什么要求").text()).contains("身体健康", "无传染性疾病");
  }

  @Test
  void theWeekendAndTheKidsInSpokenWords() {
    KnowledgeBase care = QaSet.knowledgeBase("/eval/notice-t.md");

    // 礼拜六礼拜天 of 周末, 娃 of 孩子
    assertThat(care.answer("礼拜六礼拜天有人看娃吗").text()).contains("周末不托管");
  }

  @Test
  void filmsAndFamilyInTheWordsOfABenefitsGuide() {
    KnowledgeBase card = QaSet.knowledgeBase("/eval/notice-v.md");

    // 电影 of 观影 at 星光影城; 家人 is anyone else the card may not be lent to
    assertThat(card.answer("看电影多少钱").text()).contains("19.9元");
    assertThat(card.answer("卡能借给家人用吗").text()).contains("不得转借他人");
    // 退掉 of 注销; 咋整 is the spoken 怎么办, whose 整 HanLP cuts off as a word
    assertThat(card.answer("退掉以后多久能再弄").text()).contains("3个月");
  }

  @Test
  void thePartOfTheDayAskedIsInTheAnswersClockTime() {
    KnowledgeBase summer = QaSet.knowledgeBase("/eval/notice-e.txt");

    // 晚上 of a notice that says 8:00至20:00 is no word it lacks
    Answer a = summer.answer("服务站点晚上几点关门");
    assertThat(a.lowConfidence()).isFalse();
    assertThat(a.text()).contains("20:00");
  }

  @Test
  void theFirstLotIsTheNoticesFirstBatch() {
    KnowledgeBase checkup = QaSet.knowledgeBase("/eval/notice-q.txt");

    Answer a = checkup.answer("第一拨啥时候体检");
    assertThat(a.lowConfidence()).isFalse();
    assertThat(a.text()).contains("5月10日至5月21日");
  }

  @Test
  void aLightVerbTheListHasKeepsItsParticle() {
    KnowledgeBase grants = QaSet.knowledgeBase("/eval/notice-p.txt");

    // 拿了 is the list's word for 享受 (已享受其他部门同类助学资助的，不再重复资助), not a 拿 with its 了
    assertThat(grants.answer("拿了别的助学金还能再申请吗").text()).contains("不再重复资助");
  }

  @Test
  void aWrongEntryAndAMayNotFindTheNoticesCorrectionAndBan() {
    KnowledgeBase subsidy = QaSet.knowledgeBase("/eval/notice-r.txt");

    // 填错 → 填写错误; 不能 of a notice that says 取消…资格 asks only whether one may
    assertThat(subsidy.answer("银行卡号写错了咋办").text()).contains("6月30日前");
    assertThat(subsidy.answer("作假被查出来几年不能申领").text()).contains("三年");
  }

  @Test
  void aClaimNoticeIsAskedInAClaimantsWords() {
    KnowledgeBase subsidy = QaSet.knowledgeBase("/eval/notice-r.txt");

    // 公务员 → 机关事业单位在编人员; 到账 → 发放; 报名 → 申领, whose time its heading gives (申领时间)
    assertThat(subsidy.answer("公务员能申领吗").text()).contains("机关事业单位在编人员");
    assertThat(subsidy.answer("补贴啥时候到账").text()).contains("30个工作日内");
    assertThat(subsidy.answer("报名截止到哪天").text()).contains("4月30日");
    // 被查出来了咋办 asks what follows, all of it
    assertThat(subsidy.answer("作假被查出来了咋办").text()).contains("全额追回", "今后三年");
  }

  @Test
  void aReliefNoticeIsAskedInAWorkersWords() {
    KnowledgeBase relief = QaSet.knowledgeBase("/eval/notice-s.txt");

    // 重病 → 大病, 多拿 → 增加; 记录 → 台账; 钞票 → 现金
    assertThat(relief.answer("家里人得了重病还能多拿点吗").text()).contains("500元");
    assertThat(relief.answer("发钱的记录留几年").text()).contains("不少于5年");
    assertThat(relief.answer("能给钞票吗").text()).contains("严禁以现金红包形式发放");
  }

  @Test
  void aLetterOfProposalsIsAskedInAWalkersWords() {
    KnowledgeBase letter = QaSet.knowledgeBase("/eval/notice-w.txt");

    // 到期 → 有效; 几层楼以内 counts floors, it does not ask where
    assertThat(letter.answer("出行券什么时候到期").text()).contains("6月30日前");
    assertThat(letter.answer("几层楼以内要走楼梯").text()).contains("三层楼以内");
  }

  @Test
  void aShortWordOfTheThesaurusIsTheLongOneItShortens() {
    KnowledgeBase publicity = QaSet.knowledgeBase("/eval/notice-u.txt");

    // 邮编 of 邮政编码: the same word, so the reply is sure of it
    Answer a = publicity.answer("邮编是多少");
    assertThat(a.text()).contains("365012");
    assertThat(a.lowConfidence()).isFalse();
  }

  @Test
  void aFeeIsTheCostOfWhatItIsFor() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            """
            关于举办职工技能竞赛的通知

            决赛期间，承办单位统一安排工作午餐。选手往返交通和住宿费用由所在单位承担。
            """);

    // 交通费 of 往返交通和住宿费用
    assertThat(kb.answer("交通费谁出").text()).contains("由所在单位承担");
  }

  @Test
  void aTableIsWhatItTabulates() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            """
            关于举办职工技能竞赛的通知

            一、日程安排

            | 阶段 | 时间 |
            | --- | --- |
            | 报名 | 5月26日至6月18日 |
            | 决赛 | 7月10日 |
            """);

    // 日程表 of 「日程安排」
    assertThat(kb.answer("日程表第一项是什么").text()).contains("报名");
  }
}
