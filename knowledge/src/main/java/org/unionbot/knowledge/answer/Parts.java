package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.Source;
import org.unionbot.knowledge.Titles;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.index.Passage;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.NoticeParser;
import org.unionbot.knowledge.notice.Numerals;

/**
 * Answers questions about the parts of a notice around its text: its title, who wrote it, whom it
 * is addressed to, who signed it and when, and what is attached. With several notices, each one
 * that has the part answers, labelled with its title, since such a question never says which it
 * means.
 */
final class Parts {

  /** A part a question can ask for. */
  enum Part {
    TITLE("标题"),
    BYLINE("署名"),
    ADDRESSEE("主送"),
    ISSUER("落款"),
    DATELINE("落款"),
    ATTACHMENTS("附件");

    final String label;

    Part(String label) {
      this.label = label;
    }
  }

  private static final String DOCUMENT =
      "(通知|文件|办法|规定|细则|方案|意见|决定|文章|报道|稿子|公告|公示|指南|倡议书|简章|须知|通报|纪要|要点|简报|合同|协议|讲话"
          // 这封信是谁写的 of an open letter
          + "|(?<![微短来书诚自相通电发回])信|这篇|这份|这封|本文)";
  private static final Pattern TITLE =
      Pattern.compile(
          "标题|题目|"
              + DOCUMENT
              + "的?(叫什么|名字|名称|全称|全名|题目)"
              + "|^(这|这个|本|此)(份|篇)?(是|是个|是一份|是一个|是一篇)?(关于)?(什么|啥|哪个)的?"
              + DOCUMENT
              + "$"
              // 这个通知是关于什么的, 这份文件讲的是啥, 这是什么公示
              + "|^(这|这个|本|此)?(份|篇)?"
              + DOCUMENT
              + "(是)?(关于|讲|说)的?(是)?(什么|啥)的?$");

  /** The words for a title on their own, which may be any title the question names (宣讲题目). */
  private static final Pattern BARE_TITLE = Pattern.compile("标题|题目");

  private static final Pattern ISSUE =
      Pattern.compile("(印发|下发|转发|转来|发布|公布|贴出|发出|发表|颁布|制定|出台|发文|发的|出的|发来|下的文|下文件|发下来|推送|推的)");
  private static final Pattern ISSUER =
      Pattern.compile(
          "(哪个|哪一个|哪家|什么|啥)(单位|部门|机关|组织|机构)?.{0,6}"
              + ISSUE.pattern()
              + "|谁"
              + ISSUE.pattern()
              + "|(发文|落款|署名|发布|印发)(单位|机关|部门)|哪家发|来源|出处");
  private static final Pattern DATELINE =
      Pattern.compile(
          "(哪天|哪一天|什么时候|啥时候|几号|何时|几月几[日号]?|日期|时间).{0,4}"
              + ISSUE.pattern()
              + "|"
              + ISSUE.pattern()
              + ".{0,2}(日期|时间|哪天)"
              + "|(落款|成文|发文|讲话)(日期|时间)"
              // 这篇讲话是哪天讲的
              + "|(哪天|哪一天|什么时候|啥时候|几号|何时)(讲|作)的");
  private static final Pattern ADDRESSEE =
      // not 抄送: whom a copy goes to is the distribution line's ({@link #distribution})
      Pattern.compile("发给|写给|下发给|主送|(通知|文件)(是)?(给|对)(谁|哪些|哪个)");

  /**
   * A sentence that says when a document was issued, as a news-style notice's lead does in place of
   * a signature: "11月8日,市总工会发出专门通知,动员…", "3月15日，临川区总工会印发《关于…的通知》".
   */
  private static final Pattern ISSUED_ON =
      Pattern.compile(
          "([0-9]{1,2}|[一二三四五六七八九十]{1,3})月([0-9]{1,2}|[一二三四五六七八九十]{1,3})[日号].{0,20}"
              + ISSUE.pattern()
              + "(.{0,12}"
              + DOCUMENT
              + "|《)");

  /** How many of a notice's first sentences are its lead, for {@link #ISSUED_ON}. */
  private static final int LEAD = 5;

  private static final Pattern ATTACHMENTS = Pattern.compile("附件|(随文|附带|附上|一起发)的?(材料|表|文件|东西)");
  private static final Pattern ORDINAL =
      Pattern.compile("附件([一二三四五六七八九十\\d]{1,2})|第([一二三四五六七八九十\\d]{1,2})个附件");

  private Parts() {}

  /**
   * Words a question about the document itself may hold besides its question words: "通知是哪个单位印发的"
   * asks about the notice, "物品是什么时候发的" does not.
   */
  private static final Pattern ABOUT_THE_DOCUMENT =
      Pattern.compile(
          DOCUMENT
              + "|文|标题|题目|来源|出处|公众号|公众|号|"
              + ISSUE.pattern()
              // 主送单位 in two words, 主 and 送
              + "|发|出|单位|部门|机关|机构|组织|日期|时间|落款|成文|签发|家|谁|给|对|主送|主|送|抄送|写|份|篇|个"
              + "|上面|上头|上级|上边");

  /** Words of a question about a forward's notice itself: 原通知是谁发的, 转的是哪份文件. */
  private static final Pattern OF_A_FORWARD = Pattern.compile("原|转");

  /**
   * The part the question asks for, if it asks for one (q: the canonical question). A word a
   * notice's title ends with names the document (竞赛规程 of 「…职工运动会竞赛规程」), as 通知 does.
   */
  static Optional<Part> asked(Snapshot kb, Question q) {
    String t = q.text();
    boolean aboutTheDocument = aboutTheDocument(kb, q);
    if (q.authorship()) {
      // 这封信是谁写的 of a letter signed at its end and with no byline: who signs it
      boolean signedOnly = kb.notices.stream().noneMatch(n -> n.byline().isPresent());
      return Optional.of(signedOnly && aboutTheDocument ? Part.ISSUER : Part.BYLINE);
    }
    if (ATTACHMENTS.matcher(t).find()) {
      return Optional.of(Part.ATTACHMENTS);
    }
    if (aboutTheDocument && ADDRESSEE.matcher(t).find()) {
      return Optional.of(Part.ADDRESSEE);
    }
    if (aboutTheDocument && DATELINE.matcher(t).find()) {
      return Optional.of(Part.DATELINE);
    }
    if (aboutTheDocument
        && ACCOUNT_ASKED.matcher(t).find()
        && kb.notices.stream().anyMatch(n -> n.byline().flatMap(Parts::postLine).isPresent())) {
      return Optional.of(Part.BYLINE); // 哪个公众号发的 of a post: its account line
    }
    if (aboutTheDocument && ISSUER.matcher(t).find()) {
      return Optional.of(Part.ISSUER);
    }
    Matcher title = TITLE.matcher(t);
    if (title.find() && (aboutTheDocument || !BARE_TITLE.matcher(title.group()).matches())) {
      // 宣讲题目是啥 asks the title of a talk the notice names, not the notice's own
      return Optional.of(Part.TITLE);
    }
    return Optional.empty();
  }

  /**
   * True when a word of the question names a body that signs a notice (区总工会 of 云栖区总工会, 公司工会 of
   * …有限公司工会): 区总工会的通知是哪天发的 asks of the document.
   */
  private static boolean signedBy(Snapshot kb, String word) {
    return word.length() >= 2
        && kb.notices.stream()
            .anyMatch(
                n ->
                    n.issuer().filter(i -> i.contains(word)).isPresent()
                        || n.forwardedBy().filter(f -> f.contains(word)).isPresent());
  }

  /** A question of who forwarded a notice, or when: 谁转发的, 转发日期. */
  private static final Pattern FORWARD_ASKED = Pattern.compile("转发|转来|转的|转给");

  /**
   * True when a question about a forward asks of its cover message, not of the notice it forwards:
   * it says 转发, or names the body that forwards it and not the one that issued the notice
   * (公司工会是哪天发的).
   */
  private static boolean asksTheForward(Notice n, Question q) {
    if (n.forwardedBy().isEmpty()) {
      return false;
    }
    String by = n.forwardedBy().get();
    String issuer = n.issuer().orElse("");
    return FORWARD_ASKED.matcher(q.text()).find()
        || q.terms().stream()
            .anyMatch(w -> w.length() >= 2 && by.contains(w) && !issuer.contains(w));
  }

  /**
   * Who forwards a notice and when, with who issued the notice it forwards and when, the one asked
   * first: 这份通知由…有限公司工会转发，落款日期2027年4月12日；原通知由云栖区总工会印发，落款日期2027年4月8日。
   */
  private static String forward(Notice n, String kind, boolean forwardFirst) {
    String forward =
        n.forwardedBy().orElse("") + "转发" + n.forwardedOn().map(d -> "，落款日期" + d).orElse("");
    // a forwarded notice without its issuer's line is said by its date alone (原通知落款日期…)
    String original =
        n.issuer().map(i -> "由" + i + "印发").orElse("")
            + n.dateline().map(d -> (n.issuer().isPresent() ? "，" : "") + "落款日期" + d).orElse("");
    return original.isEmpty()
        ? "这份" + kind + "由" + forward + "。"
        : forwardFirst
            ? "这份" + kind + "由" + forward + "；原" + kind + original + "。"
            : "原" + kind + original + "；这份" + kind + "由" + forward + "。";
  }

  /** True when all the question's words are about the document itself, or name it by its kind. */
  private static boolean aboutTheDocument(Snapshot kb, Question q) {
    return aboutTheDocument(kb, q, ABOUT_THE_DOCUMENT);
  }

  private static boolean aboutTheDocument(Snapshot kb, Question q, Pattern about) {
    boolean forward = kb.notices.stream().anyMatch(n -> n.forwardedBy().isPresent());
    return q.terms().stream()
        .allMatch(
            w ->
                about.matcher(w).replaceAll("").isEmpty()
                    || signedBy(kb, w)
                    || forward
                        && about
                            .matcher(OF_A_FORWARD.matcher(w).replaceAll(""))
                            .replaceAll("")
                            .isEmpty()
                    || w.length() >= 2
                        && kb.notices.stream()
                            .anyMatch(n -> Canonical.text(n.title().strip()).endsWith(w)));
  }

  /**
   * Whom a document goes to, by the line that says so: reported up (报), sent across (送), issued
   * down (发).
   */
  private static final Pattern REPORTED_TO = Pattern.compile("报给|报送|上报|呈报|抄报");

  private static final Pattern SENT_TO = Pattern.compile("送给|送到|送达|分送|抄送");

  private static final Pattern ISSUED_TO = Pattern.compile("发给|发到|下发|印发给|分发");

  /** Words of a question about whom the document goes to: 简报送给谁, 报给了哪些单位. */
  private static final Pattern ABOUT_ITS_DISTRIBUTION =
      Pattern.compile(
          ABOUT_THE_DOCUMENT.pattern()
              + "|"
              + REPORTED_TO.pattern()
              + "|"
              + SENT_TO.pattern()
              + "|"
              + ISSUED_TO.pattern()
              + "|报|送|了|这期|本期|期");

  /** A line of a document's distribution: 报：…, 送：…, 发：…, 抄送：…. */
  private static final Pattern DISTRIBUTION_LINE = Pattern.compile("^(报|送|发|抄报|抄送|分送|主送)[：:]");

  /**
   * The lines a bulletin or minutes end with to say whom they go to (报：省总工会办公室…, 送：…, 发：…), when
   * the question asks whom the document is reported, sent or issued to: the line of that kind, or
   * every such line when the notice has none of that kind (纪要报送哪些单位 of minutes with 送： and 发：).
   * Empty when the question asks something else or no notice has such lines.
   */
  static Optional<Answer> distribution(Snapshot kb, Question q) {
    String t = NAMES_DOCUMENT.matcher(q.text()).replaceAll("，"); // 简报送给谁 does not say 报送
    List<String> kinds =
        REPORTED_TO.matcher(t).find()
            ? List.of("报", "抄报")
            : SENT_TO.matcher(t).find()
                ? List.of("送", "抄送", "分送")
                : ISSUED_TO.matcher(t).find() ? List.of("发", "主送") : List.of();
    if (kinds.isEmpty() || !aboutTheDocument(kb, q, ABOUT_ITS_DISTRIBUTION)) {
      return Optional.empty();
    }
    List<Passage> lines = new ArrayList<>();
    List<Passage> asked = new ArrayList<>();
    for (Passage p : kb.passages) {
      Matcher m = DISTRIBUTION_LINE.matcher(p.text().strip());
      if (m.find() && p.kind() == Passage.Kind.TEXT) {
        lines.add(p);
        if (kinds.contains(m.group(1))) {
          asked.add(p);
        }
      }
    }
    List<Passage> answering = asked.isEmpty() ? lines : asked;
    if (answering.isEmpty() || answering.stream().map(Passage::notice).distinct().count() > 1) {
      return Optional.empty();
    }
    String text = String.join("\n", answering.stream().map(p -> Spans.tidy(p.text())).toList());
    Passage first = answering.get(0);
    return Optional.of(Replies.answer(kb, new Replies.Found(first, text, 1, 1)));
  }

  /** 这是什么比赛, 这次是个什么活动: what the notice is about, asked by the kind of thing it is. */
  private static final Pattern THIS_WHAT =
      Pattern.compile("^(这|这个|这次|本次|此次)(是|是个|是一个|搞的是|办的是)(什么|啥|哪种|什么样的?)");

  /** Words that point at the notice's own event rather than name it. */
  private static final java.util.Set<String> THIS = java.util.Set.of("这次", "本次", "此次", "这个");

  /**
   * The event a notice is about when the question asks for its name by the kind of thing it is
   * (这是什么比赛, 比赛叫什么名字) and one notice's title names such a thing last (关于举办2027年全市职工乒乓球比赛的通知): its
   * name from the title. Empty otherwise, as when the kind is something the notice names inside its
   * text (劳动竞赛叫什么名字 of a notice about studying).
   */
  static Optional<Answer> event(Snapshot kb, Question q) {
    if (q.type() != QuestionType.NAME && !THIS_WHAT.matcher(q.text()).find()) {
      return Optional.empty();
    }
    List<String> named = q.terms().stream().filter(t -> !THIS.contains(t)).toList();
    if (named.size() != 1) {
      return Optional.empty();
    }
    String kind = named.get(0);
    List<Notice> naming =
        kb.notices.stream()
            .filter(n -> !n.title().isBlank())
            .filter(n -> names(Titles.label(n), kind))
            .toList();
    if (naming.size() != 1) {
      return Optional.empty();
    }
    Notice n = naming.get(0);
    String text =
        "这是"
            + Titles.label(n)
            + subtitle(n).map(sub -> sub + "，").orElse("，")
            + "通知的标题是"
            + Titles.book(n.title().strip())
            + "。";
    Source source = new Source(n.id(), n.title(), Part.TITLE.label, n.title());
    return Optional.of(new Answer(Answer.Kind.ANSWER, text, List.of(source), List.of()));
  }

  /** Longest subtitle a reply repeats. */
  private static final int SUBTITLE = 40;

  /**
   * The line under a poster's slogan that says what the event is (童心同行　快乐一夏 over
   * ——桐榭区2027年职工亲子夏令营火热报名中！), with its dash and without its exclamation; empty without one.
   */
  private static Optional<String> subtitle(Notice n) {
    return n.sections().stream()
        .findFirst()
        .flatMap(s -> s.paragraphs().stream().findFirst())
        .map(p -> p.text().strip())
        .filter(t -> t.startsWith("——") && t.length() <= SUBTITLE)
        .map(t -> t.replaceAll("[！!。]+$", ""));
  }

  /**
   * True when a label names a thing of the kind last (乒乓球比赛 for 比赛, 推荐评选活动 for 评选), or is the name
   * of any 活动, and is more than the kind itself.
   */
  private static boolean names(String label, String kind) {
    boolean named = kind.equals("活动") || label.endsWith(kind) || label.endsWith(kind + "活动");
    return named && label.length() > kind.length();
  }

  /**
   * The answer from the notices that have the part; for the issuer or the date, when none has a
   * signature, from the lead sentences that say who issued it when; empty when none has it.
   */
  static Optional<Answer> answer(Snapshot kb, Part part, Question q) {
    return answer(kb, part, q, kb.notices);
  }

  /** The part of the given notices that have it; empty when none has it. */
  static Optional<Answer> answer(Snapshot kb, Part part, Question q, List<Notice> notices) {
    List<Notice> having = new ArrayList<>();
    for (Notice n : notices) {
      if (value(n, part, q).isPresent()) {
        having.add(n);
      }
    }
    if (having.isEmpty()) {
      return part == Part.DATELINE || part == Part.ISSUER ? fromTheLead(kb) : Optional.empty();
    }
    return Optional.of(
        each(
            having,
            n -> sentence(n, part, value(n, part, q).get(), q),
            n -> new Source(n.id(), n.title(), part.label, value(n, part, q).get())));
  }

  /**
   * One line for each notice, under its short title when there are several (《…》：这篇文章的编辑是…), with
   * the sources the lines come from.
   */
  private static Answer each(
      List<Notice> having, Function<Notice, String> line, Function<Notice, Source> source) {
    StringBuilder text = new StringBuilder();
    List<Source> sources = new ArrayList<>();
    for (Notice n : having) {
      if (having.size() > 1) {
        text.append(text.length() == 0 ? "" : "\n").append(Titles.book(Titles.label(n)));
        text.append("：");
      }
      text.append(line.apply(n));
      sources.add(source.apply(n));
    }
    return new Answer(Answer.Kind.ANSWER, text.toString(), sources, List.of());
  }

  /** A question of the text's first or last sentence: 最后一句是什么, 开头第一句说的啥. */
  private static final Pattern SENTENCE_AT =
      Pattern.compile("(最后|末尾|结尾|最末)的?[一1]?句话?|(开头|第一|第1|头一)句话?");

  /** Words a question of a sentence by its place may hold besides the document's. */
  private static final Pattern ABOUT_A_SENTENCE =
      Pattern.compile(ABOUT_THE_DOCUMENT.pattern() + "|最后|末尾|结尾|最末|开头|第一|第1|头一|一句|句|话|讲|说");

  /**
   * The first or last sentence of the text (讲话最后一句是什么 → 谢谢大家！), of each notice that has one, when
   * the question asks nothing else; empty otherwise.
   */
  static Optional<Answer> sentenceAt(Snapshot kb, Question q) {
    Matcher m = SENTENCE_AT.matcher(q.text());
    if (!m.find() || !aboutTheDocument(kb, q, ABOUT_A_SENTENCE)) {
      return Optional.empty();
    }
    boolean last = m.group(1) != null;
    // 讲话最后一句是什么 beside the bundled notice: of the one the question names by its kind
    Optional<Notice> named = kb.notices.size() > 1 ? namedByKind(kb, q) : Optional.empty();
    Map<Notice, Passage> at = new LinkedHashMap<>();
    for (Passage p : kb.passages) {
      boolean of = named.isEmpty() || p.notice() == named.get();
      if (of && p.kind() == Passage.Kind.TEXT && (last || !at.containsKey(p.notice()))) {
        at.put(p.notice(), p);
      }
    }
    if (at.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        each(
            List.copyOf(at.keySet()),
            n -> kind(n) + (last ? "的最后一句是：" : "的第一句是：") + at.get(n).text().strip(),
            n -> new Source(n.id(), n.title(), at.get(n).sectionName(), at.get(n).text())));
  }

  /**
   * The one notice whose title ends in the kind of document the question names (这是什么公示 of
   * 「关于…拟推荐对象的公示」 beside a 通知 and a 指南); empty when none or several do.
   */
  static Optional<Notice> namedByKind(Snapshot kb, Question q) {
    Matcher kind = NAMES_DOCUMENT.matcher(q.text());
    if (!kind.find()) {
      return Optional.empty();
    }
    List<Notice> named = kb.notices.stream().filter(n -> ofKind(n, kind.group())).toList();
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }

  /** True when the notice's title ends in the kind of document (…拟推荐对象的公示 of 公示). */
  private static boolean ofKind(Notice n, String kind) {
    return n.title().strip().endsWith(kind);
  }

  /** A document word said in a question: 指南 of 为什么发这个指南. */
  private static final Pattern NAMES_DOCUMENT = Pattern.compile(DOCUMENT);

  /**
   * A lead sentence that gives the notice's purpose: one that opens with it (为方便广大会员办卡用卡，现将…), or
   * ends with it after the notice announces itself (现将名单予以公示，接受社会监督).
   */
  private static final Pattern PURPOSE =
      Pattern.compile("^([^，。]{0,12}，)?为了?[^，。]{2,40}，|现将.{2,20}，(接受|以便|便于)[^，。]{2,16}[。；]?$");

  /**
   * Why the notice was issued, when that is all the question asks (为什么发这个指南, 为什么要公示): the lead
   * sentence that gives its purpose ({@link #PURPOSE}), of the one notice that has one, or that the
   * question names by its kind (公示). Empty otherwise.
   */
  static Optional<Answer> purpose(Snapshot kb, Question q) {
    Matcher kind = NAMES_DOCUMENT.matcher(q.text());
    boolean aboutTheDocument =
        q.type() == QuestionType.WHY
            && kind.find()
            && q.terms().stream()
                .allMatch(w -> ABOUT_THE_DOCUMENT.matcher(w).replaceAll("").isEmpty());
    if (!aboutTheDocument) {
      return Optional.empty();
    }
    List<Passage> found =
        firstInLeads(kb, p -> p.section().heading().isEmpty() && PURPOSE.matcher(p.text()).find());
    if (found.size() > 1) {
      found.removeIf(p -> !ofKind(p.notice(), kind.group()));
    }
    if (found.size() != 1) {
      return Optional.empty();
    }
    Passage p = found.get(0);
    String text =
        Spans.tidy(p.text())
            + "\n——摘自"
            + (kb.notices.size() > 1 ? Titles.book(Titles.label(p.notice())) : "")
            + "「"
            + p.sectionName()
            + "」";
    return Optional.of(new Answer(Answer.Kind.ANSWER, text, List.of(p.source()), List.of()));
  }

  /** Each notice's lead sentence that says when it was issued and by whom ({@link #ISSUED_ON}). */
  private static Optional<Answer> fromTheLead(Snapshot kb) {
    List<Passage> found = firstInLeads(kb, p -> ISSUED_ON.matcher(p.text()).find());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder();
    for (Passage p : found) {
      text.append(text.length() == 0 ? "" : "\n");
      if (found.size() > 1) {
        text.append(Titles.book(Titles.label(p.notice()))).append("：");
      }
      text.append("通知没有落款，开头写的是：“").append(issued(p.text())).append("”。");
    }
    return Optional.of(
        new Answer(
            Answer.Kind.ANSWER,
            text.toString(),
            found.stream().map(Passage::source).toList(),
            List.of()));
  }

  /** Each notice's first body sentence among its first {@link #LEAD} that is what is sought. */
  private static List<Passage> firstInLeads(Snapshot kb, Predicate<Passage> sought) {
    List<Passage> found = new ArrayList<>();
    Notice last = null;
    int seen = 0;
    for (Passage p : kb.passages) {
      seen = p.notice() == last ? seen + 1 : 1;
      last = p.notice();
      if (seen <= LEAD
          && p.kind() == Passage.Kind.TEXT
          && sought.test(p)
          && found.stream().noneMatch(f -> f.notice() == p.notice())) {
        found.add(p);
      }
    }
    return found;
  }

  /** A lead sentence up to the document it says was issued (its 《title》 included). */
  private static String issued(String sentence) {
    Matcher m = ISSUED_ON.matcher(sentence);
    if (!m.find()) {
      return sentence;
    }
    int end = m.end();
    if (sentence.charAt(end - 1) == '《') {
      int close = sentence.indexOf('》', end);
      end = close < 0 ? sentence.length() : close + 1;
    }
    return sentence.substring(0, end);
  }

  private static Optional<String> value(Notice n, Part part, Question q) {
    Function<Notice, Optional<String>> get =
        switch (part) {
          case TITLE -> x -> Optional.of(x.title()).filter(t -> !t.isBlank());
          // 通讯员是谁 of 记者 温子航 通讯员 蒋一帆: whom the byline names as what the question asks
          case BYLINE ->
              x ->
                  x.byline()
                      .map(
                          b ->
                              labelled(b, labelOf(authorPart(q, b)))
                                  .or(() -> labelled(b, AUTHOR_LABEL))
                                  .orElse(b));
          // 这封信是写给谁的 of 温暖过冬——致全市广大职工朋友的一封信: whom its title says it is to
          case ADDRESSEE -> x -> letterTo(x).or(x::addressee);
          // a website article's byline (来源：…　作者：…　发布时间：…) stands in for a signature
          case ISSUER ->
              x -> {
                Optional<String> source = x.byline().flatMap(b -> labelled(b, SOURCE_LABEL));
                // 文章的来源是哪里 of a post signed by its union, its 来源：…权益保障部 line naming the office
                return asksTheForward(x, q)
                    ? x.forwardedBy()
                    : SOURCE_ASKED.matcher(q.text()).find() && source.isPresent()
                        ? source
                        : x.issuer().or(() -> source);
              };
          // a speech's byline (市总工会党组书记、常务副主席　邵明远　（2027年3月16日）) gives the day it was given
          case DATELINE ->
              x ->
                  (asksTheForward(x, q) ? x.forwardedOn() : x.dateline())
                      .or(() -> x.byline().flatMap(b -> labelled(b, PUBLISHED_LABEL)))
                      .or(() -> x.byline().flatMap(Parts::bracketedDay))
                      // 原创　苓溪工会　2027-05-14 18:30: when a post without a dateline was posted
                      .or(() -> x.byline().flatMap(Parts::postLine).map(MatchResult::group));
          case ATTACHMENTS ->
              x -> x.attachments().isEmpty() ? Optional.empty() : Optional.of(attachments(x));
        };
    return get.apply(n);
  }

  /** A question of who played a part in an article: 编辑是谁, 审核人是谁 (not 资格审核是什么时候). */
  private static final Pattern ROLE_ASKED =
      Pattern.compile("(责任编辑|责编|编辑|审核|审校|校对|美编|摄影|记者|通讯员)(人|员)?(是谁|叫什么|是哪位|叫啥)");

  /**
   * Who played the asked part in an article, from its byline line (来源：… | 编辑：陈一苇 | 审核：方立新):
   * 这篇文章的审核是方立新。 Empty when no notice's byline names the part.
   */
  static Optional<Answer> role(Snapshot kb, Question q) {
    Matcher asked = ROLE_ASKED.matcher(q.text());
    if (!asked.find()) {
      return Optional.empty();
    }
    Pattern label = labelOf(asked.group(1));
    List<Notice> having =
        kb.notices.stream()
            .filter(n -> n.byline().flatMap(b -> labelled(b, label)).isPresent())
            .toList();
    if (having.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        each(
            having,
            n ->
                "这篇文章的"
                    + asked.group(1)
                    + "是"
                    + n.byline().flatMap(b -> labelled(b, label)).get()
                    + "。",
            n -> new Source(n.id(), n.title(), Part.BYLINE.label, n.byline().get())));
  }

  /** A post as a byline gives it before a name: 市总工会党组书记、常务副主席, 记者. */
  private static final Pattern POST =
      Pattern.compile("(主席|书记|经理|主任|局长|处长|科长|部长|厂长|院长|校长|会长|理事长|董事长|秘书长|委员|记者|通讯员)$");

  /** A question of a person's post: 邵明远担任什么职务, 邵明远是什么职务. */
  private static final Pattern POST_ASKED = Pattern.compile("(什么|啥|哪个)(职务|职位|头衔)|是干什么的|是做什么的");

  /**
   * The post a speech's byline gives before the name a question asks of (邵明远担任什么职务 of
   * 市总工会党组书记、常务副主席 邵明远 （2027年3月16日）): 邵明远的职务是市总工会党组书记、常务副主席。 Empty when no byline names the person
   * after a post.
   */
  static Optional<Answer> bylinePost(Snapshot kb, Question q) {
    if (!POST_ASKED.matcher(q.text()).find()) {
      return Optional.empty();
    }
    for (Notice n : kb.notices) {
      if (n.byline().isEmpty()) {
        continue;
      }
      String[] parts = n.byline().get().strip().split("[\\s\u3000]+");
      for (int i = 1; i < parts.length; i++) {
        String name = parts[i];
        if (name.length() >= 2 && name.length() <= 4 && q.text().contains(name)) {
          String post = parts[i - 1];
          if (!POST.matcher(post).find()) {
            return Optional.empty(); // 原创 苓溪工会 names an account, not a post
          }
          return Optional.of(
              new Answer(
                  Answer.Kind.ANSWER,
                  name + "的职务是" + post + "。",
                  List.of(new Source(n.id(), n.title(), Part.BYLINE.label, n.byline().get())),
                  List.of()));
        }
      }
    }
    return Optional.empty();
  }

  /** A part in writing an article that a question may ask who played. */
  private static final Pattern AUTHOR_PART = Pattern.compile("记者|通讯员|作者|撰稿");

  /**
   * The part in writing the article that the question asks who played and the byline labels (通讯员 of
   * 通讯员是谁 and 记者 温子航 通讯员 蒋一帆); else 作者.
   */
  private static String authorPart(Question q, String byline) {
    Matcher m = AUTHOR_PART.matcher(q.text());
    while (m.find()) {
      if (labelled(byline, labelOf(m.group())).isPresent()) {
        return m.group();
      }
    }
    return "作者";
  }

  /** A byline's label for a part: 编辑：陈一苇, or 记者 温子航 as a newspaper's byline spaces it. */
  private static Pattern labelOf(String part) {
    return Pattern.compile(Pattern.quote(part) + LABEL_END);
  }

  /** What ends a byline's label: a colon, or the spaces a newspaper's byline puts after it. */
  private static final String LABEL_END = "(?:[：:]\\s*|\\s+)";

  /** A question of where an article comes from: 来源是哪里, 出处. */
  private static final Pattern SOURCE_ASKED = Pattern.compile("来源|出处");

  /** Labels of a website article's byline line: 来源：…, 作者：…, 发布时间：…. */
  private static final Pattern SOURCE_LABEL = Pattern.compile("(来源|出处|稿件来源)[：:]\\s*");

  private static final Pattern AUTHOR_LABEL =
      Pattern.compile("(" + AUTHOR_PART.pattern() + ")" + LABEL_END);

  private static final Pattern PUBLISHED_LABEL = Pattern.compile("(发布|发稿|发表|更新)?(时间|日期)[：:]\\s*");

  /**
   * What follows a label in a byline line, up to the next run of spaces; empty when not labelled.
   */
  private static Optional<String> labelled(String byline, Pattern label) {
    Matcher m = label.matcher(byline);
    if (!m.find()) {
      return Optional.empty();
    }
    // （记者 张兆领 通讯员 李明）: the name without the bracket that closes the byline
    String value =
        byline.substring(m.end()).split("[\\s\u3000]{1,}")[0].replaceAll("[）)】]+$", "").strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** A question of when an article was posted: 什么时候发布的, 哪天推送的, 几号发的. */
  private static final Pattern POSTING_ASKED = Pattern.compile("发布|推送|推的|发出|发的|发表");

  /** A question of the account that posted an article: 哪个公众号发的, 哪个号推的. */
  private static final Pattern ACCOUNT_ASKED = Pattern.compile("公众号|微信号|哪个号(?!码)");

  private static Optional<MatchResult> postLine(String byline) {
    // 原创　苓溪工会　2027-05-14 18:30　来源：…: the line the byline opens with
    Matcher m = NoticeParser.POST_LINE.matcher(byline);
    return m.lookingAt() ? Optional.of(m.toMatchResult()) : Optional.empty();
  }

  /** 这篇文章由“苓溪工会”公众号发布（原创　苓溪工会　2027-05-14 18:30）。 */
  private static String postedBy(MatchResult post) {
    return "这篇文章由“" + post.group(1) + "”公众号发布（" + post.group() + "）。";
  }

  /** A day a byline gives in brackets: （2027年3月16日）. */
  private static final Pattern BRACKETED_DAY =
      Pattern.compile("[（(](\\d{4}年\\d{1,2}月\\d{1,2}日)[）)]");

  private static Optional<String> bracketedDay(String byline) {
    Matcher m = BRACKETED_DAY.matcher(byline);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static String attachments(Notice n) {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < n.attachments().size(); i++) {
      list.append(i == 0 ? "" : "；").append(i + 1).append('.').append(n.attachments().get(i));
    }
    return list.toString();
  }

  /** What kind of document a title ends by naming: 会议纪要 → 纪要, 入馆指南 → 指南; else 通知. */
  private static final Pattern TITLE_KIND =
      Pattern.compile("(纪要|指南|公告|公示|方案|办法|通报|倡议书|简章|须知|要点|简报|规定|细则|规程|章程|讲话|合同|协议|信)[》」”]?$");

  /** A letter's title that says whom it is to: …——致全市广大职工朋友的一封信; group 1 is whom. */
  private static final Pattern LETTER_TO = Pattern.compile("致([^，。：]{2,20}?)的?(一封|公开|慰问)?信$");

  private static Optional<String> letterTo(Notice n) {
    Matcher m = LETTER_TO.matcher(n.title().strip());
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** What kind of document the notice is, by the word its title ends with (讲话, 方案…); else 通知. */
  static String kind(Notice n) {
    Matcher m = TITLE_KIND.matcher(n.title().strip());
    return m.find() ? m.group(1) : "通知";
  }

  private static String sentence(Notice n, Part part, String value, Question q) {
    String kind = kind(n);
    // 这篇文章由“苓溪工会”公众号发布（…）。, where the byline opens with a post's account line
    Optional<String> posted = n.byline().flatMap(Parts::postLine).map(Parts::postedBy);
    if ((part == Part.ISSUER || part == Part.DATELINE) && n.forwardedBy().isPresent()) {
      return forward(n, kind, asksTheForward(n, q)); // a forward's date is its cover message's
    }
    return switch (part) {
      case TITLE -> kind + "的标题是" + Titles.book(value) + "。";
      case BYLINE ->
          ACCOUNT_ASKED.matcher(q.text()).find() && posted.isPresent()
              ? posted.get()
              : n.byline().filter(value::equals).isPresent()
                  ? "这篇" + kind + "的署名是：" + value + "。"
                  : "这篇文章的" + authorPart(q, n.byline().get()) + "：" + value + "。";
      case ADDRESSEE -> kind.equals("信") ? "这封信写给" + value + "。" : kind + "主送：" + value + "。";
      case ISSUER ->
          n.issuer().filter(value::equals).isEmpty()
              ? "这篇文章的来源：" + value + "。"
              : (kind.equals("信") ? "这封" : "这份")
                  + kind
                  + "由"
                  + value
                  + "印发"
                  + n.dateline().map(d -> "，落款日期" + d).orElse("")
                  + "。";
      case DATELINE ->
          POSTING_ASKED.matcher(q.text()).find() && posted.isPresent()
              // 文章是什么时候发布的 of a post: when its account posted it, beside the day it is signed
              ? posted.get() + n.dateline().map(d -> "落款日期是" + d + "。").orElse("")
              : n.dateline().isEmpty() && kind.equals("讲话")
                  ? "这篇讲话的日期是" + value + "。"
                  : n.dateline().isEmpty()
                      ? "这篇文章的发布时间是" + value + "。"
                      : kind
                          + "的落款日期是"
                          + value
                          + n.issuer().map(i -> "（" + i + "）").orElse("")
                          + "。";
      case ATTACHMENTS ->
          attachment(n, q).orElse(kind + "的附件共" + n.attachments().size() + "个：" + value + "。");
    };
  }

  /** A question of which attachment one is: 报名表是第几个附件, 名单是哪个附件, 申请表在附件几. */
  private static final Pattern WHICH_ATTACHMENT = Pattern.compile("第几个?附件|哪(个|一个|份)附件|附件几");

  /**
   * "附件2：…" when the question asks for one attachment by its number; "…是附件1。" when it asks which
   * one an attachment it names is (报名表是第几个附件), and one attachment's name holds its words.
   */
  private static Optional<String> attachment(Notice n, Question q) {
    if (WHICH_ATTACHMENT.matcher(q.text()).find()) {
      List<String> words =
          q.terms().stream().filter(t -> t.length() >= 2 && !t.contains("附件")).toList();
      List<Integer> naming = new ArrayList<>();
      for (int i = 0; i < n.attachments().size(); i++) {
        String name = Canonical.text(n.attachments().get(i));
        if (!words.isEmpty() && words.stream().allMatch(t -> name.contains(Canonical.text(t)))) {
          naming.add(i);
        }
      }
      if (naming.size() == 1) {
        int k = naming.get(0);
        return Optional.of(n.attachments().get(k) + "是附件" + (k + 1) + "。");
      }
    }
    Matcher m = ORDINAL.matcher(q.text());
    if (!m.find()) {
      return Optional.empty();
    }
    int k = Numerals.parse(m.group(1) != null ? m.group(1) : m.group(2));
    if (k < 1 || k > n.attachments().size()) {
      return Optional.of("通知共有" + n.attachments().size() + "个附件，没有附件" + Math.max(k, 0) + "。");
    }
    return Optional.of("附件" + k + "：" + n.attachments().get(k - 1) + "。");
  }
}
