package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.analysis.Everyday;
import org.unionbot.knowledge.analysis.Segmenter;
import org.unionbot.knowledge.analysis.Token;
import org.unionbot.knowledge.notice.Numerals;

/** Turns a worker's question into a {@link Question}. Thread-safe. */
final class QuestionParser {

  private static final String CLASSIFIERS = "个项条种类点大步名位次家所座批册本元场天年月周岁期届样人支对组份张件趟回块轮集层篇";
  private static final String STRUCTURE_CLASSIFIERS = "个项条种类点步家件样";

  /**
   * Classifiers that count the occasions of a schedule (第二场, 头一站, 最后一期): a position among them is
   * asked as {@link #OCCASION}. Not 次, which more often means "time" (第一次献血).
   */
  private static final String OCCASION_CLASSIFIERS = "场站回期批轮趟拨";

  /** The unit of a question that asks for an occasion by its position: 第二场, 头一回, 最后一站. */
  static final String OCCASION = "场";

  /**
   * Contact cues; 手机 as a number, not 在手机上 (on one's phone) nor 手机计步 (the phone's use); a number,
   * not that of an identity card (文末需要写身份证号码吗); the number to dial.
   */
  private static final Pattern CONTACT =
      Pattern.compile(
          "电话|(?<!身份证|证件|银行卡|卡)号码|手机(?=号|是|多少|$)|热线|联系方式|(怎么|如何|咋)联[系络]|联[系络](谁|人)|找谁|(?<![慰访审询质追])问谁|(找|问)(哪位|哪个人|什么人|哪个部门)|打给谁|邮箱|e-?mail|电子邮件|邮件地址|传真"
              // 有事打哪个号, 问事拨几号: the number to dial, not a day of the month
              + "|[打拨](几|哪个|什么)号");

  /** The verbs of taking part that frame an eligibility question ({@link #ELIGIBLE}). */
  private static final String TAKE_PART_VERBS = "参加|参赛|报名|申请|领取|领";

  /** {@link #TAKE_PART_VERBS} as words. */
  static final Set<String> TAKE_PART = Set.of(TAKE_PART_VERBS.split("\\|"));

  /** Who may take part: 什么人可以参加, 哪些人能报名, 谁有资格申请. */
  private static final Pattern ELIGIBLE =
      Pattern.compile("(什么人|哪些人|什么样的人|哪类人|谁)(都)?(可以|能|能够|才能|有资格)(" + TAKE_PART_VERBS + ")");

  /**
   * Whether someone may take part, asked of the someone: 当官的能参加吗, 退休职工可以报名不, 能不能参赛, 还能再申请吗. The
   * verb frames the question; the person named is what the notice must speak of.
   */
  private static final Pattern MAY_TAKE_PART =
      Pattern.compile(
          "(?:(?<!才)(?:能|可以|可|能否)再?(参加|参赛|报名|参评|申请|去|来)(?:吗|不|么)"
              + "|(?:能不能|可不可以)(参加|参赛|报名|参评|申请|去|来))[？?]?$");

  /** Words for the place of the notice's own event, which a where-question asks for. */
  private static final Set<String> VENUE_WORDS = Set.of("会场", "场地", "地点", "场所");

  /** What one must bring or hand in, the thing unnamed: 要准备什么东西, 需要带些啥, 要交哪些. */
  private static final Pattern BRING =
      Pattern.compile("(准备|带|携带|提交|交|递交|备)(好|上|齐)?(些|点)?(什么|哪些|啥)(东西)?[？?]?$");

  /** The word a question of what to bring stands for ({@link #BRING}): notices head it 申报材料. */
  static final String MATERIALS = "材料";

  /** The word an eligibility question stands for ({@link #ELIGIBLE}). */
  static final String ELIGIBILITY = "资格";

  /** Why a worker asks for a contact (有问题找谁), which no contact line says. */
  private static final Set<String> CONTACT_REASON =
      Set.of("问题", "疑问", "不懂", "不明白", "不清楚", "咨询", "有事", "事儿");

  /** What 几点 counts when it is no clock time: 讲了几点意见, 哪几点要求. */
  private static final String POINTS =
      "意见|要求|建议|倡议|提醒|提示|体会|看法|措施|希望|做法|经验|工作|内容|任务|原因|问题|理由|好处|注意|感想|启示|收获";

  private static final Pattern WHEN =
      Pattern.compile(
          "哪天|哪一天|哪几天|哪些天|哪几号|哪几个月|哪些月份|什么时候|啥时候|何时|几月几[日号]?|几号|哪年|哪个月|什么日子|日期|什么时间|啥时间|几时|(?<!哪)几点(?!"
              + POINTS
              + ")|多久|多长时间|隔多长|(星期|周|礼拜)几");

  /**
   * Who wrote the article, asked by the part played: 记者是谁, 作者？ (not 记者问的第一个问题, which asks what the
   * reporter asked).
   */
  private static final String WRITER_ASKED = "(?<!工)(作者|记者|通讯员|讲话人|讲话者|致辞人)(?=$|[？?]|是|叫|姓|名)";

  private static final Pattern WHO =
      Pattern.compile(
          "谁|哪位|什么人|哪个人|哪些人|啥人|"
              + WRITER_ASKED
              + "|(由|归)(哪个|哪些|哪家)(部门|单位|科室)|(哪个|哪些|哪家)(部门|单位|科室)来?"
              + "(牵头|负责|配合|拨付|组织|承办|主办|审定|监督|实施)");
  private static final Pattern AUTHOR =
      Pattern.compile("谁写|谁撰|" + WRITER_ASKED + "|撰稿|(谁|哪位|什么人)拍|拍的|摄影|供稿|谁报道|文/图|写的|署名");
  private static final Pattern END =
      Pattern.compile(
          "结束|截止|收尾|闭幕|为止|之前|以前|期限|到期|到(哪|几|什么时候|啥时候)|最晚|前交|前报"
              // 什么时候前开展: before when, a deadline
              + "|(什么时候|啥时候|哪天|几号|几月)前");

  /** A question that asks an age: 多大, 几岁, 多少岁. */
  private static final Pattern AGE = Pattern.compile("多大(年纪|岁数)?|几岁|多少岁|多少周岁|年龄(多大|多少)");

  /** A question that asks for a whole period, start and end: 几点到几点, 哪天到哪天. */
  private static final Pattern SPAN_ASKED =
      Pattern.compile("(几点|几号|哪天|什么时候|啥时候)(到|至)(几点|几号|哪天|什么时候|啥时候)");

  /** 哪天开, 几号开始 (not 哪天开进开发区: 开 there goes somewhere). */
  private static final Pattern START =
      Pattern.compile("开始|开幕|启动|开展|从(哪|几|什么时候)|起始|(哪天|几号)开(?=[始幕学赛课班工张业抢会大吗呢啊的？?]|$)");

  /**
   * Words that ask for the notice's do's and don'ts (要注意什么, 有哪些注意事项, 献血须知): the answer is what the
   * notice tells readers to do or not (请…, 不要…), which seldom repeats the word.
   */
  private static final Pattern CAUTION = Pattern.compile("注意事项|注意|须知|禁忌");

  /**
   * A yes-or-no question: a modal or copula with 吗 at its end (能去吗, 要掏钱吗), or its A-not-A form
   * (能不能延长慰问时间, 有没有); it asks whether, whatever noun it ends with.
   */
  private static final Pattern YES_NO =
      Pattern.compile(
          "(能|可以|可|会|要|用|算|让|准|许)[^，。？]{0,8}(吗|不)[？?]?$|能不能|可不可以|是否|有没有|会不会|要不要|能否|行不行|[行成中]不[？?]?$"
              // 掏钱不, 收费不: a spoken yes or no
              + "|^[^什么谁哪几多怎啥为何，,]{1,10}[^不]不[？?]?$"
              + "|^[^什么谁哪几多怎啥为何，,]{2,20}吗[？?]?$");

  /** A question that only names what it wants, a time (报名截止时间) or a place (比赛地点). */
  private static final Pattern ENDS_WITH_TIME =
      Pattern.compile("(时间|日期|期限)(是|为)?(什么|啥)?[\\s呢？?。！!]*$");

  private static final Pattern ENDS_WITH_PLACE =
      Pattern.compile("(地点|地址|场地|场所)(是|为)?(什么|啥)?[\\s呢？?。！!]*$");

  /**
   * A floor or building asked for (几楼, 哪一层): a place, and a strict one; not a number of floors
   * bounded (几层楼以内 asks how many).
   */
  private static final String FLOOR = "几楼|(?<![共总]有?)几层(?!楼?[以之][内上下])|哪[一]?层|哪栋";

  private static final Pattern WHERE =
      // 在哪, but not 存在哪些问题 nor 体现在哪几个方面, which ask what
      Pattern.compile("哪里|哪儿|什么地方|啥地方|(?<![存现])在哪|何地|哪个(城市|地方|市|省|县|区)|哪座城|哪个地|" + FLOOR);

  /**
   * 去哪领卡, 到哪办: a where-question, but not a strict one, as whoever hands a thing out (由所在基层工会转交)
   * answers it too.
   */
  private static final Pattern GO_WHERE = Pattern.compile("(去|到)哪(?![天年月日号个位些])");

  private static final Pattern STRICT_WHERE =
      Pattern.compile(
          "哪个(城市|市|省|县|区)|哪座城|什么城市|什么地方|啥地方|在哪个?(城市|市|省|县|区)"
              + "|(在|去|到)哪[里儿]?(召开|举行|举办|开会|开|办|报到|集合|领取|领|献|参加)|(召开|举行|举办|集合|报到)的?地点"
              + "|哪[里儿]人|籍贯|老家|"
              + FLOOR);

  /** A question of where money comes from: 钱从哪里来, 经费哪来的, 资金来源在哪. */
  private static final Pattern FUNDED_FROM =
      Pattern.compile("(钱|经费|资金|费用|款)[^，,。？?]{0,4}(从|打)?哪(里|儿)?(来|出)");

  private static final Pattern USED_FOR = Pattern.compile("(用|花)(在|到|于)(哪|什么|啥)");
  private static final Pattern NAME = Pattern.compile("名称|名字|叫什么|叫啥|称为|全称");
  private static final Pattern LIST =
      Pattern.compile(
          "哪些|哪几|分别|有哪|包括什么|包括哪|包含哪|都有什么|都是什么|都有啥|是哪|哪[\\d一二三四五六七八九十两]+["
              + CLASSIFIERS
              + "方]|有什么|有啥");

  /** 几 that asks, not the 几 of 这几年, 前几天, 好几次 or 十几个, which only say "a few". */
  private static final String HOW_MANY = "(?<![这那前近好十])几";

  private static final Pattern COUNT = Pattern.compile(HOW_MANY + "|多少");
  private static final Pattern WHY = Pattern.compile("为什么|为何|为啥|原因|意义|目的|为了(什么|啥)");
  private static final Pattern HOW = Pattern.compile("怎么|怎样|如何|咋|什么方式|哪种方式|啥方式");

  /** Words that name the kind of answer rather than its content (哪个城市, 竞赛的名称). */
  private static final Pattern ANSWER_KIND =
      Pattern.compile(
          "(哪个|哪座|哪家|哪一个|什么|啥|哪)(城市|地方|地点|单位|部门|机构|日子|时候|时间)|的?(名称|名字)|叫什么|叫啥"
              + "|是?为了(什么|啥)|是?(星期|礼拜|周)几|(什么|啥|哪个|哪种)场合|的?对象(是谁|是哪些人?|有哪些|是什么)?$"
              + "|什么(性质|样|类型|种类)的?|啥样的?|(什么|哪些|啥)问题|(什么|啥|哪种)(程度|地步|效果)"
              + "|什么(职称|职务|身份|级别|头衔)|(担任|任)(?=(什么|啥|何|哪个)(职务|职位|职称|头衔))|(这篇|这封)?(通知|文件|文章|报道|(?<![微短来书诚自相通])信)(里|中|上)(说|讲|提到|写|提)?了?的?"
              + "|多长时间|多少时间|多久|什么时候|啥时候|什么时间|啥时间|哪[一几些]?天|(?<!哪)几点(?!"
              + POINTS
              + ")钟?|几号|去哪儿?|去哪里|在哪儿?|在哪里"
              + "|(联系|咨询|服务)?(电话|热线)(号码?)?|手机号码?|手机(?=是多少|多少|$)|号码|联系方式|邮箱(地址)?|e-?mail(地址)?|找谁|问谁|联系谁|打给谁");

  /** 几个步骤, 多少个方面, 哪三种精神 (canonical: 哪3种精神), 几步, 多少专项经费. */
  private static final Pattern ASKED_COUNT =
      Pattern.compile("(" + HOW_MANY + "|多少|哪\\d+)([" + CLASSIFIERS + "])?([\\p{IsHan}]{0,6})");

  /** A score asked for after 多少 or 几 (多少分, 几分): not 分钟, 分公司 or 分别. */
  private static final Pattern SCORE = Pattern.compile("分(?![钟公别批期享])");

  /** 哪些渠道, 哪类劳动者, 什么服务站: the kind of thing the answer is. */
  private static final Pattern LIST_KIND =
      Pattern.compile("(?:哪些|哪几|哪类|哪种|哪一类)([\\p{IsHan}]{1,6})");

  /** A date the question states (１１月８日), matched as written. */
  private static final Pattern DATE =
      Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}月\\d{1,2}[日号]|\\d{4}年\\d{1,2}月");

  /** A role whose holder a "who" question asks for: the answer must name a person. */
  private static final Pattern ROLE =
      Pattern.compile("(主席|书记|教授|组长|局长|部长|院长|主任|负责人|校长|经理|委员|理事长|会长).{0,3}(是谁|叫什么|哪位)");

  private static final Pattern STATED_COUNT =
      Pattern.compile(
          // a year names no count (2028年工作打算的第二项)
          "(?<!\\d)(?!(?:19|20)\\d\\d年)(\\d+)(["
              + CLASSIFIERS
              + "])([\\p{IsHan}]{0,6})|(?<![十百\\d一二三四五六七八九第])([一二三四五六七八九])大"
              // 八大行动 counts; 九大精神, 九大什么时候开 name a congress
              + "(?!精神|报告|代表|召开|开幕|闭幕|以来|期间|什么|啥|哪|是|在|开|的)([\\p{IsHan}]{1,6})");

  /** Measures that say what a question's figure counts: 56岁, 6000元. */
  private static final Set<String> FIGURE_MEASURES = Set.of("岁", "元", "号", "天", "人", "名");

  /** How far: 多远, 多长距离, 多少距离. */
  private static final Pattern DISTANCE = Pattern.compile("(有)?多远|多长的?距离|多少距离");

  /** A rank: 第一名, 第3名. */
  private static final Pattern RANK = Pattern.compile("第[一二三四五六七八九十\\d]{1,3}名");

  /** True when the notice ranks by 第N名, so that a rank it lacks is missing, not said otherwise. */
  private static boolean ranksOthers(Predicate<String> known) {
    for (String n : List.of("一", "二", "三", "四", "五", "1", "2", "3")) {
      if (known.test("第" + n + "名")) {
        return true;
      }
    }
    return false;
  }

  /** Words that may come between a count and its noun: 第二项具体任务, 三项主要工作. */
  private static final Set<String> LEADING_ADVERBS = Set.of("具体", "主要", "重点", "总体");

  /** The short name of a numbered congress: 九大, 十四大 (not 十八大精神's own words). */
  private static final Pattern CONGRESS =
      Pattern.compile("(?<![一二三四五六七八九十\\d第])([一二三四五六七八九十]{1,3})大(?![会家概学])");

  /** A numeral that may end a label: 一 of 线路一. */
  private static final String LABEL_NUMERALS = "一二三四五六七八九十";

  /**
   * The labels in a question, a noun and a numeral, that the notice writes before a colon (线路一 of
   * 线路一：雾岭山森林康养, 方案二：…): each names its part, as 第9号 names a proposal.
   */
  private List<String> numberedLabels(String content) {
    List<String> out = new ArrayList<>();
    for (int i = 2; i < content.length(); i++) {
      if (LABEL_NUMERALS.indexOf(content.charAt(i)) < 0
          || i + 1 < content.length() && LABEL_NUMERALS.indexOf(content.charAt(i + 1)) >= 0) {
        continue;
      }
      for (int from = Math.max(0, i - 4); from <= i - 2; from++) {
        String label = content.substring(from, i + 1);
        if (label.codePoints().allMatch(Character::isIdeographic)
            && LABEL_NUMERALS.indexOf(label.charAt(0)) < 0
            && label.charAt(0) != '第'
            && (known.test(label + "：") || known.test(label + ":"))
            // 线路一览表: a word the label's characters begin, not the label
            && !(i + 1 < content.length() && known.test(label + content.charAt(i + 1)))) {
          out.add(label);
          break;
        }
      }
    }
    return out;
  }

  /** A thing's number in its series, which names it: 第9号 of 第9号提案. */
  private static final Pattern NUMBERED_ONE = Pattern.compile("第\\d{1,4}号");

  /** 第二步, 第三个方面, 第1项, 奖项表第三行: an ordinal with a structure classifier (not 第一人民医院, nor 第一行政区). */
  private static final Pattern ORDINAL =
      Pattern.compile(
          "第([一二三四五六七八九十\\d]{1,3})(["
              + STRUCTURE_CLASSIFIERS
              + OCCASION_CLASSIFIERS
              + "位]|行(?![政业动为])|(?=方面|部分|步骤|阶段|环节|板块))([\\p{IsHan}]{0,8})");

  /** A part of a series named by its number after it, as minutes list them: 议题一, 阶段二. */
  private static final Pattern NUMBER_AFTER =
      Pattern.compile("(议题|专题|环节|阶段|步骤)([一二三四五六七八九十])(?=讲|说|是|的|呢|有|要|[？?]|$)");

  /** What counts an ordinal from the end: 倒数第二. */
  private static final String FROM_THE_END = "倒数";

  /** 头一步, 头一个环节, 头一回, 首场: the everyday 第一 (not 带头一个…). */
  private static final Pattern FIRST =
      Pattern.compile(
          "(?<![带领码开起源])头[一1](?=["
              + STRUCTURE_CLASSIFIERS
              + OCCASION_CLASSIFIERS
              + "])|首(?=["
              + OCCASION_CLASSIFIERS
              + "])");

  /**
   * The spoken forms of 最后一个 before a structure noun: 最后那个环节, 收尾的那个环节, 最后的步骤 (not 哪天收尾, which asks
   * for an end date).
   */
  private static final Pattern LAST_SPOKEN =
      Pattern.compile("(?:最后|收尾|末尾)的?(?:那|这)?[一1]?个?(?=环节|步骤|方面|部分|阶段)");

  private static final Pattern LAST =
      Pattern.compile(
          "最后[一1]?(["
              + STRUCTURE_CLASSIFIERS
              + OCCASION_CLASSIFIERS
              + "位名]|行(?![政业动为]))([\\p{IsHan}]{0,6})"); // 最后一位 of a list of names

  /**
   * A yes-no question's "A不A" of a modal or copula (有没有, 能不能, 是不是, 要不要): read as A, so the negated
   * copy (没有, 不能) is not taken for a content word the notice lacks. A content verb (管不管, 行不行) stays
   * as asked.
   */
  private static final Pattern A_NOT_A = Pattern.compile("([有是能会要用算])[不没]\\1");

  /** The verb a "how" question asks about (怎么登录): the knowledge base must hold it. */
  private static final Pattern HOW_FOCUS =
      Pattern.compile("(?:怎么|怎样|如何|咋)(?:样|去|才能|能)?([\\p{IsHan}]{1,4})");

  /**
   * Question words, fillers and politeness that carry no content, and words that point at the
   * notice itself (关于…，通知是怎么说的), which it need not say.
   */
  private static final Set<String> NON_CONTENT =
      Set.of(
          "什么", "啥", "哪", "哪些", "哪个", "哪里", "哪儿", "几", "多少", "谁", "怎么", "怎样", "如何", "咋", "为什么",
          "为何", "为啥", "吗", "呢", "吧", "啊", "呀", "嘛", "哦", "么", "请问", "问", "问问", "想", "想问", "知道",
          "想知道", "告诉", "一下", "我", "我们", "咱", "咱们", "你", "你们", "您", "大家", "他们", "这", "那", "这个", "那个",
          "是", "有", "的", "了", "个", "些", "要", "都", "还", "就", "能", "会", "可以", "应该", "需要", "一共", "总共",
          "共", "分别", "具体", "主要", "到底", "究竟", "呗", "说", "讲", "提到", "通知里", "里", "中", "上", "下", "哪天",
          "哪一天", "时候", "何时", "几号", "是不是", "有没有", "一", "请", "帮", "帮忙", "给", "麻烦", "谢谢", "内容", "包括",
          "包含", "分为", "分成", "哪位", "人", "时间", "日子", "地方", "哪年", "月", "日", "号", "东西", "事", "事情", "情况",
          "怎么样", "干啥", "干什么", "做什么", "搞", "样", "最后", "第", "一个", "哪几", "文中", "文章", "正文", "里面", "其中",
          "当中", "呐", "哈", "嗯", "能不能", "是否", "还是", "这些", "那些", "这样", "此", "该", "其", "多久", "多长", "干嘛",
          "干吗", "出来", "下来", "起来", "过来", "进来", "下去", "关于", "怎么说", "通知", "才", "才能", "才可以", "才行", "弄好",
          "搞好", "弄完", "搞完", "怎么办", "咋办", "怎么整", "咋整", "一起", "一块", "一块儿", "在内", "已经", "有人", "什么的",
          "啥的");

  /**
   * A demonstrative with its classifier (这笔钱, 那项工作): it points at the thing, not names it. Not of a
   * time or an occasion (那天, 这次): 章程这次改了啥 asks what changed this time, which a sentence naming only
   * 章程 does not answer.
   */
  private static final Pattern DEMONSTRATIVE = Pattern.compile("[这那该此][个项条种类点笔批份件位场样]");

  /**
   * Words that frame what is asked rather than name a topic: "有什么要求", "哪天结束". A notice that lacks
   * them may still answer (it says 至7月12日, not 结束), so they weigh as verbs do; the shape of the
   * answer (a date that ends a range) checks the rest.
   */
  static final Set<String> FRAME =
      Set.of(
          "要求", "规定", "条件", "标准", "规则", "安排", "事项", "开始", "结束", "截止", "收尾", "开幕", "闭幕", "启动", "起止",
          "期限");

  private final Segmenter segmenter;

  /** Whether the knowledge base has a string: for {@link #glued}. */
  private final Predicate<String> known;

  QuestionParser(Segmenter segmenter) {
    this(segmenter, s -> false);
  }

  QuestionParser(Segmenter segmenter, Predicate<String> known) {
    this.segmenter = segmenter;
    this.known = known;
  }

  /** Characters that are words of a question's frame alone (上 of 在手机上) but parts of others (上传). */
  private static final String LOCATIVES = "上下里中内外";

  /**
   * Whether someone is there at a time (中午去有人吗, 礼拜六有人吗, 几点到几点有人接): a question of the hours, which
   * notices give as 工作日8:30—12:00.
   */
  private static final Pattern PRESENCE = Pattern.compile("有人(接|在|值班|上班)?[吗么嘛]?$");

  /** The spoken 怎么办. */
  private static final Pattern SPOKEN_HOW = Pattern.compile("(咋|怎么)整(?=[吗呢啊呀]?$)");

  /** Words for a list as such. */
  private static final Set<String> LIST_WORDS = Set.of("名单", "名册", "清单", "列表");

  /** A numeral that may open a name the notice has (三车间, 二号楼). */
  private static final String NUMERAL = "一二三四五六七八九十";

  /** Verbs HanLP may glue to the first character of the noun after them (有年|费 of 有年费吗, 发现|金). */
  private static final String GLUED_LEAD = "有是要能会在给对把发领交买";

  /**
   * The question's words, with a classifier or locative that HanLP split off a word the notice has
   * joined again to its neighbouring character: 步数 (步/数), 上传 (上/传). Alone, the first would be
   * dropped as a measure word or as saying nothing, and the second count as a single character.
   */
  private List<Token> glued(List<Token> words) {
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Token a = words.get(i);
      int run = idiom(words, i);
      if (run > 0) {
        // 先|到|先|得 of 报名是先到先得吗: a set phrase the notice says, cut to its characters
        StringBuilder joined = new StringBuilder();
        words.subList(i, i + run).forEach(t -> joined.append(t.word()));
        out.add(new Token(joined.toString(), "i", a.start(), words.get(i + run - 1).end(), false));
        i += run - 1;
        continue;
      }
      if (i + 1 < words.size()) {
        Token b = words.get(i + 1);
        boolean pair =
            a.word().length() == 1
                && (b.word().length() == 1 || NUMERAL.indexOf(a.word().charAt(0)) >= 0)
                && !a.isPunctuation()
                && !b.isPunctuation()
                && (isCountWord(a.word()) || LOCATIVES.contains(a.word()))
                && !NON_CONTENT.contains(b.word())
                && !isCountWord(b.word())
                && !Segmenter.isStopWord(b.word());
        String joined = a.word() + b.word();
        if (pair && known.test(Canonical.text(joined))) {
          out.add(new Token(joined, "n", a.start(), b.end(), false));
          i++;
          continue;
        }
        String moved = a.word().length() == 2 ? a.word().substring(1) + b.word() : "";
        if (!moved.isEmpty()
            && GLUED_LEAD.indexOf(a.word().charAt(0)) >= 0
            && !b.isPunctuation()
            && !known.test(Canonical.text(a.word()))
            && known.test(Canonical.text(moved))) {
          // 有年|费 of 有年费吗: the word the notice has (年费) took its first character
          out.add(new Token(a.word().substring(0, 1), "v", a.start(), a.start() + 1, false));
          out.add(new Token(moved, "n", a.start() + 1, b.end(), false));
          i++;
          continue;
        }
      }
      out.add(a);
    }
    return out;
  }

  /**
   * 4 when the four single characters from {@code i} on make a set phrase the knowledge base has
   * (先到先得, 不退不换); 0 otherwise.
   */
  private int idiom(List<Token> words, int i) {
    int run = 4;
    if (i + run > words.size() || Segmenter.isStopWord(words.get(i).word())) {
      return 0;
    }
    StringBuilder joined = new StringBuilder();
    for (Token t : words.subList(i, i + run)) {
      if (t.word().length() != 1 || t.isPunctuation()) {
        return 0;
      }
      joined.append(t.word());
    }
    return known.test(Canonical.text(joined.toString())) ? run : 0;
  }

  Question parse(String raw) {
    String q = Canonical.question(raw).replaceAll("[\\p{P}\\p{S}\\s&&[^/.]]+", "");
    q = SPOKEN_HOW.matcher(q).replaceAll("$1办"); // 卡不见了咋整: HanLP cuts 咋/整, and 整 is no word of it
    QuestionType type = type(q);
    List<String> dates = new ArrayList<>();
    Matcher dm = DATE.matcher(q);
    while (dm.find()) {
      dates.add(dm.group());
    }
    String content =
        A_NOT_A
            .matcher(DATE.matcher(ANSWER_KIND.matcher(q).replaceAll("")).replaceAll(""))
            .replaceAll("$1");
    String unit = "";
    String measure = "";
    OptionalInt count = OptionalInt.empty();
    OptionalInt ordinal = OptionalInt.empty();
    String ordinalUnit = "";
    String ordinalClassifier = "";
    content = FIRST.matcher(content).replaceAll("第1");
    content = NUMBER_AFTER.matcher(content).replaceAll("第$2个$1");
    content = LAST_SPOKEN.matcher(content).replaceAll("最后1个");
    boolean distance = DISTANCE.matcher(content).find();
    if (distance) {
      content =
          DISTANCE.matcher(content).replaceAll(""); // 走多远: how far, not a word the notice says
    }
    Matcher om = ORDINAL.matcher(content);
    Matcher last = LAST.matcher(content);
    String ordinalPhrase = "";
    boolean found = om.find();
    String namedPart = "";
    if (found
        && Numerals.parse(om.group(1)) > 0
        && content.startsWith("第", om.end(2) + (content.startsWith("的", om.end(2)) ? 1 : 0))) {
      // 第七条第三项: the first names the part, which the question says as a word; the second counts
      namedPart = "第" + Numerals.chinese(Numerals.parse(om.group(1))) + om.group(2);
      found = om.find(om.end(2));
    }
    if (found && Numerals.parse(om.group(1)) > 0) {
      int n = Numerals.parse(om.group(1));
      // 倒数第二条线路: counted from the end, as 最后一条 is
      boolean fromTheEnd = content.substring(0, om.start()).endsWith(FROM_THE_END);
      ordinal = OptionalInt.of(fromTheEnd ? -n : n);
      ordinalUnit = ordinalUnit(om.group(2), om.group(3));
      ordinalClassifier = om.group(2);
      ordinalPhrase = "第" + Numerals.chinese(n) + om.group(2);
      int start = fromTheEnd ? om.start() - FROM_THE_END.length() : om.start();
      if (ordinalUnit.isEmpty() && content.substring(0, start).endsWith("的")) {
        ordinalUnit = owner(content.substring(0, start - 1)); // 重点任务的第三项: a 重点任务
      }
      content = content.substring(0, start) + content.substring(om.end(2));
    } else if (last.find()) {
      ordinal = OptionalInt.of(Question.LAST);
      ordinalUnit = ordinalUnit(last.group(1), last.group(2));
      ordinalClassifier = last.group(1) == null ? "" : last.group(1);
      content = content.substring(0, last.start()) + content.substring(last.end(1));
    }
    Matcher asked = ASKED_COUNT.matcher(content);
    int countStart = -1;
    int countEnd = -1;
    if (asked.find()) {
      measure = asked.group(2) == null ? "" : asked.group(2);
      unit = unit(asked.group(2), asked.group(3));
      countStart = asked.start();
      countEnd = asked.end(2) < 0 ? asked.end(1) : asked.end(2);
      if (measure.equals("个") && asked.group(3).startsWith("人")) {
        measure = "人"; // 几个人 counts people: 4人, 4名
        countEnd++;
      }
      if (measure.isEmpty() && SCORE.matcher(asked.group(3)).lookingAt()) {
        measure = "分"; // 冠军多少分 asks a score: 285分, not 三轮 (nor 几分钟)
        unit = "";
        countEnd++;
      }
      String digits = asked.group(1).replaceAll("\\D", "");
      if (!digits.isEmpty()) {
        count = OptionalInt.of(Integer.parseInt(digits));
      }
    } else {
      Matcher stated = STATED_COUNT.matcher(content);
      if (stated.find()) {
        String n = stated.group(1) != null ? stated.group(1) : stated.group(4);
        count = OptionalInt.of(Numerals.parse(n));
        unit =
            stated.group(1) != null
                ? unit(stated.group(2), stated.group(3))
                : unit(null, stated.group(5));
        if (stated.group(1) != null
            && !ordinalUnit.isEmpty()
            && stated.group(2).equals(ordinalClassifier)) {
          // 三步协商法的第一步: a step is asked, of the method the steps' count names
          unit = ordinalUnit;
        }
      }
    }
    if (unit.length() == 1 && !measure.isEmpty() && known.test(measure + unit)) {
      unit = measure + unit; // 多少名额: the noun 名额, not 额 counted in 名
      measure = ""; // which a notice counts in 个 as often as in 名 (参赛名额200个, 名额共8名)
    }
    Matcher kind = LIST_KIND.matcher(content);
    if (unit.isEmpty() && kind.find()) {
      unit = unit(null, kind.group(1));
    }
    if (unit.isEmpty()) {
      unit = ordinalUnit;
    }
    if (type == QuestionType.WHAT && count.isPresent() && !unit.isEmpty()) {
      type = QuestionType.LIST;
    }
    if (AGE.matcher(q).find() && (type == QuestionType.WHAT || type == QuestionType.COUNT)) {
      // 孩子多大可以报名: an age, which notices give in 周岁 (6至12周岁, 年满18周岁)
      type = QuestionType.COUNT;
      measure = "周岁";
      unit = "";
    }
    if (distance && (type == QuestionType.WHAT || type == QuestionType.COUNT)) {
      // 下了公交还要走多远: a distance, which notices give in 米 or 公里 (步行约200米, 全程约6公里)
      type = QuestionType.COUNT;
      measure = "米";
      unit = "";
    }
    boolean strict =
        type == QuestionType.CONTACT
            || type == QuestionType.WHEN
            || type == QuestionType.COUNT
            || type == QuestionType.WHERE
                && STRICT_WHERE.matcher(q).find()
                && WHERE.matcher(q).find()
            || type == QuestionType.WHO && ROLE.matcher(q).find();
    Set<String> nouns = new java.util.HashSet<>();
    Set<String> focus = new java.util.HashSet<>();
    List<String> terms = terms(content, unit, nouns, focus, countStart, countEnd);
    Matcher rank = RANK.matcher(content);
    while (rank.find()) {
      // 第一名有什么奖励: a rank the notice rewards, not a count (nor a position in a list)
      String r = rank.group();
      if (!terms.contains(r) && (known.test(Canonical.text(r)) || ranksOthers(known))) {
        // 第二名奖励多少 where the notice rewards 第一名 alone: a rank it lacks, which no answer has
        terms.add(r);
        nouns.add(r);
      }
    }
    Matcher congress = CONGRESS.matcher(content);
    if (congress.find() && known.test("第" + congress.group(1) + "次代表大会")) {
      // 九大 of a notice that says 第九次代表大会: the congress by its usual short name
      terms.add("第" + congress.group(1) + "次代表大会");
      nouns.add("第" + congress.group(1) + "次代表大会");
    }
    Matcher numbered = NUMBERED_ONE.matcher(content);
    while (numbered.find()) {
      // 第9号提案是关于什么的: the number a notice gives the thing is the thing's name
      if (known.test(numbered.group()) && !terms.contains(numbered.group())) {
        terms.add(numbered.group());
        nouns.add(numbered.group());
      }
    }
    for (String l : numberedLabels(content)) {
      // 线路一的目的地 of a notice headed 线路一：雾岭山森林康养: the thing its label names
      if (!terms.contains(l)) {
        terms.add(l);
        nouns.add(l);
      }
    }
    if (ordinalPhrase.length() > 2 && known.test(ordinalPhrase)) {
      // 第二批 of a notice that says 第二批为…: the sentence that names it, not the second of a list
      terms.add(ordinalPhrase);
      nouns.add(ordinalPhrase);
    }
    if (!namedPart.isEmpty() && known.test(namedPart) && !terms.contains(namedPart)) {
      terms.add(namedPart);
      nouns.add(namedPart);
    }
    Question.Edge edge =
        type != QuestionType.WHEN
            ? Question.Edge.NONE
            : SPAN_ASKED.matcher(q).find()
                ? Question.Edge.RANGE
                : END.matcher(q).find()
                    ? Question.Edge.END
                    : START.matcher(q).find() ? Question.Edge.START : Question.Edge.NONE;
    if (edge == Question.Edge.START || edge == Question.Edge.END) {
      // 几点开始, 哪天截止: the edge is asked through the answer's shape (TypeFit), not its words
      Pattern edgeWords = edge == Question.Edge.END ? END : START;
      terms.removeIf(t -> edgeWords.matcher(t).matches());
    }
    boolean caution =
        (type == QuestionType.WHAT || type == QuestionType.LIST) && CAUTION.matcher(q).find();
    if (caution) {
      // 注意, 注意事项, 须知 ask what to heed; the notice need not say them (nor 事项 of 注意/事项)
      Predicate<String> heed = t -> CAUTION.matcher(t).matches() || t.equals("事项");
      terms.removeIf(heed);
      nouns.removeIf(heed);
    }
    if (ELIGIBLE.matcher(q).find() && !terms.contains(ELIGIBILITY)) {
      // 什么人可以参加 asks who is eligible, which notices head 参赛资格, 报名条件, 参加对象
      terms.add(ELIGIBILITY);
      nouns.add(ELIGIBILITY);
    }
    if (type == QuestionType.WHERE) {
      // 会场在几楼 asks where the venue is: the notice heads it 会议地点 and seldom says 会场 there
      terms.removeIf(VENUE_WORDS::contains);
      nouns.removeIf(VENUE_WORDS::contains);
    }
    if (BRING.matcher(q).find() && !terms.contains(MATERIALS)) {
      // 要准备什么东西 asks for the papers or things to bring, which notices call 材料
      terms.add(MATERIALS);
      nouns.add(MATERIALS);
    }
    if (ordinal.isPresent() && terms.size() > 1) {
      // 奖章名单第一个是谁 asks a position in the list: 名单 names the list, not what is in it
      terms.removeAll(LIST_WORDS);
      nouns.removeAll(LIST_WORDS);
    }
    if (type == QuestionType.WHO && terms.size() > 1) {
      terms.remove("负责"); // 谁负责审核 asks who does it: 所在单位工会…完成审核
    }
    Matcher takesPlace = TAKES_PLACE.matcher(q);
    if (takesPlace.find()) {
      terms.remove(takesPlace.group(1) != null ? takesPlace.group(1) : takesPlace.group(2));
    }
    Matcher takePart = MAY_TAKE_PART.matcher(q);
    if (takePart.find()) {
      String verb = takePart.group(1) != null ? takePart.group(1) : takePart.group(2);
      if (terms.stream().anyMatch(t -> !t.equals(verb) && !t.equals(ELIGIBILITY))) {
        terms.remove(verb);
      }
    }
    if (type == QuestionType.CONTACT) {
      // 有问题找谁, 不懂的问谁: why one calls, not what about
      terms.removeIf(CONTACT_REASON::contains);
      nouns.removeIf(CONTACT_REASON::contains);
    }
    dates.forEach(
        d -> {
          terms.add(d);
          nouns.add(d);
        });
    return new Question(
        q,
        type,
        terms,
        nouns,
        focus,
        unit,
        measure,
        count,
        ordinal,
        strict,
        type == QuestionType.WHO && AUTHOR.matcher(q).find(),
        edge,
        caution);
  }

  private static QuestionType type(String q) {
    if (CONTACT.matcher(q).find()) {
      return QuestionType.CONTACT;
    }
    if (WHEN.matcher(q).find() || PRESENCE.matcher(q).find()) {
      return QuestionType.WHEN;
    }
    if (WHO.matcher(q).find()) {
      return QuestionType.WHO;
    }
    if (USED_FOR.matcher(q).find()) {
      return QuestionType.LIST; // 经费用在哪些地方 asks what it pays for
    }
    if (FUNDED_FROM.matcher(q).find()) {
      return QuestionType.WHAT; // 钱从哪里来 asks who pays, not a place
    }
    if (WHERE.matcher(q).find() || GO_WHERE.matcher(q).find()) {
      return QuestionType.WHERE;
    }
    if (NAME.matcher(q).find()) {
      return QuestionType.NAME;
    }
    if (LIST.matcher(q).find()) {
      return QuestionType.LIST;
    }
    if (COUNT.matcher(q).find()) {
      return QuestionType.COUNT;
    }
    if (WHY.matcher(q).find()) {
      return QuestionType.WHY;
    }
    if (HOW.matcher(q).find()) {
      return QuestionType.HOW;
    }
    if (!asksYesOrNo(q)) {
      if (ENDS_WITH_TIME.matcher(q).find()) {
        return QuestionType.WHEN;
      }
      if (ENDS_WITH_PLACE.matcher(q).find()) {
        return QuestionType.WHERE;
      }
    }
    return QuestionType.WHAT;
  }

  /**
   * An occasion before or after the one a notice is about: 下一期, 上次, 去年, 明年. A batch (下一批) is not
   * one: a notice gives its batches.
   */
  private static final Pattern ANOTHER_OCCASION =
      Pattern.compile("[上下][1一]?(次|期|届|轮|回)|去年|前年|明年|后年|往年|往届|以往");

  /**
   * The words of a question that ask about another occasion than the notice's ({@link
   * #ANOTHER_OCCASION}).
   */
  static Optional<String> anotherOccasion(String question) {
    Matcher m = ANOTHER_OCCASION.matcher(question);
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }

  /** True for a yes-or-no question: 能去吗, 要掏钱吗, 能不能延长慰问时间, 是否…. */
  static boolean asksYesOrNo(String question) {
    return YES_NO.matcher(question).find();
  }

  /**
   * 开 or 办 beside the word that asks when or where (会议什么时候开, 会开多长时间, 在哪儿办): it says the thing takes
   * place, which its notice says with 召开, 举办 or a heading (会议时间), seldom with 开 alone, while 开始 and
   * 开展 hold the character.
   */
  private static final Pattern TAKES_PLACE =
      Pattern.compile("(?:什么时候|啥时候|哪天|几号|几点|在哪儿?|在哪里)([开办])|([开办])(?:多长时间|多久|到几点|在哪)");

  /**
   * Words that bound an asked count (最多派几个, 至少几人): a notice may say the bound in words of its own
   * (限2人), and the answer's shape is checked as a count ({@link Weights} drops one the notice
   * lacks).
   */
  static final Set<String> BOUNDS =
      Set.of("最多", "最少", "至少", "至多", "最起码", "起码", "顶多", "最高", "最低", "上限", "下限");

  /** What follows from something: 作弊会怎么样, 逾期有什么后果, 迟到怎么处理, 被查出来咋办. */
  private static final Pattern CONSEQUENCE =
      Pattern.compile(
          "(会|将|要)(怎么样|怎样|咋样|如何)|(什么|啥)(后果|处罚|处理)|(怎么|如何)(处理|处罚)"
              + "|(发现|查出|查实|查到)(来)?了?(会)?(怎么办|咋办|咋整|怎么样)");

  /** True for a question whether someone is there at a time (中午去有人吗): it asks the hours. */
  static boolean asksPresence(String question) {
    return PRESENCE.matcher(question).find();
  }

  /** True for a question that asks what follows from something ({@link #CONSEQUENCE}). */
  static boolean asksConsequence(String question) {
    return CONSEQUENCE.matcher(question).find();
  }

  /**
   * The noun that ends what comes before an ordinal's 的 (重点任务 of 重点任务的第三项), joined with the word
   * before it where the notice says them together; "" when it ends with no noun.
   */
  private String owner(String before) {
    List<Token> words = segmenter.words(before);
    if (words.isEmpty()) {
      return "";
    }
    Token last = words.get(words.size() - 1);
    String w = last.word();
    boolean noun = last.pos().startsWith("n") || last.pos().equals("vn");
    if (!noun || NON_CONTENT.contains(w) || Segmenter.isStopWord(w)) {
      return "";
    }
    if (words.size() > 1) {
      String joined = words.get(words.size() - 2).word() + w;
      if (known.test(Canonical.text(joined))) {
        return joined;
      }
    }
    return w;
  }

  /** The unit of an ordinal: {@link #OCCASION} for 第二场 or 最后一站, else as for a count. */
  private String ordinalUnit(String classifier, String following) {
    return !classifier.isEmpty() && OCCASION_CLASSIFIERS.contains(classifier)
        ? OCCASION
        : unit(classifier, following);
  }

  /**
   * The counted noun: the first word after the classifier (步骤 of 几个步骤是什么), or the classifier itself
   * when it is one (几步, 第二步).
   */
  private String unit(String classifier, String following) {
    if (following != null && !following.isEmpty()) {
      List<Token> words = new ArrayList<>(segmenter.words(following));
      if (words.size() > 1 && LEADING_ADVERBS.contains(words.get(0).word())) {
        // 第二项具体任务: the 具体任务 a notice heads, else the 任务
        String joined = words.get(0).word() + words.get(1).word();
        if (known.test(Canonical.text(joined))) {
          return joined;
        }
        words.remove(0);
      }
      if (!words.isEmpty()) {
        Token t = words.get(0);
        String w = t.word();
        boolean noun = t.pos().startsWith("n") || t.pos().equals("vn") || t.pos().equals("b");
        if (noun && !NON_CONTENT.contains(w) && !Segmenter.isStopWord(w)) {
          if (words.size() > 1
              && words.get(1).word().length() >= 2
              && known.test(Canonical.text(w + words.get(1).word()))) {
            return w + words.get(1).word(); // 第三条工作要求: the 工作要求, not 工作
          }
          return w;
        }
      }
    }
    return "步".equals(classifier) ? "步" : "";
  }

  /**
   * The content words of a question, without those that overlap its asked count ({@code countStart}
   * to {@code countEnd}, -1 when none): 个人 of 几/个人, 支队 of 几支/支队.
   */
  private List<String> terms(
      String q, String unit, Set<String> nouns, Set<String> focus, int countStart, int countEnd) {
    Set<String> out = new LinkedHashSet<>();
    Matcher how = HOW_FOCUS.matcher(q);
    int focusAt = how.find() ? how.start(1) : -1;
    List<Token> words = glued(segmenter.words(q));
    for (int i = 0; i < words.size(); i++) {
      Token t = words.get(i);
      if (t.start() == focusAt) {
        focus.add(t.word());
      }
      if (t.word().equals("的")) {
        headOfPhrase(words, i + 1).ifPresent(focus::add);
      }
    }
    for (int k = 0; k < words.size(); k++) {
      Token t = words.get(k);
      String w = t.word();
      if (isFigure(w)) {
        // 800 of 超了八百块, 50 of 50岁以上: a figure the answer sentence says too; with its measure
        // when the question gives one (56岁 is not the 56号 of an address)
        String next = k + 1 < words.size() ? words.get(k + 1).word() : "";
        if (!FIGURE_MEASURES.contains(next)) {
          out.add(w);
        } else if (next.equals("岁") && !known.test(w + next) && known.test(w + "周岁")) {
          out.add(w + "周岁"); // 五十岁以上 of 50周岁以上
        } else {
          out.add(w + next);
        }
        continue;
      }
      if (t.isPunctuation()
          || NON_CONTENT.contains(w)
          || isCountWord(w)
          || lightVerbDone(w)
          || DEMONSTRATIVE.matcher(w).matches()) {
        continue;
      }
      if (w.length() > 1
          && "来去".indexOf(w.charAt(0)) >= 0
          && NON_CONTENT.contains(w.substring(1))) {
        continue; // 谁来讲: 来 and 讲 only frame who does it
      }
      if (t.start() < countEnd && t.end() > countStart && !w.equals(unit)) {
        continue;
      }
      if (w.length() == 1 && Segmenter.isStopWord(w)) {
        continue;
      }
      out.add(w);
      String pos = t.pos();
      boolean noun = pos.startsWith("n") || pos.equals("vn") || pos.equals("t") || pos.equals("j");
      if (noun && !FRAME.contains(w)) {
        nouns.add(w);
      }
    }
    if (!unit.isEmpty() && !unit.equals(OCCASION)) { // 第二场 asks a position, not for the word 场
      out.add(unit);
      nouns.add(unit);
    }
    return new ArrayList<>(out);
  }

  /**
   * True for a light verb with its aspect particle (得了 of 得了奖, 拿了): HanLP keeps some as one word,
   * which then weighs as a word the notice lacks, though neither part names anything. Not where the
   * everyday list has the word (拿了 for 享受).
   */
  private static boolean lightVerbDone(String word) {
    return word.length() == 2
        && word.charAt(1) == '了'
        && Segmenter.isStopWord(word.substring(0, 1))
        && Everyday.official(word).isEmpty();
  }

  /** The last noun of the noun phrase starting at {@code from}: 电话 of 的联系电话. */
  private static java.util.Optional<String> headOfPhrase(List<Token> words, int from) {
    String head = null;
    for (int i = from; i < Math.min(words.size(), from + 3); i++) {
      String pos = words.get(i).pos();
      if (!pos.startsWith("n") && !pos.startsWith("v")) {
        break;
      }
      if (pos.startsWith("n")) {
        head = words.get(i).word();
      }
    }
    return java.util.Optional.ofNullable(head);
  }

  /** True for a question word, filler or generic noun (内容, 时间) that carries no content. */
  static boolean filler(String word) {
    return NON_CONTENT.contains(word);
  }

  /**
   * A number of two digits or more: a figure a question names, not a count word (一个, 5个); or a
   * telephone number (07583862127 of 0758-3862127是哪里的电话, its hyphen gone with the punctuation).
   */
  private static boolean isFigure(String w) {
    return w.length() >= 2 && w.length() <= 12 && w.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static boolean isCountWord(String w) {
    return !w.isEmpty() && w.matches("[几多少哪第]?[\\d一二三四五六七八九十两]*[" + CLASSIFIERS + "]?");
  }
}
