package org.unionbot.knowledge.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The shapes of notice union admins upload: 公文, salutation-first, Markdown, regulations. */
class NoticeShapesTest {

  private final NoticeParser parser = new NoticeParser();

  private static String resource(String name) throws IOException {
    try (InputStream in = NoticeShapesTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Notice parse(String resource) throws IOException {
    return parser.parse("n", resource(resource), Optional.empty());
  }

  private static List<String> paragraphs(Notice n) {
    return n.sections().stream()
        .flatMap(s -> s.paragraphs().stream())
        .map(Paragraph::text)
        .toList();
  }

  private static Section headed(Notice n, String heading) {
    return n.sections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow();
  }

  @Test
  void aMunicipalNoticeHasAddresseeAttachmentsIssuerAndDateline() throws IOException {
    Notice n = parse("/eval/notice-e.txt");

    assertThat(n.title()).isEqualTo("关于开展2026年夏季高温“送清凉”慰问活动的通知");
    assertThat(n.addressee()).contains("各县（市、区）总工会，各产业工会，市直机关工会");
    assertThat(n.headedSections())
        .extracting(Section::level, Section::title)
        .containsExactly(
            tuple(1, "活动时间"),
            tuple(1, "慰问对象"),
            tuple(1, "慰问内容"),
            tuple(2, "配送防暑降温物品"),
            tuple(2, "开展走访慰问"),
            tuple(2, "提升服务站点"),
            tuple(2, "开展职业健康宣传"),
            tuple(1, "工作要求"),
            tuple(2, "加强组织领导"),
            tuple(2, "落实经费保障"),
            tuple(2, "强化监督检查"),
            tuple(2, "及时报送信息"));
    assertThat(n.sections().get(0).paragraphs().get(0).text()).startsWith("入夏以来");
    assertThat(n.attachments()).containsExactly("2026年夏季“送清凉”活动情况统计表", "户外劳动者服务站点建设标准");
    assertThat(n.issuer()).contains("江州市总工会");
    assertThat(n.dateline()).contains("2026年6月10日");
    assertThat(headed(n, "（四）及时报送信息").paragraphs())
        .extracting(Paragraph::text)
        .contains("联系人：市总工会权益保障部 王磊，电话：0523-86213579，电子邮箱：jzzghqb@163.com。");
    assertThat(n.captions()).isEmpty();
    assertThat(paragraphs(n))
        .noneMatch(p -> p.startsWith("各县（市、区）总工会，各产业工会"))
        .noneMatch(p -> p.contains("附件") || p.contains("服务站点建设标准"))
        .noneMatch(p -> p.contains("江州市总工会") || p.contains("2026年6月10日"));
  }

  @Test
  void aSalutationFirstNoticeHasNoTitleAndItsContactLineIsAParagraph() throws IOException {
    Notice n = parse("/eval/notice-f.txt");

    assertThat(n.title()).isEmpty();
    assertThat(n.addressee()).contains("职工朋友们");
    assertThat(n.headedSections()).isEmpty();
    assertThat(n.captions()).isEmpty();
    assertThat(n.attachments()).isEmpty();
    assertThat(n.issuer()).isEmpty();
    assertThat(n.dateline()).isEmpty();
    List<String> paragraphs = paragraphs(n);
    assertThat(paragraphs).hasSize(6);
    assertThat(paragraphs.get(0)).startsWith("一袋热血，温暖一座城。");
    assertThat(paragraphs.get(5)).isEqualTo("联系人：区总工会组宣部 陈晓燕，电话：0523-86120457（工作日8:30—17:30）。");
    assertThat(paragraphs).noneMatch(p -> p.contains("职工朋友们"));
  }

  @Test
  void aSalutationFirstNoticeTakesTheGivenTitle() throws IOException {
    Notice n = parser.parse("n", resource("/eval/notice-f.txt"), Optional.of("职工无偿献血活动"));

    assertThat(n.title()).isEqualTo("职工无偿献血活动");
    assertThat(n.addressee()).contains("职工朋友们");
  }

  @Test
  void aMarkdownScheduleWithContactSectionIssuerAndDate() throws IOException {
    Notice n = parse("/eval/notice-g.md");

    assertThat(n.title()).isEqualTo("滨湖区总工会2026年“法律援助进企业”巡回服务安排");
    assertThat(n.addressee()).isEmpty();
    assertThat(n.headedSections())
        .extracting(Section::level, Section::title)
        .containsExactly(tuple(1, "服务日程"), tuple(1, "服务内容"), tuple(1, "有关要求"), tuple(1, "联系方式"));
    assertThat(headed(n, "服务日程").paragraphs())
        .extracting(Paragraph::text)
        .hasSize(8)
        .contains("6月9日（周二）上午9:00，滨湖区职工服务中心三楼报告厅（启动仪式暨首场服务）", "6月25日（周四）下午3:00，新城大道与湖滨路交叉口的安居苑项目部");
    assertThat(headed(n, "联系方式").paragraphs())
        .extracting(Paragraph::text)
        .containsExactly("联系人：区总工会法律工作部 刘洋，电话：0523-86357021。职工也可以拨打全国总工会职工服务热线12351进行咨询。");
    assertThat(n.issuer()).contains("滨湖区总工会");
    assertThat(n.dateline()).contains("2026年6月1日");
    assertThat(n.captions()).isEmpty();
    assertThat(paragraphs(n)).doesNotContain("滨湖区总工会", "2026年6月1日");
  }

  @Test
  void aMarkdownTableIsOneSentencePerRowNamingItsColumns() throws IOException {
    Notice n = parse("/eval/notice-i.md");

    assertThat(headed(n, "四、比赛日程").paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "报到及抽签：日期为4月9日（周五）下午，地点为市职工文体中心二楼会议室。",
            "小组赛：日期为4月10日至4月11日，地点为市体育运动学校乒乓球馆。",
            "决赛及颁奖：日期为4月17日（周六）全天，地点为市体育运动学校乒乓球馆。");
    assertThat(n.captions()).isEmpty();
    assertThat(headed(n, "一、组织单位").paragraphs())
        .extracting(Paragraph::text)
        .containsExactly("主办单位：清河市总工会", "承办单位：清河市体育运动学校、市职工文体协会");
    assertThat(paragraphs(n)).noneMatch(p -> p.contains("|") || p.contains("---"));
    assertThat(n.attachments()).containsExactly("2027年全市职工乒乓球比赛报名表", "参赛安全承诺书");
    // an item's summary does not stop at a clause that only says after what (…加盖单位公章后)
    assertThat(Items.of(n, headed(n, "五、报名办法")))
        .contains("请于3月20日前将报名表（见附件1）加盖单位公章后，扫描发送至邮箱qhzgwt@126.com");
    assertThat(n.dateline()).contains("2027年2月26日");
  }

  @Test
  void aTableWithoutHeaderJoinsItsCellsAndDropsARowNumberColumn() {
    String text =
        """
        读书月安排

        一、分享会

        | 序号 | 时间 | 地点 |
        | :---: | --- | --- |
        | 1 | 5月6日 | 职工书屋 |
        | 2 | 5月20日 | 市图书馆 |

        二、推荐书目

        | 《大国工匠》 | 人民出版社 |
        | 《劳动创造幸福》 | 工人出版社 |
        """;
    Notice n = parser.parse("a", text, Optional.empty());

    assertThat(headed(n, "一、分享会").paragraphs())
        .extracting(Paragraph::text)
        .containsExactly("时间为5月6日，地点为职工书屋。", "时间为5月20日，地点为市图书馆。");
    Notice single =
        parser.parse("a", "安排\n\n一、时间\n\n| 报到 | 5月6日 |\n| --- | --- |\n", Optional.empty());
    assertThat(headed(single, "一、时间").paragraphs())
        .extracting(Paragraph::text)
        .containsExactly("报到，5月6日。");
    assertThat(headed(n, "二、推荐书目").paragraphs())
        .extracting(Paragraph::text)
        .containsExactly("《大国工匠》，人民出版社。", "《劳动创造幸福》，工人出版社。");
  }

  @Test
  void aPostIsSignedAboveItsCallToShareAndItsSourceLine() {
    String text =
        """
        # 台风“玄蝶”逼近！户外劳动者请收好这份防台防汛安全提醒

        原创　鸥湾区总工会　2027-08-03 19:20

        单位克扣停工期间工资的，可拨打12351投诉。

        汐浦市鸥湾区总工会

        2027年8月3日

        转发给身边跑外卖、送快递、扫马路的工友，风雨路上，平安到家！🙏

        来源：鸥湾区总工会权益保障部　｜　编辑：何晴川
        """;
    Notice n = parser.parse("a", text, Optional.empty());

    assertThat(n.issuer()).contains("汐浦市鸥湾区总工会");
    assertThat(n.dateline()).contains("2027年8月3日");
  }

  @Test
  void aTableTypedAsPlainTextIsReadAsATable() {
    // columns lined up by spaces in one table, by tabs in the other, as pasted from a spreadsheet
    String text =
        "值班安排\n\n一、值班表\n\n"
            + "日期               星期      带班领导    值班电话\n"
            + "2月10日（除夕）    星期三    韩立群      0758-3862127\n"
            + "2月11日（初一）    星期四    邵文澜      0758-3826127\n\n"
            + "二、窗口\n\n"
            + "窗口\t开放时间\t地址\n"
            + "职工服务中心\t9:00—16:00\t解放东路36号\n"
            + "爱心驿站\t7:00—22:00\t火车站南广场\n\n"
            + "三、说明\n\n"
            + "值班人员  须24小时手机畅通。\n";
    Notice n = parser.parse("a", text, Optional.empty());

    assertThat(headed(n, "一、值班表").paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "2月10日（除夕）：星期为星期三，带班领导为韩立群，值班电话为0758-3862127。",
            "2月11日（初一）：星期为星期四，带班领导为邵文澜，值班电话为0758-3826127。");
    assertThat(headed(n, "二、窗口").paragraphs())
        .extracting(Paragraph::text)
        .containsExactly("职工服务中心：开放时间为9:00—16:00，地址为解放东路36号。", "爱心驿站：开放时间为7:00—22:00，地址为火车站南广场。");
    // a line with a gap in it is no table
    assertThat(headed(n, "三、说明").paragraphs())
        .extracting(Paragraph::text)
        .containsExactly("值班人员  须24小时手机畅通。");
  }

  @Test
  void aTableTypedTooTightForAWideGapEverywhereIsStillReadAsATable() {
    // a cell runs wide, so one space parts it from the next; the widths are off by a column or two
    String text =
        "笔试公告\n\n三、考场安排\n\n"
            + "考点　　　　　　　　　　　考场号　　　　　人数　　　地址及入场口\n"
            + "考点一　芷阳市第一中学　　第01—14考场　　420人　　兰台区学院路66号（东门入场）\n"
            + "考点二　芷阳职业技术学院　第15—28考场　　420人　　桂湖区文昌大道1288号（北门入场）\n"
            + "准考证号共8位。\n\n"
            + "四、咨询\n\n"
            + "考务咨询电话：0627-8853216（市总工会组织部，工作日上午8:30—12:00，下午14:30—17:30）\n"
            + "准考证打印技术咨询电话：400-667-5180（芷阳人事考试网，4月10日至4月16日每天8:00—20:00）\n";
    Notice n = parser.parse("a", text, Optional.empty());

    assertThat(headed(n, "三、考场安排").paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "考点一芷阳市第一中学：考场号为第01—14考场，人数为420人，地址及入场口为兰台区学院路66号（东门入场）。",
            "考点二芷阳职业技术学院：考场号为第15—28考场，人数为420人，地址及入场口为桂湖区文昌大道1288号（北门入场）。",
            "准考证号共8位。");
    // two lines, each a contact of its own, though their labels are longer than 咨询电话
    assertThat(headed(n, "四、咨询").paragraphs()).hasSize(2);
  }

  @Test
  void aTableTypedAsLinesOfCellsSplitByBarsIsReadAsATable() {
    String text =
        "招生简章\n\n【培训项目】\n\n"
            + "课程名称｜课时｜学费\n"
            + "育婴员（四级/中级工）｜64课时｜1500元\n"
            + "办公软件应用（Excel数据处理） | 40课时 | 600元\n"
            + "注：学费为每人全程费用。\n\n"
            + "【补贴政策】\n\n"
            + "等级｜补贴标准｜申领时限\n"
            + "五级/初级工｜1000元｜12个月内\n";
    Notice n = parser.parse("a", text, Optional.empty());

    assertThat(headed(n, "培训项目").paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "育婴员（四级/中级工）：课时为64课时，学费为1500元。", "办公软件应用（Excel数据处理）：课时为40课时，学费为600元。", "注：学费为每人全程费用。");
    // a header over one line is no table
    assertThat(headed(n, "补贴政策").paragraphs())
        .extracting(Paragraph::text)
        .containsExactly("等级｜补贴标准｜申领时限", "五级/初级工｜1000元｜12个月内");
  }

  @Test
  void aNewsReportKeepsAQuotationWithWhoSaidIt() throws IOException {
    Notice n = parse("/eval/notice-k.txt");

    assertThat(n.byline()).contains("（通讯员 陈思雨）");
    assertThat(n.sections().get(0).paragraphs())
        .flatExtracting(Paragraph::sentences)
        .contains("“平时加班多，睡眠不好，今天学到的呼吸方法很简单，回去就能用。”在物流公司做分拣工作的职工小刘说。");
    assertThat(n.captions()).extracting(Caption::text).containsExactly("讲座现场，林晓带领职工练习放松方法");
  }

  @Test
  void aQuestionAndAnswerNoticeHeadsEachAnswerWithItsQuestion() throws IOException {
    Notice n = parse("/eval/notice-l.txt");

    assertThat(n.headedSections())
        .extracting(Section::level, Section::title)
        .startsWith(tuple(1, "哪些人可以参加职工疗休养？"), tuple(1, "疗休养一次几天？"));
    assertThat(headed(n, "疗休养一次几天？").paragraphs())
        .extracting(Paragraph::text)
        .containsExactly("每期疗休养时间为5天，往返路途时间另计，不占用职工年休假。");
    assertThat(paragraphs(n)).noneMatch(p -> p.startsWith("问：") || p.startsWith("答："));

    Notice nested = parser.parse("a", "疗休养安排\n\n一、报名\n\n问：怎么报名？\n答：由单位工会统一报名。\n", Optional.empty());
    assertThat(nested.headedSections())
        .extracting(Section::level, Section::title)
        .containsExactly(tuple(1, "报名"), tuple(2, "怎么报名？"));
  }

  @Test
  void brokenTablesAndStrayQuestionLinesLoseNoText() {
    String text =
        """
        通知

        ||
        | --- | --- |
        | 只有一格 |
        | 甲 | 乙 | 丙 | 丁 |
        答：没有问的答。
        问：这一行问得太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长了吗？
        """;
    Notice n = parser.parse("a", text, Optional.empty());

    String all =
        n.sections().stream().map(Section::heading).collect(Collectors.joining("\n"))
            + "\n"
            + String.join("\n", paragraphs(n));
    assertThat(all).contains("只有一格", "甲", "丁", "没有问的答", "问得太长").doesNotContain("|", "---");
  }

  @Test
  void regulationsHaveChaptersAndArticles() throws IOException {
    Notice n = parse("/eval/notice-h.txt");

    assertThat(n.title()).isEqualTo("江临市总工会职工互助保障管理办法");
    assertThat(n.byline()).isEmpty();
    assertThat(n.captions()).isEmpty();
    assertThat(n.sections().get(0).heading()).isEmpty();
    assertThat(n.sections().get(0).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly("（2026年11月20日江临市总工会第十五届常务委员会第八次会议审议通过）");
    List<Section> chapters = n.sections().stream().filter(s -> s.level() == 1).toList();
    assertThat(chapters)
        .extracting(Section::title)
        .containsExactly("总则", "参加与缴费", "保障项目与给付标准", "申请与审核", "监督管理", "附则");
    assertThat(chapters.get(1).heading()).isEqualTo("第二章 参加与缴费");
    List<Section> articles = n.sections().stream().filter(s -> s.level() == 2).toList();
    assertThat(articles)
        .extracting(Section::title)
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, 16).mapToObj(i -> "第" + Numerals.chinese(i) + "条").toList());
    assertThat(articles).allMatch(a -> n.sections().get(a.parent()).level() == 1);
    Section fifth = headed(n, "第五条");
    assertThat(n.sections().get(fifth.parent()).title()).isEqualTo("参加与缴费");
    assertThat(fifth.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly("职工互助保障以基层工会为单位集体参加，不接受个人单独办理。参加的会员人数原则上不少于本单位会员总数的百分之八十。");
    assertThat(n.sections().get(headed(n, "第十六条").parent()).title()).isEqualTo("附则");
    assertThat(paragraphs(n)).noneMatch(p -> p.startsWith("第") && p.contains("条 "));
    assertThat(n.issuer()).isEmpty();
    assertThat(n.dateline()).isEmpty();
  }

  @Test
  void theBundledNoticeKeepsItsCaptionsEachInItsSection() throws IOException {
    Notice n = parse("/org/unionbot/knowledge/notice.txt");

    assertThat(n.captions())
        .extracting(Caption::text, c -> n.sections().get(c.section()).heading())
        .containsExactly(
            tuple("市总工会召开学习贯彻中国工会十八大精神会议", ""),
            tuple("邀请中国劳动关系学院工会学院教授刘元文“上门”辅导", "三个方面理解把握工会十八大精神"),
            tuple("11月14日上午，市总工会干部职工参加网上授课学习", "四个步骤“学深悟透”"));
    assertThat(n.addressee()).isEmpty();
    assertThat(n.attachments()).isEmpty();
    assertThat(n.issuer()).isEmpty();
    assertThat(n.dateline()).isEmpty();
  }

  @Test
  void theShortNoticeSignOffIsIssuerAndDatelineNotCaptions() throws IOException {
    Notice n = parse("/eval/notice-d.txt");

    assertThat(n.addressee()).contains("各区总工会、各产业工会");
    assertThat(n.issuer()).contains("市总工会");
    assertThat(n.dateline()).contains("2027年3月15日");
    assertThat(n.captions()).isEmpty();
    assertThat(n.sections().get(0).paragraphs().get(0).text()).startsWith("为丰富职工精神文化生活");
  }

  @Test
  void anAttachmentBlockWithItsItemsOnSeparateLines() {
    String text =
        """
        关于报送统计材料的通知

        各基层工会：

        请于5月10日前报送以下材料。

        附件：
        1.职工书屋统计表；
        2.先进个人推荐名单

        市总工会
        2026年4月1日
        """;
    Notice n = parser.parse("a", text, Optional.empty());

    assertThat(n.addressee()).contains("各基层工会");
    assertThat(n.attachments()).containsExactly("职工书屋统计表", "先进个人推荐名单");
    assertThat(n.issuer()).contains("市总工会");
    assertThat(n.dateline()).contains("2026年4月1日");
    assertThat(paragraphs(n)).containsExactly("请于5月10日前报送以下材料。");
    assertThat(n.headedSections()).isEmpty();
    assertThat(n.captions()).isEmpty();
  }

  @Test
  void aSingleAttachmentOnTheNextLine() {
    String text =
        """
        关于报名的通知

        请各单位于5月10日前报名。

        附件：
        活动报名表

        2026年4月1日
        """;
    Notice n = parser.parse("a", text, Optional.empty());

    assertThat(n.attachments()).containsExactly("活动报名表");
    assertThat(n.issuer()).isEmpty();
    assertThat(n.dateline()).contains("2026年4月1日");
    assertThat(paragraphs(n)).containsExactly("请各单位于5月10日前报名。");
  }

  @Test
  void aDatelineWithoutAnIssuer() {
    String text =
        """
        关于调整活动时间的通知

        原定于5月举行的读书分享会改至6月举行。

        2026年4月20日
        """;
    Notice n = parser.parse("a", text, Optional.empty());

    assertThat(n.dateline()).contains("2026年4月20日");
    assertThat(n.issuer()).isEmpty();
    assertThat(n.captions()).isEmpty();
    assertThat(paragraphs(n)).containsExactly("原定于5月举行的读书分享会改至6月举行。");
  }

  @Test
  void aSalutationFirstNoticeWithoutTitle() {
    String text =
        """
        会员朋友们：

        本周六上午9:00在职工之家举办亲子阅读活动，欢迎报名。

        联系电话：0523-1234567
        """;
    Notice n = parser.parse("a", text, Optional.empty());

    assertThat(n.title()).isEmpty();
    assertThat(n.addressee()).contains("会员朋友们");
    assertThat(n.headedSections()).isEmpty();
    assertThat(n.captions()).isEmpty();
    assertThat(paragraphs(n)).containsExactly("本周六上午9:00在职工之家举办亲子阅读活动，欢迎报名。", "联系电话：0523-1234567");
  }

  @Test
  void shortContactLinesAreParagraphsOfTheirOwn() {
    String text =
        """
        关于开展义诊活动的通知

        一、活动安排

        活动于5月1日在职工之家举行。

        联系人：王磊
        电话：0523-1234567
        地址：人民路8号
        """;
    Notice n = parser.parse("a", text, Optional.empty());

    assertThat(n.headedSections()).extracting(Section::title).containsExactly("活动安排");
    assertThat(n.headedSections().get(0).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly("活动于5月1日在职工之家举行。", "联系人：王磊", "电话：0523-1234567", "地址：人民路8号");
    assertThat(n.captions()).isEmpty();
    assertThat(n.issuer()).isEmpty();
  }

  @Test
  void articlesWithoutChaptersAreTopLevelAndTheirItemsStayInside() {
    String text =
        """
        职工代表大会议事规则

        第一条 为规范职工代表大会议事程序，制定本规则。

        第二条
        职工代表大会每年至少召开一次。

        第三条 职工代表享有下列权利：
        （一）选举权
        （二）批评建议权

        第九十九条 本规则自印发之日起施行。
        """;
    Notice n = parser.parse("a", text, Optional.empty());

    assertThat(n.sections())
        .extracting(Section::level, Section::title)
        .containsExactly(tuple(1, "第一条"), tuple(1, "第二条"), tuple(1, "第三条"), tuple(1, "第九十九条"));
    assertThat(n.sections().get(1).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly("职工代表大会每年至少召开一次。");
    assertThat(n.sections().get(2).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly("职工代表享有下列权利：", "（一）选举权", "（二）批评建议权");
    assertThat(n.captions()).isEmpty();
  }

  @Test
  void aCaptionBeforeAnyHeadingSitsInTheLeadOrNowhere() {
    String withoutLead =
        """
        职工书屋开放

        ▲职工在书屋阅读

        一、活动情况

        活动吸引职工200余人参加。

        ▲获奖职工合影
        """;
    assertThat(parser.parse("a", withoutLead, Optional.empty()).captions())
        .containsExactly(new Caption("职工在书屋阅读", -1), new Caption("获奖职工合影", 0));

    String withLead =
        """
        职工书屋开放

        ▲职工在书屋阅读

        近日，区总工会职工书屋正式开放。

        一、活动情况

        活动吸引职工200余人参加。

        ▲获奖职工合影
        """;
    assertThat(parser.parse("a", withLead, Optional.empty()).captions())
        .containsExactly(new Caption("职工在书屋阅读", 0), new Caption("获奖职工合影", 1));
  }

  @Test
  void aLeadInEndingWithAColonIsNoAddressee() {
    String text =
        """
        关于开展读书活动的通知

        根据工作安排，现将有关事项通知如下：

        一、活动时间

        活动自5月1日起至5月31日止。
        """;
    Notice n = parser.parse("a", text, Optional.empty());

    assertThat(n.addressee()).isEmpty();
    assertThat(n.sections().get(0).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly("根据工作安排，现将有关事项通知如下：");

    Notice list = parser.parse("a", "读书月活动\n\n本次活动包括：\n\n好书推荐、读书分享会。", Optional.empty());
    assertThat(list.addressee()).isEmpty();
    assertThat(paragraphs(list)).containsExactly("本次活动包括：", "好书推荐、读书分享会。");
  }

  @Test
  void aPublicAccountArticleIsHeadedByBracketedLabelsAndLosesItsBulletGlyphs() throws IOException {
    Notice n = parse("/eval/notice-n.txt");

    assertThat(n.sections())
        .extracting(Section::heading)
        .containsExactly("", "活动时间", "参加对象", "参与方式", "奖励设置", "温馨提示");
    // the lead ends with 👏: the 【活动时间】 line after it is a heading, not the lead's continuation
    assertThat(headed(n, "").paragraphs().get(0).text()).endsWith("欢迎全区职工踊跃参与👏");
    assertThat(headed(n, "参与方式").paragraphs().get(0).text()).startsWith("第一步：微信关注");
    assertThat(headed(n, "奖励设置").paragraphs().get(0).text()).startsWith("累计达标15天");

    Notice labelled =
        parser.parse("a", "健步走活动\n\n【活动时间】1月25日至2月15日\n\n【参加对象】全区工会会员", Optional.empty());
    assertThat(paragraphs(labelled)).containsExactly("活动时间：1月25日至2月15日", "参加对象：全区工会会员");
  }

  @Test
  void aNumberedLineOpensWithAHeadingOnlyWhereItsSiblingsDoToo() throws IOException {
    Notice meeting = parse("/eval/notice-m.txt");

    // （三）会议不安排午餐。会场车位有限… is one of four requirements, not a heading over the fourth
    assertThat(headed(meeting, "五、有关要求").paragraphs())
        .extracting(Paragraph::text)
        .anyMatch(t -> t.startsWith("（三）会议不安排午餐。会场车位有限"))
        .anyMatch(t -> t.startsWith("（四）因特殊情况不能参会的"));

    String runIn =
        """
        关于开展读书活动的通知

        一、加强组织领导。各级工会要成立领导小组，明确责任分工。
        二、丰富活动形式。各级工会要开展读书分享会、征文比赛等活动。
        """;
    assertThat(parser.parse("a", runIn, Optional.empty()).sections())
        .extracting(Section::heading)
        .contains("一、加强组织领导", "二、丰富活动形式");

    // the siblings are those under the same heading: 申领方式's items are headed, 其他事项's state rules
    String mixed =
        """
        关于开展技能补贴申领工作的通知

        一、申领方式
        （一）线上申领。职工通过“职工之家”小程序在线填写个人信息，并上传所需材料的照片。
        （二）线下申领。职工本人携带所需材料原件到职工服务中心一楼大厅现场办理。
        二、其他事项
        （一）每人每年度只能申领一次。同一年度取得多个证书的，按等级最高的一个证书申领。
        （二）申领人应对材料的真实性负责。对弄虚作假骗取补贴的，全额追回已发放的补贴。
        （三）因银行卡信息填写错误导致补贴无法发放的，申领人应在6月30日前到线下服务大厅办理更正。
        （四）各基层工会要做好政策宣传，帮助符合条件的职工及时申领。
        """;
    Notice claims = parser.parse("a", mixed, Optional.empty());
    assertThat(claims.sections())
        .extracting(Section::heading)
        .contains("（一）线上申领", "（二）线下申领")
        .doesNotContain("（一）每人每年度只能申领一次", "（二）申领人应对材料的真实性负责");
    assertThat(headed(claims, "二、其他事项").paragraphs())
        .extracting(Paragraph::text)
        .anyMatch(t -> t.startsWith("（一）每人每年度只能申领一次。同一年度"));
  }

  @Test
  void boldHeadingsLoseTheirMarksAndAScheduleIsListedByWhatHappens() throws IOException {
    Notice n = parse("/eval/notice-o.md");

    assertThat(n.title()).isEqualTo("关于举办2027年基层工会主席培训班的通知");
    assertThat(n.sections()).extracting(Section::heading).contains("一、培训对象", "三、培训内容", "四、有关事项");
    // 1、4月12日上午：《工会法》…解读； lists the lecture, not the half-day
    assertThat(Items.of(n, headed(n, "三、培训内容"))).startsWith("《工会法》和《中国工会章程》解读", "基层工会组建与规范化建设");
  }

  @Test
  void aNoticeNumberedFromOneHasItsPartsAtTheTop() throws IOException {
    Notice n = parse("/eval/notice-p.txt");

    assertThat(headed(n, "1.资助对象").level()).isEqualTo(1);
    assertThat(headed(n, "4.工作程序").level()).isEqualTo(1);
  }

  @Test
  void aDocumentPastedFromItsPdfReadsAsItsReaderSeesIt() throws IOException {
    Notice n = parse("/eval/notice-q.txt");

    // the letterhead is no title; the title centred over two lines is one
    assertThat(n.title()).isEqualTo("关于组织2027年度劳动模范和先进职工健康体检的通知");
    assertThat(paragraphs(n)).contains("文号：青工发〔2027〕9号");
    // lines broken at the page's width, and across a page footer, are one paragraph again
    assertThat(paragraphs(n))
        .anyMatch(p -> p.contains("时间为5月10日至5月21日；第二批") && p.endsWith("周六、周日不安排体检。"))
        .anyMatch(p -> p.contains("门诊楼五楼）。体检项目包括"))
        .noneMatch(p -> p.contains("—"));
    assertThat(n.captions()).isEmpty();
    // 抄送 and （此件主动公开） after the dateline do not hide the issuer and the date
    assertThat(n.issuer()).hasValue("青川市总工会");
    assertThat(n.dateline()).hasValue("2027年4月6日");
    assertThat(paragraphs(n)).contains("抄送：市人力资源和社会保障局、市卫生健康委员会。");
  }

  /**
   * A notice as its PDF would paste: every line broken at 56 columns (28 Chinese characters), a
   * page footer after every 30 lines.
   */
  private static String wrappedAsAPdf(String text) {
    StringBuilder out = new StringBuilder();
    int lines = 0;
    for (String line : text.split("\n", -1)) {
      int columns = 0;
      for (int i = 0; i < line.length(); i++) {
        int w = PdfPaste.width(String.valueOf(line.charAt(i)));
        if (columns + w > 56) {
          out.append('\n');
          columns = 0;
          if (++lines % 30 == 0) {
            out.append("\n— ").append(lines / 30).append(" —\n\n");
          }
        }
        out.append(line.charAt(i));
        columns += w;
      }
      out.append('\n');
      lines++;
    }
    return out.toString();
  }

  @Test
  void aNoticeBrokenAtAPagesWidthReadsAsTheNoticeItself() throws IOException {
    for (String name : List.of("/eval/notice-b.txt", "/eval/notice-e.txt", "/eval/notice-j.txt")) {
      Notice original = parse(name);
      Notice wrapped = parser.parse("n", wrappedAsAPdf(resource(name)), Optional.empty());

      assertThat(wrapped.title()).as(name).isEqualTo(original.title());
      assertThat(wrapped.sections())
          .as(name)
          .extracting(Section::heading)
          .isEqualTo(original.sections().stream().map(Section::heading).toList());
      assertThat(paragraphs(wrapped)).as(name).isEqualTo(paragraphs(original));
      assertThat(wrapped.issuer()).as(name).isEqualTo(original.issuer());
      assertThat(wrapped.dateline()).as(name).isEqualTo(original.dateline());
    }
  }

  @Test
  void aTitleCentredOverTwoLinesIsOneWithOrWithoutALetterhead() {
    Notice n =
        parser.parse("n", "关于开展2027年度职工\n书屋示范点评选的通知\n各基层工会：\n请于5月10日前报送材料。\n", Optional.empty());

    assertThat(n.title()).isEqualTo("关于开展2027年度职工书屋示范点评选的通知");
  }

  @Test
  void linesThatEndWhereTheWriterEndedThemAreNotJoined() {
    // short lines that end mid-phrase but never fill a page's width: headings and captions stay
    Notice n =
        parser.parse(
            "n",
            """
            关于举办职工运动会的通知
            一、比赛项目
            拔河、跳绳和趣味接力
            二、比赛时间
            2027年5月1日上午
            """,
            Optional.empty());

    assertThat(n.sections()).extracting(Section::heading).contains("一、比赛项目", "二、比赛时间");

    // long lines that mostly end their sentences, and a few slogans that need no mark, are the
    // writer's lines, not a page's
    String sentence = "各级工会要结合本单位实际，精心组织职工群众广泛参与本次主题活动。\n";
    String slogan = "劳动最光荣 劳动最崇高 劳动最伟大 劳动最美丽 奋斗新征程\n";
    Notice written =
        parser.parse(
            "n",
            "关于开展劳动竞赛的通知\n"
                + sentence.repeat(7)
                + slogan
                + "干好本职工作 争当岗位能手 建功立业新时代 共筑中国梦想\n"
                + "立足岗位作贡献 凝心聚力促发展 团结奋斗谱新篇 齐心协力\n",
            Optional.empty());
    assertThat(paragraphs(written)).noneMatch(p -> p.contains("奋斗新征程干好本职工作"));
  }
}
