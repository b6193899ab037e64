package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.Source;
import org.unionbot.knowledge.Titles;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.analysis.Token;
import org.unionbot.knowledge.index.Passage;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.Headings;
import org.unionbot.knowledge.notice.Items;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.Numerals;
import org.unionbot.knowledge.notice.Paragraph;
import org.unionbot.knowledge.notice.Section;
import org.unionbot.knowledge.notice.Sentences;

/**
 * Answers structure questions ("几个步骤", "五个方面是什么", "第二步是什么") from the parsed outline: a section's
 * items are its sub-headings, else its paragraphs' topic sentences.
 */
final class Outline {

  /**
   * A section that answers the question, with how well its heading and items cover it; {@code
   * exact} when the question's counted noun is the heading's and any count it names is the number
   * of items (活动分为几个阶段 of 「三个阶段」); {@code named} when a list or count question names the section by
   * its heading (读书月活动有哪些内容 of 「活动内容」), and then {@code coverage} counts the notice's title as the
   * heading's context, as a sentence's counts its heading.
   */
  record Match(
      Notice notice,
      Section section,
      List<String> items,
      double coverage,
      boolean counted,
      boolean exact,
      boolean named) {}

  private static final Pattern COUNT_PHRASE =
      Pattern.compile(
          "^([一二三四五六七八九十两]{1,3}|\\d{1,2})(个|项|条|点|种|大|步|类)?([\\p{IsHan}]{0,2}?)(?=[“\\p{IsHan}]|$)");
  private static final int ITEMS_BUDGET = 100;

  private Outline() {}

  /**
   * The notices' outline ("要点"): each notice's title (its label when untitled), then each top-level
   * section with its items, shortened the way structure answers are; a notice without headings says
   * so, and that it can be asked directly.
   */
  static String text(Snapshot kb) {
    StringBuilder sb = new StringBuilder();
    for (Notice n : kb.notices) {
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      sb.append("「").append(Titles.title(n)).append("」要点：");
      int k = 0;
      for (Section s : n.sections()) {
        if (s.heading().isEmpty() || s.level() > 1) {
          continue;
        }
        sb.append('\n').append(++k).append(". ").append(s.title());
        List<String> items = Items.of(n, s);
        if (!items.isEmpty()) {
          sb.append("：").append(String.join("；", shorten(items)));
        }
      }
      if (k == 0) {
        sb.append("\n全文不分节，可以直接提问。");
      }
    }
    return sb.toString();
  }

  /** Words a question of the notice's parts may say besides 部分: 通知分哪几个部分, 文件一共几个部分. */
  private static final java.util.Set<String> DOCUMENT_WORDS =
      java.util.Set.of("通知", "文件", "方案", "文章", "讲话", "报告", "全文", "分", "这篇", "这份", "讲", "说");

  /** What a worker calls a notice's top-level sections: 通知分哪几个部分, 第二部分讲的什么. */
  private static final java.util.Set<String> PARTS = java.util.Set.of("部分", "板块", "大块");

  /** A question of the questions a text asks: 记者问的第一个问题, 一共问了几个问题, 主持人提了哪些问题. */
  private static final Pattern QUESTIONS_ASKED = Pattern.compile("(问|提)[的了过出]?[^，。？?]{0,6}问题|提问");

  /**
   * The questions an interview or a question-and-answer guide asks, by position, count or as a list
   * (记者问的第二个问题是什么 of the headings 记者：…？ gives): the headings of the notice's parts that are
   * questions, in order. Empty unless exactly one loaded notice asks two or more (an interview
   * added beside the bundled notice still counts its questions).
   */
  static Optional<Answer> questionsAsked(Snapshot kb, Question q) {
    boolean byShape =
        q.ordinal().isPresent() || q.type() == QuestionType.COUNT || q.type() == QuestionType.LIST;
    if (!byShape || !QUESTIONS_ASKED.matcher(q.text()).find()) {
      return Optional.empty();
    }
    List<Notice> asking = kb.notices.stream().filter(x -> questionsOf(x).size() >= 2).toList();
    if (asking.size() != 1) {
      return Optional.empty();
    }
    Notice n = asking.get(0);
    List<String> asked = questionsOf(n);
    String text;
    if (q.ordinal().isPresent()) {
      int k = Question.place(q.ordinal().getAsInt(), asked.size());
      text =
          k < 1 || k > asked.size()
              ? "文中一共问了"
                  + count(asked.size())
                  + "个问题，没有第"
                  + Numerals.chinese(Math.min(k, 99))
                  + "个。"
              : "文中问的第" + Numerals.chinese(k) + "个问题是：" + asked.get(k - 1);
    } else {
      // each ends with its question mark: numbered one after another, not run together with ；
      StringBuilder list = new StringBuilder();
      for (int k = 0; k < asked.size(); k++) {
        list.append(k == 0 ? "" : " ").append(k + 1).append('.').append(asked.get(k));
      }
      text = "文中一共问了" + count(asked.size()) + "个问题：" + list;
    }
    Source source = new Source(n.id(), n.title(), "", "");
    return Optional.of(new Answer(Answer.Kind.ANSWER, text, List.of(source), List.of()));
  }

  /** The titles of a notice's top-level parts whose headings are questions, in order. */
  private static List<String> questionsOf(Notice n) {
    return n.sections().stream()
        .filter(s -> s.level() == 1 && Headings.isQuestion(s.heading()))
        .map(Section::title)
        .toList();
  }

  /**
   * The notice's top-level sections, when the question asks for them by what it calls them
   * (通知分哪几个部分, 第二部分讲的什么, 一共几个部分): their headings, or the one at the asked position. Empty for any
   * other question, when several notices are loaded and the question names none by its kind (讲话分几部分
   * names the speech), and when the notice has fewer than two such sections.
   */
  static Optional<Answer> partsOfTheNotice(Snapshot kb, Question q) {
    Optional<Notice> named = noticeAsked(kb, q);
    // 公告分几个部分 of a 公告: the notice called by its own kind
    boolean ofTheNotice =
        named.isPresent()
            && q.terms().stream()
                .allMatch(
                    t ->
                        t.equals(q.unit())
                            || DOCUMENT_WORDS.contains(t)
                            || t.equals(Parts.kind(named.get())));
    if (q.unit().isEmpty() || !ofTheNotice) {
      return Optional.empty(); // 比赛分哪几部分 asks the parts of what the notice names
    }
    Notice n = named.get();
    boolean parts = PARTS.contains(q.unit());
    List<Section> top =
        topLevel(n)
            .filter(s -> parts || NUMBERED_HEADING.matcher(s.heading()).lookingAt())
            .toList();
    List<String> titles = top.stream().map(Section::title).toList();
    // 一、认定范围 as the notice numbers its parts, where it numbers each of them so
    List<String> asNumbered =
        top.stream().map(s -> Headings.numberedAsAPart(s.heading()).orElse("")).toList();
    boolean numberedByTheNotice = asNumbered.stream().noneMatch(String::isEmpty);
    // 第一个活动是什么 of 「…5项普惠活动来啦」 over five numbered parts, one activity each
    String counted = parts ? "" : countedByTheNotice(n, q.unit(), titles.size());
    if (titles.size() < 2 || !parts && counted == null) {
      return Optional.empty();
    }
    // 第二点意见 of 下面，我讲三点意见: in the measure the notice counts them in
    String measure = parts ? "部分" : countedMeasure(counted) + q.unit();
    String document = Parts.kind(n);
    String text;
    if (q.ordinal().isPresent()) {
      int k = Question.place(q.ordinal().getAsInt(), titles.size());
      text =
          k < 1 || k > titles.size()
              ? document
                  + "共有"
                  + count(titles.size())
                  + (parts ? "个部分" : measure)
                  + "，没有第"
                  + Numerals.chinese(Math.min(k, 99))
                  + measure
                  + "。"
              : document
                  + "的第"
                  + Numerals.chinese(k)
                  + measure
                  + "是："
                  + (numberedByTheNotice ? asNumbered : titles).get(k - 1)
                  + "。";
    } else {
      // 讲话分几部分 of a speech that says 下面，我讲三点意见 over three headings: the parts as it counts them
      String points = parts ? countedByTheNotice(n, "", titles.size()) : null;
      boolean pointsMeasured = points != null && COUNTED_MEASURE.matcher(points).find();
      text =
          (parts
                  ? document
                      + "共分"
                      + count(titles.size())
                      + "个部分"
                      + (pointsMeasured ? "，即" + points : "")
                  : document + "共有" + counted)
              + "："
              + (numberedByTheNotice ? String.join("；", asNumbered) + "。" : numbered(titles));
    }
    Source source = new Source(n.id(), n.title(), "", "");
    return Optional.of(new Answer(Answer.Kind.ANSWER, text, List.of(source), List.of()));
  }

  /**
   * The notice a question about the notice's own parts is of: the one loaded, or beside others the
   * one it names by its kind (讲话分几部分 beside the bundled notice); empty when it names none.
   */
  private static Optional<Notice> noticeAsked(Snapshot kb, Question q) {
    return kb.notices.size() == 1 ? Optional.of(kb.notices.get(0)) : Parts.namedByKind(kb, q);
  }

  /** A line that numbers itself as a point: 一是…, 二要…. */
  private static final Pattern POINT_OPENS = Pattern.compile("^[一二三四五六七八九十]{1,2}[是要]");

  /** 换届是第几个议题, 经费决算排第几部分: which of the notice's parts one its words name is. */
  private static final Pattern PLACE_ASKED =
      Pattern.compile("^(.{2,20}?)(?:是|排在?|在|属于)第几(?:个|项|点|大)?(\\p{IsHan}{0,3}?)[？?]?$");

  /**
   * Which of the notice's numbered top-level parts the one a question names by its heading's words
   * is (换届是第几个议题 of five parts a lead counts as 5个议题): its place and its heading; empty when the
   * question asks no such thing, calls the parts by a word the notice does not count them by, or
   * its words name no one part.
   */
  static Optional<Answer> placeOfAPart(Snapshot kb, Question q) {
    Matcher m = PLACE_ASKED.matcher(q.text());
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<Notice> named = noticeAsked(kb, q);
    if (named.isPresent()) {
      return placeOfAPart(named.get(), q, m.group(2));
    }
    // 助学是第几个议题 beside the bundled notice: the one notice whose parts it names one of
    List<Answer> found =
        kb.notices.stream().flatMap(n -> placeOfAPart(n, q, m.group(2)).stream()).toList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** {@link #placeOfAPart(Snapshot, Question)} in one notice, its parts called {@code unit}. */
  private static Optional<Answer> placeOfAPart(Notice n, Question q, String unit) {
    boolean parts = unit.isEmpty() || PARTS.contains(unit);
    List<Section> top =
        topLevel(n).filter(s -> NUMBERED_HEADING.matcher(s.heading()).lookingAt()).toList();
    if (top.size() < 2 || !parts && countedByTheNotice(n, unit, top.size()) == null) {
      return Optional.empty();
    }
    List<String> words =
        q.terms().stream().filter(t -> !t.equals(unit) && !DOCUMENT_WORDS.contains(t)).toList();
    Optional<SoleBest<Section>> named =
        SoleBest.of(
            top,
            s -> {
              String heading = Canonical.text(s.heading());
              return words.stream().filter(t -> heading.contains(Canonical.text(t))).count();
            });
    if (named.isEmpty()) {
      return Optional.empty();
    }
    Section part = named.get().item();
    String text =
        Parts.kind(n)
            + "的第"
            + Numerals.chinese(top.indexOf(part) + 1)
            + (parts ? "部分" : "个" + unit)
            + "是："
            + part.heading()
            + "。";
    Source source = new Source(n.id(), n.title(), part.title(), "");
    return Optional.of(new Answer(Answer.Kind.ANSWER, text, List.of(source), List.of()));
  }

  /**
   * A notice's top-level parts: its sections of level 1 that have a heading, but for the text of
   * its attachments.
   */
  private static Stream<Section> topLevel(Notice n) {
    return n.sections().stream()
        .filter(s -> !s.heading().isEmpty() && s.level() == 1 && !s.appendix());
  }

  /** 线路一览后面是哪部分, 紧急求助前面是哪一部分: the part beside one the question names. */
  private static final Pattern PART_BESIDE =
      Pattern.compile(
          "^(.{2,20}?)的?(后面|之后|后边|下面|前面|之前|前边|上面)(?:的|是|[一1]个是|讲的是|的是)*(?:哪|什么|啥)[一1个]?(?:部分|板块)");

  /**
   * The top-level part after or before the one a question names by its heading's words
   * (线路一览后面是哪部分): its heading as the notice numbers it, or that there is none; empty when the
   * question asks no such thing or names no one part.
   */
  static Optional<Answer> partBeside(Snapshot kb, Question q) {
    Matcher m = PART_BESIDE.matcher(q.text());
    if (!m.find()) {
      return Optional.empty();
    }
    String asked = Canonical.text(m.group(1));
    Notice n = null;
    List<Section> parts = List.of();
    int at = -1;
    // the notice the question names by its kind, or among several the one with such a part
    for (Notice each : besideAsked(kb, q)) {
      List<Section> top = topLevel(each).toList();
      for (int i = 0; i < top.size(); i++) {
        String title = Canonical.text(top.get(i).title());
        if (title.contains(asked) || title.length() >= 2 && asked.contains(title)) {
          if (n != null) {
            return Optional.empty(); // two parts answer to its words
          }
          n = each;
          parts = top;
          at = i;
        }
      }
    }
    if (n == null || parts.size() < 2) {
      return Optional.empty();
    }
    boolean after = after(m.group(2));
    int k = after ? at + 1 : at - 1;
    String part = "「" + parts.get(at).title() + "」";
    String text =
        k < 0
            ? part + "是" + Parts.kind(n) + "的第一部分，前面没有别的部分。"
            : k >= parts.size()
                ? part + "是" + Parts.kind(n) + "的最后一部分，后面没有别的部分了。"
                : part
                    + (after ? "后面" : "前面")
                    + "是"
                    + Parts.kind(n)
                    + "的第"
                    + Numerals.chinese(k + 1)
                    + "部分："
                    + Headings.numberedAsAPart(parts.get(k).heading()).orElse(parts.get(k).title())
                    + "。";
    Source source =
        new Source(
            n.id(), n.title(), parts.get(Math.max(0, Math.min(k, parts.size() - 1))).title(), "");
    return Optional.of(new Answer(Answer.Kind.ANSWER, text, List.of(source), List.of()));
  }

  /**
   * The notices a question of what is beside a part or an item is of: the one it names by its kind
   * where it names one or only one is loaded, else every notice (the part or item it names then
   * tells which, where only one has it).
   */
  private static List<Notice> besideAsked(Snapshot kb, Question q) {
    return noticeAsked(kb, q).map(List::of).orElse(kb.notices);
  }

  /** True for a word that asks what comes after (之后, 后面, 下面), false for one of before (之前, 上面). */
  private static boolean after(String word) {
    return !word.contains("前") && !word.equals("上面");
  }

  /** 张榜公示之后是哪一步, 初审推荐之前是哪一步, 午休之后是什么安排: the item beside one the question names. */
  private static final Pattern ITEM_BESIDE =
      Pattern.compile(
          "^(.{2,20}?)的?(之后|后面|后边|下面|接下来|前面|之前|前边|上面)(?:的|是|[一1]个是|又是)*"
              + "(?:哪[一1]?步|哪[一1]?项|哪[一1个]?环节|什么|啥)");

  /**
   * The item after or before the one a question names (张榜公示之后是哪一步) in a section's list of items:
   * from the lists of the notice's sections that have an item with the question's words, where they
   * all go on alike there. Empty when none has such an item, or two go on differently.
   */
  static Optional<Answer> itemBeside(Snapshot kb, Question q) {
    Matcher m = ITEM_BESIDE.matcher(q.text());
    if (!m.find()) {
      return Optional.empty();
    }
    String asked = Canonical.text(m.group(1));
    boolean after = after(m.group(2));
    // each list with an item of the question's words, and the item beside it there: a flow of steps
    // (①提出申请→…→⑤张榜公示→⑥资金发放) and the steps' own headings (第⑤步 张榜公示) say the same
    record Beside(Notice in, Section of, String item, String beside) {}
    List<Beside> found = new ArrayList<>();
    for (Notice n : besideAsked(kb, q)) {
      for (Section s : n.sections()) {
        List<String> items = Items.of(n, s);
        for (int i = 0; i < items.size(); i++) {
          if (Canonical.text(items.get(i)).contains(asked)) {
            int k = after ? i + 1 : i - 1;
            String beside = k < 0 || k >= items.size() ? "" : items.get(k);
            found.add(new Beside(n, s, items.get(i), beside));
          }
        }
      }
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Beside first = found.get(0);
    String shortest =
        found.stream().map(Beside::beside).min(Comparator.comparingInt(String::length)).get();
    if (!found.stream().allMatch(b -> b.beside().contains(shortest))
        || shortest.isEmpty() && !found.stream().allMatch(b -> b.beside().isEmpty())) {
      return Optional.empty(); // items of the question's words in lists that go on differently
    }
    String item = "「" + Spans.withoutTrailingMarks(first.item()) + "」";
    String text =
        first.beside().isEmpty()
            ? item + (after ? "是最后一项，后面没有别的了。" : "是第一项，前面没有别的了。")
            : item
                + (after ? "之后" : "之前")
                + "是："
                + asNumbered(first.in(), first.of(), Spans.withoutTrailingMarks(first.beside()))
                    .replaceAll("[。！!]+$", "")
                + "。";
    Source source = new Source(first.in().id(), first.in().title(), first.of().title(), "");
    return Optional.of(new Answer(Answer.Kind.ANSWER, text, List.of(source), List.of()));
  }

  /**
   * An item of a section as the notice numbers it, where it opens a numbered paragraph of the
   * section or heads a section of its own: 公示 → （四）公示.
   */
  private static String asNumbered(Notice n, Section of, String item) {
    for (Paragraph p : of.paragraphs()) {
      String said = p.text().strip();
      String bare = Headings.stripNumbering(said);
      if (bare.length() < said.length() && bare.startsWith(item)) {
        return said.substring(0, said.length() - bare.length()).strip() + item;
      }
    }
    return n.sections().stream()
        .filter(s -> s.title().equals(item))
        .map(s -> Headings.asWritten(s.heading()))
        .findFirst()
        .orElse(item);
  }

  /** 第一部分第三项, 第二部分的最后一项: an item of a part, each counted by its place. */
  private static final Pattern ITEM_OF_A_PART =
      Pattern.compile(
          "第([一二三四五六七八九十\\d]{1,3})(?:部分|章|板块)(?:中|里)?的?"
              + "(?:第([一二三四五六七八九十\\d]{1,3})|(最后)[一1]?)([项条点个节])");

  /**
   * The item a question counts within a part it counts (第一部分第三项是什么): of the notice, or of the one
   * it names by its kind beside others; the item's first sentence, with the part it is of. Empty
   * when the notice has no such part or the part no items.
   */
  static Optional<Answer> itemOfAPart(Snapshot kb, Question q) {
    Matcher m = ITEM_OF_A_PART.matcher(q.text());
    Optional<Notice> named = noticeAsked(kb, q);
    if (!m.find() || named.isEmpty()) {
      return Optional.empty();
    }
    Notice n = named.get();
    List<Section> parts = topLevel(n).toList();
    int k = Numerals.parse(m.group(1));
    if (k < 1 || k > parts.size()) {
      return Optional.empty(); // the parts' own answer says how many there are
    }
    Section part = parts.get(k - 1);
    List<String> items = Items.of(n, part);
    if (items.size() < 2) {
      return Optional.empty();
    }
    int j = m.group(3) != null ? items.size() : Numerals.parse(m.group(2));
    String measure = m.group(4);
    String name = Parts.kind(n) + "第" + Numerals.chinese(k) + "部分「" + part.title() + "」";
    String text;
    if (j < 1 || j > items.size()) {
      text = noSuch(name, items.size(), measure, j);
    } else {
      // the whole item's first sentence where the items are its numbered paragraphs (报到地点：…)
      List<String> whole = Items.whole(part);
      String item =
          whole.size() == items.size()
              ? Sentences.split(whole.get(j - 1)).get(0)
              : items.get(j - 1);
      item = Spans.withoutTrailingMarks(item).replaceAll("[。！!]+$", "");
      text = name + "的第" + Numerals.chinese(j) + measure + "是：" + item + "。";
    }
    Source source = new Source(n.id(), n.title(), part.title(), "");
    return Optional.of(new Answer(Answer.Kind.ANSWER, text, List.of(source), List.of()));
  }

  /** 第一部分「…」共有四项，没有第五项。: a place past the last of what is counted. */
  private static String noSuch(String whole, int count, String measure, int asked) {
    return whole
        + "共有"
        + count(count)
        + measure
        + "，没有第"
        + Numerals.chinese(Math.min(asked, 99))
        + measure
        + "。";
  }

  /** A heading numbered 一、 or 1. (not 常见问题 after the numbered parts). */
  private static final Pattern NUMBERED_HEADING =
      Pattern.compile("^[#\\s]*([一二三四五六七八九十]{1,3}、|\\d{1,2}[.、．])");

  /**
   * The count of the asked noun that the notice's title or lead gives (5项普惠活动), when it is the
   * number of its numbered parts; null otherwise.
   */
  private static String countedByTheNotice(Notice n, String unit, int parts) {
    List<String> texts = new ArrayList<>(List.of(n.title()));
    n.sections().stream()
        .filter(s -> s.heading().isEmpty())
        .findFirst()
        .ifPresent(lead -> lead.paragraphs().forEach(p -> texts.add(p.text())));
    Pattern counting =
        TypeFit.pattern(
            "([一二三四五六七八九十两]|\\d{1,2})(项|个|场|类|大|点)?([\\p{IsHan}]{0,4}" + Pattern.quote(unit) + ")");
    for (String t : texts) {
      Matcher m = counting.matcher(t);
      // 5项普惠活动, 三点意见, 三大行动; not 三家单位作了交流发言, whose measure says it counts something else
      if (m.find()
          && Numerals.parse(m.group(1)) == parts
          && (m.group(2) != null || m.group(3).startsWith(unit))) {
        return m.group();
      }
    }
    return null;
  }

  /** The measure a count of the notice's parts is in (点 of 三点意见), else 项. */
  private static String countedMeasure(String counted) {
    Matcher m = COUNTED_MEASURE.matcher(counted);
    return m.find() ? m.group(1) : "项";
  }

  private static final Pattern COUNTED_MEASURE =
      Pattern.compile("^[一二三四五六七八九十两\\d]{1,2}(项|个|场|类|点)");

  private static List<String> shorten(List<String> items) {
    String prefix = Items.commonPrefix(items);
    List<String> out =
        prefix.length() >= 2
            ? items.stream().map(i -> i.substring(prefix.length())).toList()
            : items;
    return length(out) > ITEMS_BUDGET ? out.stream().map(Outline::subject).toList() : out;
  }

  /** Nouns a worker may call any section's items by: 几项措施, 哪几个方面, 哪些工作. */
  private static final java.util.Set<String> GENERIC_UNITS =
      java.util.Set.of("措施", "举措", "方面", "工作", "任务", "做法", "事项", "内容", "环节");

  /**
   * True unless a table's rows are named as something other than the unit asked: 考点一…, 考点二… are 考点,
   * not the 考场 of 「考场安排」.
   */
  private static boolean rowsAreOf(List<String> items, String unit) {
    String named = items.get(0).replaceAll("[一二三四五六七八九十\\d].*$", "");
    return named.length() < 2
        || named.contains(unit)
        || items.stream().anyMatch(it -> !it.startsWith(named));
  }

  /** Measure words an outline's items can be counted in: 几项, 几个方面, 几步, 几条. */
  private static final String ITEM_MEASURES = "个项条点步类种块件大部";

  /**
   * True for a how-many whose measure counts something a section's items are not: people (多少人),
   * days (几天), money (多少元). 培训班一共多少人 is not answered by the five parts of 「培训内容」.
   */
  private static boolean countsSomethingElse(Question q) {
    return q.type() == QuestionType.COUNT
        && !q.measure().isEmpty()
        && !ITEM_MEASURES.contains(q.measure());
  }

  /**
   * For a question of who may take part or apply (哪些人可以申请助学金), the items of the one section headed
   * by the kind of person asked for (资助对象, 参加对象), whatever it calls the thing applied for. With
   * several notices, only those that say one of the question's other words (助学金, not 申请) count.
   * Empty when no such section or more than one is left (慰问对象 and 资助对象), or its section lists no
   * items.
   */
  static Optional<Match> eligibility(Snapshot kb, Question q) {
    if (!q.terms().contains(QuestionParser.ELIGIBILITY)) {
      return Optional.empty();
    }
    List<String> named =
        q.terms().stream()
            .filter(t -> t.length() >= 2 && !t.equals(QuestionParser.ELIGIBILITY))
            .filter(t -> !QuestionParser.TAKE_PART.contains(t))
            .map(Canonical::text)
            .toList();
    int found = -1;
    for (int i = 0; i < kb.sections.size(); i++) {
      Notice n = kb.sectionNotices.get(i);
      if (Candidates.isKindHeading(q.type(), kb.canonicalTitles.get(i))
          && (kb.notices.size() == 1 || says(kb, n, named))) {
        if (found >= 0) {
          return Optional.empty();
        }
        found = i;
      }
    }
    if (found < 0) {
      return Optional.empty();
    }
    Notice n = kb.sectionNotices.get(found);
    Section s = kb.sections.get(found);
    // who may apply is the items' whole text, not their names: 本区在档困难职工家庭中，2027年考入…的新生
    List<String> items = Items.whole(s);
    return items.size() < 2
        ? Optional.empty()
        : Optional.of(new Match(n, s, items, 1, false, false, true));
  }

  /** Whether a notice's title or sentences say one of the words; true when there are none. */
  private static boolean says(Snapshot kb, Notice n, List<String> words) {
    if (words.isEmpty()) {
      return true;
    }
    String title = Canonical.text(n.title());
    return words.stream()
        .anyMatch(
            w ->
                title.contains(w)
                    || kb.passages.stream()
                        .anyMatch(p -> p.notice() == n && p.canonical().contains(w)));
  }

  static Optional<Match> match(Snapshot kb, Question q, Weights w) {
    return score(kb, q, w).best();
  }

  /** The parts that answer a structure question, each with how well, scored once per question. */
  static Scoring score(Snapshot kb, Question q, Weights w) {
    return new Scoring(scored(kb, q, w));
  }

  /** A part that answers a structure question, with how well. */
  private record Scored(Match match, double score) {}

  /** Every part that answers a structure question, with how well each does. */
  static final class Scoring {
    private final List<Scored> all;

    private Scoring(List<Scored> all) {
      this.all = all;
    }

    /** The first best-scoring part. */
    Optional<Match> best() {
      return best(null);
    }

    /**
     * The best-scoring part of another notice than the one that answers, when it scores as well
     * (一共有几个岗位 of a recruitment notice and a call for volunteers, each with its list of posts):
     * both answer, each under its notice's title. Empty when none ties.
     */
    Optional<Match> rival(Match answering) {
      double top = all.stream().mapToDouble(Scored::score).max().orElse(0);
      return best(answering.notice())
          .filter(m -> all.stream().anyMatch(x -> x.match() == m && x.score() >= top - 1e-9));
    }

    /** The first best-scoring part, of any notice but {@code besides}. */
    private Optional<Match> best(Notice besides) {
      Scored best = null;
      for (Scored x : all) {
        if (x.match().notice() != besides && (best == null || x.score() > best.score())) {
          best = x;
        }
      }
      return Optional.ofNullable(best).map(Scored::match);
    }
  }

  private static List<Scored> scored(Snapshot kb, Question q, Weights w) {
    boolean structural =
        q.ordinal().isPresent()
            || q.type() == QuestionType.COUNT
            || lists(q)
            || q.type() == QuestionType.WHAT;
    // no list answers a yes or no (筛查收费吗 of 「筛查项目」 over 本次筛查共4项，每人均可全部免费检查：), one of
    // two (名额是每期的还是总共的), a basis (名额按什么分配) or which one (这是哪项工作安排)
    boolean notAList =
        QuestionParser.asksYesOrNo(q.text())
            || q.text().contains("还是")
            || BASIS.matcher(q.text()).find()
            || q.count().isEmpty()
                && q.type() == QuestionType.WHAT
                && WHICH_ONE.matcher(q.text()).find();
    if (!structural || q.ordinal().isEmpty() && notAList) {
      return List.of();
    }
    List<Scored> all = new ArrayList<>();
    boolean[] titled = named(kb, q);
    List<Notice> lacking = kb.notices.stream().filter(n -> namedElsewhere(kb, q, n)).toList();
    for (int i = 0; i < kb.sections.size(); i++) {
      Section s = kb.sections.get(i);
      Notice n = kb.sectionNotices.get(i);
      if (outsideTheNamed(kb, titled, i)) {
        continue; // 球类最后一个项目 is of 「球类」, not of 「趣味项目」 beside it
      }
      if (lacking.contains(n)) {
        continue; // 校准法最后一步 beside the bundled notice: the steps of the notice that says 校准法
      }
      boolean occasion = q.unit().equals(QuestionParser.OCCASION);
      List<String> scheduled = occasion ? occasions(s) : List.of();
      List<String> items =
          occasion
              ? ofTheKindAsked(q, scheduled)
              : !s.heading().isEmpty()
                  ? kb.sectionItems.get(i)
                  // a letter's proposals in its lead, asked for by number or as a list, not by
                  // whatever its intro also says (我市在创建什么城市)
                  : q.type() == QuestionType.WHAT && q.ordinal().isEmpty()
                      ? List.of()
                      : Items.proposals(s);
      String title = kb.canonicalTitles.get(i);
      String intro = kb.canonicalIntros.get(i);
      String bulletsOf = null;
      boolean lines = false;
      if (items.isEmpty() && !occasion && !s.heading().isEmpty()) {
        List<String> bulleted = kb.sectionLines.get(i);
        // only a list or a position is asked of them: a count question is answered by the intro's
        // count itself (目前共有6家合作商户)
        bulletsOf =
            !lists(q) && q.ordinal().isEmpty()
                ? null
                : countedBullets(intro.isEmpty() ? title : intro, bulleted.size());
        // 会议强调了哪几点 of 一是…, 二是… one to a line: lines that number themselves are the points
        boolean pointed =
            lists(q)
                && bulleted.size() >= 2
                && bulleted.stream().allMatch(l -> POINT_OPENS.matcher(l).lookingAt());
        if (q.ordinal().isPresent() || bulletsOf != null || pointed) {
          // 第一个托管点的地址 of a list whose bullets the parser took off: asked by its position, or
          // by what its intro counts as many of (目前共有6家合作商户…以下优惠： over six bullets)
          items = bulleted.stream().map(Spans::withoutTrailingMarks).toList();
          lines = true;
        }
      }
      if (items.isEmpty() || namesAnItem(q, items) || announcesTheAsked(q, items)) {
        continue; // 生产一部几个名额 of 「代表名额」 over 生产一部：12名…: it asks of one of them
      }
      String counting = title;
      String rest = countedRest(counting);
      if (rest == null && !intro.isEmpty()) {
        counting = intro;
        rest = countedRest(intro);
      }
      // a heading that counts nothing names its items (筛查有哪些项目 of 「筛查项目」, whose intro counts
      // them: 本次筛查共4项：), and one that joins several things names each when it says all the
      // question does (招聘岗位和人数 for 有哪些岗位, not for 生产一部几个名额 of 「代表名额和产生办法」)
      boolean head =
          countedRest(title) == null
              && headedBy(
                  kb,
                  title,
                  q.unit(),
                  !w.isEmpty() && w.coverage(kb.canonicalHeadings.get(i)) >= 0.99);
      // 建功立业方面有哪几项工作 of 「建功立业平台不断拓展」 over three items: of the part named by the subject
      // its heading opens with, whose items are what is asked (not 小贴士介绍的是哪个站点, which asks for one)
      boolean byTitle =
          (q.ordinal().isPresent() || lists(q) && !WHICH_ONE.matcher(q.text()).find())
              && namesPart(q.text(), title)
              && !partOfALongerWord(q, title);
      boolean unit =
          !q.unit().isEmpty()
                  && (rest != null
                          && (counts(rest, q.unit())
                              || measuredIn(counting, q.unit())
                                  && w.coverage(kb.canonicalHeadings.get(i) + "\n" + intro) >= 0.5)
                      || head
                      || introduces(intro, q.unit())
                      // 个人奖第一个工种 of 「个人奖」, whose intro opens 各工种评出第一名… over 焊工, 电工, …
                      || opensWithEach(kb, s, q.unit())
                      // 第二项检查 of 本次筛查共4项，每人均可全部免费检查： over four items
                      || countedAndNamed(intro, q.unit(), items.size())
                      // 三步协商法的第一步 of 「星澜电子：“三步协商法”谈出职工增收」 over three steps: the
                      // title names the method by as many steps as the part gives
                      || q.count().isPresent()
                          && q.count().getAsInt() == items.size()
                          && title.contains(q.count().getAsInt() + q.unit())
                      // 买健身卡第二步做什么 of 购买方式：1.…；2.… under 「健身卡特惠」: a way of doing
                      // what the question names is done in steps
                      || STEPS.contains(q.unit())
                          && (WAY.matcher(intro).find()
                              // 「报名方式」 over 第一步：…, not 「预约方式」 over two ways of its own,
                              // nor over 以下材料： its intro names as something else
                              || WAY_HEADING.matcher(title).find()
                                  && !hasParts(n, s)
                                  && intro.isEmpty())
                          && w.coverage(kb.canonicalHeadings.get(i)) > 0
                      || bulletsOf != null
                          && (bulletsOf.isEmpty()
                              // 拟推荐对象（4个） counts the list whatever the worker calls it
                              ? w.coverage(title) >= 0.5
                              : bulletsOf.startsWith(Canonical.text(q.unit()))))
              || occasion
              // 第三个站点 of the rows of a table under 「站点名录」: what its heading lists
              || s.paragraphs().stream().anyMatch(Paragraph::row)
                  && q.unit().length() >= 2
                  && title.contains(Canonical.text(q.unit()))
                  && rowsAreOf(items, q.unit())
              // 球类最后一个项目 of 「球类」 over 篮球, 气排球, 乒乓球: a position in the part the question
              // names, whatever it calls the items
              || byTitle
              // 学习宣传有哪几项措施 of 「迅速掀起学习宣传热潮」 over three measures: a word for any item,
              // of the section the question's other words name
              // 最后一个阶段 of 动员部署阶段（…）, 组织实施阶段（…）, 总结表彰阶段（…）: each item names its kind
              || q.unit().length() >= 2
                  && items.size() >= 2
                  && items.stream()
                      .allMatch(it -> it.replaceAll("[（(][^）)]*[）)]$", "").endsWith(q.unit()))
              // whose items no sentence introduces as something else (做到三个“准确把握”：)
              || GENERIC_UNITS.contains(q.unit())
                  && intro.isEmpty()
                  && w.coverage(
                              kb.canonicalHeadings.get(i)
                                  + "\n"
                                  + Canonical.text(String.join("；", items)))
                          + w.share(q.unit())
                      >= 0.99;
      boolean count =
          q.count().isPresent()
              && (q.unit().isEmpty() || unit)
              && q.count().getAsInt() == items.size();
      String context = kb.canonicalHeadings.get(i) + "\n" + intro;
      if (byTitle && !q.unit().isEmpty()) {
        context += "\n" + Canonical.text(q.unit());
      }
      if (s.paragraphs().stream().anyMatch(Paragraph::row)) {
        context += "\n" + TABLE; // 支出表第二项 of the table under 「经费支出」
      }
      if (occasion) {
        // 第一场专题讲座讲什么: the lectures counted are what the question's words name
        context += "\n" + Canonical.text(kindAsked(q, scheduled));
      }
      // 工作程序有几步 of 「工作程序」 with three numbered steps: the heading is all the question
      // names but the generic measure of its items
      boolean stepsOfIt =
          q.type() == QuestionType.COUNT
                  && q.unit().length() == 1
                  && ITEM_MEASURES.contains(q.unit())
                  && !w.isEmpty()
                  && w.coverage(kb.canonicalHeadings.get(i)) + w.share(q.unit()) >= 0.99
              // 一共倡议了几条 of 「…发出如下五点倡议：」 over 一要…五要: its intro names what is counted
              || q.type() == QuestionType.COUNT
                  && q.unit().isEmpty()
                  && q.measure().length() == 1
                  && ITEM_MEASURES.contains(q.measure())
                  && !w.isEmpty()
                  && !intro.isEmpty()
                  && w.coverage(intro) >= 0.99;
      boolean mismatch =
          !q.unit().isEmpty() && !unit && !stepsOfIt
              || q.count().isPresent() && q.count().getAsInt() != items.size()
              || countsSomethingElse(q) && !unit;
      boolean named =
          !mismatch
              && (q.type() == QuestionType.LIST || q.type() == QuestionType.COUNT)
              && (head || q.unit().isEmpty() && namesAll(kb, title, q.text()));
      if (named) {
        context += "\n" + Canonical.text(n.title());
      }
      double coverage = w.isEmpty() ? 0 : w.coverage(context);
      if (head && !context.contains(Canonical.text(q.unit()))) {
        // 步 of 「工作步骤和时间安排」: the heading says the asked noun in its own word
        coverage = Math.min(1, coverage + w.share(q.unit()));
      }
      boolean otherCount = q.count().isPresent() && q.count().getAsInt() != items.size();
      // 劳动奖章名单第一个是谁 of the names under 「省五一劳动奖章拟推荐对象」: a position in the lines of the
      // part the question names
      boolean placed = lines && q.ordinal().isPresent() && q.unit().isEmpty() && coverage >= 0.5;
      if (otherCount
          || !(unit || count || named || stepsOfIt || (coverage >= 0.99 || placed) && !mismatch)) {
        continue; // 从8个方面 never asks for a section of five
      }
      // 第一阶段 of items named 动员部署阶段… before a heading of 四个步骤, which counts steps, not stages
      boolean bySynonym =
          rest != null && !counts(rest, q.unit(), List.of()) && counts(rest, q.unit());
      double score =
          coverage
              + (unit ? 0.5 : 0)
              + (count ? 1 : 0)
              + (named ? 0.5 : 0)
              - (bySynonym ? SYNONYM_UNIT : 0);
      if (score > 0) {
        boolean exact = unit && (q.count().isEmpty() || q.count().getAsInt() == items.size());
        all.add(
            new Scored(
                new Match(n, s, items, coverage, unit || count || named || stepsOfIt, exact, named),
                score));
      }
    }
    return all;
  }

  /**
   * Structure nouns a worker uses for the heading's: 环节 for 步骤 (头一个环节是什么 of 「四个步骤」), 步 for 阶段
   * (第一步是什么 of 分四个阶段进行).
   */
  private static final java.util.Map<String, List<String>> SAME_STRUCTURE =
      java.util.Map.of("环节", List.of("步"), "步", List.of("阶段", "环节"), "阶段", List.of("步"));

  /** What may come before an occasion's date: its number or bullet (1．, （二）, -), or 第二场：. */
  private static final Pattern OCCASION_MARK =
      Pattern.compile(
          "^(\\d{1,2}[.．、)）]|[(（][一二三四五六七八九十\\d]{1,2}[)）]|[-•·*]"
              + "|第[一二三四五六七八九十\\d]{1,3}[场站回期批轮趟][:：,，]?)\\s*");

  /** The classifier a question counts occasions in: 批 of 最后一批, 站 of 第二站. */
  private static final Pattern OCCASION_ASKED =
      Pattern.compile("(?:第[一二三四五六七八九十\\d]{1,3}|最后[一1]?|头[一1]?|首)([场站回期批轮趟拨])");

  private static String occasionMeasure(Question q) {
    Matcher m = OCCASION_ASKED.matcher(q.text());
    return !m.find() ? QuestionParser.OCCASION : m.group(1).equals("拨") ? "批" : m.group(1);
  }

  /**
   * The kind of occasion a position question names after its classifier (讲座 of 第一场讲座由谁主讲) when some
   * occasions of a schedule are of it and others not (开班仪式, 现场教学 beside four 专题讲座): the longest
   * opening of the words after 第N场 that some but not all of the lines say; empty otherwise.
   */
  private static String kindAsked(Question q, List<String> occasions) {
    Matcher m = OCCASION_ASKED.matcher(q.text());
    if (!m.find() || occasions.size() < 2) {
      return "";
    }
    String after = Canonical.text(q.text().substring(m.end())).replaceAll("^[的之]", "");
    for (int end = Math.min(after.length(), 8); end >= 2; end--) {
      String kind = after.substring(0, end);
      long of = occasions.stream().filter(o -> Canonical.text(o).contains(kind)).count();
      if (of > 0 && of < occasions.size()) {
        return kind;
      }
    }
    return "";
  }

  /**
   * A schedule's occasions of the kind the question names (第二场讲座 counts lectures only), else all.
   */
  private static List<String> ofTheKindAsked(Question q, List<String> occasions) {
    String kind = kindAsked(q, occasions);
    return kind.isEmpty()
        ? occasions
        : occasions.stream().filter(o -> Canonical.text(o).contains(kind)).toList();
  }

  /** Longest paragraph read as a line of a schedule. */
  private static final int SCHEDULE_LINE = 80;

  /** The label of a schedule line that names who comes: 一车间、二车间：. */
  private static final Pattern WHO_COMES = Pattern.compile("[^：:，,。]{2,30}[：:]");

  /**
   * The occasions a schedule lists, what 第二场, 头一站 or 最后一期 count: the section's paragraphs that open
   * with a date (6月11日（周四）下午2:30，…会议室) after any number, bullet or 第N场 label, without it; none
   * unless there are at least two.
   */
  private static List<String> occasions(Section s) {
    List<String> out = new ArrayList<>();
    for (Paragraph p : s.paragraphs()) {
      String text = OCCASION_MARK.matcher(Canonical.text(p.text())).replaceFirst("");
      Matcher date = TypeFit.FULL_DATE.matcher(text);
      // 行政部、财务部、人力资源部：6月1日（周二）9:00—11:30，行政楼102室；: who comes, then when
      Matcher label = WHO_COMES.matcher(text);
      // a schedule's line, not a report's paragraph that opens with the day of what it tells
      boolean line = p.text().length() <= SCHEDULE_LINE;
      if (line
          && date.find()
          && (date.start() == 0 || label.lookingAt() && date.start() == label.end())) {
        out.add(Spans.withoutTrailingMarks(OCCASION_MARK.matcher(p.text()).replaceFirst("")));
      }
    }
    return out.size() >= 2 ? out : List.of();
  }

  /** True when a section's first sentence says what it gives of each unit: 各工种评出第一名…. */
  private static boolean opensWithEach(Snapshot kb, Section s, String unit) {
    List<Passage> said = kb.passagesOf(s);
    return !unit.isEmpty()
        && !said.isEmpty()
        && said.get(0).canonical().startsWith("各" + Canonical.text(unit));
  }

  /**
   * True when the sentence before the items announces them as the asked-for noun: 每天主要安排以下活动： for
   * 每天安排哪些活动, and …并将以下材料扫描合成一个PDF文件，发送至…： for 要交哪些材料.
   */
  private static boolean introduces(String canonicalIntro, String unit) {
    String u = Canonical.text(unit);
    int at = canonicalIntro.lastIndexOf(u);
    if (u.isEmpty() || at < 0) {
      return false;
    }
    String before = canonicalIntro.substring(0, at);
    String after = canonicalIntro.substring(at + u.length());
    return before.matches(".*(以下|如下|下列)[^，。]{0,4}") && after.matches("[:：]?\\s*")
        || before.matches(".*(以下|下列)") && after.strip().matches("[^。]*[:：]")
        // 定点机构（任选一家）： over the numbered places: the intro is the name of what it lists
        || before.isBlank() && after.matches("([（(][^（()）]{0,12}[）)])?[:：]\\s*");
  }

  /** 哪个岗位人最多, 哪个分会名额最少: the one of a list the most or the least of something. */
  private static final Pattern SUPERLATIVE =
      Pattern.compile("(哪个|哪家|哪一个|哪一家|哪类|哪项|哪种)[^，,。？?]{0,10}(最多|最少|最高|最低|最大|最小)");

  /** The count a list line gives: 需120人, 招聘3名, 12名. */
  private static final Pattern LINE_COUNT =
      Pattern.compile("(?<![\\d.])(\\d+)(名|人|个|家|所|处|项|场|次|张|份|元)");

  /**
   * The line of a section's list with the most or the least of what its lines count, when the
   * question asks which one has it (哪个岗位人最多 of 补给站服务岗：…，需120人 among five roles): every line gives
   * one count in the same measure and the largest or smallest is unique. Empty otherwise.
   */
  static Optional<Answer> superlative(Snapshot kb, Question q, Weights w) {
    Matcher asked = SUPERLATIVE.matcher(q.text());
    if (!asked.find() || w.isEmpty()) {
      return Optional.empty();
    }
    boolean most = "最多最高最大".contains(asked.group(2));
    List<Replies.Found> found = new ArrayList<>();
    double foundCoverage = 0;
    for (int i = 0; i < kb.sections.size(); i++) {
      Section s = kb.sections.get(i);
      List<String> lines = Items.whole(s);
      if (lines.isEmpty()) {
        lines = kb.sectionLines.get(i);
      }
      double coverage =
          w.share(asked.group(2))
              + w.coverage(
                  kb.canonicalHeadings.get(i)
                      + "\n"
                      + kb.canonicalIntros.get(i)
                      + "\n"
                      + Canonical.text(String.join("\n", lines)));
      String best = lines.size() < 2 || coverage < 0.5 ? null : extreme(lines, most);
      if (best == null || coverage < foundCoverage) {
        continue;
      }
      if (coverage > foundCoverage) {
        found.clear();
        foundCoverage = coverage;
      }
      found.add(new Replies.Found(kb.passagesOf(s).get(0), Spans.tidy(best), 1, coverage));
    }
    // two lists of one notice that say as much of the question: neither is sure to be the one
    // asked; lists of two notices (several notices loaded): each, labelled with its notice
    long notices = found.stream().map(f -> f.passage().notice()).distinct().count();
    if (found.isEmpty() || notices < found.size()) {
      return Optional.empty();
    }
    return Optional.of(
        found.size() == 1 ? Replies.answer(kb, found.get(0)) : Replies.fromEach(found));
  }

  /**
   * The line with the largest (or smallest) count, each line ending its counts with one in the same
   * measure (需120人 of 在沿途12个补给站分发…，需120人); null when a line has none, the measures differ or two
   * lines share the extreme.
   */
  private static String extreme(List<String> lines, boolean most) {
    String measure = null;
    String best = null;
    long bestCount = most ? Long.MIN_VALUE : Long.MAX_VALUE;
    boolean tie = false;
    for (String line : lines) {
      Matcher c = LINE_COUNT.matcher(line);
      String number = null;
      String unit = null;
      while (c.find()) {
        number = c.group(1);
        unit = c.group(2);
      }
      if (number == null || measure != null && !measure.equals(unit)) {
        return null;
      }
      measure = unit;
      long n = Long.parseLong(number);
      if (n == bestCount) {
        tie = true;
      } else if (most ? n > bestCount : n < bestCount) {
        bestCount = n;
        best = line;
        tie = false;
      }
    }
    return tie ? null : best;
  }

  /** A question of the basis of a thing: 按什么分配, 根据什么定的. */
  private static final Pattern BASIS = Pattern.compile("(按|按照|根据|依据|凭)(什么|啥)");

  /** A question of which one: 哪项工作, 哪一个 (not 哪几项, 哪些). */
  private static final Pattern WHICH_ONE = Pattern.compile("哪(一)?(项|个|家|种|类)");

  /**
   * True when the question names parts of the notice by their titles (田径, 球类; {@code named}, by
   * index, from {@link #named}) and the part at {@code i} is none of them nor within one of them.
   */
  private static boolean outsideTheNamed(Snapshot kb, boolean[] named, int i) {
    Notice n = kb.sectionNotices.get(i);
    boolean any = false;
    for (int j = 0; j < kb.sections.size(); j++) {
      if (!named[j] || kb.sectionNotices.get(j) != n) {
        continue;
      }
      any = true;
      int within = kb.sections.get(i).index();
      while (within >= 0) {
        if (within == kb.sections.get(j).index()) {
          return false;
        }
        within = n.sections().get(within).parent();
      }
    }
    return any;
  }

  /**
   * True when several notices are loaded and the question names something (a word of two characters
   * or more, not the unit it counts) that this notice never says but another does.
   */
  private static boolean namedElsewhere(Snapshot kb, Question q, Notice n) {
    if (kb.notices.size() < 2) {
      return false;
    }
    for (String t : q.terms()) {
      String c = Canonical.text(t);
      if (c.length() < 2 || t.equals(q.unit()) || QuestionParser.filler(c)) {
        continue;
      }
      boolean here = false;
      boolean elsewhere = false;
      for (Passage p : kb.passages) {
        if (p.canonical().contains(c)) {
          here |= p.notice() == n;
          elsewhere |= p.notice() != n;
        }
      }
      if (!here && elsewhere) {
        return true;
      }
    }
    return false;
  }

  /** Which sections the question names by their titles ({@link #namesPart}), by index. */
  private static boolean[] named(Snapshot kb, Question q) {
    boolean[] out = new boolean[kb.sections.size()];
    for (int j = 0; j < out.length; j++) {
      out[j] = namesPart(q.text(), kb.canonicalTitles.get(j));
    }
    return out;
  }

  /**
   * True when a question names the part of this title: the whole title, or the subject a summary's
   * heading opens with (建功立业方面的第二项工作 of 「建功立业平台不断拓展」), in its first four characters or more and two
   * fifths of the title or more.
   */
  static boolean namesPart(String question, String title) {
    if (title.length() < 2) {
      return false;
    }
    if (holdsWhole(question, title)) {
      return true;
    }
    for (int k = title.length() - 1; k >= SUBJECT && k * 5 >= title.length() * 2; k--) {
      if (question.contains(title.substring(0, k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the title is said only within a longer word of the question (会员 of 会员代表大会的第一项职权): the
   * question names another thing than the part.
   */
  private static boolean partOfALongerWord(Question q, String title) {
    String unit = Canonical.text(q.unit());
    List<String> terms = q.terms().stream().map(Canonical::text).toList();
    // 球类项目 of 「球类」 is the part and what its items are called
    return !terms.contains(title)
        && terms.stream()
            .anyMatch(
                t ->
                    t.length() > title.length()
                        && t.contains(title)
                        && (unit.isEmpty() || !t.endsWith(unit)));
  }

  /** True when the text holds the title, not as the end of a longer number (2月 in 12月). */
  private static boolean holdsWhole(String text, String title) {
    for (int at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
      if (at == 0 || !NUMERAL.matcher(text.substring(at - 1, at + 1)).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Two characters of one number: 12 of 12月, 十二 of 十二月. */
  private static final Pattern NUMERAL = Pattern.compile("\\d\\d|[一二三四五六七八九十百][一二三四五六七八九十]");

  /** What a question calls a part that holds a table: 支出表, 名单表. */
  private static final String TABLE = Canonical.text("表");

  /** The fewest characters of a title's subject that name its part. */
  private static final int SUBJECT = 4;

  /**
   * True when the question names one of the items, in a word of two characters or more, or by the
   * label it opens with (第3号提案 of 「第3号提案：关于优化…的提案」).
   */
  private static boolean namesAnItem(Question q, List<String> items) {
    for (String it : items) {
      int colon = it.indexOf('：');
      String label = colon >= 2 ? it.substring(0, colon) : it;
      if (it.length() >= 2 && q.text().contains(it)
          || label.length() >= 3 && q.text().contains(label)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when one of the items announces a list of what the question asks for (第七条 会员享有下列权利 of the
   * chapter 「会员」, for 会员有哪些权利): the list asked is that item's own, not the part's items.
   */
  private static boolean announcesTheAsked(Question q, List<String> items) {
    String u = Canonical.text(q.unit());
    return u.length() >= 2
        && items.stream()
            .map(Canonical::text)
            .anyMatch(it -> it.matches(".*(以下|如下|下列)" + Pattern.quote(u) + "[:：]?\\s*"));
  }

  /** True when the intro ends by naming the unit and counts as many as there are items. */
  private static boolean countedAndNamed(String canonicalIntro, String unit, int items) {
    String u = Canonical.text(unit);
    if (u.length() < 2 || !canonicalIntro.matches(".*" + Pattern.quote(u) + "[:：]\\s*")) {
      return false;
    }
    java.util.OptionalInt n = Headings.count(canonicalIntro);
    return n.isPresent() && n.getAsInt() == items;
  }

  /** A question that asks for a list: 有哪些合作商户, and of people 拟推荐对象有哪些人. */
  private static boolean lists(Question q) {
    return q.type() == QuestionType.LIST || q.type() == QuestionType.WHO && q.text().contains("哪些");
  }

  /** A count of a list's intro with its measure and the noun after it: 6家合作商户. */
  private static final Pattern BULLETS_COUNT =
      Pattern.compile("([一二三四五六七八九十两]{1,3}|\\d{1,2})(个|项|条|点|种|步|类|家|处|所|名)([\\p{IsHan}]{0,8})");

  /**
   * What an intro counts (合作商户 of 目前共有6家合作商户) when it counts as many as the bullets under it; null
   * otherwise.
   */
  private static String countedBullets(String intro, int bullets) {
    Matcher m = BULLETS_COUNT.matcher(intro);
    return bullets >= 2 && m.find() && Numerals.parse(m.group(1)) == bullets ? m.group(3) : null;
  }

  /** True when the count itself is in the asked-for measure: 第一步 of 办卡共分四步. */
  private static boolean measuredIn(String counting, String unit) {
    int end = Headings.countEnd(counting);
    return end > 0 && counting.substring(0, end).endsWith(unit);
  }

  /** True when what follows a heading's count ("步骤“学深悟透”") counts the asked-for noun. */
  private static boolean counts(String rest, String unit) {
    return counts(rest, unit, SAME_STRUCTURE.getOrDefault(unit, List.of()));
  }

  /** As {@link #counts(String, String)}, with these other words for the noun. */
  private static boolean counts(String rest, String unit, List<String> others) {
    String r = rest.replaceFirst("^[“‘《]", ""); // 三个“准确把握”
    // 第二个项目 of 本年度设三个保障项目: the counted noun ends with the asked one
    boolean endsWithIt =
        unit.length() >= 2
            && TypeFit.pattern("^[\\p{IsHan}]{0,4}" + Pattern.quote(unit)).matcher(r).lookingAt();
    // 第二项重点任务 of 重点要抓好四项任务: a noun of two words counted by its last
    boolean byItsHead = unit.length() == 4 && r.startsWith(unit.substring(2));
    return r.startsWith(unit) || endsWithIt || byItsHead || others.stream().anyMatch(r::startsWith);
  }

  /** What a part loses when it counts the asked noun only in another word for it (步骤 for 阶段). */
  private static final double SYNONYM_UNIT = 0.25;

  /** What joins the things a heading names: 和, 与, 及, 、. */
  private static final String JOINS = "和与及、";

  /** True when the section has sections of its own. */
  private static boolean hasParts(Notice n, Section s) {
    return n.sections().stream().anyMatch(x -> x.parent() == s.index());
  }

  /** A heading of the way something is done: 报名方式, 办理流程. */
  private static final Pattern WAY_HEADING = Pattern.compile("(方式|流程|程序|步骤|办法|方法)$");

  /** An intro to the steps of doing something: 购买方式：, 办理流程：, 申领程序：. */
  private static final Pattern WAY = Pattern.compile("(方式|流程|程序|步骤|办法|方法)[:：]$");

  /** What a worker calls the steps of a heading that says it lists 步骤. */
  private static final Set<String> STEPS = Set.of("步", "步骤");

  /** What says a heading lists the things it names: 一览, 一览表, 清单, 汇总表, 列表. */
  private static final Pattern LISTING = Pattern.compile("(一览表?|清单|汇总表?|列表)$");

  /**
   * True when a heading that announces no count is the asked-for noun or ends with it as a word:
   * 「工作要求」 for 有哪些要求 or 有哪些工作要求; when {@code joined}, so may one of the things it joins (岗位 of
   * 「招聘岗位和人数」); a heading that says it lists things (「线路一览」) is headed by what it lists.
   */
  private static boolean headedBy(Snapshot kb, String title, String noun, boolean joined) {
    if (title.isEmpty()) {
      return false;
    }
    if (title.equals(noun)) {
      return true;
    }
    Matcher listing = LISTING.matcher(title);
    if (listing.find() && listing.start() >= 2) {
      // 第二条线路 of 「线路一览」 over a table of routes: what the heading lists
      return headedBy(kb, title.substring(0, listing.start()), noun, joined);
    }
    int at = title.length() - noun.length();
    for (Token t : kb.segmenter.indexWords(title)) {
      if (noun.length() >= 2 && at > 0 && t.start() == at && title.endsWith(noun)) {
        return true; // 第一条资格要求 of 「供应商资格要求」: its last words, however the title splits them
      }
      String word = Canonical.text(t.word());
      boolean partEnds =
          t.end() == title.length()
              || joined && t.end() < title.length() && JOINS.indexOf(title.charAt(t.end())) >= 0;
      if (noun.length() >= 2 && partEnds && t.start() > 0 && word.equals(noun)
          // 第二步是什么 of 「工作步骤和时间安排」: a heading that says it lists steps, wherever it says so
          || STEPS.contains(noun) && word.equals("步骤")) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the question says every content word of the heading (活动 of 「活动内容」, whose 内容 only says
   * that it lists things): the question names the section. A heading word the question does not say
   * counts as said when its sub-words are, fillers aside (活动内容 of 读书月有什么活动).
   */
  private static boolean namesAll(Snapshot kb, String title, String question) {
    List<Token> tokens = kb.segmenter.indexWords(title);
    int content = 0;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      String word = Canonical.text(t.word());
      if (t.sub() || t.isPunctuation() || word.isEmpty() || QuestionParser.filler(word)) {
        continue;
      }
      if (question.contains(word)) {
        content++;
        continue;
      }
      boolean[] covered = new boolean[t.end() - t.start()];
      int said = 0;
      for (int j = k + 1; j < tokens.size() && tokens.get(j).sub(); j++) {
        Token part = tokens.get(j);
        String p = Canonical.text(part.word());
        if (p.length() < 2) {
          continue;
        }
        if (!QuestionParser.filler(p)) {
          if (!question.contains(p)) {
            return false;
          }
          said++;
        }
        for (int c = part.start(); c < part.end(); c++) {
          covered[c - t.start()] = true;
        }
      }
      for (boolean c : covered) {
        if (!c) {
          return false;
        }
      }
      if (said == 0) {
        return false;
      }
      content++;
    }
    return content > 0;
  }

  /** What follows the count in a heading ("步骤“学深悟透”", "重点任务"), or null. */
  static String countedRest(String canonicalTitle) {
    int end = Headings.countEnd(canonicalTitle);
    return end < 0 ? null : canonicalTitle.substring(end);
  }

  static String render(Match m, Question q) {
    String title = m.section().title();
    // a guide's question heading (怎么办理？) is no name to give its items by
    String name = Headings.isQuestion(m.section().heading()) ? "" : title;
    if (!q.unit().isEmpty()
        && !title.contains(q.unit())
        && introduces(Canonical.text(Items.listIntro(m.section()).strip()), q.unit())) {
      name = q.unit(); // 定点机构共两家 of 定点机构（任选一家）： under 「什么时候、去哪里查」
    }
    List<String> items = m.items();
    if (q.ordinal().isPresent()) {
      int k = Question.place(q.ordinal().getAsInt(), items.size());
      boolean occasions = q.unit().equals(QuestionParser.OCCASION);
      String measure = occasions ? occasionMeasure(q) + kindAsked(q, occasions(m.section())) : "项";
      if (k < 1 || k > items.size()) {
        return noSuch(name, items.size(), measure, k);
      }
      String item = Spans.withoutTrailingMarks(items.get(k - 1));
      List<String> whole = Items.whole(m.section());
      if (whole.isEmpty()) {
        whole = Items.bulleted(m.section());
      }
      if (!occasions && whole.size() == items.size() && whole.get(k - 1).startsWith(item)) {
        // the item's name is its first clause (1月中下旬，…): the whole item says what it is
        item = Spans.withoutTrailingMarks(Spans.tidy(whole.get(k - 1)));
      } else if (!occasions) {
        item += explained(m, items.get(k - 1), item);
      }
      return (name.isEmpty() ? "" : name + "的") // a lead's schedule has no heading to name
          + "第"
          + Numerals.chinese(k)
          + (occasions ? measure : label(title, m.section()))
          + "是："
          + item
          + (item.endsWith("。") ? "" : "。");
    }
    String prefix = Items.commonPrefix(items);
    boolean cut = length(items) > ITEMS_BUDGET && prefix.length() >= 2;
    List<String> shown =
        cut ? items.stream().map(i -> i.substring(prefix.length())).toList() : items;
    if (length(shown) > ITEMS_BUDGET) {
      shown = shown.stream().map(Outline::subject).toList();
    }
    String counting = countingClause(title, m.section());
    StringBuilder sb = new StringBuilder(counting.isEmpty() ? name : counting);
    if (Headings.countEnd(title) < 0 && counting.isEmpty()) {
      sb.append("共").append(count(items.size())).append(label(title, m.section()));
    }
    if (cut) {
      sb.append("，即").append(prefix);
    }
    List<String> written = cut ? List.of() : asTheNoticeNumbersThem(m, items);
    return sb.append("：")
        .append(
            !written.isEmpty() && length(written) <= ITEMS_BUDGET
                ? String.join("；", written) + "。"
                : numbered(shown))
        .toString();
  }

  /**
   * The items as the notice numbers them (（一）单位申报；（二）初审推荐…), where each is a numbered paragraph or
   * sub-section; empty where any is not.
   */
  private static List<String> asTheNoticeNumbersThem(Match m, List<String> items) {
    List<String> out = new ArrayList<>();
    for (String item : items) {
      String written = asNumbered(m.notice(), m.section(), Spans.withoutTrailingMarks(item));
      if (Headings.stripNumbering(written).length() == written.length()) {
        return List.of();
      }
      out.add(written);
    }
    return out;
  }

  /** Longest item and first sentence under it that an answer by position gives together. */
  private static final int EXPLAINED_ITEM = 90;

  /**
   * The first sentence under the sub-section an item names, after a 。, where the item is only its
   * heading (召开大会 of （五）召开大会。按期召开会员代表大会，完成各项选举。) and both fit {@link #EXPLAINED_ITEM}; "".
   */
  private static String explained(Match m, String item, String shown) {
    String first = Items.firstSentenceUnder(m.notice(), m.section(), item);
    if (first.isEmpty()) {
      return "";
    }
    first = Spans.tidy(first);
    if (shown.contains(Spans.withoutEnd(first))) {
      return ""; // a point that is one sentence, its heading and its text alike
    }
    return shown.length() + first.length() <= EXPLAINED_ITEM
        ? "。" + Spans.withoutTrailingMarks(first)
        : "";
  }

  /** Items as a reply lists them: 1.…；2.…；3.…。. */
  static String numbered(List<String> items) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i).strip().replaceAll("[。；;]+$", "");
      sb.append(i + 1).append('.').append(item).append(i + 1 < items.size() ? "；" : "。");
    }
    return sb.toString();
  }

  /** A count before a measure word: 两 for 2 (两项, not 二项), else the Chinese numeral. */
  static String count(int n) {
    return n == 2 ? "两" : Numerals.chinese(Math.min(n, 99));
  }

  /**
   * "个步骤" of "四个步骤“学深悟透”"; where the heading announces no count, what the sentence introducing the
   * items counts them in (本次工作分四个阶段进行 → 个阶段); else "项".
   */
  private static String label(String title, Section s) {
    Matcher m = COUNT_PHRASE.matcher(title);
    if (m.find() && m.group(2) != null) {
      return m.group(2);
    }
    Matcher intro = INTRO_COUNT.matcher(Items.listIntro(s));
    return intro.find() ? intro.group(1) + java.util.Objects.toString(intro.group(2), "") : "项";
  }

  /**
   * The clause of the items' intro that counts them, when the heading does not and the intro ends
   * with a colon (重点办好三件实事 of 坚持以职工为中心，重点办好三件实事：一是…): it names them better than the heading does.
   * "" otherwise.
   */
  private static String countingClause(String title, Section s) {
    String intro = Items.listIntro(s).strip();
    if (Headings.countEnd(title) >= 0 || !intro.endsWith("：")) {
      return "";
    }
    for (String clause : intro.substring(0, intro.length() - 1).split("，")) {
      if (Headings.countEnd(clause) >= 0) {
        return clause; // 本届大赛共设6个竞赛工种 of …，各推荐单位…按以下名额报送选手：
      }
    }
    return "";
  }

  /** A count in a sentence that introduces items, with what it counts: 分四个阶段进行. */
  private static final Pattern INTRO_COUNT =
      Pattern.compile("[一二三四五六七八九十两\\d]{1,3}(个|项|条|点|种|步|类|家|件)(阶段|步骤|环节|方面|部分|方式)?");

  /**
   * The subject of "X是Y" when it is at least four characters, or the name a list line labels (康宁大药房
   * of 康宁大药房：非处方药品…9折), else the item.
   */
  private static String subject(String item) {
    int is = item.lastIndexOf('是');
    if (is >= 4) {
      return item.substring(0, is);
    }
    int label = item.indexOf('：');
    if (label >= 2) {
      return item.substring(0, label);
    }
    // 王立峰 云港港务集团…桥吊司机: a name, then what they are (not 第一条 of an article's text)
    int name = item.indexOf(' ');
    return name >= 2 && name <= 4 && Headings.label(item.substring(0, name)).isEmpty()
        ? item.substring(0, name)
        : item;
  }

  private static int length(List<String> items) {
    return items.stream().mapToInt(String::length).sum();
  }
}
