package org.unionbot.knowledge.answer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.analysis.Everyday;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.Enumerations;
import org.unionbot.knowledge.notice.NoticeParser;

/** How well a piece of text has the shape of an answer to a question's type (0 to 1). */
final class TypeFit {

  static final Pattern FULL_DATE =
      Pattern.compile("\\d{1,2}月\\d{1,2}[日号]|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}");
  static final Pattern PART_DATE =
      Pattern.compile(
          "\\d{1,2}月|(?<!\\d)([1-9]|[12]\\d|3[01])[日号]|\\d{1,3}个?(月|天|周|小时|星期|分钟|工作日|日)");

  /** A clock time as notices write it: 8:30, 下午2:00. */
  static final Pattern CLOCK = Pattern.compile("(?<!\\d)\\d{1,2}[:：]\\d{2}(?!\\d)");

  /**
   * A phone number: 0523-86213579, 13912345678, the 12351 hotline, a bank's 客服电话96518, a local
   * 客服电话：66283351, 分机8102, 内线电话：8236.
   */
  static final Pattern PHONE =
      Pattern.compile(
          "(?<!\\d)("
              + NoticeParser.PHONE_DIGITS
              + "|\\d{5}(?=[\\p{IsHan}]{0,6}热线|进行|咨询))(?!\\d)"
              // 电话为110 of a table's row, 拨打12351: a service's short number where it is called one
              + "|(热线|电话|拨打)(为|是)?[:：]?(\\d{3}|\\d{5}|\\d{7,8})(?!\\d)"
              + "|(分机|内线电话[:：]?)\\d{3,5}(?!\\d)");

  static final Pattern EMAIL = Pattern.compile("[\\w.-]+@[\\w-]+(\\.[\\w-]+)+");

  /**
   * A venue: a room, hall, site or park, as notices name where things happen, or whatever a table's
   * 地点 column holds (地点为…).
   */
  static final Pattern VENUE =
      Pattern.compile(
          "[\\p{IsHan}\\d]{2,}(会议室|报告厅|大厅|礼堂|广场|服务中心|活动中心|文化中心|园区|公园|大厦|大楼|项目部|驿站|服务站|工地|馆|会场|体育场|球场|观景台|亭|码头|剧院|宾馆|酒店|文化宫|校区|学院|学校|大学|党校|医院|社区|网点|窗口|营业厅|柜台|办事处|食堂|门口|办公室)"
              + "|(?<![\\d一二三四五六七八九十])[一二三四五六七八九十\\d]{1,2}楼(?!梯)|\\d{3,4}室"
              + "|(地点|地址|场地)[^为：，]{0,4}(为|：)|位于"
              // 江滨区学府路18号: a street and its number
              + "|\\p{IsHan}(路|街|大道|大街|巷)\\d{1,5}号"
              // 在溪口农贸市场东侧揭牌, 在公交首末站附近再建: a side of somewhere named is where
              + "|在[\\p{IsHan}\\d]{2,}(东侧|西侧|南侧|北侧|东面|西面|南面|北面|对面|旁边|附近)"
              // 在小程序中操作: the channel where a worker does something is where
              + "|在[^，。；在]{0,12}(小程序|公众号|APP|App|app|网站|系统|平台)(中|上|内|里)?"
              + "(操作|办理|申请|提交|填写|预约|取消|查询|报名|登记|下载|领取)");

  /** What one turns to someone to do, which a where-question may ask: 去哪投诉, 找哪里反映. */
  private static final Pattern TURN = Pattern.compile("投诉|反映|举报|求助");

  private static final List<String> DATE_WORDS =
      List.of(
          "上旬", "中旬", "下旬", "年底", "年初", "月底", "季度", "每月", "每周", "每年", "每天", "每日", "半年", "全年", "半个月",
          "春节前", "春节后", "春节期间", "元旦前", "中秋前", "国庆前", "端午前");
  static final Pattern YEAR = Pattern.compile("\\d{4}年");

  /** A cell of when as a table's row says it: 开放时间为…, 营业时间为… (not 以…时间为准). */
  private static final Pattern TIME_CELL = Pattern.compile("(?<![以按])时间为(?!准)");

  static final Pattern TIME =
      Pattern.compile("[\\d一二三四五六七八九十两]{1,3}点(半|\\d{1,2}分|[一二三四五六七八九十]{1,3}分)?");
  private static final String NUMBER = "\\d+(\\.\\d+)?(余|多)?(万|千|百|亿)?";
  private static final Pattern NAMED = Pattern.compile("“[^”]{2,40}”|《[^》]{2,40}》");
  private static final Pattern ANY_COUNT = Pattern.compile("\\d+(个|项|条|种|类|点|步|名|位|次|年|天|分钟)");
  private static final Pattern PERSON =
      Pattern.compile("总书记|主席|书记|教授|记者|同志|负责人|专家|劳模|律师|仲裁员|医生|医师|教师|老师|讲师");
  private static final Pattern REASON =
      Pattern.compile("为了|因为|由于|所在|保证|意义|目的|旨在|为.{2,20}提供|(^|^[^，,。]{2,12}[，,])为[^，,。]{2,40}[，,]");

  /** A reason given as one: 理由是…, 原因在于…, 以…为由. */
  private static final Pattern STATED_REASON =
      Pattern.compile("(理由|原因)(是|为|在于|[:：])|以[^，,。]{2,20}为由");

  /**
   * A claim of what a thing is worth, which says why it is done: …全面领导是最高政治原则, …是工会永葆生机活力…的动力所在.
   */
  private static final Pattern CLAIM =
      Pattern.compile("是[^，,。；]{0,24}(所在|原则|保证|保障|基础|前提|关键|根本|核心|必然要求)");

  /** What a notice tells its readers to do or not: 请…, 不要…, 务必…, 严禁…. */
  private static final Pattern INSTRUCTION =
      Pattern.compile("(?<!申)请(?!问|示|假)|不要|不得|严禁|禁止|务必|必须|切勿|避免|不宜|应当|注意");

  /**
   * A sentence that itself says 为什么 (回答了工会为什么必须…) tells that the question was answered, not why: it
   * repeats the question's words and would otherwise outrank the reason.
   */
  private static final Pattern ASKS_WHY = Pattern.compile("为什么|为何|为啥");

  private TypeFit() {}

  /** A list item's number at the start of a text: （2）, 2., ②. It counts nothing. */
  private static final Pattern ITEM_NUMBER =
      Pattern.compile("^([（(]\\d{1,2}[）)]|\\d{1,2}[.、．](?!\\d)|[①-⑳])");

  /** A short name in quotes that holds a number: “一个驿站”, “三个一”. */
  private static final Pattern QUOTED_NAME = Pattern.compile("“[^“”\\d]{0,11}\\d[^“”]{0,11}”");

  /**
   * A figure a text gives as a change from another (比去年增加了1500个, 同比增长5.8%): it is no count of the
   * thing itself.
   */
  private static final Pattern CHANGE =
      Pattern.compile(
          "(比[^，。；]{1,12}?|同比|环比)(增加|减少|增长|下降|提高|降低|多|少)了?[约近超过]{0,2}"
              + "[\\d一二三四五六七八九十百千万.]+[\\p{IsHan}%]{0,3}");

  /** A question of a change: 增加了多少, 比去年多几个, 涨了多少. */
  private static final Pattern ASKS_CHANGE =
      Pattern.compile("增加|减少|增长|下降|提高|降低|多了|少了|多出|相差|差多少|比.{0,8}[多少]|涨|降");

  /**
   * A place the notice says it will give later (…组织赛前免费培训，地点另行通知): the answer to where, for now.
   */
  private static final Pattern PLACE_LATER = Pattern.compile("(地点|地址|场地|考场)[^。；，]{0,6}另行通知");

  /** A line that gives a phone number under its label: 考务咨询电话：…, 服务热线：…. */
  private static final Pattern PHONE_LINE =
      Pattern.compile("\\p{IsHan}{0,10}(电话|热线|手机)[：:]\\s*[\\d(（]");

  /** A question of when to call or find someone: 电话几点能打, 什么时候可以咨询, 客服几点有人. */
  private static final Pattern ASKS_CALLING =
      Pattern.compile("电话|热线|手机|打(?![印卡折包])|拨|咨询|联系|接听|有人|客服|上班|值班|办公");

  /** 1 when the canonical text has the shape the question asks for, less when partly. */
  static double of(Question q, String canonical, Snapshot kb) {
    if (q.type() == QuestionType.COUNT) {
      // 亚军给多少 of （2）各工种第二名、第三名，分别奖励6000元: the item's number is no amount; nor is
      // one inside a quoted name (建好“一个驿站” for 建了多少个驿站)
      canonical =
          QUOTED_NAME.matcher(ITEM_NUMBER.matcher(canonical).replaceFirst("")).replaceAll("“”");
      if (!ASKS_CHANGE.matcher(q.text()).find()) {
        // 桂园街道托管点名额多少 of …新增桂园街道托管点，托管名额比去年增加80个: a change is no count of the whole
        canonical = CHANGE.matcher(canonical).replaceAll("");
      }
    }
    if (q.caution()) {
      return INSTRUCTION.matcher(canonical).find() ? 1 : 0;
    }
    return switch (q.type()) {
      case CONTACT -> contact(q, canonical, kb);
      case WHEN -> {
        if (PHONE_LINE.matcher(canonical).lookingAt() && !ASKS_CALLING.matcher(q.text()).find()) {
          // 准考证什么时候打印 of 准考证打印技术咨询电话：400-…（…，4月10日至4月16日每天8:00—20:00）: the
          // hours of a phone line are when to call it, not when what it helps with is done
          yield 0;
        }
        boolean howLong = ASKS_DURATION.matcher(q.text()).find();
        double fit =
            edge(
                q,
                canonical,
                duration(
                    howLong,
                    ASKS_TERM.matcher(q.text()).find(),
                    ASKS_HOW_OFTEN.matcher(q.text()).find(),
                    canonical,
                    hour(q, howLong, canonical, when(canonical))));
        yield day(q, canonical, fit);
      }
      case COUNT -> count(q, canonical);
      case LIST -> list(q, canonical);
      case NAME -> named(q, canonical);
      case WHERE -> PLACE_LATER.matcher(canonical).find() ? 1 : where(q, canonical, kb);
      case WHO ->
          // 谁可以参加筛查 of …，本次不列入筛查范围：: who is left out does not say who may
          !NEGATED.matcher(q.text()).find() && LEFT_OUT.matcher(canonical).find()
              ? -0.5
              : who(q, canonical, kb);
      case WHY ->
          ASKS_WHY.matcher(canonical).find()
              ? -0.5
              : CLAIM.matcher(canonical).find() || STATED_REASON.matcher(canonical).find()
                  ? 1
                  : REASON.matcher(canonical).find() ? 0.5 : 0;
      case WHAT ->
          POST_ASKED.matcher(q.text()).find() ? post(q, canonical) : definition(q, canonical);
      case HOW -> 0;
    };
  }

  /** A date that ends a period: 至7月12日, 4月25日前, 截止, 止. */
  /**
   * Two ends of a period: 12月29日至今年4月7日, 8:30—17:30, 自6月20日起. A sentence of one date alone does not
   * say from when to when.
   */
  private static final Pattern RANGE =
      Pattern.compile("[日号\\d](至|到|—+|－|-|~|～)(今年|明年|次年|当年)?\\d|自.{1,12}起");

  private static final Pattern ENDING =
      Pattern.compile("至|止|前|截止|为止|以前|之前|到\\d|[\\d日号][—－\\-~～]+\\d");

  /**
   * A date that starts a period: 自, 起, 从, 开始, 启动, a range (which has a start: 至, 7月5日—8月20日), or a
   * clock time (a schedule lists when each event starts).
   */
  private static final Pattern STARTING =
      Pattern.compile("自|起|从|开始|启动|至|[日号][—－\\-~～]+\\d|(?<!\\d)\\d{1,2}[:：]\\d{2}(?!\\d)");

  /**
   * A "when" question that asks for the start or the end of a period wants a date that starts or
   * ends one; a lone date (the day the notice was sent, say) fits it less.
   */
  private static double edge(Question q, String canonical, double fit) {
    if (fit == 0 || q.edge() == Question.Edge.NONE) {
      return fit;
    }
    Pattern marks =
        switch (q.edge()) {
          case END -> ENDING;
          case RANGE -> RANGE;
          default -> STARTING;
        };
    return marks.matcher(canonical).find() ? fit : Math.min(fit, 0.3);
  }

  /** Words that ask for a number to call, or for an address to write to. */
  static final Pattern ASKS_PHONE = Pattern.compile("电话|号码|手机|热线|打给|拨打");

  private static final Pattern ASKS_EMAIL = Pattern.compile("邮箱|邮件|e-?mail|电邮");

  /**
   * An office a worker may ask, for a question of whom to ask (不懂的找谁问) rather than of a number:
   * 可以向…咨询, 由…负责解释.
   */
  private static final Pattern WHOM_TO_ASK = Pattern.compile("咨询|负责解释");

  /** How notices open the line that gives their contact. */
  private static final List<String> CONTACT_LINES =
      List.of("联系人：", "联系电话：", "咨询电话：", "联系方式：", "咨询：", "电话：");

  /** A line that gives whom to contact: 联系人：, 咨询电话：, 联系方式：. */
  private static final Pattern CONTACT_LABEL = Pattern.compile("(联系人|联系|咨询|电话|热线|邮箱|方式)[:：]");

  /**
   * A phone number or an e-mail address, or a 联系人 line, or for a question of whom to ask, an office
   * to ask; a question that asks for one of the two (联系电话是多少, 报名表发到哪个邮箱) is not answered by a
   * sentence that has only the other.
   */
  private static double contact(Question q, String canonical, Snapshot kb) {
    boolean phone = PHONE.matcher(canonical).find();
    boolean email = EMAIL.matcher(canonical).find();
    boolean wantsPhone = ASKS_PHONE.matcher(q.text()).find();
    boolean wantsEmail = ASKS_EMAIL.matcher(q.text()).find();
    if (q.terms().isEmpty()
        && !q.text().contains("热线")
        && phone
        && !email
        && !CONTACT_LABEL.matcher(canonical).find()
        && CONTACT_LINES.stream().anyMatch(kb::contains)) {
      return 0.5; // 联系电话是多少 of the notice's own contact, not the 供水服务热线96390 it asks workers to
      // call
    }
    if (phone && (email || !wantsEmail || wantsPhone) || email && (!wantsPhone || wantsEmail)) {
      return 1;
    }
    if (canonical.contains("联系人")
        || !wantsPhone && !wantsEmail && WHOM_TO_ASK.matcher(canonical).find()) {
      return 0.6;
    }
    return phone || email ? 0.5 : 0;
  }

  /**
   * A place the notices name, else something named like a venue (报告厅, 服务中心, 项目部) other than the one
   * asked about: 会场车位有限 does not say where 会场 is.
   */
  private static double where(Question q, String canonical, Snapshot kb) {
    // 区总工会办公室在哪里 of …报送区总工会办公室: the place the question names is not where it is
    String besides = canonical;
    for (String t : q.terms()) {
      if (t.length() >= 2) {
        besides = besides.replace(Canonical.text(t), "");
      }
      if (t.length() >= 4) {
        // 暖心驿站建在哪 of 新增驿站3家: the kind of thing asked about is no venue where it is
        besides = besides.replace(Canonical.text(t.substring(t.length() - 2)), "");
      }
    }
    if (kb.places.stream().anyMatch(besides::contains)) {
      return 1;
    }
    if (HOMETOWN.matcher(q.text()).find()) {
      return 0; // 刘元文教授是哪里人: a home town, which no venue (…工会学院) is
    }
    // 去哪投诉 of 向当地劳动保障监察机构投诉: whom to turn to with what the question asks to do is where
    Matcher turn = TURN.matcher(q.text());
    boolean turnedTo =
        turn.find() && pattern("向[^，,。；]{2,20}" + turn.group()).matcher(canonical).find();
    // 在哪公示 of …在公司OA系统和各车间宣传栏公示: where the notice says the question's deed is done
    boolean doneAt =
        q.terms().stream()
            .filter(t -> t.length() >= 2)
            .anyMatch(
                t ->
                    pattern("在[^，,。；在]{2,20}" + Pattern.quote(Canonical.text(t)))
                        .matcher(canonical)
                        .find());
    // the kind of place the question names (平台) is said with the name that answers it
    boolean online = ONLINE.matcher(q.text()).find() && CHANNEL.matcher(canonical).find();
    return VENUE.matcher(besides).find() || online || turnedTo || doneAt ? 0.8 : 0;
  }

  /** A question of the post someone holds: 祁国栋是什么职务, 她是什么职位. */
  private static final Pattern POST_ASKED = Pattern.compile("(什么|啥|哪个)(职务|职位|头衔|岗位)|干什么的|做什么的");

  /** A post as it is said right before the name of who holds it: 副总经理祁国栋, 工会主席方淑华. */
  private static final String POST =
      "(主席|书记|总经理|经理|主任|局长|部长|厂长|院长|校长|会长|理事长|董事长|委员|班长|组长|站长|队长|技师|工程师)";

  /**
   * 1 when the sentence names the asked person right after a post (甲方首席代表为副总经理祁国栋 for 祁国栋是什么职务),
   * not after a label's colon (首席代表（签字）：祁国栋); 0 otherwise.
   */
  private static double post(Question q, String canonical) {
    for (String t : q.terms()) {
      if (t.length() >= 2
          && pattern(POST + Pattern.quote(Canonical.text(t))).matcher(canonical).find()) {
        return 1;
      }
    }
    return 0;
  }

  /** A question of where someone comes from: 是哪里人, 哪儿的人. */
  private static final Pattern HOMETOWN = Pattern.compile("(哪里|哪儿|什么地方|哪个地方)的?人");

  /** A question of where online: 在哪个平台, 手机上哪儿, 网上在哪报. */
  private static final Pattern ONLINE =
      Pattern.compile("平台|小程序|公众号|手机|网上|线上|栏目|专区|APP|App|app|网站|系统");

  /** A named place online: “鹭川志愿汇”平台, 「鹭川职工e站」小程序, “招聘报名”栏目. */
  private static final Pattern CHANNEL =
      Pattern.compile("[“「][^”」]{2,16}[”」](平台|小程序|公众号|微信公众号|APP|App|网站|系统|专区|栏目)");

  /** How long something lasts or takes: 为期多久, 多长时间, 几天 (not 哪几天, nor how often: 多久办一次). */
  private static final Pattern ASKS_DURATION =
      Pattern.compile("多久(?!.*[一1][次批回趟])|多长|多少时间|多少天|(?<!哪)几天");

  /** A length of time: 半天, 5天, 15个工作日, 90日 (not the 9日 of 3月9日, nor the year 2027年). */
  private static final Pattern DURATION =
      Pattern.compile("半天|全天|整天|半年|半个月|(?<![\\d月])\\d{1,3}(个)?(工作日|天|日|小时|分钟|周|星期|个月|年)");

  /** A question of how long (会开多长时间) wants a length of time; a date or an hour fits it less. */
  private static double duration(
      boolean howLong, boolean term, boolean often, String canonical, double fit) {
    if (often) {
      // 多久复评一次 of 市级创新工作室每三年复评一次: how often, not how long (限期六个月整改)
      return EVERY.matcher(canonical).find() ? 1 : Math.min(fit, 0.3);
    }
    if (!howLong) {
      return fit;
    }
    // 合同期限是多久 of 合同期限自2024年9月2日起至2027年1月31日止: a term asked, from one date to another
    return DURATION.matcher(canonical).find() || term && RANGE.matcher(canonical).find()
        ? 1
        : Math.min(fit, 0.5);
  }

  /** A question of how often: 多久复评一次, 多长时间体检一回. */
  private static final Pattern ASKS_HOW_OFTEN =
      Pattern.compile("(多久|多长时间|隔多少天)[^，。]{0,10}[一1](次|回|趟)[吗呢？?]*$");

  /** A period that recurs: 每三年, 每年, 每季度, 每2个月. */
  private static final Pattern EVERY =
      Pattern.compile("每(\\d+|[一二两三四五六七八九十半]{1,2})?(个)?(年|季度|月|周|星期|天|日|小时)");

  /** A question of how long a term runs: 合同期限是多久, 有效期多长. */
  private static final Pattern ASKS_TERM = Pattern.compile("期限|有效期|期间");

  /**
   * A question that asks the hour (几点开门) wants a clock time; a date alone does not answer it. One
   * that asks when (会议什么时候开) wants the day first: a clock time alone (8:30开始签到) fits it less.
   */
  private static double hour(Question q, boolean howLong, String canonical, double fit) {
    if (fit == 0) {
      return fit;
    }
    boolean hours = q.text().contains("几点") || QuestionParser.asksPresence(q.text());
    if (!hours && !howLong) {
      boolean day =
          WEEKDAY.matcher(canonical).find()
              || PART_DATE.matcher(canonical).find()
              || dateWord(canonical);
      return day ? fit : Math.min(fit, 0.6);
    }
    boolean clock =
        CLOCK.matcher(canonical).find()
            || canonical.indexOf('点') >= 0 && TIME.matcher(canonical).find();
    return clock ? fit : Math.min(fit, 0.3);
  }

  /** 周二, 星期六: a weekday answers "星期几". */
  private static final Pattern WEEKDAY = Pattern.compile("(周|星期|礼拜)[一二三四五六日天]");

  /** A question of which day: 熄灯一小时是哪天, 几号开始 (not 几天, a number of days). */
  private static final Pattern ASKS_DAY = Pattern.compile("哪天|哪一天|几号|几月几|什么日子|哪几天|哪几号");

  /** A day, as a date (2027/5/20 too) or a weekday or a part of a month. */
  private static final Pattern DAY =
      Pattern.compile(
          "\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}月|(?<!\\d)([1-9]|[12]\\d|3[01])[日号]|(周|星期|礼拜)[一二三四五六日天]|[上中下]旬|月底|月初|年底|年初");

  /**
   * A question of which day is not answered by a length of time alone (同步熄灯一小时 of 6月14日晚…，请…熄灯一小时):
   * it fits less than the clause that gives the day.
   */
  private static double day(Question q, String canonical, double fit) {
    return fit > 0.3
            && ASKS_DAY.matcher(q.text()).find()
            && !DAY.matcher(canonical).find()
            && !DAY_OF_A_PROGRAMME.matcher(canonical).find()
        ? 0.3
        : fit;
  }

  private static double when(String canonical) {
    if (WEEKDAY.matcher(canonical).find()) {
      return 1;
    }
    if ((canonical.indexOf('点') >= 0 && TIME.matcher(canonical).find())
        || CLOCK.matcher(canonical).find()) {
      return 0.8;
    }
    if (!hasDigit(canonical)) {
      // 开放时间为同中心开放时间, 开放时间为按课程安排: a table's cell of when, though it names no day
      return dateWord(canonical) || TIME_CELL.matcher(canonical).find() ? 0.8 : 0;
    }
    if (FULL_DATE.matcher(canonical).find()) {
      return 1;
    }
    if (PART_DATE.matcher(canonical).find() || dateWord(canonical)) {
      return 0.8;
    }
    return YEAR.matcher(canonical).find() ? 0.5 : 0;
  }

  /** A day of a programme counted from its start, with its part: 第一天上午, 第二天下午, 第3天晚上. */
  private static final Pattern DAY_OF_A_PROGRAMME =
      Pattern.compile("第[一二三四五六七\\d]天(上午|下午|中午|晚上|早上)");

  private static boolean dateWord(String canonical) {
    if (DAY_OF_A_PROGRAMME.matcher(canonical).find()) {
      return true;
    }
    for (String w : DATE_WORDS) {
      if (canonical.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Most sentences have no digit; checking first spares the date and number patterns. */
  static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * 1 when the text states the asked count: "8个方面" for 几个方面, "职工书屋46家" for 多少家职工书屋, "8万元" for 经费多少,
   * or lists the asked things (劳模精神、劳动精神、工匠精神 for 几种精神).
   */
  static double count(Question q, String canonical) {
    Matcher which = WHICH_NUMBER.matcher(q.text());
    if (which.find()) {
      // 职工文化节是第几届 of 举办第四届“禾川职工文化节” (or of 三届五次职代会): the number it is
      return pattern("[一二三四五六七八九十百\\d]{1,4}" + Pattern.quote(which.group(1)))
              .matcher(canonical)
              .find()
          ? 1
          : 0;
    }
    if (ASKS_A_MULTIPLE.matcher(q.text()).find()) {
      // 法定假日加班几倍 of 法定休假日工作的，支付百分之三百, not of …法定休假日工作3天; a test question's
      // blank holds its keyed multiple (支付（B.二倍）的工资)
      return MULTIPLE.matcher(canonical).find() || canonical.contains("（）")
          ? 1
          : ANY_COUNT.matcher(canonical).find() ? 0.3 : 0;
    }
    if (ASKS_A_SHARE.matcher(q.text()).find()) {
      // 已加入工会的占多少 of 已加入工会的占42.7%, not of …会员1.2万名: a share of a whole
      return SHARE.matcher(canonical).find() ? 1 : ANY_COUNT.matcher(canonical).find() ? 0.3 : 0;
    }
    boolean fee =
        MONEY_WORDS.contains(q.unit())
            || q.measure().equals("元")
            || q.terms().stream().anyMatch(t -> t.length() >= 2 && t.endsWith("费"));
    if (fee && FREE.matcher(canonical).find()) {
      return 1; // 报名费多少 of 比赛不收报名费
    }
    if (!hasDigit(canonical)) {
      return q.unit().isEmpty() ? 0 : list(q, canonical) >= 0.8 ? 1 : 0;
    }
    String unit = q.unit();
    if (MONEY_WORDS.contains(unit)
        || unit.isEmpty() && (q.measure().equals("元") || ASKS_AN_AMOUNT.matcher(q.text()).find())) {
      return MONEY.matcher(canonical).find() ? 1 : 0;
    }
    // 几个 asks any count, alone (提名奖有几个: 30名) or with its noun in the sentence (多少个心理咨询室 of
    // 在8家规模以上企业建成“职工心理咨询室”, 有几个女职工 of 女职工3名)
    String measure = measure(q.measure());
    if (!unit.isEmpty()) {
      if (countOf(unit).matcher(canonical).find()) {
        return 1;
      }
      // 几个环节 of 四个步骤: the unit in the notice's own word for it
      if (Everyday.official(unit).stream().anyMatch(f -> countOf(f).matcher(canonical).find())) {
        return 1;
      }
      if (canonical.contains(unit) && pattern(NUMBER + measure).matcher(canonical).find()) {
        return 1;
      }
      // 几项任务 of 部署了八个方面重点任务: a count whose measure runs on into the noun
      if (pattern(NUMBER + "(个|项|条|种|类|点|大)(方面)?[\\p{IsHan}]{0,4}" + Pattern.quote(unit))
          .matcher(canonical)
          .find()) {
        return 1;
      }
      if (list(q, canonical) >= 0.8) {
        return 1;
      }
      // 一个人能领几张电影券 of 活动期间每人限领2张: a count in the asked measure, its noun said before it
      if (!q.measure().isEmpty()
          && !q.measure().equals("个")
          && pattern(NUMBER + measure).matcher(canonical).find()) {
        return 0.6;
      }
      if (LABELLED_COUNT.matcher(canonical).find()) {
        return 0.6; // 生产一部几个名额 of 生产一部：12名 under 「名额分配」: a labelled count
      }
    } else if (pattern(NUMBER + measure)
            .matcher(LABEL_NOTE.matcher(canonical).replaceAll(""))
            .find()
        // 场所设施多少分 of a scoring table's row: …，分值为8，…: the number its column names in the measure
        || !q.measure().isEmpty()
            && pattern(
                    Pattern.quote(q.measure()) + "[值数](为|是|[:：])" + NUMBER + "(?![\\d\\p{IsHan}])")
                .matcher(canonical)
                .find()) {
      return 1;
    }
    if (unit.isEmpty() && pattern(NUMBER + measure).matcher(canonical).find()) {
      return 0.6; // only in a label's note (基础建设（20分）：), which is of the group the label names
    }
    return ANY_COUNT.matcher(canonical).find() ? 0.3 : 0;
  }

  /** A note in brackets on a label, before its colon: 基础建设（20分）：. */
  private static final Pattern LABEL_NOTE = Pattern.compile("[（(][^（()）]{1,8}[）)](?=[:：])");

  /** A question of a multiple: 几倍, 多少倍. */
  private static final Pattern ASKS_A_MULTIPLE = Pattern.compile("(几|多少)倍");

  /** A multiple as notices give it: 二倍 (2倍 in canonical text), 百分之三百 (300%). */
  private static final Pattern MULTIPLE = Pattern.compile("\\d+(\\.\\d+)?(倍|%)");

  /** A question of what share of a whole: 占多少, 占比多少, 比例是多少, 百分之几, 占几成. */
  private static final Pattern ASKS_A_SHARE =
      Pattern.compile("占(了|到)?(多少|几成|百分之几|多大|比例)|占比|比例|比重|百分之几|百分比");

  /**
   * A share as notices give it: 42.7%, 百分之三十, 七成, 三分之一, 一半, 过半, or a table's cell whose column is
   * in % (占比（%）为60.8).
   */
  private static final Pattern SHARE =
      Pattern.compile(
          "\\d+(\\.\\d+)?[%％]|[（(][%％][）)]为[-+]?\\d|百分之|[一二三四五六七八九\\d]成(?![员本果绩])|分之[一二三四五六七八九]|一半|过半|半数");

  /** A question of which number a thing is: 第几届, 第几次. */
  private static final Pattern WHICH_NUMBER = Pattern.compile("第几(\\p{IsHan})");

  /** A line that labels a count: 生产一部：12名. */
  private static final Pattern LABELLED_COUNT =
      Pattern.compile("^[\\p{IsHan}]{2,12}[：:]\\d+(个|名|人|家|项|次|场|份|张)$");

  /** What says a thing costs nothing: 免费, 不收报名费, 不收取任何费用. */
  private static final Pattern FREE = Pattern.compile("免费|免收|不收|无需缴纳|不需缴纳|不用交");

  /** Words that ask for an amount of money: 多少钱, 多少经费. */
  private static final java.util.Set<String> MONEY_WORDS =
      java.util.Set.of("钱", "费用", "金额", "经费", "资金", "补贴", "奖金", "钱数");

  /** A question of how much was spent or given: 疗休养支出多少, 技能竞赛一共花了多少, 津贴是多少. */
  private static final Pattern ASKS_AN_AMOUNT =
      Pattern.compile("(支出|开支|花费|花了|花掉|投入|投资|预算|金额|奖金|资金|工资|补贴|津贴)(是|了|共|一共|总共|合计)*多少");

  /** An amount in 元, or a table's cell whose column is in 元 (金额（万元）为24.66). */
  static final Pattern MONEY = Pattern.compile("\\d+(\\.\\d+)?(万|千|百)?元|[（(](万|千|百)?元[）)]为-?\\d");

  /**
   * A classifier as a pattern, with the forms notices use for it: 天 is also 日 (30日内, not a date's
   * day) and 工作日, 人 also 名, and 个 is any classifier (提名奖有几个 → 提名奖30名).
   */
  private static String measure(String classifier) {
    return switch (classifier) {
      case "天" -> "(天|日(?<!月\\d{1,2}日)|个?工作日)"; // not the day of a date (3月26日)
      case "人", "名" -> "(人|名)"; // 多少名额 of 名额100人
      case "分" -> "计?分(?![钟公别批期享])"; // a score: 285分, 按9、7、6…1计分, not 5分钟
      case "倍" -> "(倍|%)"; // 给几倍工资 of 日工资收入的300%
      case "趟", "回" -> "(场|次|回|趟|站|期|轮)"; // 要跑几趟 of 共安排六场
      case "篇" -> "(篇|条|份)"; // 发了多少篇 of 全年发布信息412条
      case "本", "册" -> "(本|册)"; // 一次能借几本 of 每人每次限借3册
      case "米" -> "(米|公里|千米|里(?![程面]))"; // 走多远 of 步行约200米, 全程约6公里
      case "" -> "";
      case "个" -> "(个|名|人|项|家|所|条|种|支|队|场|次|本|份|件|位|部|批|期|届|张|篇|处|座)";
      default -> Pattern.quote(classifier);
    };
  }

  /** A quoted name right before what the question names (“书香工会·悦享阅读”职工读书学习活动). */
  private static double named(Question q, String canonical) {
    Matcher m = NAMED.matcher(canonical);
    double best = 0;
    while (m.find()) {
      best = 0.5;
      String after = canonical.substring(m.end(), Math.min(canonical.length(), m.end() + 8));
      for (String noun : q.nouns()) {
        if (after.contains(Canonical.text(noun))) {
          return 1;
        }
      }
    }
    return best;
  }

  private static double who(Question q, String canonical, Snapshot kb) {
    Matcher role = HOLDER_ASKED.matcher(q.text());
    if (role.find()
        && !kb.people.contains(role.group(2))
        && canonical.contains(role.group(2))
        && !QUOTE.matcher(canonical).replaceAll("").contains(role.group(2))) {
      // 师傅是谁 of 徒弟刘晓帆说：“师傅从来不藏私…”: a role said in quoted speech names no one who holds it
      return 0.4;
    }
    if (kb.people.stream().anyMatch(canonical::contains)) {
      return 1;
    }
    if (MADE_UP_OF.matcher(canonical).find()) {
      return 0.8; // 由…的律师和…的仲裁员组成服务小组: who the people are
    }
    Matcher deed = IN_CHARGE_OF.matcher(q.text());
    if (deed.find()
        && pattern("由[^，。；由]{2,14}" + deed.group() + "|\\p{IsHan}{2,12}" + ORGAN + deed.group())
            .matcher(canonical)
            .find()) {
      return 0.8; // 哪家单位配合 of 由女职工部牵头，区妇幼保健院配合: who does what the question asks
    }
    Matcher task = CHARGED_WITH.matcher(q.text());
    if (task.find()
        && pattern("\\p{IsHan}{2,12}" + ORGAN + "[^，。；]{0,16}" + task.group(1))
            .matcher(canonical)
            .find()) {
      return 0.8; // 谁负责审核 of 市总工会权益保障部收到材料后5个工作日内完成审核: the body that does the task
    }
    return PERSON.matcher(canonical).find() ? 0.4 : 0;
  }

  /** A question of who plays a role: 章立峰的师傅是谁, 车间主任叫什么; the role is group 2. */
  private static final Pattern HOLDER_ASKED =
      Pattern.compile("(^|的|他|她)(\\p{IsHan}{2,4}?)(是谁|叫什么|是哪位)$");

  /** What a sentence quotes: “…”. */
  private static final Pattern QUOTE = Pattern.compile("“[^”]*”");

  /** A sentence that says who is left out: 不列入, 不得报考, 不予受理. */
  private static final Pattern LEFT_OUT =
      Pattern.compile("不列入|不纳入|不得(参加|报考|报名|申请|参评|推荐)|不属于|不享受|不予|除外");

  /** A question that asks who may not: 谁不能参加, 哪些人没有资格. */
  private static final Pattern NEGATED = Pattern.compile("不|没|无|除了");

  /** What a question asks who does: 哪个部门牵头, 由哪个部门拨付, 哪家单位配合. */
  private static final Pattern IN_CHARGE_OF =
      Pattern.compile("牵头|负责|配合|协助|拨付|组织|承办|主办|审定|监督|实施|承担|发放|支付");

  /** The task a question asks who is in charge of: 审核 of 谁负责审核救助申请. */
  private static final Pattern CHARGED_WITH = Pattern.compile("负责(\\p{IsHan}{2})");

  /** The last word of a body's name: 女职工部, 区妇幼保健院, 经费审查委员会. */
  private static final String ORGAN = "(部|办公室|委员会|局|院|总工会|中心)";

  /** A sentence that says whom a group is made up of. */
  private static final Pattern MADE_UP_OF = Pattern.compile("由[^，。；]{2,40}组成");

  /**
   * "X是…" for a question "X是什么"; or "…是X" (…团结奋斗是工会工作的根本所在 for 工会工作的根本是啥), which names what fills
   * the part X plays.
   */
  private static double definition(Question q, String canonical) {
    if (q.terms().isEmpty()) {
      return 0;
    }
    Matcher asks = ASKS_WHAT_IS.matcher(q.text());
    if (asks.find()
        && asks.start() >= 1
        && canonical.startsWith(Canonical.text(q.text().substring(0, asks.start())) + "：")) {
      return 1; // A款是什么 of the line A款：端午礼盒一份，…
    }
    for (String t : q.terms()) {
      String term = Canonical.text(t);
      if (term.length() >= 2
          && (canonical.contains("”为" + term)
              || canonical.contains("》为" + term)
              || canonical.contains(term + "为“")
              || canonical.contains(term + "是“"))) {
        return 1; // 主题是什么 of 大会以“团结奋进…”为主题: the name it is given
      }
    }
    String subject = Canonical.text(q.terms().get(0));
    if (canonical.contains(subject + "是") || canonical.contains(subject + "作为")) {
      return 0.5;
    }
    Matcher copula = COPULA.matcher(canonical);
    int is = copula.find() ? copula.start() : -1;
    if (is < 2 || !ASKS_WHAT_IS.matcher(q.text()).find()) {
      return 0;
    }
    String predicate = canonical.substring(is + 1);
    return q.terms().stream().map(Canonical::text).allMatch(predicate::contains) ? 0.5 : 0;
  }

  /** 是 as a copula, not the marker of an item a sentence numbers (一是准确把握大会主题). */
  private static final Pattern COPULA = Pattern.compile("(?<![一二三四五六七八九十])是");

  /** A question that asks what fills a part: 工会工作的根本是啥, 最高政治原则是什么. */
  private static final Pattern ASKS_WHAT_IS = Pattern.compile("是(什么|啥|哪些|哪个|哪一个)[？?]?$");

  /** "8个方面", "5分钟", "四个步骤" (canonical text has digits). */
  static Pattern countOf(String unit) {
    return pattern(NUMBER + "(个|项|条|种|类|点|步|名|位|次|家|册|本|场)?" + Pattern.quote(unit));
  }

  private static final java.util.Map<String, Pattern> PATTERNS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Patterns built from question words, compiled once each (bounded: questions repeat units). */
  static Pattern pattern(String regex) {
    if (PATTERNS.size() > 10_000) {
      PATTERNS.clear();
    }
    return PATTERNS.computeIfAbsent(regex, Pattern::compile);
  }

  /**
   * How well a sentence's enumerations list what the question asks for: any list 0.5; a list most
   * of whose items end with the asked-for kind (思想政治素质、科学文化素质和职业技能水平 for 哪些素质) 1, enough to outrank
   * a sentence that only holds more of the question's words; items of one head 0.7; the asked-for
   * number of items +0.3.
   */
  static double list(Question q, String canonical) {
    double best = 0;
    for (List<String> parts : Enumerations.of(canonical)) {
      int items = parts.size();
      double fit = 0.5;
      if (!q.unit().isEmpty()) {
        String unit = q.unit();
        String last = unit.substring(unit.length() - 1);
        long ending = parts.stream().filter(p -> p.endsWith(unit)).count();
        long sameHead = parts.stream().filter(p -> p.endsWith(last)).count();
        if (2 * ending >= items) {
          fit += 0.5;
        } else if (sameHead == items) {
          fit += 0.2;
        }
      }
      if (q.count().isPresent() && q.count().getAsInt() == items) {
        fit += 0.3;
      }
      best = Math.max(best, Math.min(1, fit));
    }
    return best;
  }
}
