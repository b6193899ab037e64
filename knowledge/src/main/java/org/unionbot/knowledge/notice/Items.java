package org.unionbot.knowledge.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items a section lists: its sub-headings, else its numbered paragraphs, else its paragraphs'
 * topic sentences. What "要点", structure answers and outline quiz items are made of.
 */
public final class Items {

  private static final Pattern LIST_ITEM =
      Pattern.compile("^(\\d{1,2}[.、．)]|[（(][一二三四五六七八九十\\d]{1,3}[）)]|[①-⑳])\\s*");

  /** An item longer than this is cut at its first comma: 新就业形态劳动者，包括快递员… → 新就业形态劳动者. */
  private static final int SHORT_ITEM = 24;

  /** Longest item kept whole. */
  private static final int MAX_ITEM = 110;

  private Items() {}

  /** The items of a section of this notice, or an empty list when it has fewer than two. */
  public static List<String> of(Notice notice, Section s) {
    List<String> children = new ArrayList<>();
    for (Section other : notice.sections()) {
      if (other.parent() == s.index()) {
        children.add(item(other));
      }
    }
    if (children.size() >= 2) {
      return children;
    }
    List<String> listed = numbered(s).stream().map(Items::firstClause).toList();
    if (listed.size() >= 2) {
      return listed;
    }
    // 丁　宁 于海涛 王　芳 …: the people its lines of names list, in their order
    List<String> names =
        s.paragraphs().stream().flatMap(p -> NoticeParser.names(p.text()).stream()).toList();
    if (names.size() >= 2) {
      return names;
    }
    List<String> labelled = labelled(s);
    if (labelled.size() >= 2) {
      return labelled;
    }
    List<String> labels = listLabels(s);
    if (labels.size() >= 2) {
      return labels;
    }
    List<String> proposals = proposals(s);
    if (proposals.size() >= 2) {
      return proposals;
    }
    List<String> dated = dated(s);
    if (dated.size() >= 2) {
      return dated;
    }
    List<String> topics = new ArrayList<>();
    // not a transcript's …黄振华回答。, which says who answers, not a point of the text
    s.paragraphs()
        .forEach(
            p ->
                p.topic()
                    .filter(t -> !NoticeParser.WHO_ANSWERS.matcher(t).matches())
                    .ifPresent(topics::add));
    if (topics.size() >= 2) {
      return topics;
    }
    List<String> lines = listedLines(s);
    if (lines.size() >= 2) {
      return lines;
    }
    List<String> inline = inline(s);
    if (!inline.isEmpty()) {
      return inline;
    }
    // 需准备以下材料： over four lines of no label: each line is a thing the list names (a list of
    // labelled lines is one of places or offers, which Divisions reads; one its heading announces
    // is read as the heading's names)
    List<String> bullets = bulleted(s).stream().map(Items::trimmed).toList();
    return bullets.size() >= 2
            && !listIntro(s).isEmpty()
            && bullets.stream().allMatch(b -> b.length() <= MAX_ITEM && b.indexOf('：') < 0)
        ? bullets
        : List.of();
  }

  /**
   * The section's lines of a list that has no numbers: 【简讯】 over four lines opening with △, each a
   * piece of news of its own; or the rows of a table, each by what its first cell names (职工活动支出 of
   * 职工活动支出：金额（万元）为131.70，…), its total row left out.
   */
  private static List<String> listedLines(Section s) {
    List<String> lines =
        s.paragraphs().stream().filter(Paragraph::listed).map(p -> p.text().strip()).toList();
    List<String> labels = new ArrayList<>();
    for (String line : lines) {
      Matcher m = LIST_LABEL.matcher(line);
      if (!m.find()) {
        return lines.stream()
            .filter(l -> !TOTAL_ROW.matcher(l).lookingAt())
            .map(Items::trimmed)
            .filter(t -> t.length() <= MAX_ITEM)
            .toList();
      }
      if (!TOTAL.matcher(m.group(1)).matches()) {
        labels.add(m.group(1).strip());
      }
    }
    return labels;
  }

  /** The label of a table's total row: 合计, 总计, 小计. */
  private static final Pattern TOTAL = Pattern.compile("\\s*[合总小]\\s*计\\s*");

  /** A table's total row as its sentence opens: 合计：…. */
  private static final Pattern TOTAL_ROW = Pattern.compile(TOTAL.pattern() + "[：:]");

  /**
   * An item a paragraph numbers in its text: 一是加强组织领导，…；二是坚持精准帮扶，…; 第一类是…困难职工家庭，…。第二类是…;
   * 包括：1.理赔申请表；2.本人身份证复印件；….
   */
  private static final Pattern INLINE =
      Pattern.compile(
          "(?<![\\p{IsHan}\\d])([一二三四五六七八九十])是([^，,；;。]{2,30})"
              + "|第([一二三四五六七八九十])[类种]?是([^，,；;。]{2,30})"
              // 包括：1.理赔申请表；2.本人身份证复印件；… (not 1.2万元)
              + "|(?<![\\d.．])(\\d{1,2})[.．、](?=\\p{IsHan})([^，,；;。]{2,30})"
              // 重点办好五件实事：①为1500名女职工…；②组织…
              + "|([①-⑳])([^；;。①-⑳]{2,40})");

  /**
   * A paragraph that opens with the day or the part of a month it tells of: 1月6日, 1月中旬, 2月28日至3月2日.
   */
  private static final Pattern DATED =
      Pattern.compile("^(\\d{4}年)?\\d{1,2}月(\\d{1,2}[日号]|[上中下]旬|初|底)");

  /** An agenda's line: its day, then a time of day (6月9日（星期三） 上午 8:30—9:00 开班仪式). */
  private static final Pattern CLOCKED =
      Pattern.compile("^(\\d{4}年)?\\d{1,2}月\\d{1,2}[日号][^，。；]{0,12}?\\d{1,2}[:：]\\d{2}");

  /**
   * The entries of a chronicle (大事记): when every paragraph of a section but perhaps its last opens
   * with a date, each is an item, by its topic sentence or else its first sentence (1月28日
   * 春节前夕，市委书记…慰问…。 beside 1月6日 市总工会…会议召开。); empty otherwise.
   */
  private static List<String> dated(Section s) {
    List<String> out = new ArrayList<>();
    for (Paragraph p : s.paragraphs()) {
      if (CLOCKED.matcher(p.text()).lookingAt()) {
        // an agenda's lines are its occasions, asked by time, not entries of a year
        return List.of();
      }
      if (DATED.matcher(p.text()).lookingAt()) {
        out.add(p.topic().orElseGet(() -> trimmed(p.sentences().get(0))));
      }
    }
    return out.size() >= 2 && out.size() >= s.paragraphs().size() - 1 ? out : List.of();
  }

  /**
   * The items one paragraph of the section numbers inline, 一是…；二是…；三是… in order, each by its first
   * clause; empty unless there are at least two.
   */
  private static List<String> inline(Section s) {
    for (Paragraph p : s.paragraphs()) {
      List<String> out = inline(p.text());
      if (out.size() >= 2) {
        return out;
      }
    }
    return List.of();
  }

  private static List<String> inline(String paragraph) {
    List<String> out = new ArrayList<>();
    Matcher m = INLINE.matcher(paragraph);
    while (m.find()) {
      int g = m.group(1) != null ? 1 : m.group(3) != null ? 3 : m.group(5) != null ? 5 : 7;
      int number = g == 7 ? m.group(7).charAt(0) - '①' + 1 : Numerals.parse(m.group(g));
      if (number != out.size() + 1) {
        break;
      }
      out.add(m.group(g + 1).replaceAll("[→\\s]+$", "")); // ①提出申请→②…: the step, not its arrow
    }
    return out;
  }

  /**
   * The clause that leads into the items a paragraph numbers inline (做到三个“准确把握”： before 一是…，二是…):
   * the clause before 一是, when it ends with a colon or gives their number; "" otherwise, and for a
   * section whose items are numbered paragraphs, proposals or topic sentences.
   */
  private static String inlineIntro(Section s) {
    long topics = s.paragraphs().stream().filter(p -> p.topic().isPresent()).count();
    if (!numbered(s).isEmpty() || !proposals(s).isEmpty() || topics >= 2) {
      return "";
    }
    for (Paragraph p : s.paragraphs()) {
      List<String> items = inline(p.text());
      if (items.size() < 2) {
        continue;
      }
      Matcher m = INLINE.matcher(p.text());
      m.find();
      String before = p.text().substring(0, m.start());
      // the clause that leads in, not the sentence's other clauses (各级工会要深刻领会…，准确把握…，)
      String lead = before.substring(lastBreak(before.strip()) + 1);
      java.util.OptionalInt n = Headings.count(lead);
      // 下面我再强调几点。 before 一是…二是…三是…: a count it leaves to the items
      return lead.strip().endsWith("：")
              || n.isPresent() && n.getAsInt() == items.size()
              || UNSTATED_COUNT.matcher(lead).find()
          ? lead.strip()
          : "";
    }
    return "";
  }

  /** A lead that counts what follows without the number: 强调几点, 以下几个方面. */
  private static final Pattern UNSTATED_COUNT = Pattern.compile("几(点|个方面|项|条|件)");

  /** Where the last clause of a text starts, less one: after its last comma or sentence end. */
  private static int lastBreak(String text) {
    String body = text.substring(0, Math.max(0, text.length() - 1));
    int at = -1;
    for (char c : "，。；,;".toCharArray()) {
      at = Math.max(at, body.lastIndexOf(c));
    }
    return at;
  }

  /** A paragraph that opens one of a letter's numbered proposals: 一要绿色出行，…. */
  private static final Pattern PROPOSAL = Pattern.compile("^([一二三四五六七八九十])要(?=\\p{IsHan})");

  /**
   * The proposals of an open letter (倡议书), paragraphs opening 一要…, 二要…, 三要… in order, each by its
   * first clause (绿色出行 of 一要绿色出行，每周少开一天车。…); empty unless there are at least two. A letter without
   * headings has them in its lead.
   */
  public static List<String> proposals(Section s) {
    List<String> out = new ArrayList<>();
    for (Paragraph p : s.paragraphs()) {
      Matcher m = PROPOSAL.matcher(p.text());
      if (m.find() && Numerals.parse(m.group(1)) == out.size() + 1) {
        out.add(firstClause(p.text().substring(m.end())));
      }
    }
    return out.size() >= 2 ? out : List.of();
  }

  /** A paragraph that opens with a numbered label: 岗位代码01：…, 线路2：…. */
  private static final Pattern LABEL_RUN =
      Pattern.compile("^([\\p{IsHan}A-Za-z]{1,6}?)(\\d{1,3}|[一二三四五六七八九十]{1,3})[：:](?=.)");

  /**
   * The items of the paragraphs that open with one label numbered in order, each by what it names
   * first after its label (综合服务岗 of 岗位代码01：综合服务岗，招聘3名，服务…); empty unless there are at least two.
   */
  private static List<String> labelled(Section s) {
    return labelledLines(s).stream().map(l -> trimmed(firstClause(l).split("，")[0])).toList();
  }

  /** A list line's label: 领物服务岗 of 领物服务岗：在…核验选手身份…，需45人；. */
  private static final Pattern LIST_LABEL = Pattern.compile("^([^，,。；：:“”（(]{2,10})[：:](?=.)");

  /**
   * The labels of a list whose lines each open with one (- **领物服务岗**：…, - **补给站服务岗**：…, under
   * 「招募岗位」): what the list names; empty unless every line of it has one.
   */
  private static List<String> listLabels(Section s) {
    List<String> out = new ArrayList<>();
    List<String> after = new ArrayList<>();
    for (String line : bulleted(s)) {
      Matcher m = LIST_LABEL.matcher(line.strip());
      if (!m.find()) {
        return List.of();
      }
      out.add(m.group(1).strip());
      after.add(firstClause(line.strip().substring(m.end())));
    }
    // 第一步：扫描文末二维码…, 第二部分：职工好书推荐…: steps and parts are what each says, not their
    // numbers
    return out.stream().allMatch(l -> STEP_LABEL.matcher(l).matches()) ? after : out;
  }

  /** A label that only numbers a step or a part: 第一步, 第2步, 第一部分. */
  private static final Pattern STEP_LABEL =
      Pattern.compile("第[一二三四五六七八九十\\d]{1,2}([步条项点]|部分|环节|阶段)");

  /**
   * The first sentence under the sub-section of {@code s} that an item is the heading of
   * ((二)落实经费保障。决赛所需经费由… → 决赛所需经费由…); "" when no sub-section is headed by it or it has no text.
   */
  public static String firstSentenceUnder(Notice notice, Section s, String item) {
    for (Section sub : notice.sections()) {
      if (sub.parent() == s.index()
          && sub.title().equals(item)
          && !sub.paragraphs().isEmpty()
          && !sub.paragraphs().get(0).sentences().isEmpty()) {
        return sub.paragraphs().get(0).sentences().get(0);
      }
    }
    return "";
  }

  /** The text after the label of each paragraph that opens with one label numbered in order. */
  private static List<String> labelledLines(Section s) {
    List<String> out = new ArrayList<>();
    String label = null;
    for (Paragraph p : s.paragraphs()) {
      Matcher m = LABEL_RUN.matcher(p.text());
      if (m.find()
          && (label == null || label.equals(m.group(1)))
          && Numerals.parse(m.group(2)) == out.size() + 1) {
        label = m.group(1);
        out.add(p.text().substring(m.end()));
      } else if (!out.isEmpty()) {
        break;
      }
    }
    return out.size() >= 2 ? out : List.of();
  }

  /** The text of each numbered paragraph of a section after its number (（1）, 1., ①). */
  private static List<String> numbered(Section s) {
    List<String> out = new ArrayList<>();
    boolean gap = false;
    for (Paragraph p : s.paragraphs()) {
      Matcher m = LIST_ITEM.matcher(p.text());
      if (!m.find()) {
        gap = !out.isEmpty();
      } else if (gap && FIRST.matcher(m.group(1)).find()) {
        break; // a second list, which a sentence between introduces (有下列情形之一的，不予受理：)
      } else {
        out.add(p.text().substring(m.end()));
      }
    }
    return out;
  }

  /** The number of a list's first item: 1., （一）, ①. */
  private static final Pattern FIRST = Pattern.compile("^(1[.、．)]|[（(][一1][）)]|①)");

  /** A paragraph numbered as an item, or as a heading would be: 1., （一）, ①, 一、. */
  private static final Pattern ANNOUNCED_ITEM =
      Pattern.compile(
          "^(\\d{1,2}[.、．)]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\\d]{1,3}[）)]|[①-⑳])\\s*");

  /** The number of a run of headings' first: 一、, （一）, 1., ①. */
  private static final Pattern FIRST_HEADING = Pattern.compile("^(一、|1[.、．)]|[（(][一1][）)]|①)");

  /**
   * The titles of the numbered run of sections right after a section, which its last paragraph
   * announces (经调查核实，有关情况如下： over （一）劳动关系。… to （四）书面劳动合同。…); empty when no numbered heading follows
   * it.
   */
  public static List<String> headingsAfter(Notice notice, Section s) {
    List<String> out = new ArrayList<>();
    int level = -1;
    for (Section next : notice.sections().subList(s.index() + 1, notice.sections().size())) {
      if (next.heading().isEmpty()
          || level < 0 && !FIRST_HEADING.matcher(next.heading()).find()
          || level >= 0 && next.level() < level) {
        break;
      }
      if (level < 0) {
        level = next.level();
      }
      if (next.level() == level) {
        out.add(item(next));
      }
    }
    return out;
  }

  /**
   * The numbered lines right after a paragraph of a section, which that paragraph announces
   * (有下列情形之一的，不予受理： over 1.…；2.…); empty when none follows it.
   */
  public static List<String> numberedAfter(Section s, int paragraph) {
    List<String> out = new ArrayList<>();
    for (int k = paragraph + 1; k < s.paragraphs().size(); k++) {
      // 现提出处理意见如下： over 一、…, 二、… that are paragraphs, not headings
      Matcher m = ANNOUNCED_ITEM.matcher(s.paragraphs().get(k).text());
      if (!m.find() || !out.isEmpty() && FIRST_HEADING.matcher(m.group(1)).find()) {
        break;
      }
      out.add(firstClause(s.paragraphs().get(k).text().substring(m.end())));
    }
    return out;
  }

  /**
   * The lines a colon or the heading announces that read as list lines, not sentences (a Markdown
   * list whose bullets the parser took off: 溪南区职工服务中心：青桐路88号三楼，名额120人; a list of names under its
   * heading); empty unless there are at least two.
   */
  public static List<String> bulleted(Section s) {
    List<Paragraph> ps = s.paragraphs();
    for (int k = 0; k < ps.size(); k++) {
      // the heading announces the lines that open its section (一、拟推荐对象（7名）over seven names)
      boolean announced =
          k == 0
              ? !s.heading().isEmpty() && !announces(ps.get(0).text())
              : announces(ps.get(k - 1).text());
      if (!announced) {
        continue;
      }
      List<String> out = new ArrayList<>();
      int j = k;
      for (; j < ps.size() && listLine(ps.get(j).text()) && !endsList(ps, j); j++) {
        out.add(ps.get(j).text());
      }
      if (j < ps.size() && lastOfList(out, ps.get(j).text())) {
        out.add(ps.get(j).text()); // …；…；云溪区职工疗休养基地（凤鸣山）：住宿费5折，每年限用1次。
      }
      if (out.size() >= 2) {
        return out;
      }
    }
    return List.of();
  }

  /**
   * Whether the line at {@code j} is a contact line that follows a list rather than one of its
   * lines (联系人：…（工作日8:30—17:00）): a contact line is a list's own when a line of the list that gives
   * no contact comes after it (电话：拨打工会办公室电话… between 意见箱：… and 当面反映：…).
   */
  private static boolean endsList(List<Paragraph> ps, int j) {
    if (!OfficialLines.isContact(ps.get(j).text())) {
      return false;
    }
    for (int k = j + 1; k < ps.size() && listLine(ps.get(k).text()); k++) {
      if (!OfficialLines.isContact(ps.get(k).text())) {
        return false;
      }
    }
    return true;
  }

  static boolean announces(String paragraph) {
    return paragraph.endsWith("：") || paragraph.endsWith(":");
  }

  /** The short line that closes a list of lines ending in ；: it ends as a sentence does. */
  private static boolean lastOfList(List<String> list, String paragraph) {
    String t = paragraph.strip();
    return !list.isEmpty()
        && list.get(list.size() - 1).strip().endsWith("；")
        && t.length() <= 80
        && t.endsWith("。");
  }

  /** A short line that does not end as a sentence does. */
  private static boolean listLine(String paragraph) {
    String t = paragraph.strip();
    return !t.isEmpty() && t.length() <= 80 && "。！？!?".indexOf(t.charAt(t.length() - 1)) < 0;
  }

  /**
   * The numbered paragraphs of a section whole (or those a numbered label opens, without it),
   * without their numbers and closing marks (本区在档困难职工家庭中，2027年考入全日制普通高校的新生), for a list that is the
   * answer itself rather than an outline of names; empty when it has fewer than two.
   */
  public static List<String> whole(Section s) {
    List<String> numbered = numbered(s);
    List<String> out =
        (numbered.isEmpty() ? labelledLines(s) : numbered)
            .stream().map(i -> trimmed(i.strip())).toList();
    return out.size() >= 2 ? out : List.of();
  }

  /**
   * A sub-section as an item: its title; for an article, whose heading is its label alone, the
   * label and the first clause of its text (第一条 为进一步发挥工会组织…的补充作用).
   */
  private static String item(Section sub) {
    String title = sub.title();
    boolean bareLabel = title.equals(sub.heading().strip()) && Headings.label(title).isPresent();
    if (!bareLabel || sub.paragraphs().isEmpty()) {
      return title;
    }
    return title + " " + firstClause(sub.paragraphs().get(0).text());
  }

  /** A label that only says when (4月12日上午：…, 全天：…): the item is what follows it. */
  private static final Pattern WHEN_LABEL =
      Pattern.compile("(\\d{4}年)?(\\d{1,2}月)?(\\d{1,2}[日号])?(上午|下午|晚上|中午|全天)?[：:]");

  /**
   * A numbered item up to its first colon or sentence end, without trailing marks; after a label
   * that only says when, what it says happens then.
   */
  private static String firstClause(String item) {
    Matcher when = WHEN_LABEL.matcher(item);
    if (when.lookingAt() && when.end() > 1 && when.end() < item.length()) {
      item = item.substring(when.end());
    }
    String s = item.split("[：:。；]")[0].strip();
    int comma = s.indexOf('，');
    while (comma >= 0
        && (Clauses.endsWithAfter(s.substring(0, comma)) || s.substring(0, comma).endsWith("的"))) {
      // 加盖单位公章后，扫描发送…; 工作日延长工作时间的，支付…150%…: the clause it sets up belongs to it
      comma = s.indexOf('，', comma + 1);
    }
    if (s.length() > SHORT_ITEM && comma >= 4) {
      s = s.substring(0, comma);
    }
    int open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
    if (open >= 4 && s.indexOf('）', open) < 0 && s.indexOf(')', open) < 0) {
      // 《申请表》原件1份（在窗口领取，或在…下载）: the note in brackets, cut, is left out whole
      s = s.substring(0, open);
    }
    return trimmed(s);
  }

  /** An item without its closing marks, cut at {@link #MAX_ITEM} characters. */
  private static String trimmed(String item) {
    String s = item.replaceAll("[，：；。,;:、]+$", "");
    return s.length() > MAX_ITEM ? s.substring(0, MAX_ITEM) + "…" : s;
  }

  /**
   * The sentence that introduces a section's list ("分阶段组织以下四项技能比武："): the paragraph right before
   * the first list item when it ends with a colon or gives their number, else what leads into the
   * items a paragraph numbers inline; "" when there is none.
   */
  public static String listIntro(Section s) {
    List<Paragraph> ps = s.paragraphs();
    for (int k = 1; k < ps.size(); k++) {
      String before = ps.get(k - 1).text();
      boolean item =
          LIST_ITEM.matcher(ps.get(k).text()).find()
              || Sentences.SPOKEN_ORDINAL.matcher(ps.get(k).text()).find()
              || PROPOSAL.matcher(ps.get(k).text()).find() && !proposals(s).isEmpty();
      Matcher some = SOME_POINTS.matcher(before);
      if (PROPOSAL.matcher(ps.get(k).text()).find() && !proposals(s).isEmpty() && some.find()) {
        // 市总工会向大家提几点提醒，也把…告诉大家。 over 一要…, 二要…: the clause that says there are some
        int end = some.end();
        while (end < before.length() && "，。；,;".indexOf(before.charAt(end)) < 0) {
          end++;
        }
        return before.substring(lastBreak(before.substring(0, some.start()) + "。") + 1, end);
      }
      if (item && !announces(before) && countsTheItems(before, s)) {
        // 今年是…提质增效年，重点要抓好四项任务。: the clause that counts them, not what the sentence
        // says besides
        Matcher count = COUNT.matcher(before);
        return count.find()
            ? before.substring(lastBreak(before.substring(0, count.start()) + "。") + 1)
            : before;
      }
      if (item && announces(before)
          || announces(before) && listLine(ps.get(k).text()) && !bulleted(s).isEmpty()) {
        return announcing(before);
      }
    }
    if (!ps.isEmpty() && announces(ps.get(ps.size() - 1).text())) {
      // 现调整为分三个阶段进行： over the parts under it, （一）节目审看, （二）分组走台, …
      return announcing(ps.get(ps.size() - 1).text());
    }
    return inlineIntro(s);
  }

  /** A clause that says there are some points, not how many: 提几点提醒, 提出以下几点倡议, 如下倡议. */
  private static final Pattern SOME_POINTS = Pattern.compile("(以下|如下)?几(点|条|项)|(以下|如下)(倡议|建议|提醒)");

  /** A clause that says a list follows: 并将以下材料扫描…, 有下列情形之一的. */
  private static final Pattern FOLLOWS = Pattern.compile("以下|如下|下列");

  /**
   * What of a paragraph leads into the list after it: its last sentence, from the clause that says
   * a list follows (并将以下材料扫描合成一个PDF文件，发送至…： of 一律采取网上报名。报考人员关注…公众号，…，并将以下材料…：), so that what the
   * sentence says before it is not taken for the list's.
   */
  private static String announcing(String paragraph) {
    List<String> sentences = Sentences.split(paragraph);
    String last = sentences.isEmpty() ? paragraph : sentences.get(sentences.size() - 1);
    Matcher m = FOLLOWS.matcher(last);
    if (!m.find()) {
      return last;
    }
    int clause = Math.max(last.lastIndexOf('，', m.start()), last.lastIndexOf(',', m.start()));
    // 目前共有6家合作商户，持卡可享受以下优惠：: what counts the list stays with it
    return COUNT.matcher(last.substring(0, clause + 1)).find() ? last : last.substring(clause + 1);
  }

  /** A count of things: 6家, 四项, 3个. */
  private static final Pattern COUNT =
      Pattern.compile("([一二三四五六七八九十两]|\\d{1,3})(个|项|条|家|类|种|名|处|所|点|步|件|样|部分)");

  /**
   * True for a short sentence that gives the number of the section's numbered items (本次慰问工作分四个阶段进行。
   * over （一）…（四）…): it introduces them as a colon would.
   */
  private static boolean countsTheItems(String sentence, Section s) {
    if (sentence.length() > 40) {
      return false;
    }
    java.util.OptionalInt n = Headings.count(sentence);
    long spoken =
        s.paragraphs().stream()
            .filter(p -> Sentences.SPOKEN_ORDINAL.matcher(p.text()).find())
            .count();
    // 重点要抓好四项任务。 over 第一，扩大覆盖面。…第四，办好阅读活动。…: a speech's points in words
    return n.isPresent() && (n.getAsInt() == numbered(s).size() || n.getAsInt() == spoken);
  }

  /** The longest start all items share, shorter than the first item; "" when none. */
  public static String commonPrefix(List<String> items) {
    String first = items.get(0);
    int n = first.length();
    for (String s : items) {
      int i = 0;
      while (i < Math.min(n, s.length()) && s.charAt(i) == first.charAt(i)) {
        i++;
      }
      n = i;
    }
    // never within a number (2月 of 2月10日 and 2月28日): the items differ in it
    while (n > 0
        && n < first.length()
        && (Character.isDigit(first.charAt(n)) || Character.isDigit(first.charAt(n - 1)))) {
      n--;
    }
    if (n < first.length() && "一二三四五六七八九十".indexOf(first.charAt(n)) >= 0) {
      return ""; // 考点 of 考点一…, 考点二…: the numeral is of the name, which the items differ in
    }
    return n < first.length() ? first.substring(0, n) : "";
  }
}
