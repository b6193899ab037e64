package org.unionbot.knowledge.notice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a notice's plain text or Markdown into a {@link Notice}. Stateless and thread-safe.
 *
 * <p>Line by line: the first line (or a Markdown {@code #}) is the title, unless it is a salutation
 * ending in a colon (职工朋友们：), which makes the notice untitled; a line opening with □ or naming
 * 记者/通讯员 is the byline; a line wholly in parentheses right under the title is lead text; before any
 * body text, a line of recipients ending in a colon is the addressee. At the end, a line that is
 * only a date is the dateline and a short organization line right above it the issuer; an 附件： line
 * and the numbered lines after it list the attachments. Contact lines (联系人：…, 电话：…) are paragraphs
 * of their own, as are short lines that give a value under a label (主办单位：…). ▲ lines and short
 * date-led lines without end punctuation are photo captions; Markdown headings, numbered headings
 * (一、/（一）/1.), divisions (第二章 参加与缴费) and short lines announcing a count (「四个步骤“学深悟透”」, 「三项重点任务」)
 * open sections. In a notice of articles (第一条 …), each article is a section headed by its label
 * with the text after the label as its paragraph, below the divisions if there are any, and
 * numbered lines are items of an article. Each body row of a Markdown table is a paragraph that
 * names its cells by their columns ({@link Tables}). Other short lines without end punctuation are
 * headings only in notices that have no numbered or counted headings at all; otherwise captions,
 * unless another such line is next to them: then they are lines of a list, each a paragraph. A
 * paragraph that does not end in sentence punctuation continues on the next text line, which
 * repairs paragraphs split mid-sentence or mid-word by blank lines.
 */
public final class NoticeParser {

  /**
   * Lines numbered at one level under one heading: the index of the line above them, -1 for none.
   */
  private record NumberedGroup(int level, int under) {}

  /** True when the short line at k has another right before or after it: lines of a list. */
  private static boolean inRun(List<Line> lines, int k) {
    return k > 0 && lines.get(k - 1).kind == Kind.SHORT
        || k + 1 < lines.size() && lines.get(k + 1).kind == Kind.SHORT;
  }

  /** A line of entries a 、 divides, each with its note in brackets: 石大勇（…石材厂）、欧阳慧（女，…医院）. */
  private static final Pattern ENTRIES =
      Pattern.compile("^[^、（）]{2,20}（[^（）]+）(、[^、（）]{2,20}（[^（）]+）)+$");

  /** Longest line that can be a heading or caption. */
  static final int SHORT_LINE = 40;

  /** Who a byline names as having written or sent a piece: 记者, 通讯员, 文/图. */
  private static final String WRITERS = "记者|通讯员|作者|撰稿|供稿|来源|文/图|文图";

  /**
   * A byline: □ 本报记者…, 记者：…, （通讯员…）. A □ alone opens a questionnaire's option (□同事介绍) or a form's
   * box, not a byline.
   */
  private static final Pattern BYLINE =
      Pattern.compile(
          "^([□■◇]\\s*(?=本报|特约|实习|" + WRITERS + ")|[（(【]?\\s*(" + WRITERS + ")[\\s：:）)】])");

  /** A line that names a kind of document alone: 信访事项处理意见书, 关于…的通知. */
  private static final Pattern DOCUMENT_KIND =
      Pattern.compile(
          "\\p{IsHan}{0,24}(意见书|答复书|告知书|决定书|通知书|通知|通报|决定|公告|公示|办法|方案|报告|纪要|章程|规定|细则|规则|制度|条例)");

  /** The name of a document a note posts: …2027年度工资专项集体合同, …管理办法. */
  private static final Pattern POSTED_DOCUMENT =
      Pattern.compile("^[^，。：:；！？]{6,40}(合同|协议|办法|章程|规定|细则|制度|方案|公约)$");

  /** How many lines a note over the document it posts may run to, its sign-off among them. */
  private static final int NOTE_LINES = 6;

  /**
   * The line under a 【】 tag and the note it opens that names the document the note posts (【工会公告】 /
   * 各位会员：…现将全文公布如下。 / 公司工会　2027年3月3日 / …工资专项集体合同), or -1: the note says it posts the text that
   * follows, and the name comes within a few lines.
   */
  private static int postedTitle(List<String> lines, int tag) {
    boolean posts = false;
    for (int j = tag + 1; j < Math.min(lines.size(), tag + 1 + NOTE_LINES); j++) {
      String l = lines.get(j).strip();
      if (posts && POSTED_DOCUMENT.matcher(l).matches()) {
        return j;
      }
      posts |= POSTS.matcher(l).find();
    }
    return -1;
  }

  /** A note's sign-off on one line: 公司工会　2027年3月3日. */
  private static final Pattern SIGN_OFF =
      Pattern.compile("^(\\p{IsHan}{2,20})[\\s\u3000]+(\\d{4}年\\d{1,2}月\\d{1,2}日)$");

  /** What a note says of the text under it: 现将全文公布如下, 现予公布, 全文如下. */
  private static final Pattern POSTS = Pattern.compile("(公布|公告|公示|印发|发布)如下|全文如下|现予公布");

  /** A header label of minutes that says of the meeting without naming it: 时间：, 地点：. */
  private static final Pattern MEETING_LABEL = Pattern.compile("^(时间|地点)(?=[：:])");

  /** A line alone that opens what a meeting said of all it discussed: 会议强调：, 会议要求：. */
  private static final Pattern CLOSING_REMARKS = Pattern.compile("^会议(强调|要求|指出|提出|认为)[：:]$");

  /** What a table appended to a document is titled after: 附：, 附表：. */
  private static final Pattern APPENDED_TABLE = Pattern.compile("^附表?[：:]\\s*");

  /** The issue of a series under its masthead: 〔2027〕第5期, 第12期. */
  private static final Pattern ISSUE =
      Pattern.compile("^\\s*(?:[〔\\[［（(]\\d{4}[〕\\]］）)])?\\s*第\\d{1,4}期\\s*$");

  /** A document's own title, under a series' masthead: 关于研究“夏送清凉”活动等事项的会议纪要. */
  private static final Pattern OWN_TITLE =
      Pattern.compile("^\\s*关于\\S{2,48}的(?:会议纪要|纪要|通知|通报|决定|意见|报告|批复)\\s*$");

  /** The line under a speech's title that names its speaker by post, and perhaps its day. */
  private static final Pattern SPEAKER =
      Pattern.compile(
          "^[\\p{IsHan}、]{0,24}(书记|主席|主任|局长|部长|厂长|经理|会长|理事长|院长|校长|董事长)[\\s　]+"
              + "\\p{IsHan}{2,4}([\\s　]*[（(][^（()）]{0,6}\\d{4}年[^（()）]{0,10}[）)])?$");

  /**
   * A public-account post's line of its account and time: 原创　苓溪工会　2027-05-14 18:30; group 1 is the
   * account.
   */
  public static final Pattern POST_LINE =
      Pattern.compile(
          "^(?:原创|转载)?[\\s　]*([\\p{IsHan}A-Za-z]{2,16})[\\s　]+\\d{4}-\\d{1,2}-\\d{1,2}([\\s　]+\\d{1,2}:\\d{2})?");

  private static final Pattern CAPTION_MARK = Pattern.compile("^[▲△▼▽↑]");

  /** The mark {@link #contentLines} puts before a line of a list of bulleted lines. */
  static final String LISTED = "\u0000";

  /** A body's name as a signature gives it: …有限公司工会, …委员会, …人力资源和社会保障局. */
  private static final Pattern BODY = Pattern.compile("(工会|委员会|公司|局|办公室|中心|协会|政府)$");

  /** The most bodies that sign a notice together, a line each. */
  private static final int MOST_SIGNERS = 4;

  /** True for a signature line that names a body ({@link #BODY}). */
  private static boolean isBody(String line) {
    return OfficialLines.isIssuer(line) && BODY.matcher(line.strip()).find();
  }

  /** A few words with no punctuation, over a list of bulleted lines: 本期导读. */
  private static final Pattern LIST_HEAD = Pattern.compile("[\\p{IsHan}\\w“”]{2,16}");

  /** The mark of a Markdown quote line. */
  private static final Pattern QUOTE_MARK = Pattern.compile("^>+\\s*");

  private static final Pattern DATE_LED =
      Pattern.compile("^(\\d{4}年)?\\d{1,2}月\\d{1,2}日|^\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}");

  /**
   * A line of an agenda: the time it takes, after the part of the day it is in (上午　8:30—9:00　开班仪式,
   * 9:00—11:30　专题讲座…).
   */
  private static final Pattern SLOT =
      Pattern.compile(
          "(上午|下午|晚上|中午|早上|全天)?[\\s　]*\\d{1,2}[:：]\\d{2}[\\s　]*[—－\\-~～至到]+[\\s　]*\\d{1,2}[:：]\\d{2}");

  /** A line that is only a day, perhaps with its weekday: 6月9日（星期三）. */
  private static final Pattern DAY_LINE =
      Pattern.compile("^(\\d{4}年)?\\d{1,2}月\\d{1,2}日[\\s　]*([（(](星期|周)[一二三四五六日天][）)])?$");

  /**
   * True for a line of an agenda (上午　8:30—9:00　开班仪式…) or one that names its day (6月10日（星期四）), which
   * a page's wrap never made.
   */
  static boolean agendaLine(String line) {
    return SLOT.matcher(line).lookingAt() || DAY_LINE.matcher(line).matches();
  }

  /**
   * The line a chat export heads each message with: who sent it ({@code who}), and when ({@code
   * sent}: the day, {@code y}, {@code mo}, {@code d}, and the time, {@code h}, {@code mi})
   * (星湾区总工会-周老师 2027/5/6 09:03). It stands alone, never part of the message before it.
   */
  public static final Pattern CHAT_SENDER =
      Pattern.compile(
          "^(?<who>\\S.{0,29}?)[\\s　]+(?<sent>(?<y>\\d{4})(?:[/.-]|年)(?<mo>\\d{1,2})(?:[/.-]|月)(?<d>\\d{1,2})日?"
              + "[\\s　]+(?<h>\\d{1,2}):(?<mi>\\d{2}))(:\\d{2})?$");

  /** A chat message's call to the whole group: @所有人. */
  private static final Pattern MENTION_ALL = Pattern.compile("@所有人\\s*");

  /** The line an e-mail's sender's signature opens with: "--" alone. */
  private static final Pattern SIGNATURE_RULE = Pattern.compile("^--\\s*$");

  /**
   * Fewest {@link #CHAT_SENDER} lines of a chat export: one is a post's byline (原创　X　2027-08-03
   * 19:20).
   */
  private static final int CHAT_MESSAGES = 3;

  /** The lines that head a chat export's messages, or an empty set when the text is no chat. */
  static Set<String> chatSenders(List<String> lines) {
    Set<String> senders =
        lines.stream().filter(l -> CHAT_SENDER.matcher(l).matches()).collect(Collectors.toSet());
    return lines.stream().filter(senders::contains).count() >= CHAT_MESSAGES ? senders : Set.of();
  }

  /** A short line that gives a value under a label (主办单位：市总工会): a fact, not a caption. */
  private static final Pattern LABELLED =
      Pattern.compile(
          "^(\\p{IsHan}{2,10}|\\p{IsHan}\u3000\\p{IsHan})([（(][^（()）]{1,8}[）)])?[：:]\\s*\\S");

  /**
   * A two-character name or label padded to three, as lists of names and their labels line up
   * (王　芳　李　强　于海涛, 主　任：郑国栋); group 1 is the pad.
   */
  public static final Pattern PADDED =
      Pattern.compile("(?<!\\p{IsHan})\\p{IsHan}(\u3000)\\p{IsHan}(?!\\p{IsHan})");

  private static final Pattern NAME = Pattern.compile("\\p{IsHan}{2,4}");

  /** What a line of names may open with: the role they hold (委　员：, 委员（按姓氏笔画为序）：). */
  private static final Pattern NAMES_LABEL =
      Pattern.compile("^[\\p{IsHan}\u3000]{2,6}([（(][^（()）]{1,12}[）)])?[：:][ \u3000]*");

  /**
   * The names of a line of names as the notice writes them, or an empty list for any other line.
   * Such a line lists three or more people, perhaps after the role they hold (委　员：), at least one
   * of whose two-character names is padded to three to line up (丁　宁　于海涛　王　芳): a lone character and
   * the next one are one name.
   */
  public static List<String> names(String line) {
    String[] words = NAMES_LABEL.matcher(line.strip()).replaceFirst("").split("[ \u3000]+");
    List<String> out = new ArrayList<>();
    boolean padded = false;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.length() == 1 && i + 1 < words.length && words[i + 1].length() == 1) {
        w = w + "\u3000" + words[++i];
        padded = true;
      }
      if (!NAME.matcher(w.replace("\u3000", "")).matches()) {
        return List.of();
      }
      out.add(w);
    }
    return padded && out.size() >= 3 ? out : List.of();
  }

  /**
   * True when the line at {@code i} is the headline of an item under a 【】 tag of its own: a short
   * line that is no sentence, no tag and no numbered heading, over a longer line of report.
   */
  private static boolean itemHeadline(List<String> lines, int i) {
    if (i + 1 >= lines.size()) {
      return false;
    }
    String line = lines.get(i);
    String next = lines.get(i + 1);
    return line.length() <= SHORT_LINE
        && !endsSentence(line)
        && !BRACKETED.matcher(line).matches()
        && Headings.numberedLevel(line) == 0
        && !line.startsWith(LISTED)
        && next.length() > SHORT_LINE
        && endsSentence(next);
  }

  /** How far down a document its masthead may be: the bulletin's name and its number come first. */
  private static final int MASTHEAD_LINES = 4;

  /**
   * A bulletin's masthead line: the body that compiles it, then the issue's date (筠江市溯阳区总工会办公室编
   * 2027年4月26日).
   */
  private static final Pattern MASTHEAD =
      Pattern.compile("^(\\S{4,30}?)(?:编印|编)[\\s\u3000]+(\\d{4}年\\d{1,2}月\\d{1,2}日)$");

  /** Where a picture stood in copied text: 【二维码】, [图片], 【海报】. */
  private static final Pattern PLACEHOLDER =
      Pattern.compile("^[【\\[](二维码|小程序码|图片|配图|图|海报|视频|照片)[】\\]]$");

  /** A label in 【】, as public-account articles head their parts: 【活动时间】, 【奖励设置】. */
  private static final Pattern BRACKETED = Pattern.compile("^【([^】]{1,12})】\\s*[：:]?(.*)$");

  /** A reader's comment's first line: the nickname, then how many liked it (晴天小鱼　👍 36). */
  private static final Pattern COMMENTER =
      Pattern.compile("^(\\S.{0,19}?)[\\s　]+(?:👍|赞)[\\s　]*\\d{1,6}$");

  /** The post's reply to a reader's comment: 作者回复：…. */
  public static final Pattern REPLY = Pattern.compile("^(作者|小编|运营者|管理员)回复[：:]");

  /** A heading over readers' comments: 精选留言, 读者评论, 留言区. */
  public static final Pattern COMMENTS = Pattern.compile("留言|评论");

  /** The question of a question-and-answer pair: 问：哪些人可以参加？ (or Q：…). */
  private static final Pattern ASKED = Pattern.compile("^(?:问|Q|q)\\s*[：:]\\s*(\\S.{0,60})$");

  /**
   * An interviewer's turn that asks (记者：站里具体能提供哪些服务？): in an interview of two or more such turns,
   * each is a question whose answer is the turn after it.
   */
  private static final Pattern INTERVIEWER =
      Pattern.compile("^(?:本报)?(?:记者|主持人)\\s*[：:]\\s*(\\S.*[？?])$");

  /** The fewest asking turns that make a text an interview. */
  private static final int INTERVIEW_TURNS = 2;

  /**
   * A transcript's turn with its speaker in parentheses (问（顺捷快递城东营业部　快递员　张某）：…,
   * 答（市人社局工伤保险处处长　钱立新）：…, 追问（王某）：…, 主持人（沈佩兰）：…): the speaker, then what is said.
   */
  private static final Pattern TURN =
      Pattern.compile("^(问|提问|答|回答|追问|主持人)\\s*[（(]([^（()）]{1,60})[）)]\\s*[：:]\\s*(\\S.*)$");

  /**
   * The sentence a transcript's answer opens with, naming who gives it (市人社局工伤保险处处长 钱立新回答。): who,
   * in its group; with or without its end mark, as a paragraph's topic has none.
   */
  public static final Pattern WHO_ANSWERS = Pattern.compile("^([^，。：:]{2,40}?)回答。?$");

  /** What a speaker does, by the turn's word: 问 for 提问, 答 for 回答; nothing for the host. */
  private static final java.util.Map<String, String> TURN_VERB =
      java.util.Map.of("问", "问", "提问", "问", "答", "答", "回答", "答", "追问", "追问", "主持人", "");

  /** Its answer: 答：在本市…均可报名参加。 (or A：…). */
  private static final Pattern ANSWERED = Pattern.compile("^(?:答|A|a)\\s*[：:]\\s*(\\S.*)$");

  /** A Markdown list item: "1. …", "- …", "* …". */
  private static final Pattern LIST_ITEM = Pattern.compile("^(\\d{1,2}[.、．)]|[-*+])\\s*");

  /**
   * A rule line with words in it, where a forward's cover message ends and the notice it forwards
   * begins: ---------- 转发的通知 ----------, ====== 原文 ======; group 1 is the words.
   */
  private static final Pattern SEPARATOR =
      Pattern.compile("^[-=—_*~·]{3,}\\s*([^-=—_*~·]{0,20}?)\\s*[-=—_*~·]*$");

  /** A label alone, what follows it its value: 短信版：, 朋友圈文案： under a rule. */
  private static final Pattern PART_LABEL = Pattern.compile("^([\\p{IsHan}A-Za-z0-9]{1,12})[：:]$");

  /** A label with its value after the colon: 总投入：1.26亿元. */
  private static final Pattern LABEL_VALUE = Pattern.compile("[：:]\\s*\\S");

  /** The title of a notice another forwards: 关于举办云栖区第七届职工职业技能竞赛的通知. */
  private static final Pattern FORWARDED_TITLE =
      Pattern.compile("^关于.{2,60}的(通知|通报|决定|意见|方案|函|公告|批复|办法|规定)$");

  /** A line that only says the numbered lines under it are notes: 说明：, 备注：, 注意事项：. */
  private static final Pattern NOTES_LABEL =
      Pattern.compile("(?:填表|有关|其他|补充|特别)?说明[：:]|备注[：:]|附?注[：:]|注意事项[：:]|(?:温馨|特别)提示[：:]");

  /** A line wholly in brackets that says something in clauses: （本表由…编制，日期为…）. */
  private static final Pattern ASIDE = Pattern.compile("[（(][^（()）]{4,}[，,；;][^（()）]*[）)]");

  /** Characters a heading or caption never ends with: the line breaks off mid-sentence. */
  private static final String CONTINUES = "为的和与及对把将在从向给要是了着或并而且以被让使、，,";

  private static final String END_MARKS = "。！？；…!?;";
  private static final String CLOSERS = "”’」』）)》";

  /** The divisions a notice of articles may have, from the largest. */
  private static final String DIVISIONS = "编章节";

  /**
   * Parses a notice; {@code title} overrides the title line when not blank. A notice without a
   * title line and without a given title gets the title "".
   */
  public Notice parse(String id, String text, Optional<String> title) {
    List<Line> lines = withTheirRoles(topLevelFirst(classify(text)));
    boolean patterned = lines.stream().anyMatch(l -> l.kind == Kind.HEADING);
    NoticeBuilder b = new NoticeBuilder();
    for (int k = 0; k < lines.size(); k++) {
      Line l = lines.get(k);
      switch (l.kind) {
        case TITLE -> b.title(l.text);
        // 记者 温子航 通讯员 蒋一帆 over 来源：岚港工会网 2027-06-14 09:30: one byline of both
        case BYLINE -> b.byline = Optional.of(b.byline.map(x -> x + "　").orElse("") + l.text);
        case ADDRESSEE -> b.addressee = Optional.of(l.text);
        case CAPTION -> b.caption(l.text);
        case HEADING -> b.heading(l.text, l.level);
        case SHORT -> {
          if (b.continuesParagraph()) {
            b.text(l.text);
          } else if (patterned
              && (inRun(lines, k)
                  || !names(l.text).isEmpty()
                  || ENTRIES.matcher(l.text).matches())) {
            b.standalone(l.text); // a list of names, one to a line (王立峰　云港港务集团…桥吊司机)
          } else if (patterned && !pointsFollow(lines, k)) {
            b.caption(l.text);
          } else {
            b.heading(l.text, 1);
          }
        }
        case TEXT -> b.text(l.text);
        case ITEM -> b.item(l.text);
        case LISTED -> b.listed(l.text);
        case ROW -> {
          if (!l.columns.isEmpty()) {
            b.columns(l.columns); // a table's first row carries its header's column names
          }
          b.row(l.text);
        }
        case STANDALONE -> b.standalone(l.text);
        case ATTACHMENT -> b.attachment(l.text);
        case ISSUER -> b.issuer = Optional.of(l.text);
        case DATELINE -> b.dateline = Optional.of(l.text);
        case FORWARDER -> b.forwardedBy = Optional.of(l.text);
        case FORWARDED_ON -> b.forwardedOn = Optional.of(l.text);
        case LIST_END -> b.leadAgain();
      }
    }
    String finalTitle = title.filter(t -> !t.isBlank()).map(String::strip).orElse(b.title);
    List<Section> sections = b.finish();
    return new Notice(
        id,
        finalTitle,
        b.byline,
        b.addressee,
        b.captions(sections),
        sections,
        b.attachments,
        b.issuer,
        b.dateline,
        b.forwardedBy,
        b.forwardedOn);
  }

  /**
   * The lines with their heading levels moved up so that the largest heading is at level 1: a
   * notice numbered 1./2./3. from the top (1.资助对象) has its parts at the top, not three levels down.
   */
  private static List<Line> topLevelFirst(List<Line> lines) {
    int top =
        lines.stream().filter(l -> l.kind == Kind.HEADING).mapToInt(l -> l.level).min().orElse(1);
    if (top <= 1) {
      return lines;
    }
    return lines.stream()
        .map(
            l ->
                l.kind == Kind.HEADING
                    ? new Line(l.kind, l.text, l.level - top + 1, l.subordinate)
                    : l)
        .toList();
  }

  /**
   * A role's label on a line of its own, over the lines of the people who hold it: 副主席（按姓氏笔画为序）：,
   * 委　员（按姓氏笔画为序）：.
   */
  private static final Pattern ROLE_LABEL =
      Pattern.compile(
          "^\\p{IsHan}{0,6}?(主席|主任|委员|组长|理事|监事|书记|秘书长|会长|队长|成员)([（(][^（()）]{1,12}[）)])?[：:]$");

  /**
   * The digits of a telephone number, a landline with its area code or a mobile (0759-3216180,
   * 13812345678), for patterns that find one where no digit stands beside it.
   */
  public static final String PHONE_DIGITS = "0\\d{2,3}-?\\d{7,8}|1[3-9]\\d{9}";

  /** A line of one person and what they are: 郑国栋 棠州公交集团…工会主席（兼职）, 方　敏（女） 棠州市…主任. */
  private static final Pattern PERSON_LINE =
      Pattern.compile(
          "^(\\p{IsHan}\u3000\\p{IsHan}|\\p{IsHan}{2,3})([（(][男女][）)])?[ \u3000]+\\S[^。！？!?]*$");

  /**
   * The lines with a role's label joined to the lines of people under it, as one paragraph: the
   * people are who holds the role (副主席（按姓氏笔画为序）：方　敏（女） …，郑国栋 …，唐卫东 …), not lines of their own the
   * label is cut off from. Lines of names only are joined as one line of names.
   */
  private static List<Line> withTheirRoles(List<Line> lines) {
    List<Line> out = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      Line l = lines.get(k);
      List<String> people = new ArrayList<>();
      boolean named = true; // lines of names only, joined as one line of names
      if (l.kind != Kind.HEADING
          && ROLE_LABEL.matcher(l.text.strip().replace("\u3000", "")).matches()) {
        for (int j = k + 1; j < lines.size() && holdsPeople(lines.get(j)); j++) {
          people.add(lines.get(j).text.strip());
          named &= !names(lines.get(j).text).isEmpty();
        }
      }
      if (people.isEmpty()) {
        out.add(l);
        continue;
      }
      String joined = String.join(named ? "\u3000" : "，", people);
      out.add(new Line(Kind.STANDALONE, l.text.strip() + joined, l.level, false));
      k += people.size();
    }
    return out;
  }

  /** A line of names, or of one person and what they are. */
  private static boolean holdsPeople(Line l) {
    return (l.kind == Kind.SHORT || l.kind == Kind.STANDALONE || l.kind == Kind.TEXT)
        && (!names(l.text).isEmpty() || personOf(l.text).isPresent());
  }

  /**
   * The person a line of one person and what they are names (郑国栋 of 郑国栋 棠州公交集团…（兼职）, 方　敏 of 方　敏（女）
   * 棠州市…), as the line writes the name; empty for any other line.
   */
  public static Optional<String> personOf(String line) {
    Matcher m = PERSON_LINE.matcher(line.strip());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private enum Kind {
    TITLE,
    BYLINE,
    ADDRESSEE,
    CAPTION,
    HEADING,
    SHORT,
    TEXT,
    ITEM,
    /** A line of a list its bullet glyph marks (◆…, △…). */
    LISTED,
    /** A table's row, as the sentence {@link Tables} writes of it. */
    ROW,
    /** A paragraph of its own, whatever its punctuation: a note, a contact line. */
    STANDALONE,
    ATTACHMENT,
    ISSUER,
    DATELINE,
    /** Who signs the cover message of a forward, above the notice it forwards. */
    FORWARDER,
    /** The date the cover message of a forward is signed with. */
    FORWARDED_ON,
    /** The end of a run-in list a paragraph announced: what follows goes on under no heading. */
    LIST_END
  }

  /**
   * A classified line; {@code subordinate} for a heading one level below the nearest heading above
   * it that is not itself subordinate, whatever its siblings of its kind say: the 问： line of a
   * question-and-answer pair, a reader's comment, a 【】 label over a part of what the heading above
   * heads.
   */
  private record Line(
      Kind kind, String text, int level, boolean subordinate, List<String> columns) {
    Line(Kind kind, String text, int level) {
      this(kind, text, level, false);
    }

    Line(Kind kind, String text, int level, boolean subordinate) {
      this(kind, text, level, subordinate, List.of());
    }

    /** A subordinate heading, its level from the lines read so far. */
    static Line subordinate(String text, List<Line> out) {
      return new Line(
          Kind.HEADING, text, nearestHeading(out).map(l -> l.level + 1).orElse(1), true);
    }
  }

  /** Marks a clause ends with: a line that ends with one takes the next without a joining mark. */
  private static final String CLAUSE_END = "；;，,。";

  /** A line indented to stand under the value of the line above it: 　　　　葛雨桐…. */
  private static final Pattern INDENTED = Pattern.compile("^[\u3000 \t]{2,}\\S");

  /**
   * A name, its office in brackets if it says one, then a phone's label: 宋明川（市人社局职业能力建设处）
   * 电话：0748-6318245, under a contact line as a second contact whether or not it is indented.
   */
  private static final Pattern NAMED_PHONE =
      Pattern.compile(
          "^\\p{IsHan}{2,4}(?:[（(][^（()）]{2,24}[）)])?[\\s\u3000]*[，,]?(?:联系)?(?:电话|手机)[：:]");

  /**
   * True when a line indented under a contact line (联系人：…), or naming someone before a phone's
   * label, gives another contact: a value of the same label, with a telephone number and no label
   * of its own.
   */
  private static boolean secondContact(String above, String raw, String line) {
    return OfficialLines.isContact(above)
        && (INDENTED.matcher(raw).lookingAt() || NAMED_PHONE.matcher(line).lookingAt())
        && OfficialLines.givesPhone(line)
        && !LABELLED.matcher(line).find();
  }

  /**
   * The non-empty lines of a text, repaired, without separator lines (---, ***, ===). Lines that
   * open with the same bullet glyph as the line before or after them (◆…, △…) are a list: each
   * comes out marked {@link #LISTED}. A page's HTML source is read as the lines its reader sees
   * ({@link HtmlSource}).
   */
  private static List<String> contentLines(String text) {
    List<String> out = new ArrayList<>();
    List<Integer> bullets = new ArrayList<>();
    String plain = HtmlSource.text(text);
    for (String raw :
        Tables.aligned(
            Slides.outline(List.of(plain.replace("\r\n", "\n").replace('\r', '\n').split("\n"))))) {
      if (TextRepair.isStampRing(raw)) {
        continue;
      }
      String line = TextRepair.line(TextRepair.wideSpaces(raw).replace(LISTED, ""));
      Matcher image = IMAGE.matcher(line);
      if (image.matches()) {
        // ![申领流程图](https://…) pasted from a post: a photo's caption is its alt text, if it has one
        line = image.group(1).isBlank() ? "" : "▲" + image.group(1).strip();
      }
      // a rule goes, but for "--", over an e-mail's signature ({@link #SIGNATURE_RULE})
      boolean rule =
          line.chars().allMatch(c -> c == '-' || c == '*' || c == '=')
              && !SIGNATURE_RULE.matcher(line).matches();
      if (!line.isEmpty() && !rule) {
        int last = out.size() - 1;
        if (last >= 0 && secondContact(out.get(last), raw, line)) {
          // 联系人：邵明哲…，电话：…；  over  　　　　葛雨桐…，电话：…: both are the notice's contacts
          String first = out.get(last);
          out.set(
              last,
              first
                  + (CLAUSE_END.indexOf(first.charAt(first.length() - 1)) >= 0 ? "" : "；")
                  + line);
          continue;
        }
        out.add(line);
        bullets.add(TextRepair.bullet(raw));
      }
    }
    for (int i = 0; i < out.size(); i++) {
      int b = bullets.get(i);
      boolean run =
          b >= 0
              && (i > 0 && bullets.get(i - 1) == b
                  || i + 1 < out.size() && bullets.get(i + 1) == b);
      if (run) {
        String line = out.get(i);
        out.set(i, LISTED + (CAPTION_MARK.matcher(line).find() ? line.substring(1).strip() : line));
      }
    }
    out = Parties.labelled(out);
    signedOnOneLine(out);
    return PdfPaste.repair(out);
  }

  /**
   * True for steps joined by arrows, two arrows or more, a step after the last: ①提出申请→②初审→③审核. By
   * index, not a pattern, which backtracks for every start of a long line without arrows.
   */
  private static boolean isFlow(String line) {
    int first = line.indexOf('→');
    return first > 0 && line.indexOf('→', first + 1) > first + 1 && !line.endsWith("→");
  }

  /** The blank a test question ends with: …只能约定一次试用期。（　　）. */
  private static final Pattern TEST_BLANK = Pattern.compile("[。？?][（(][\\s\u3000]*[）)]$");

  /** A line that is only a Markdown image: ![申领流程图](https://mmbiz.qpic.cn/…). */
  private static final Pattern IMAGE = Pattern.compile("^!\\[([^\\]]*)\\]\\([^)]*\\)$");

  /** A public-account article's closing line: 桐川工会 | 2027年9月24日. */
  private static final Pattern SIGNED_ON_ONE_LINE =
      Pattern.compile("^([^|｜，。：]{2,20}?)\\s*[|｜]\\s*(\\d{4}年\\d{1,2}月\\d{1,2}日)$");

  /**
   * The imprint that closes minutes or a circular with no signature above it: 桐岚区总工会办公室
   * 2027年3月18日印发.
   */
  private static final Pattern IMPRINT =
      Pattern.compile("^([^|｜，。：:]{2,20}?)[\\s\u3000]{2,}(\\d{4}年\\d{1,2}月\\d{1,2}日)印发$");

  /** How many lines above the last a dateline is looked for before an imprint stands for one. */
  private static final int DATELINE_REACH = 6;

  /**
   * The last line, when it signs and dates the article at once, as the issuer's and the date's: a
   * public-account article's closing line, or an imprint where no line above it is a date.
   */
  private static void signedOnOneLine(List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    String last = lines.get(lines.size() - 1);
    Matcher signed = SIGNED_ON_ONE_LINE.matcher(last);
    Matcher imprint = IMPRINT.matcher(last);
    Matcher found =
        signed.matches()
            ? signed
            : imprint.matches() && !datedAbove(lines) && !signedAboveAnAttachment(lines)
                ? imprint
                : null;
    if (found != null) {
      lines.set(lines.size() - 1, found.group(1).strip());
      lines.add(found.group(2));
    }
  }

  /**
   * A line that opens an attachment's own text: 附件, 附件1, 附件2：, or with the attachment's name
   * (附件1：桐溪区困难职工帮扶申请表); group 1 is the name, if there is one.
   */
  private static final Pattern ATTACHMENT_OPENS =
      Pattern.compile("^附件\\s*\\d{0,2}\\s*(?:[：:]\\s*([^。；！？]{0,40}?)\\s*)?$");

  /**
   * How many lines an attachment's text after the signature may run to: a questionnaire of two
   * dozen questions with their options one a line runs to well over a hundred.
   */
  private static final int ATTACHMENT_REACH = 200;

  /**
   * The line that opens an attachment's text after the notice is signed and dated (…棠溪市总工会 /
   * 2027年5月18日 / 附件 / 2027年…回执 / 推荐单位（盖章）：…); -1 when the notice ends with its signature.
   */
  private static int attachedAfterSignature(List<String> lines, int last) {
    for (int j = Math.max(2, last - ATTACHMENT_REACH); j <= last; j++) {
      int above = aboveClosing(lines, j - 1, 1); // 2027年2月10日 / （此件公开发布） / 附件
      if (ATTACHMENT_OPENS.matcher(lines.get(j).strip()).matches()
          && OfficialLines.isDate(lines.get(above))) {
        return j;
      }
    }
    return -1;
  }

  /**
   * True when the notice is signed and dated above an attachment's own text (a name list under 附件),
   * so that the imprint at the very end is no signature of it.
   */
  private static boolean signedAboveAnAttachment(List<String> lines) {
    return attachedAfterSignature(lines, aboveClosing(lines, lines.size() - 1, 0)) > 0;
  }

  /**
   * The line at or above {@code i} that is no closing line (抄送：…, （此件公开发布）, …印发), looking no higher
   * than line {@code floor}.
   */
  private static int aboveClosing(List<String> lines, int i, int floor) {
    while (i > floor && OfficialLines.isClosing(lines.get(i))) {
      i--;
    }
    return i;
  }

  /** True when one of the {@link #DATELINE_REACH} lines above the last is a date. */
  private static boolean datedAbove(List<String> lines) {
    return lines.subList(Math.max(0, lines.size() - 1 - DATELINE_REACH), lines.size() - 1).stream()
        .anyMatch(OfficialLines::isDate);
  }

  /**
   * True for a labelled line among labelled lines (出席人员：…（现有委员31人，…） between 主持人：… and 列席：…): a
   * block of label lines is a line apiece, however long one runs and whether or not it ends a
   * sentence.
   */
  private static boolean inLabelBlock(List<String> lines, int i) {
    if (!LABELLED.matcher(lines.get(i)).find() || lines.get(i).length() > 2 * SHORT_LINE) {
      return false;
    }
    boolean before = i > 0 && LABELLED.matcher(lines.get(i - 1)).find();
    boolean after = i + 1 < lines.size() && LABELLED.matcher(lines.get(i + 1)).find();
    return before && after;
  }

  private static List<Line> classify(String text) {
    List<String> lines = MailHeaders.unquoted(contentLines(text));
    boolean markdown = lines.stream().anyMatch(l -> Headings.markdownLevel(l) > 0);
    Structure st = Structure.of(lines);
    List<Line> out = new ArrayList<>();
    boolean titled = false;
    boolean bodyStarted = false;
    boolean addressed = false;
    boolean inAttachments = false;
    boolean interview =
        lines.stream().filter(l -> INTERVIEWER.matcher(l).matches()).count() >= INTERVIEW_TURNS;
    Set<String> senders = chatSenders(lines);
    MailHeaders mail = MailHeaders.of(lines);
    String day = "";
    String half = "";
    int appendix = -1;
    int posted = -1;
    for (int i = 0; i < lines.size(); i++) {
      // a Markdown quote (> 温馨提示：…) is text like any other
      String line = markdown ? QUOTE_MARK.matcher(lines.get(i)).replaceFirst("") : lines.get(i);
      if (MEETING_LABEL.matcher(line).lookingAt()
          && out.stream().anyMatch(l -> l.kind == Kind.TITLE && l.text.endsWith("纪要"))
          && out.stream().noneMatch(l -> l.kind == Kind.HEADING)) {
        // 时间：… and 地点：… over minutes, before any topic: the meeting's, as 会议时间： would say
        line = MEETING_LABEL.matcher(line).replaceFirst("会议$1");
      }
      if (st.appended() >= 0 && i >= st.appended()) {
        Matcher opens = ATTACHMENT_OPENS.matcher(line.strip());
        if (opens.matches()) {
          // 附件1：…申请表 after the notice is signed: the attachment's own text, a part of its own
          appendix = appendix < 0 ? out.size() : appendix;
          i = appendixHeading(lines, i, opens, out);
          bodyStarted = true;
          inAttachments = false;
          continue;
        }
      }
      Matcher slot = SLOT.matcher(line);
      if (bodyStarted && slot.lookingAt()) {
        // 6月9日（星期三） over 上午　8:30—9:00　开班仪式…, 　　　9:00—11:30　专题讲座…: each line of an agenda is
        // a paragraph of its own, with the day and the part of it that it is in
        half = slot.group(1) != null ? slot.group(1) : half;
        String of = (day + " " + (slot.group(1) == null ? half : "")).strip();
        out.add(new Line(Kind.STANDALONE, (of.isEmpty() ? "" : of + " ") + line, 0));
        continue;
      }
      if (DAY_LINE.matcher(line).matches()
          && i + 1 < lines.size()
          && SLOT.matcher(lines.get(i + 1)).lookingAt()) {
        day = line.replaceAll("[\\s　]+", "");
        half = "";
        continue; // said with each line of the day
      }
      day = "";
      half = "";
      if (line.startsWith(Slides.ITEM)) {
        out.add(new Line(Kind.LISTED, line.substring(Slides.ITEM.length()).strip(), 0));
        continue;
      }
      if (line.startsWith(Slides.LINE)) {
        out.add(new Line(Kind.STANDALONE, line.substring(Slides.LINE.length()).strip(), 0));
        continue;
      }
      if (line.startsWith(Slides.TITLE)) {
        // a slide's title heads its lines, under the part of the deck it is in
        out.add(Line.subordinate(line.substring(Slides.TITLE.length()).strip(), out));
        bodyStarted = true;
        continue;
      }
      if (senders.contains(line)) {
        out.add(new Line(Kind.STANDALONE, line, 0));
        continue;
      }
      if (!senders.isEmpty()) {
        // @所有人 calls the group to read; it says nothing
        line = MENTION_ALL.matcher(line).replaceAll("").strip();
        if (line.isEmpty()) {
          continue;
        }
      }
      if (mail.lines().contains(i)) {
        if (!titled && !mail.subject().isEmpty()) {
          out.add(new Line(Kind.TITLE, mail.subject(), 0));
          titled = true;
        }
        if (i == mail.attachments()) {
          // the oldest message's attachments are the notice's
          OfficialLines.attachmentsStart(line).map(MailHeaders::attached).orElse(List.of()).stream()
              .map(name -> new Line(Kind.ATTACHMENT, name, 0))
              .forEach(out::add);
        } else {
          out.add(new Line(Kind.STANDALONE, line, 0));
        }
        // the oldest message is the notice: its salutation is whom it addresses
        bodyStarted = i < mail.lastBlock();
        continue;
      }
      if (SIGNATURE_RULE.matcher(line).matches()) {
        continue;
      }
      if (i == st.coverIssuer) {
        out.add(new Line(Kind.FORWARDER, line, 0));
        continue;
      }
      if (i == st.coverDateline) {
        out.add(new Line(Kind.FORWARDED_ON, line, 0));
        continue;
      }
      Matcher separator = SEPARATOR.matcher(line);
      if (separator.matches()
          && separator.group(1).isBlank()
          && i + 1 < lines.size()
          && PART_LABEL.matcher(lines.get(i + 1)).matches()) {
        // ———— over 短信版： over the text message: a rule and a label alone head the part that follows
        Matcher label = PART_LABEL.matcher(lines.get(++i));
        label.matches();
        out.add(new Line(Kind.HEADING, label.group(1), 1));
        bodyStarted = true;
        continue;
      }
      boolean forwardedTitle =
          st.coverDateline >= 0
              && i == st.coverDateline + 1
              && FORWARDED_TITLE.matcher(line).matches();
      if (bodyStarted && separator.matches() || forwardedTitle) {
        // ---------- 转发的通知 ---------- over 关于举办…的通知: the notice a cover message forwards heads
        // what it says, and its document number and addressee open it as a notice's do
        String words = forwardedTitle ? "" : separator.group(1).strip();
        String heading =
            forwardedTitle
                ? line
                : i + 1 < lines.size() && FORWARDED_TITLE.matcher(lines.get(i + 1)).matches()
                    ? (words.isEmpty() ? "" : words + "：") + lines.get(++i)
                    : words;
        if (!heading.isEmpty()) {
          out.add(new Line(Kind.HEADING, heading, 1));
          bodyStarted = false;
        }
        continue;
      }
      if (i == st.dateline) {
        out.add(new Line(Kind.DATELINE, line, 0));
        continue;
      }
      Matcher masthead = MASTHEAD.matcher(line);
      if (i < MASTHEAD_LINES && st.issuer < 0 && st.dateline < 0 && masthead.matches()) {
        // 溯阳区总工会办公室编　　2027年4月26日 under a bulletin's name: who compiled it, and when, as a
        // signature would say, and the line as it reads
        out.add(new Line(Kind.ISSUER, masthead.group(1), 0));
        out.add(new Line(Kind.DATELINE, masthead.group(2), 0));
        out.add(new Line(Kind.STANDALONE, line, 0));
        continue;
      }
      if (i == st.issuer) {
        StringBuilder bodies = new StringBuilder(line);
        for (int k = 1; k < st.signers; k++) {
          bodies.append('、').append(lines.get(++i));
        }
        out.add(new Line(Kind.ISSUER, bodies.toString(), 0));
        continue;
      }
      Optional<String> attachments = OfficialLines.attachmentsStart(line);
      if (attachments.isPresent()) {
        if (!attachments.get().isEmpty()) {
          out.add(new Line(Kind.ATTACHMENT, OfficialLines.itemName(attachments.get()), 0));
        } else if (i + 1 < lines.size()
            && i + 1 < st.endMatter()
            && !endsSentence(lines.get(i + 1))
            && !OfficialLines.isNumberedItem(lines.get(i + 1))) {
          // "附件：" alone, its one item on the next line
          out.add(new Line(Kind.ATTACHMENT, OfficialLines.itemName(lines.get(++i)), 0));
        }
        inAttachments = true;
        continue;
      }
      if (inAttachments && OfficialLines.isNumberedItem(line)) {
        out.add(new Line(Kind.ATTACHMENT, OfficialLines.itemName(line), 0));
        continue;
      }
      inAttachments = false;
      int md = Headings.markdownLevel(line);
      if (md > 0) {
        String h = Headings.stripNumbering(line);
        if (!titled && md == 1) {
          out.add(new Line(Kind.TITLE, h, 0));
          titled = true;
        } else {
          out.add(new Line(Kind.HEADING, h, Math.max(1, md - 1)));
          bodyStarted = true;
        }
        continue;
      }
      if (i == posted) {
        out.add(new Line(Kind.HEADING, line.strip(), 1)); // what the posted document says
        continue;
      }
      if (i < posted && !endsSentence(line)) {
        // the note's sign-off (公司工会　2027年3月3日): who posted the document, and when, where the
        // document itself is signed by its parties
        Matcher signed = SIGN_OFF.matcher(line.strip());
        if (signed.matches() && st.issuer < 0 && st.dateline < 0) {
          out.add(new Line(Kind.ISSUER, signed.group(1), 0));
          out.add(new Line(Kind.DATELINE, signed.group(2), 0));
        }
        out.add(new Line(Kind.STANDALONE, line, 0));
        continue;
      }
      Matcher tag = BRACKETED.matcher(line);
      int postedAt =
          !titled && tag.matches() && tag.group(2).isBlank() ? postedTitle(lines, i) : -1;
      if (postedAt > 0) {
        // 【工会公告】 over the union's note and its sign-off, then the document it posts: the
        // document's name is the title, the note a part of its own under its tag
        titled = true;
        posted = postedAt;
        out.add(new Line(Kind.TITLE, lines.get(posted).strip(), 0));
        out.add(new Line(Kind.HEADING, tag.group(1).strip(), 1));
        bodyStarted = true;
        continue;
      }
      if (!titled) {
        titled = true;
        if (OfficialLines.isAddressee(line)) {
          // a salutation first: the notice has no title line
          out.add(new Line(Kind.ADDRESSEE, OfficialLines.addressee(line), 0));
          addressed = true;
        } else if (i + 1 < lines.size()
            && OfficialLines.isIssuer(line)
            && BODY.matcher(line).find()
            && DOCUMENT_KIND.matcher(lines.get(i + 1)).matches()) {
          // 鹭川市云湖区总工会 over 信访事项处理意见书: the body that issues it heads the document's name
          String series = line + lines.get(++i).strip();
          int own = i + 1;
          String issue =
              own < lines.size() && ISSUE.matcher(lines.get(own)).matches()
                  ? lines.get(own++).strip()
                  : "";
          if (own < lines.size() && OWN_TITLE.matcher(lines.get(own)).matches()) {
            // …总工会 / 主席办公会议纪要 / 〔2027〕第5期 over 关于研究…事项的会议纪要: the masthead names the series,
            // the line under it this document
            out.add(new Line(Kind.TITLE, lines.get(own).strip(), 0));
            out.add(new Line(Kind.STANDALONE, series + issue, 0));
            i = own;
          } else {
            out.add(new Line(Kind.TITLE, series, 0));
          }
        } else {
          out.add(new Line(Kind.TITLE, TextRepair.title(line), 0));
        }
        continue;
      }
      if (Tables.isRow(line)) {
        i = table(lines, i, out) - 1;
        bodyStarted = true;
        continue;
      }
      Matcher commenter = COMMENTER.matcher(line);
      if (commenter.matches() && underComments(out)) {
        i = comment(commenter.group(1).strip(), lines, i, markdown, out) - 1;
        continue;
      }
      Matcher asked = ASKED.matcher(line);
      if (asked.matches()) {
        // 问：…？ 答：…: the question heads its answer, one level below the headings above it
        out.add(Line.subordinate(asked.group(1).strip(), out));
        bodyStarted = true;
        continue;
      }
      Matcher spoken = TURN.matcher(line);
      if (spoken.matches()) {
        transcriptTurn(spoken.group(1), spoken.group(2), spoken.group(3).strip(), out);
        bodyStarted = true;
        continue;
      }
      Matcher turn = INTERVIEWER.matcher(line);
      if (interview && turn.matches()) {
        interviewerTurn(turn.group(1).strip(), out);
        bodyStarted = true;
        continue;
      }
      Matcher answered = ANSWERED.matcher(line);
      if (answered.matches()) {
        out.add(new Line(Kind.STANDALONE, answered.group(1).strip(), 0));
        bodyStarted = true;
        continue;
      }
      boolean shortLine = line.length() <= SHORT_LINE && !endsSentence(line);
      // 市总工会党组书记、常务副主席　邵明远　（2027年3月16日） under a speech's title: who gave it, and when;
      // 原创　苓溪工会　2027-05-14 18:30 under a post's title: its account and when it was posted
      boolean underTheTitle = !out.isEmpty() && out.get(out.size() - 1).kind == Kind.TITLE;
      if (underTheTitle && SPEAKER.matcher(line).matches()
          || !bodyStarted && POST_LINE.matcher(line).matches()) {
        out.add(new Line(Kind.BYLINE, bylineSpaced(line), 0));
        continue;
      }
      // 记者：站里具体能提供哪些服务？ is a turn of an interview, not who wrote it
      if (BYLINE.matcher(line).find() && line.length() <= SHORT_LINE && !endsSentence(line)) {
        out.add(new Line(Kind.BYLINE, line.replaceFirst("^[□■◇]\\s*", "").strip(), 0));
        continue;
      }
      Matcher bracketed = BRACKETED.matcher(line);
      if (bracketed.matches() && !senders.isEmpty()) {
        out.add(new Line(Kind.STANDALONE, line, 0)); // a chat's 【群公告】 heads no part
        continue;
      }
      if (PLACEHOLDER.matcher(line).matches()) {
        continue; // 【二维码】: where a poster's picture stood, which says nothing in words
      }
      if (bracketed.matches()
          && BODY.matcher(bracketed.group(1).strip()).find()
          && bracketed.group(2).strip().length() > SHORT_LINE) {
        // 【桐榭区总工会】亲爱的会员：…回T退订: a text message opens with who sends it, which heads nothing
        out.add(new Line(Kind.TEXT, line, 0));
        bodyStarted = true;
        continue;
      }
      if (bracketed.matches()) {
        // 【活动时间】 heads a section; 【活动时间】1月25日至2月15日 is a labelled fact
        // 【基层动态】临江区总工会…签约612人 over a paragraph is an item's headline, its tag a column's
        String rest = bracketed.group(2).strip();
        if (rest.isEmpty() && itemHeadline(lines, i + 1)) {
          // 【工作动态】 over 区总工会召开…推进会 over its report: the item's headline, as on one line
          out.add(new Line(Kind.HEADING, lines.get(++i), 1));
          bodyStarted = true;
          continue;
        }
        boolean headline =
            shortLine
                && !rest.isEmpty()
                && i + 1 < lines.size()
                && !BRACKETED.matcher(lines.get(i + 1)).matches()
                && (lines.get(i + 1).length() > SHORT_LINE || endsSentence(lines.get(i + 1)));
        if (!headline && rest.length() > SHORT_LINE) {
          // 【典型意义】快递员流动性强…。本案中…: a part of what the heading above heads, in sentences
          out.add(Line.subordinate(bracketed.group(1).strip(), out));
          out.add(new Line(Kind.TEXT, rest, 0));
          bodyStarted = true;
          continue;
        }
        out.add(
            rest.isEmpty()
                ? new Line(Kind.HEADING, bracketed.group(1).strip(), 1)
                : headline
                    ? new Line(Kind.HEADING, rest, 1)
                    : new Line(Kind.STANDALONE, bracketed.group(1).strip() + "：" + rest, 0));
        bodyStarted = true;
        continue;
      }
      // 文号：泓工发〔2027〕19号 under the title comes before the addressee, as a note does
      Optional<String> number = bodyStarted ? Optional.empty() : PdfPaste.numberLine(line);
      if (!bodyStarted && (OfficialLines.isNote(line) || number.isPresent())) {
        out.add(new Line(Kind.STANDALONE, number.orElse(line), 0));
        continue;
      }
      if (!bodyStarted
          && !addressed
          && OfficialLines.isAddressee(line)
          && (!mail.present() || i > mail.lastBlock())) {
        out.add(new Line(Kind.ADDRESSEE, OfficialLines.addressee(line), 0));
        addressed = true;
        continue;
      }
      if (!bodyStarted && OfficialLines.isAddressee(line)) {
        out.add(new Line(Kind.STANDALONE, line, 0)); // the forwarded notice's own addressee
        continue;
      }
      if (NOTES_LABEL.matcher(line).matches()
          && senders.isEmpty()
          && i + 1 < lines.size()
          && Headings.numberedLevel(lines.get(i + 1)) > 0) {
        // 说明： over 1.…, 2.… under a table: the heading of the notes, not a label without a value
        out.add(Line.subordinate(line.substring(0, line.length() - 1), out));
      } else if (ASIDE.matcher(line).matches()) {
        // （本表由…编制，日期为活动开始日期，…）: a note on what follows, said in a sentence, no heading
        out.add(new Line(Kind.STANDALONE, line, 0));
      } else if (OfficialLines.isContact(line)
          || shortLine && Headings.numberedLevel(line) == 0 && OfficialLines.givesPhone(line)
          || OfficialLines.isClosing(line)
          || shortLine && LABELLED.matcher(line).find() && !Headings.opensCase(line)
          || inLabelBlock(lines, i)) {
        out.add(new Line(Kind.STANDALONE, line, 0));
      } else if (CLOSING_REMARKS.matcher(line).matches()
          && lines.subList(i + 1, lines.size()).stream()
              .noneMatch(l -> Headings.numberedLevel(l) == 1)) {
        // 会议强调： over 一是…二是… after the last of the minutes' numbered topics: what the meeting
        // stressed of them all, a part of its own, not the last topic's
        out.add(new Line(Kind.HEADING, line.substring(0, line.length() - 1), 1));
      } else if (shortLine
          && APPENDED_TABLE.matcher(line).lookingAt()
          && i + 1 < lines.size()
          && Tables.isRow(lines.get(i + 1))) {
        // 附：会议议定事项任务分工表 over its rows: a part of its own, after the parts it sums up
        out.add(new Line(Kind.HEADING, APPENDED_TABLE.matcher(line).replaceFirst(""), 1));
      } else if (CAPTION_MARK.matcher(line).find()) {
        out.add(new Line(Kind.CAPTION, line.substring(1).strip(), 0));
      } else if (shortLine && DATE_LED.matcher(line).find()) {
        out.add(new Line(Kind.CAPTION, line, 0));
      } else if (line.startsWith(LISTED)) {
        out.add(new Line(Kind.LISTED, line.substring(LISTED.length()), 0));
      } else if (markdown && LIST_ITEM.matcher(line).find()) {
        out.add(new Line(Kind.ITEM, line, 0));
      } else if (st.articles && Headings.articleLabel(line).isPresent()) {
        out.add(new Line(Kind.HEADING, Headings.articleLabel(line).get(), st.articleLevel()));
        String rest = Headings.afterArticleLabel(line);
        if (!rest.isEmpty()) {
          out.add(new Line(Kind.TEXT, rest, 0));
        }
      } else if (shortLine && Headings.division(line).isPresent()) {
        out.add(new Line(Kind.HEADING, line, st.divisionLevel(Headings.division(line).get())));
      } else if (st.articles && Headings.numberedLevel(line) > 0) {
        out.add(new Line(Kind.ITEM, line, 0));
      } else if (Headings.numberedLevel(line) > 0) {
        addNumbered(out, line, st.runsIn(i));
        if (st.endsList(i)) {
          out.add(new Line(Kind.LIST_END, "", 0));
        }
      } else if (shortLine && Headings.startsWithCount(line)) {
        // 三项重点任务 heads what follows; 五项惠工服务 ｜ 总投入：620万元 gives figures by their labels,
        // a paragraph of its own, neither a heading nor a photo's caption
        out.add(
            LABEL_VALUE.matcher(line).find()
                ? new Line(Kind.STANDALONE, line, 0)
                : new Line(Kind.HEADING, line, 1));
      } else if (shortLine && CONTINUES.indexOf(line.charAt(line.length() - 1)) >= 0) {
        out.add(new Line(Kind.TEXT, line, 0));
      } else if (!markdown
          && LIST_HEAD.matcher(line).matches()
          && i + 1 < lines.size()
          && lines.get(i + 1).startsWith(LISTED)) {
        out.add(new Line(Kind.HEADING, line, 1)); // 本期导读 over its ◆ lines
      } else if (!senders.isEmpty()) {
        // a chat's line ends where its writer stopped, with a mark or without: a paragraph
        out.add(new Line(Kind.STANDALONE, line, 0));
      } else if (shortLine) {
        out.add(new Line(Kind.SHORT, line, 1));
      } else {
        out.add(new Line(Kind.TEXT, line, 0));
      }
      bodyStarted = true;
    }
    return appendix < 0 ? out : underAppendices(out, appendix);
  }

  /**
   * The heading of an attachment's own text (附件1：桐溪区困难职工帮扶申请表, read as {@link Section#APPENDIX}),
   * from its opening line and, when that gives no name (附件), the line under it; a line under it
   * that only repeats the name, the attached form's own title, goes. Returns the index of the last
   * line it took.
   */
  private static int appendixHeading(List<String> lines, int i, Matcher opens, List<Line> out) {
    String label = opens.group().replaceFirst("[：:].*$", "").replaceAll("\\s", "");
    String name = opens.group(1) == null ? "" : opens.group(1);
    int at = i;
    if (name.isEmpty()
        && at + 1 < lines.size()
        && lines.get(at + 1).length() <= SHORT_LINE
        && !endsSentence(lines.get(at + 1))) {
      name = lines.get(++at).strip();
    }
    if (!name.isEmpty() && at + 1 < lines.size() && lines.get(at + 1).strip().equals(name)) {
      at++;
    }
    out.add(new Line(Kind.HEADING, name.isEmpty() ? label : label + "：" + name, 1));
    return at;
  }

  /**
   * The lines from the first attachment's own text on, their headings a level below the
   * attachment's: the form's 一、申请人基本情况 is a part of 附件1, not of the notice.
   */
  private static List<Line> underAppendices(List<Line> lines, int from) {
    List<Line> out = new ArrayList<>(lines.subList(0, from));
    for (Line l : lines.subList(from, lines.size())) {
      boolean appendix = l.kind == Kind.HEADING && Section.APPENDIX.matcher(l.text).lookingAt();
      boolean heads = (l.kind == Kind.HEADING || l.kind == Kind.SHORT) && l.level >= 1;
      out.add(heads && !appendix ? new Line(l.kind, l.text, l.level + 1, l.subordinate) : l);
    }
    return out;
  }

  /**
   * What a notice's lines say about its make-up before they are read one by one: whether it is made
   * of articles, which divisions it has, and which lines sign it at its end.
   *
   * @param articles whether two or more lines open with an article label (第一条 …)
   * @param divisions the division kinds (编/章/节) some short line opens
   * @param issuer the index of the issuer line (the first of several when they sign together), or
   *     -1
   * @param signers how many lines sign it from the issuer's on, a body each: more than one when
   *     they issue it together
   * @param dateline the index of the dateline, or -1
   * @param coverIssuer the index of the line that signs a forward's cover message, above the notice
   *     it forwards, or -1
   * @param coverDateline the index of the cover message's date, or -1
   * @param appended the index of the line that opens an attachment's own text after the signature
   *     (附件1：…申请表), or -1
   * @param runIn the indexes of the numbered text lines that open with a short heading sentence of
   *     their own, as most of the lines numbered alike under the same heading do ({@link #runsIn})
   * @param listEnds the indexes of the last lines of run-in lists a paragraph announced ({@link
   *     #endsList})
   */
  private record Structure(
      boolean articles,
      String divisions,
      int issuer,
      int signers,
      int dateline,
      int coverIssuer,
      int coverDateline,
      int appended,
      Set<Integer> runIn,
      Set<Integer> listEnds) {

    static Structure of(List<String> lines) {
      int articleLines = 0;
      StringBuilder divisions = new StringBuilder();
      // the numbered text lines of each group (one numbering level under one heading), and how
      // many of them open with a heading sentence
      Map<NumberedGroup, List<Integer>> groups = new HashMap<>();
      Map<NumberedGroup, Integer> ranIn = new HashMap<>();
      Map<NumberedGroup, Integer> labels = new HashMap<>();
      int[] lastHeading = {-1, -1, -1, -1, -1};
      for (int i = 1; i < lines.size(); i++) {
        String l = lines.get(i);
        if (Headings.articleLabel(l).isPresent()) {
          articleLines++;
        }
        int level = Headings.numberedLevel(l);
        if (level > 0) {
          NumberedGroup group = new NumberedGroup(level, lastHeading[level - 1]);
          if (l.length() > SHORT_LINE || endsSentence(l)) {
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(i);
            ranIn.merge(group, runInEnd(l) > 0 ? 1 : 0, Integer::sum);
            labels.merge(group, headingSentenceOnly(l) ? 1 : 0, Integer::sum);
          }
          for (int k = level; k < lastHeading.length; k++) {
            lastHeading[k] = i;
          }
        }
        Optional<Character> d = Headings.division(l);
        if (d.isPresent()
            && l.length() <= SHORT_LINE
            && !endsSentence(l)
            && divisions.indexOf(String.valueOf(d.get())) < 0) {
          divisions.append(d.get());
        }
      }
      int dateline = -1;
      int issuer = -1;
      int signers = 1;
      int last = lines.size() - 1;
      for (int k = last; k > 1; k--) {
        if (SIGNATURE_RULE.matcher(lines.get(k)).matches()) {
          last =
              k - 1; // an e-mail's sender's signature below its "--" is no signature of the notice
          break;
        }
      }
      last = aboveClosing(lines, last, 0);
      int attached = attachedAfterSignature(lines, last);
      if (attached > 0) {
        // the signature is above the attachment's own text, and above （此件公开发布） under it
        last = aboveClosing(lines, attached - 1, 0);
      }
      if (last >= 1 && OfficialLines.isDate(lines.get(last))) {
        dateline = last;
        // under a bare "附件：" the short line is the one attachment, not the issuer
        if (last >= 2
            && OfficialLines.isIssuer(lines.get(last - 1))
            && !OfficialLines.attachmentsStart(lines.get(last - 2))
                .filter(String::isEmpty)
                .isPresent()) {
          issuer = last - 1;
          // bodies that issue it together, a line each (…有限公司工会 over …提案工作委员会, or a union, a
          // bureau and a centre)
          while (signers < MOST_SIGNERS
              && issuer >= 2
              && isBody(lines.get(last - 1))
              && isBody(lines.get(issuer - 1))) {
            issuer--;
            signers++;
          }
        }
      }
      Set<Integer> runIn = new HashSet<>();
      Set<Integer> listEnds = new HashSet<>();
      groups.forEach(
          (group, members) -> {
            // （二）具体任务。 alone on its line heads its items as its siblings' sentences do
            int headed = ranIn.get(group) + labels.get(group);
            if (ranIn.get(group) > 0 && 2 * headed > members.size()) {
              runIn.addAll(members);
            }
            // （二）报名方式：…提交以下材料： over 1.…, 2.…: a line with items of its own heads them, and its
            // siblings, labelled alike, head their text (（一）报名时间：3月8日至3月12日)
            boolean headsItems =
                members.stream()
                    .anyMatch(
                        i ->
                            i + 1 < lines.size()
                                && Headings.numberedLevel(lines.get(i + 1)) > group.level());
            if (headsItems && members.stream().allMatch(i -> headingEnd(lines.get(i)) > 0)) {
              runIn.addAll(members);
            }
            // 经调查核实，有关情况如下： over run-in facts, and a paragraph after them: where they end
            int first = members.get(0);
            int end = members.get(members.size() - 1);
            if (group.under() < 0
                && runIn.contains(first)
                && Items.announces(lines.get(first - 1))
                && end + 1 < lines.size()
                && Headings.numberedLevel(lines.get(end + 1)) == 0) {
              listEnds.add(end);
            }
          });
      // 澄州…有限公司工会 over 2027年4月12日 over the notice it forwards: the cover message's signature
      int cover = -1;
      int signed = issuer >= 0 ? issuer : dateline >= 0 ? dateline : lines.size();
      for (int k = 0; k + 2 < signed; k++) {
        if (OfficialLines.isIssuer(lines.get(k))
            && OfficialLines.isDate(lines.get(k + 1))
            && (SEPARATOR.matcher(lines.get(k + 2)).matches()
                || FORWARDED_TITLE.matcher(lines.get(k + 2)).matches())) {
          cover = k;
          break;
        }
      }
      return new Structure(
          articleLines >= 2,
          divisions.toString(),
          issuer,
          signers,
          dateline,
          cover,
          cover < 0 ? -1 : cover + 1,
          attached,
          runIn,
          listEnds);
    }

    /**
     * Whether a line ends a list of run-in facts that a paragraph of the lead announced
     * (经调查核实，有关情况如下： over （一）劳动关系。… to （四）书面劳动合同。…): the paragraphs after it (本会认为：…) go on with
     * the lead, not under the list's last heading.
     */
    boolean endsList(int line) {
      return listEnds.contains(line);
    }

    /**
     * Whether a numbered text line opens with a heading sentence (（一）加强组织领导。各级工会要…): so do most of
     * the lines numbered alike under its heading. Where one of four does ((三)会议不安排午餐。会场车位有限…), its
     * first sentence is a fact like the others', not a heading; under another heading of the same
     * notice the items may be headed ((一)线上申领。) where these state rules ((一)每人每年度只能申领一次。).
     */
    boolean runsIn(int line) {
      return runIn.contains(line);
    }

    /** The level of a division: 1 for the largest kind the notice has, one more for each below. */
    int divisionLevel(char kind) {
      int level = 1;
      for (char k : DIVISIONS.toCharArray()) {
        if (k == kind) {
          return level;
        }
        if (divisions.indexOf(k) >= 0) {
          level++;
        }
      }
      return level;
    }

    /** The level of an article: right below the smallest division, 1 when there is none. */
    int articleLevel() {
      return divisions.length() + 1;
    }

    /** The index of the first line that signs the notice; {@link Integer#MAX_VALUE} when none. */
    int endMatter() {
      return issuer >= 0 ? issuer : dateline >= 0 ? dateline : Integer.MAX_VALUE;
    }
  }

  /**
   * An interviewer's asking turn: its questions head the answer that follows, one level below the
   * headings above them, and what it says before them (采访前，记者用手机查了一下，单位附近1公里内就有3个驿站。) is a
   * paragraph under them.
   */
  private static void interviewerTurn(String turn, List<Line> out) {
    List<String> sentences = Sentences.split(turn);
    int first = sentences.size();
    while (first > 0 && Headings.isQuestion(sentences.get(first - 1))) {
      first--;
    }
    String asked = String.join("", sentences.subList(first, sentences.size()));
    out.add(Line.subordinate(asked, out));
    if (first > 0) {
      out.add(new Line(Kind.STANDALONE, String.join("", sentences.subList(0, first)), 0));
    }
  }

  /**
   * A turn of a transcript, its speaker named in parentheses. A worker's question heads what
   * answers it, after who asked (顺捷快递城东营业部 快递员 张某问：送件路上摔伤了算不算工伤？找谁管？), over what the turn says
   * before its question (我跟站点签的是…); an answer is what is said after a sentence naming who answers
   * (市人社局工伤保险处处长 钱立新回答。你这种情况…); a follow-up or the host's line is what is said after who says it
   * (王某追问：…, 主持人沈佩兰：…).
   */
  private static void transcriptTurn(String turn, String speaker, String said, List<Line> out) {
    String who = oneSpaced(speaker);
    String does = TURN_VERB.get(turn);
    List<String> sentences = Sentences.split(said);
    int first = sentences.size();
    while (first > 0 && Headings.isQuestion(sentences.get(first - 1))) {
      first--;
    }
    if (does.equals("问") && first < sentences.size()) {
      String asked = String.join("", sentences.subList(first, sentences.size()));
      // …陈某，两人共同提问：… says that they asked already
      String asks = who.endsWith("提问") ? "：" : "问：";
      out.add(Line.subordinate(who + asks + asked, out));
      if (first > 0) {
        out.add(new Line(Kind.STANDALONE, String.join("", sentences.subList(0, first)), 0));
      }
    } else if (does.equals("答")) {
      out.add(new Line(Kind.STANDALONE, who + "回答。" + said, 0));
    } else {
      out.add(
          new Line(Kind.STANDALONE, (does.isEmpty() ? turn + who : who + does) + "：" + said, 0));
    }
  }

  /**
   * A byline's parts apart as Chinese type sets them, a full-width space between words
   * (原创　苓溪工会　2027-05-14 18:30), a plain one only between a day and its time.
   */
  private static String bylineSpaced(String line) {
    return BYLINE_GAP.matcher(oneSpaced(line)).replaceAll("　");
  }

  /** A space in a byline that is not between a day and its time: not digit to digit. */
  private static final Pattern BYLINE_GAP = Pattern.compile(" (?!\\d)|(?<!\\d) ");

  /** A line with each run of spaces, full-width or not, one space: 市总工会副主席　沈佩兰 → 市总工会副主席 沈佩兰. */
  private static String oneSpaced(String line) {
    return line.replaceAll("[\\s　]+", " ").strip();
  }

  /**
   * A reader's comment under a post, by its nickname and how many liked it (晴天小鱼　👍 36 over
   * 今年几号开始约啊？): it heads the post's reply to it (作者回复：…), one level below the heading over the
   * comments, as a question heads its answer (晴天小鱼留言：今年几号开始约啊？). What the reader wrote is said only
   * there: a reader's guess (听说今年套餐是12项？) is not the post's word. Returns the index of the first
   * line after the comment's own.
   */
  private static int comment(
      String who, List<String> lines, int at, boolean markdown, List<Line> out) {
    StringBuilder said = new StringBuilder();
    int next = at + 1;
    for (; next < lines.size(); next++) {
      String line =
          markdown ? QUOTE_MARK.matcher(lines.get(next)).replaceFirst("") : lines.get(next);
      if (COMMENTER.matcher(line).matches()
          || REPLY.matcher(line).lookingAt()
          || Headings.markdownLevel(line) > 0) {
        break;
      }
      boolean ends = said.isEmpty() || END_MARKS.indexOf(said.charAt(said.length() - 1)) >= 0;
      said.append(ends ? "" : "，").append(line.strip());
    }
    out.add(Line.subordinate(said.isEmpty() ? who + "留言" : who + "留言：" + said, out));
    return next;
  }

  /** A paragraph that opens the first of points numbered in its text: 一是加强学习宣传。…. */
  private static final Pattern FIRST_POINT = Pattern.compile("^(一是|一要|第一[，,])");

  /**
   * True when the line after a short one opens numbered points (下一步工作要求 over 一是…): the short line
   * heads them, though the notice's other headings are numbered and it is not.
   */
  private static boolean pointsFollow(List<Line> lines, int k) {
    return k + 1 < lines.size()
        && lines.get(k + 1).kind == Kind.TEXT
        && FIRST_POINT.matcher(lines.get(k + 1).text).lookingAt();
  }

  /** True when the nearest heading above that is not subordinate heads readers' comments (精选留言). */
  private static boolean underComments(List<Line> out) {
    return nearestHeading(out).filter(l -> COMMENTS.matcher(l.text).find()).isPresent();
  }

  /** The nearest heading of the lines read so far that is not subordinate, if any. */
  private static Optional<Line> nearestHeading(List<Line> out) {
    for (int i = out.size() - 1; i >= 0; i--) {
      Line l = out.get(i);
      if (l.kind == Kind.HEADING && !l.subordinate) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads the Markdown table whose first row is at {@code start}: each body row a paragraph of its
   * own ({@link Tables}), the first carrying the header's column names. Returns the index of the
   * first line after the table.
   */
  private static int table(List<String> lines, int start, List<Line> out) {
    int end = start;
    while (end < lines.size() && Tables.isRow(lines.get(end))) {
      end++;
    }
    List<String> header = List.of();
    int body = start;
    if (end - start >= 2 && Tables.isSeparator(lines.get(start + 1))) {
      header = Tables.cells(lines.get(start));
      body = start + 2;
    }
    List<List<String>> rows = new ArrayList<>();
    for (String row : lines.subList(body, end)) {
      if (!Tables.isSeparator(row)) {
        rows.add(Tables.cells(row));
      }
    }
    if (rows.isEmpty()) { // a table of one row: its header is all it says
      rows.add(header);
      header = List.of();
    }
    List<String> columns = header;
    for (String sentence : Tables.sentences(header, rows)) {
      out.add(new Line(Kind.ROW, sentence, 0, false, columns));
      columns = List.of();
    }
    return end;
  }

  /**
   * A numbered line is a heading, or, where its level's lines run their headings in ({@link
   * Structure#runsIn}), a heading sentence followed by its paragraph text.
   */
  private static void addNumbered(List<Line> out, String line, boolean runsIn) {
    if (TEST_BLANK.matcher(line).find()) {
      out.add(new Line(Kind.TEXT, line, 0)); // 14.…只能约定一次试用期。（　　）: a test question, no heading
      return;
    }
    int level = Headings.numberedLevel(line);
    if (Headings.opensCase(line) && !endsSentence(line)) {
      out.add(new Line(Kind.HEADING, line, level)); // 案例一：某物流公司拖欠快递员工资案: the case's name
      return;
    }
    String said = Headings.stripNumbering(line);
    Matcher label = POINT_LABEL.matcher(said);
    if (!endsSentence(line) && label.lookingAt()) {
      // （一）电话：0763-3387215（工作日…）: a point named by its label, which its text says too
      String numbering = line.substring(0, line.length() - said.length());
      out.add(new Line(Kind.HEADING, numbering + label.group(1), level));
      out.add(new Line(Kind.STANDALONE, said, 0));
      return;
    }
    if (line.length() <= SHORT_LINE && !endsSentence(line)) {
      out.add(new Line(Kind.HEADING, line, level));
      return;
    }
    int end = headingEnd(line);
    if (runsIn && headingSentenceOnly(line)) {
      out.add(new Line(Kind.HEADING, line.substring(0, line.length() - 1), level));
      return;
    }
    if (runsIn && end > 0) {
      String heading = line.substring(0, end - 1);
      out.add(new Line(Kind.HEADING, heading, level));
      // （四）值班期间严禁饮酒，不得擅离岗位。…: a heading of clauses is a rule, which its text says too
      boolean rule =
          heading.indexOf('，') >= 0
              && (RULE.matcher(heading).find() || Headings.stripNumbering(heading).startsWith("请"));
      out.add(
          new Line(
              Kind.TEXT, rule ? Headings.stripNumbering(line) : line.substring(end).strip(), 0));
    } else if (runsIn && end < 0 && endsSentence(line) && pointNamedBy(line) > 0) {
      // （五）各区（县）总工会…于2月8日前将值班表报市总工会办公室。 among run-in siblings: a point of its own,
      // named by what it says, or by what it says before its first semicolon where it says more
      // (（一）请携带本人身份证原件和个人简历若干份；持有…的，请一并携带…), not more text of the point before it
      out.add(new Line(Kind.HEADING, line.substring(0, pointNamedBy(line)), level));
      out.add(new Line(Kind.TEXT, Headings.stripNumbering(line), 0));
    } else {
      out.add(new Line(Kind.TEXT, line, 0));
    }
  }

  /** A numbered point that gives a value under a label: （二）来信：寄…. */
  private static final Pattern POINT_LABEL = Pattern.compile("(\\p{IsHan}{2,6})[：:]\\s*\\S");

  /** What a heading that is a rule says must or must not be done: 严禁饮酒, 不得擅离岗位, 须填写. */
  private static final Pattern RULE = Pattern.compile("严禁|禁止|不得|不准|不许|必须|须|应当");

  /**
   * Where the words that name a one-sentence point among run-in siblings end: the whole sentence
   * when it is short, else its part before the first semicolon when that is; -1 when neither is.
   */
  private static int pointNamedBy(String line) {
    if (line.length() <= RULE_ITEM) {
      return line.length() - 1;
    }
    int semicolon = line.indexOf('；');
    return semicolon > 0 && semicolon <= RULE_ITEM ? semicolon : -1;
  }

  /** Longest one-sentence point that its run-in siblings make a heading of its own. */
  private static final int RULE_ITEM = 60;

  /** Longest heading sentence that stands alone on its numbered line: （二）具体任务。. */
  private static final int LABEL_SENTENCE = 24;

  /**
   * True for a numbered line that is one short sentence without a comma (（二）具体任务。,
   * （二）组织实施阶段（4月16日—9月30日）。): a heading, where its siblings run theirs in.
   */
  private static boolean headingSentenceOnly(String line) {
    String s = line.strip();
    return s.length() <= LABEL_SENTENCE
        && firstSentenceEnd(s) == s.length()
        && s.indexOf('，') < 0
        && s.indexOf(',') < 0;
  }

  /** Where a run-in heading sentence ends (加强组织领导。各级工会要…), or -1 when the line has none. */
  private static int runInEnd(String line) {
    if (TEST_BLANK.matcher(line).find()) {
      return -1;
    }
    int end = firstSentenceEnd(line);
    if (end > 0
        && FIGURE.matcher(IN_BRACKETS.matcher(line.substring(0, end)).replaceAll("")).find()) {
      return -1; // （二）市级决赛…两部分组成，满分均为100分。 states a fact; a heading names a topic
    }
    if (end > 0 && DENIES.matcher(line.substring(0, end)).find()) {
      return -1; // （三）本次竞赛不收取报名费、考务费等任何费用。 says what is not done: a rule, no topic
    }
    return end > 0 && end < line.length() && end <= SHORT_LINE ? end : -1;
  }

  /**
   * A figure with its unit: 100分, 30%, 15分钟; in brackets (（4月16日—9月30日）) it only dates a heading.
   */
  private static final Pattern FIGURE =
      Pattern.compile("\\d+(?:\\.\\d+)?\\s*(?:%|％|分钟|小时|周岁|岁|万元|元|人|名|个|天|次|场|项|件|份|分)");

  /**
   * What a rule says may not be done or is not charged: 不得, 不予, 不收取, 严禁, 禁止; not a problem a
   * heading names (维权渠道不够畅通).
   */
  private static final Pattern DENIES = Pattern.compile("不得|不予|不再|不准|不允许|不收|不能|不可|严禁|禁止");

  private static final Pattern IN_BRACKETS = Pattern.compile("[（(][^（()）]*[）)]");

  /** A numbered line's label before its colon: 报名时间 of （一）报名时间：2027年3月8日…. */
  private static final Pattern COLON_LABEL =
      Pattern.compile("^(\\d{1,2}[.、．]|[（(][一二三四五六七八九十\\d]{1,3}[）)])[\\p{IsHan}]{2,8}：");

  /**
   * Where a numbered line's own heading ends, past the mark that ends it: its first sentence (（一）
   * 加强组织领导。各级工会要…) or a short label before a colon (（一）报名时间：2027年…); -1 when it has neither.
   */
  private static int headingEnd(String line) {
    Matcher label = COLON_LABEL.matcher(line);
    int sentence = runInEnd(line);
    if (label.find() && label.end() < line.length() && (sentence < 0 || label.end() < sentence)) {
      return label.end();
    }
    return sentence;
  }

  private static int firstSentenceEnd(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ("。！？!?".indexOf(s.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return -1;
  }

  static boolean endsSentence(String s) {
    int last = s.isEmpty() ? -1 : s.codePointBefore(s.length());
    if (TextRepair.isEmoji(last)) {
      return true; // 欢迎踊跃参与👏: a public-account article ends its sentences with emoji
    }
    if (isFlow(s)) {
      return true; // ①提出申请→②基层工会初审→…→⑥资金发放: a flow's steps, whole on their line
    }
    int i = s.length() - 1;
    while (i > 0 && CLOSERS.indexOf(s.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && (END_MARKS.indexOf(s.charAt(i)) >= 0 || s.charAt(i) == '：');
  }
}
