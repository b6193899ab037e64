package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.Source;
import org.unionbot.knowledge.Titles;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.index.Passage;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.Headings;
import org.unionbot.knowledge.notice.Items;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.Numerals;
import org.unionbot.knowledge.notice.Section;

/**
 * Answers a question that names a chapter or an article of a regulation by its label: "第六条讲的什么",
 * "第三章是关于什么的", "最后一条". An article answers with its text, or, when the question asks something of
 * it, with the sentence of it that answers; a chapter with its title and the articles it holds.
 */
final class Divisions {

  private static final Pattern QUOTED = Pattern.compile("[“\"「]([^”\"」]{2,40})[”\"」]");

  private static final Pattern NAMED =
      Pattern.compile("第([零一二三四五六七八九十百两]{1,6}|\\d{1,3})(编|章|节|条)|最后[一1]?(编|章|节|条)");

  private Divisions() {}

  /** The answer when the question names a division the notices have; empty otherwise. */
  static Optional<Answer> answer(Answerer answerer, String asked, Question q, Weights w) {
    Snapshot kb = answerer.index;
    Optional<Answer> quoted = quoted(answerer, asked, q);
    if (quoted.isPresent()) {
      return quoted;
    }
    Matcher m = named(q.text());
    if (m == null) {
      return placeAsked(kb, q.text());
    }
    char kind = (m.group(2) != null ? m.group(2) : m.group(3)).charAt(0);
    int number = m.group(1) == null ? Integer.MAX_VALUE : Numerals.parse(m.group(1));
    // 倒数第二章: counted from the end
    boolean fromTheEnd = m.group(1) != null && q.text().startsWith("倒数", m.start() - 2);
    Optional<Found> found =
        fromTheEnd
            ? findFromTheEnd(kb, kind, number)
            : chapterBefore(q.text(), m.start())
                .filter(chapter -> kind == '条')
                .flatMap(chapter -> find(kb, '章', chapter))
                .flatMap(chapter -> articleOf(chapter, number))
                .or(() -> find(kb, kind, number));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Notice n = found.get().notice();
    Section s = found.get().section();
    Matcher item = ITEM_OF_IT.matcher(q.text()).region(m.end(), q.text().length());
    String text =
        kind == '条'
            ? (item.lookingAt()
                    ? itemOf(n, s, Numerals.parse(item.group(1)))
                    : Optional.<String>empty())
                .orElseGet(() -> article(kb, s, q, w))
            : division(n, s);
    return Optional.of(reply(kb, n, s, text));
  }

  /** A division's reply: the text, whose notice it is of among several, the division cited. */
  private static Answer reply(Snapshot kb, Notice n, Section s, String text) {
    Source source = new Source(n.id(), n.title(), s.heading(), firstSentence(s));
    return new Answer(
        Answer.Kind.ANSWER, text + Replies.whose(kb, n), List.of(source), List.of(), body(s), 1);
  }

  /**
   * The division a question names: its first, or the article it goes on to name (第一章第一条: the
   * article, the chapter only saying where it stands); null when it names none.
   */
  private static Matcher named(String question) {
    Matcher m = NAMED.matcher(question);
    if (!m.find()) {
      return null;
    }
    int start = m.start();
    while (m.find()) {
      if ("条".equals(m.group(2))) {
        start = m.start();
      }
    }
    m.find(start);
    return m;
  }

  private record Found(Notice notice, Section section) {}

  /** The number of the chapter a question names before the article it asks of (第五章第一条). */
  private static Optional<Integer> chapterBefore(String question, int article) {
    Matcher m = NAMED.matcher(question).region(0, article);
    while (m.find()) {
      if ("章".equals(m.group(2))) {
        return Optional.of(Numerals.parse(m.group(1)));
      }
    }
    return Optional.empty();
  }

  /**
   * The article of a chapter a question names by number: the one so numbered, where the chapter
   * holds it, or else the chapter's own {@code number}th (第五章第一条 of a chapter of 第十九条 to 第二十五条).
   */
  private static Optional<Found> articleOf(Found chapter, int number) {
    List<Section> articles = articlesOf(chapter.notice(), chapter.section());
    Optional<Section> numbered =
        articles.stream()
            .filter(s -> Headings.label(s.heading()).filter(l -> l.number() == number).isPresent())
            .findFirst();
    if (numbered.isPresent()) {
      return numbered.map(s -> new Found(chapter.notice(), s));
    }
    return number >= 1 && number <= articles.size()
        ? Optional.of(new Found(chapter.notice(), articles.get(number - 1)))
        : Optional.empty();
  }

  /** 组织机构是第几章, 附则在哪一章: the chapter (or 编, 节) a question names by its title. */
  private static final Pattern PLACE_ASKED =
      Pattern.compile("^(.{2,20}?)(?:是|排在?|在|属于)(?:第几|哪[一1]?)([编章节])[？?]?$");

  /**
   * The one division of the asked kind whose title the question names (组织机构是第几章 of 第三章　组织机构), as
   * {@link #division} gives it; empty when the question asks no such thing or its words name no one
   * division.
   */
  private static Optional<Answer> placeAsked(Snapshot kb, String question) {
    Matcher m = PLACE_ASKED.matcher(question);
    if (!m.matches()) {
      return Optional.empty();
    }
    String asked = Canonical.text(m.group(1));
    List<Found> named = new ArrayList<>();
    for (Notice n : kb.notices) {
      for (Section s : ofKind(n, m.group(2).charAt(0))) {
        String title = Canonical.text(s.title());
        // not 会员代表大会在哪一章 of 「会员」: the question names the title, or a part of it
        if (asked.length() >= 2 && title.contains(asked)) {
          named.add(new Found(n, s));
        }
      }
    }
    if (named.size() != 1) {
      return Optional.empty();
    }
    Found found = named.get(0);
    return Optional.of(
        reply(kb, found.notice(), found.section(), division(found.notice(), found.section())));
  }

  /** The parts right under a chapter: its articles. */
  private static List<Section> articlesOf(Notice n, Section chapter) {
    return n.sections().stream().filter(s -> s.parent() == chapter.index()).toList();
  }

  /** A notice's divisions of a kind (its chapters, its articles), in order. */
  private static List<Section> ofKind(Notice n, char kind) {
    return n.sections().stream()
        .filter(s -> Headings.label(s.heading()).filter(l -> l.kind() == kind).isPresent())
        .toList();
  }

  /** An item asked of the article a question names, right after its name: 第七条第三项, 第十四条的第二款. */
  private static final Pattern ITEM_OF_IT = Pattern.compile("的?第([一二三四五六七八九十\\d]{1,3})[项款点]");

  /** The article's item at a place (第七条第三项: its （三）), or empty when it has no such item. */
  private static Optional<String> itemOf(Notice n, Section s, int place) {
    List<String> items = Items.of(n, s);
    return place >= 1 && place <= items.size()
        ? Optional.of(
            s.heading() + "第" + Numerals.chinese(place) + "项：" + items.get(place - 1) + "。")
        : Optional.empty();
  }

  /**
   * What is left of a question about what a notice says of its subject once the subject is taken
   * out: 关于…，通知是怎么说的, …讲了什么, …是怎么回事 (punctuation already removed).
   */
  private static final Pattern ABOUT_IT =
      Pattern.compile("(关于|这个|这次|这份|通知|文件|里|中|是|怎么|怎样|咋|说|讲|的|了|什么|啥|内容|回事|一下|介绍)*");

  /** The words that ask how, which a heading asked about (线上怎么申领) has not. */
  private static final Pattern HOW = Pattern.compile("(要|该|应该)?(怎么办|咋办|怎么样|怎么|怎样|如何|咋)(去|来)?");

  /** A heading with what it holds asked of it: 慰问对象有哪些, 工作要求是什么. */
  private static final Pattern WHAT_OF_IT =
      Pattern.compile("(.+?)(有哪些|有什么|是什么|是啥|包括哪些|包括什么|都有啥|有啥)");

  /** A heading named after what asks for it: 领慰问品有哪些注意事项. */
  private static final Pattern ASKED_AFTER = Pattern.compile("(?:有哪些|有什么|有啥)(.+)$");

  /** The shortest heading a question that is nothing but a heading names (活动时间, 慰问内容). */
  private static final int BARE_HEADING = 4;

  /**
   * Characters an article asked by its number may fill with its label, so that an article of three
   * short items (第十四条：…150%…；…200%…；…300%…) comes whole.
   */
  private static final int WHOLE_ARTICLE = 140;

  /**
   * The section whose heading the question quotes whole, or is whole (a heading copied from the
   * outline, 要点), answered with its items or its text; empty when no quote is a heading, or two
   * sections share it.
   */
  private static Optional<Answer> quoted(Answerer answerer, String asked, Question q) {
    Snapshot kb = answerer.index;
    List<String> quotes = new ArrayList<>();
    Matcher m = QUOTED.matcher(asked);
    while (m.find()) {
      quotes.add(m.group(1));
    }
    String bare = asked.replaceAll("[\\p{P}\\p{S}\\s]+", "");
    boolean quotesSome = !quotes.isEmpty();
    if (!quotesSome && bare.length() >= BARE_HEADING) {
      quotes.add(bare);
    }
    String how = HOW.matcher(bare).replaceAll("");
    if (quotes.size() == 1 && q.type() == QuestionType.HOW && how.length() >= BARE_HEADING) {
      quotes.add(how); // 线上怎么申领 of 「线上申领」: the heading with how asked of it
    }
    Matcher what = WHAT_OF_IT.matcher(bare);
    if (quotes.size() == 1 && what.matches() && what.group(1).length() >= BARE_HEADING) {
      quotes.add(what.group(1)); // 慰问对象有哪些 of 「慰问对象」
    }
    Matcher after = ASKED_AFTER.matcher(bare);
    if (quotes.size() == 1 && after.find() && after.group(1).length() >= BARE_HEADING) {
      quotes.add(after.group(1)); // 领慰问品有哪些注意事项 of 「注意事项」
    }
    if (quotesSome && bare.length() >= BARE_HEADING) {
      quotes.add(bare); // a heading that quotes (苦练本领，从学徒到“金牌技师”) copied whole
    }
    Found found = null;
    for (String quoted : quotes) {
      String quote = Canonical.text(quoted);
      for (int i = 0; i < kb.sections.size(); i++) {
        if (!kb.sections.get(i).heading().isEmpty()
            && unmarked(kb.canonicalTitles.get(i)).equals(unmarked(quote))) {
          if (found != null && found.section() != kb.sections.get(i)) {
            return Optional.empty();
          }
          found = new Found(kb.sectionNotices.get(i), kb.sections.get(i));
        }
      }
    }
    if (found == null) {
      return lead(answerer, q);
    }
    Notice n = found.notice();
    Section s = found.section();
    List<String> items = Items.of(n, s);
    List<String> lines = Items.bulleted(s);
    if (items.size() < 2 && !lines.isEmpty() && lines.get(0).equals(s.paragraphs().get(0).text())) {
      // a section that is a list, one to a line (王立峰　云港港务集团…): its lines are its items
      items = lines.stream().map(Spans::withoutTrailingMarks).toList();
    }
    String text;
    // a guide's question heading (卡丢了怎么办？) is the worker's question: its answer needs no label
    String label = Headings.isQuestion(s.heading()) ? "" : s.title();
    if (items.size() >= 2) {
      Outline.Match match = new Outline.Match(n, s, items, 1, true, true, true);
      text = Outline.render(match, q);
    } else {
      text = (label.isEmpty() ? "" : label + "：") + Spans.tidy(opening(kb, s));
    }
    text += Replies.whose(kb, n);
    Source source = new Source(n.id(), n.title(), s.title(), firstSentence(s));
    return Optional.of(
        new Answer(Answer.Kind.ANSWER, text, List.of(source), List.of(), body(s), 1));
  }

  /**
   * A heading or quote without its marks, as a worker types it: 卡丢了怎么办 of 卡丢了怎么办？, 拟推荐对象7名按姓氏笔画排序
   * of 拟推荐对象（7名，按姓氏笔画排序）.
   */
  private static String unmarked(String text) {
    return MARKS.matcher(text).replaceAll("");
  }

  private static final Pattern MARKS = Pattern.compile("[\\p{P}\\p{S}\\s]+");

  /**
   * The lead of a notice without headings, answered with its topic sentence, when the question
   * names what the notice is about whole (the subject its refusal offers: 关于“职工无偿献血活动”，通知是怎么说的？)
   * and asks nothing of it but what it says ({@link #ABOUT_IT}). 职工无偿献血活动几号开始 asks for a date and
   * goes on to the text.
   */
  private static Optional<Answer> lead(Answerer answerer, Question q) {
    if (q.type() != QuestionType.WHAT && q.type() != QuestionType.HOW) {
      return Optional.empty();
    }
    Snapshot kb = answerer.index;
    for (int i = 0; i < kb.sections.size(); i++) {
      String subject = answerer.leadKeys.get(i);
      if (subject.length() < 2) {
        continue;
      }
      String rest = q.text().replace(subject, "");
      if (rest.length() == q.text().length() || !ABOUT_IT.matcher(rest).matches()) {
        continue;
      }
      Section s = kb.sections.get(i);
      List<Passage> lead = kb.passagesOf(s);
      if (lead.isEmpty()) {
        continue;
      }
      Notice n = kb.sectionNotices.get(i);
      Passage topic = topic(lead, subject);
      String text =
          Spans.tidy(topic.text())
              + "\n——摘自"
              + (kb.notices.size() > 1 ? Titles.book(Titles.label(n)) : "")
              + "「"
              + topic.sectionName()
              + "」";
      Source source = topic.source();
      return Optional.of(
          new Answer(Answer.Kind.ANSWER, text, List.of(source), List.of(), body(s), 1));
    }
    return Optional.empty();
  }

  /**
   * The sentence of a lead that says what the notice is about: the first that shares the most
   * characters with its subject (定于…开展“热血工会·爱心同行”职工无偿献血活动，…), not its opening slogan.
   */
  private static Passage topic(List<Passage> lead, String subject) {
    Passage best = lead.get(0);
    long most = -1;
    for (Passage p : lead) {
      long shared =
          subject.codePoints().distinct().filter(c -> p.canonical().indexOf(c) >= 0).count();
      if (shared > most) {
        most = shared;
        best = p;
      }
    }
    return best;
  }

  /** A section's text from its start, as long as a phone-sized reply allows (whole sentences). */
  private static String opening(Snapshot kb, Section s) {
    return opening(kb, s, Spans.MAX_SPAN);
  }

  /** A section's text from its start in whole sentences, as far as they fit the budget. */
  private static String opening(Snapshot kb, Section s, int budget) {
    StringBuilder text = new StringBuilder();
    for (Passage p : kb.passagesOf(s)) {
      if (text.length() > 0 && text.length() + p.text().length() > budget) {
        break;
      }
      text.append(p.text());
    }
    return text.toString();
  }

  /** The division of a kind that is the {@code number}th from the end of its notice. */
  private static Optional<Found> findFromTheEnd(Snapshot kb, char kind, int number) {
    for (Notice n : kb.notices) {
      List<Section> divisions = ofKind(n, kind);
      if (number >= 1 && number <= divisions.size()) {
        return Optional.of(new Found(n, divisions.get(divisions.size() - number)));
      }
    }
    return Optional.empty();
  }

  /**
   * The division of this kind and number (the last of its kind for "最后"), in the first notice that
   * has it.
   */
  private static Optional<Found> find(Snapshot kb, char kind, int number) {
    for (Notice n : kb.notices) {
      List<Section> divisions = ofKind(n, kind);
      for (Section s : divisions) {
        if (Headings.label(s.heading()).get().number() == number) {
          return Optional.of(new Found(n, s));
        }
      }
      if (number == Integer.MAX_VALUE && !divisions.isEmpty()) {
        return Optional.of(new Found(n, divisions.get(divisions.size() - 1)));
      }
    }
    return Optional.empty();
  }

  /**
   * An article: the sentence that best covers what the question asks beside the label, else the
   * article from its start, as long as a phone-sized reply allows.
   */
  private static String article(Snapshot kb, Section s, Question q, Weights w) {
    List<Passage> own = kb.passagesOf(s);
    Passage best = null;
    double bestCoverage = 0;
    for (Passage p : own) {
      double c = w.isEmpty() ? 0 : w.coverage(p.canonical());
      if (c > bestCoverage + 1e-9) {
        best = p;
        bestCoverage = c;
      }
    }
    if (best != null && bestCoverage >= 0.5) {
      return s.heading() + "：" + Spans.tidy(best.text());
    }
    int budget = WHOLE_ARTICLE - s.heading().length();
    return s.heading() + "：" + Spans.tidy(opening(kb, s, budget), budget);
  }

  /**
   * A chapter: its heading as the notice writes it (第一章　总　则), and the first and last of the
   * articles under it.
   */
  private static String division(Notice n, Section s) {
    List<String> articles = articlesOf(n, s).stream().map(Section::title).toList();
    StringBuilder text = new StringBuilder(s.heading().strip());
    if (articles.size() == 1) {
      text.append("，包括").append(articles.get(0));
    } else if (articles.size() > 1) {
      text.append("，包括")
          .append(articles.get(0))
          .append("至")
          .append(articles.get(articles.size() - 1));
    }
    return text.append("。").toString();
  }

  private static String firstSentence(Section s) {
    return s.paragraphs().isEmpty() || s.paragraphs().get(0).sentences().isEmpty()
        ? s.heading()
        : s.paragraphs().get(0).sentences().get(0);
  }

  private static String body(Section s) {
    StringBuilder b = new StringBuilder();
    s.paragraphs().forEach(p -> b.append(p.text()));
    return b.toString();
  }
}
