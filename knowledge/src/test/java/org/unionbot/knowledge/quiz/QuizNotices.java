package org.unionbot.knowledge.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.unionbot.knowledge.NoticeText;

/**
 * Small notices of the genre for quiz tests: three written by hand (numbered headings 一、/（一）,
 * Markdown with a list, count headings like 「三项重点任务」) and any number composed at random from a
 * seed.
 */
final class QuizNotices {

  private QuizNotices() {}

  /** Numbered headings 一、 and （一）, a counted heading whose items are its sub-headings. */
  static final String NUMBERED =
      """
      县总工会部署开展“安康杯”安全知识竞赛活动

      （通讯员 赵刚）

      4月10日，县总工会印发通知，决定在全县开展“安康杯”安全生产知识竞赛活动，引导职工学安全、懂安全、会安全。

      一、活动目标

      通过竞赛普及安全生产知识，力争全县参赛职工达到3000人，培育安全生产示范班组30个。

      二、重点开展四项工作

      （一）组织学习培训

      各基层工会要组织职工集中学习，每月开展2次安全培训，重点学习操作规程、应急预案和事故案例。

      （二）开展网上答题

      依托“职工之家”平台开设答题专区，职工每天可答题3次。

      （三）举办现场决赛

      县总工会将于6月20日举办现场决赛，决出优胜班组12个。

      （四）评选先进集体

      对组织有力的单位，评选“安康杯”优胜单位8个。

      三、工作要求

      各级工会要加强组织领导，强化宣传引导，确保活动取得实效。县总工会副主席孙立军负责活动的统筹协调。
      """;

  /** Markdown: # title, ## headings, a numbered list under a counted heading. */
  static final String MARKDOWN =
      """
      # 市总工会关于举办2024年“匠心杯”职工技能大赛的通知

      2024年3月1日，市总工会召开专题会议，决定举办“匠心杯”职工技能大赛。大赛设电工、焊工、钳工三个工种，预计参赛职工超过1200人。

      ## 一、比赛分三个阶段

      1. 初赛由各区工会组织
      2. 复赛由市总工会组织
      3. 决赛在市职工培训中心举行

      ## 二、奖励办法

      每个工种决出前3名，由市总工会推荐申报“五一劳动奖章”。获奖选手授予“技术能手”称号，并给予一次性奖励2000元。

      ## 三、有关要求

      各区工会要高度重视，做好选手选拔、赛前培训、后勤保障等工作。大赛组委会办公室设在市总工会经济技术部。
      """;

  /** Count headings without numbering (「三项重点任务」), paragraphs opening with topic sentences. */
  static final String COUNTED =
      """
      区总工会开展“送温暖”活动关爱一线职工

      1月18日，区总工会在新春来临之际开展送温暖活动，走访慰问困难职工和劳动模范。

      三项重点任务

      走访慰问困难职工。区总工会班子成员带队深入企业，为120户困难职工家庭送去慰问金和年货。

      关爱户外劳动者。各级工会依托“司机之家”和“爱心驿站”，为环卫工人、快递小哥、网约车司机提供休息场所。

      开展文化服务。组织书法家现场书写春联，开展“送文化进企业”活动，走进园区、走进工地、走进社区。

      两点工作要求

      强化责任落实。各基层工会要落实主体责任，确保慰问资金在春节前发放到位。

      注重宣传报道。要通过微信公众号、工会网站、宣传栏等平台宣传活动成效。
      """;

  static NoticeText text(String id, String text) {
    return new NoticeText(id, Optional.empty(), text);
  }

  static List<NoticeText> handWritten() {
    return List.of(
        text("numbered", NUMBERED), text("markdown", MARKDOWN), text("counted", COUNTED));
  }

  private static final String[] PLACES = {"临海", "青山", "东湖", "南溪", "白沙", "北塘"};
  private static final String[] LEVELS = {"市", "区", "县"};
  private static final String[] NAMES = {
    "安康杯", "职工之家", "金秋助学", "送清凉", "工匠摇篮", "劳模讲堂", "健康守护", "书香工会", "巾帼建功"
  };
  private static final String[][] HEADED = {
    {"精神", "劳模", "劳动", "工匠", "奉献", "创新"},
    {"力", "凝聚", "引领", "服务", "战斗", "创造"},
    {"型", "学习", "创新", "服务", "技能", "效益"},
    {"活动", "读书", "健身", "文艺", "志愿", "义诊"},
    {"会", "座谈", "报告", "研讨", "分享", "推进"}
  };
  private static final String[][] PLAIN = {
    {"职工书屋", "爱心驿站", "母婴室", "心理咨询室", "健身房"},
    {"微信公众号", "工会网站", "宣传栏", "广播站", "视频号"}
  };
  private static final String[] COUNTED_UNITS = {"场培训", "名代表", "家示范点", "次座谈", "个班组"};
  private static final String[] SUBJECTS = {"安全生产", "技能提升", "职工服务", "民主管理", "劳动保护"};
  private static final String[] ENDS = {"重要基础", "关键环节", "根本保障", "有效途径", "首要任务", "重要抓手"};
  private static final String[] STEPS = {
    "加强组织领导", "开展宣传发动", "组织集中培训", "强化督促检查", "做好总结表彰", "推进成果转化"
  };
  private static final String[] ORDINALS = {"一", "二", "三", "四", "五"};
  private static final String[] COUNT_WORDS = {"", "", "两", "三", "四", "五"};

  /** A notice of the genre composed from the seed: a lead and two or three sections. */
  static NoticeText random(long seed) {
    Random r = new Random(seed);
    String place = pick(r, PLACES) + pick(r, LEVELS);
    String org = place + "总工会";
    StringBuilder sb = new StringBuilder();
    sb.append(org).append("开展“").append(pick(r, NAMES)).append("”主题活动\n\n");
    sb.append(1 + r.nextInt(12))
        .append("月")
        .append(1 + r.nextInt(28))
        .append("日，")
        .append(org)
        .append("印发通知，部署开展“")
        .append(pick(r, NAMES))
        .append("”主题活动，参与职工预计达到")
        .append(100 * (2 + r.nextInt(30)))
        .append("人。\n\n");
    int style = r.nextInt(3);
    int sections = 2 + r.nextInt(2);
    for (int s = 0; s < sections; s++) {
      boolean counted = s == 0 || r.nextBoolean();
      if (counted) {
        int n = 3 + r.nextInt(3);
        String heading = COUNT_WORDS[n] + "项重点任务";
        sb.append(heading(style, s, heading)).append("\n\n");
        List<String> steps = new ArrayList<>(List.of(STEPS));
        java.util.Collections.shuffle(steps, r);
        for (int k = 0; k < n; k++) {
          sb.append(steps.get(k)).append("。").append(sentence(r, org)).append("\n\n");
        }
      } else {
        sb.append(heading(style, s, "工作要求")).append("\n\n");
        sb.append(sentence(r, org)).append(sentence(r, org)).append("\n\n");
      }
    }
    return text("random-" + seed, sb.toString());
  }

  private static String heading(int style, int s, String title) {
    return switch (style) {
      case 0 -> ORDINALS[s] + "、" + title;
      case 1 -> "## " + title;
      default -> title;
    };
  }

  private static String sentence(Random r, String org) {
    return switch (r.nextInt(5)) {
      case 0 -> pick(r, SUBJECTS) + "是" + pick(r, ENDS) + "。";
      case 1 -> {
        String[] list = HEADED[r.nextInt(HEADED.length)];
        List<String> heads = new ArrayList<>(List.of(list).subList(1, list.length));
        java.util.Collections.shuffle(heads, r);
        String h = list[0];
        yield "要大力弘扬"
            + heads.get(0)
            + h
            + "、"
            + heads.get(1)
            + h
            + "、"
            + heads.get(2)
            + h
            + "，营造良好氛围。";
      }
      case 2 -> {
        String[] list = PLAIN[r.nextInt(PLAIN.length)];
        yield "充分发挥" + list[0] + "、" + list[1] + "、" + list[2] + "、" + list[3] + "等阵地作用。";
      }
      case 3 ->
          "全年计划开展"
              + (2 + r.nextInt(9))
              + pick(r, COUNTED_UNITS)
              + "，推动“"
              + pick(r, NAMES)
              + "”品牌建设。";
      default -> org + "将于" + (1 + r.nextInt(12)) + "月" + (1 + r.nextInt(28)) + "日召开推进会。";
    };
  }

  private static String pick(Random r, String[] from) {
    return from[r.nextInt(from.length)];
  }
}
