package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.analysis.Everyday;
import org.unionbot.knowledge.index.Passage;
import org.unionbot.knowledge.index.Retriever;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.Headings;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.Section;

/**
 * Candidate sentences for a question and their ranking. Words (BM25), character n-grams (BM25) and
 * the question's vector each propose sentences; the pool is ranked by weighted coverage of the
 * question, BM25, how well each has the shape of the asked-for answer and, with semantic recall,
 * how near its vector is ({@link Recall#WEIGHTED}), or by reciprocal rank fusion of the three
 * rankings ({@link Recall#RRF}).
 */
final class Candidates {

  /**
   * A candidate sentence and why it ranks where it does.
   *
   * @param coverage share of the question's weight the sentence holds
   * @param context the same, counting its heading, topic and previous sentence too
   * @param bm25 its lexical score, relative to the best candidate's
   * @param fit how well it has the asked-for shape ({@link TypeFit})
   * @param cosine its vector's cosine to the question's, 0 without vectors
   * @param vectorRank its place among the nearest vectors, from 1; 0 when not among them
   * @param rrf its reciprocal-rank-fusion score, scaled so a sentence first in all three rankings
   *     scores 3
   * @param asked whether its heading asks the worker's question: a question of the notice
   *     (问：费用由谁承担？) that holds half of it, or a heading that names the asked kind of thing for what
   *     the question names (会议时间 for 会议什么时候开, 参加对象 for 谁可以参加)
   */
  record Candidate(
      Passage passage,
      double coverage,
      double context,
      double bm25,
      double fit,
      double cosine,
      int vectorRank,
      double rrf,
      boolean asked) {

    /**
     * The lexical score: coverage first, then context, BM25 and shape; the answer to the notice's
     * own question that the worker asks again ranks above a sentence that only repeats its words.
     */
    double lexical() {
      return 2 * coverage
          + context
          + 0.5 * bm25
          + fit
          + (asked ? ASKED : 0)
          // under a heading that asks the question, the opening sentence states the rule and the
          // ones after it its exceptions (在册的公司工会会员… before 退休职工的…送货上门)
          + (asked && passage.paragraph() == 0 && passage.sentence() == 0 ? OPENING : 0);
    }

    Candidate withFit(double f) {
      return new Candidate(passage, coverage, context, bm25, f, cosine, vectorRank, rrf, asked);
    }

    /** This candidate as much of the question as {@code other}, whose fact it says has changed. */
    Candidate asCoveredAs(Candidate other) {
      return new Candidate(
          passage,
          Math.max(coverage, other.coverage),
          Math.max(context, other.context),
          bm25,
          fit,
          cosine,
          vectorRank,
          rrf,
          asked);
    }

    /**
     * This candidate's standing for another sentence beside it that answers for it, with that
     * sentence's shape fit: the list after a topic sentence, the time beside the question's words.
     */
    Candidate answeredBy(Passage other, double f) {
      return new Candidate(other, coverage, context, bm25, f, cosine, vectorRank, rrf, asked);
    }
  }

  /**
   * How many of the best candidates are checked for the answer's shape; all of them when the
   * question is strict about it.
   */
  private static final int SHAPED = 20;

  /** Sentences the question's vector proposes. */
  static final int NEAREST = 12;

  /** The usual constant of reciprocal rank fusion. */
  private static final int RRF_K = 60;

  /**
   * Cosines below this say nothing (unrelated sentences of a notice sit around 0.3–0.45 to any
   * question of the genre); the weighted fusion adds what is above it.
   */
  static final double COSINE_FLOOR = 0.40;

  /** Weight of the cosine above the floor in the weighted fusion. */
  static final double COSINE_WEIGHT = 2;

  private Candidates() {}

  /** The ranked candidates; {@code vector} is the question's, or null without semantic recall. */
  static List<Candidate> of(Snapshot kb, Question q, Weights w, float[] vector, Recall recall) {
    boolean lexical = recall.lexical() && !w.isEmpty();
    boolean semantic = recall.vector() && vector != null;
    Map<Integer, Double> bm25 = lexical ? Retriever.lexical(kb, w.queryTerms()) : Map.of();
    List<Retriever.Near> near =
        semantic ? Retriever.semantic(kb, vector, NEAREST + kb.sections.size()) : List.of();
    Map<Integer, Integer> vectorRank = new HashMap<>();
    for (Retriever.Near n : near) {
      if (!n.section() && vectorRank.size() < NEAREST) {
        vectorRank.put(n.ref(), vectorRank.size() + 1);
      }
    }
    Map<Integer, Double> rrf = new HashMap<>();
    if (recall == Recall.RRF) {
      addRanks(rrf, Retriever.lexical(kb, w.queryTerms(), Retriever.Fields.WORDS));
      addRanks(rrf, Retriever.lexical(kb, w.queryTerms(), Retriever.Fields.CHARS));
      vectorRank.forEach((id, rank) -> rrf.merge(id, rrfTerm(rank), Double::sum));
    }
    Set<Integer> pool = new LinkedHashSet<>(bm25.keySet());
    pool.addAll(vectorRank.keySet());
    for (int i = 0; i < kb.sections.size(); i++) {
      Section s = kb.sections.get(i);
      if (askedWithTitle(q, w, s, kb.sectionNotices.get(i))) {
        // the notice's own question asked again proposes its answer, whatever words that uses
        List<Passage> said = kb.passagesOf(s);
        Transcript.firstAnswer(said)
            .ifPresent(
                first -> {
                  pool.add(first.id());
                  // a transcript's worker asked again: what they said before asking does not answer
                  said.stream().takeWhile(p -> p != first).forEach(p -> pool.remove(p.id()));
                });
      }
    }
    // …钱立新回答。 says who answers, which is asked of the transcript as a whole (Transcript)
    pool.removeIf(id -> Transcript.namesTheAnswerer(kb.passages.get(id)));
    Map<Section, Boolean> headedBy = new IdentityHashMap<>();
    if (KIND_HEADINGS.containsKey(q.type())) {
      // a heading of the asked kind proposes its sentences, which need not share a word or be near
      for (int i = 0; i < kb.sections.size(); i++) {
        Section s = kb.sections.get(i);
        boolean headed = headedByTheAskedKind(q, w, kb, i) && saysAllOfAHow(q, w, kb, s);
        headedBy.put(s, headed);
        if (headed) {
          kb.passagesOf(s).forEach(p -> pool.add(p.id()));
        }
      }
    }
    double max = bm25.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    boolean asksOld = Spans.ASKS_OLD.matcher(q.text()).find();
    List<Candidate> out = new ArrayList<>();
    for (int id : pool) {
      Passage p = kb.passages.get(id);
      boolean headed = headedBy.getOrDefault(p.section(), false);
      boolean asked =
          headed || askedByItsHeading(q, w, p) || labelledAsAsked(q, w, p) || labelNamed(q, w, p);
      // under 活动时间, "1月25日至2月15日" says 活动时间：1月25日至2月15日 of the notice's subject: the
      // heading labels the sentence, as the notice's own question (谁可以办理？) does its answer
      String said = asked ? p.context() : p.canonical();
      // 已加入工会的占多少 is not answered by 未入会的…占76.5%: the words it shares say the opposite
      double opposite =
          negates(q.text(), p.canonical()) ? 0 : otherSide(w, q.text(), p.canonical()) ? 0.5 : 1;
      if (!asksOld && Spans.plannedOnly(p.canonicalClauses())) {
        opposite *= 0.5; // 演出地点在哪里 of 因原定演出场地…设备改造: the plan a change replaced
      }
      out.add(
          new Candidate(
              p,
              opposite * w.coverage(said),
              opposite * w.coverage(p.context()),
              bm25.getOrDefault(id, 0.0) / max,
              0,
              semantic ? kb.cosine(p, vector) : 0,
              vectorRank.getOrDefault(id, 0),
              rrf.getOrDefault(id, 0.0),
              asked));
    }
    Matcher year = YEAR.matcher(q.text());
    if (year.find()) {
      // 2027年全年开展宣讲多少场 is not answered from under 「2028年工作打算」
      String asked = year.group(1);
      out.removeIf(c -> ofAnotherYear(c.passage().section().heading(), asked));
    }
    if (!ASKS_OF_A_FORM.matcher(q.text()).find()) {
      // 入会时间有什么要求 is not answered by a form's 入会时间：______　会员证号：______: its blanks ask
      out.removeIf(c -> FILL_IN.matcher(c.passage().text()).find());
    }
    Comparator<Candidate> order = Comparator.comparingDouble(c -> -score(c, recall));
    out.sort(order);
    int shaped = q.strict() ? out.size() : Math.min(out.size(), SHAPED);
    List<Candidate> top = new ArrayList<>(out.subList(0, shaped));
    if (q.type() == QuestionType.WHY) {
      // 为什么要开展筛查 of 《关于开展…筛查工作的通知》: a title gives no reason
      top.removeIf(c -> c.passage().kind() == Passage.Kind.TITLE);
    }
    top.replaceAll(c -> c.withFit(TypeFit.of(q, c.passage().canonical(), kb)));
    if (q.type() == QuestionType.WHO || q.type() == QuestionType.WHEN) {
      // 简报是谁编的 of the title 工会工作简报: a title that names no one and no day
      top.removeIf(c -> c.passage().kind() == Passage.Kind.TITLE && c.fit() == 0);
    }
    top.sort(order);
    Candidate changed = laterChange(q, top);
    if (changed != null) {
      // 报名截止时间 of 报名截止时间为5月11日 and, later, 报名截止延长到5月12日: what holds now, as much
      // of the question as what it changes
      top.remove(changed);
      top.add(0, changed.asCoveredAs(top.get(0)));
    }
    return top;
  }

  /** A change said of something named before it: 报名截止延长到…, 终点改为…, 集合时间调整为…. */
  private static final Pattern CHANGED =
      Pattern.compile("(\\p{IsHan}{2})(?:延长|推迟|提前|调整|改|顺延|变更)(?:到|至|为)");

  /**
   * A candidate after the best one in the same notice that says the fact the best one gives has
   * changed (报名截止延长到5月12日 after 报名截止时间为5月11日), with the shape asked for; null when there is none,
   * when the question asks what was planned before (原来…), or asks of no day, place or number.
   */
  private static Candidate laterChange(Question q, List<Candidate> top) {
    if (top.size() < 2
        || q.type() != QuestionType.WHEN
            && q.type() != QuestionType.WHERE
            && q.type() != QuestionType.COUNT
        || Spans.ASKS_OLD.matcher(q.text()).find()) {
      return null;
    }
    Passage first = top.get(0).passage();
    for (Candidate c : top.subList(1, top.size())) {
      Passage p = c.passage();
      if (c.fit() < 0.8 || p.notice() != first.notice() || p.id() <= first.id()) {
        continue;
      }
      Matcher m = CHANGED.matcher(p.canonical());
      while (m.find()) {
        String what = m.group(1);
        if (first.canonical().contains(what)
            && q.terms().stream().anyMatch(t -> Canonical.text(t).contains(what))) {
          return c;
        }
      }
    }
    return null;
  }

  /** What opening the section whose heading asks the question adds to a candidate's score. */
  private static final double OPENING = 0.5;

  /** What answering the notice's own question adds to a candidate's lexical score. */
  private static final double ASKED = 1.0;

  /**
   * True when the passage answers a question its notice asks in a heading (问：费用由谁承担？) and the
   * worker's question holds half of that heading's words, or, for the section's opening sentence,
   * asks it again with the notice's title ({@link #askedWithTitle}).
   */
  static boolean askedByItsHeading(Question q, Weights w, Passage p) {
    // the raw heading says it as well as the title: no numbering pattern per candidate
    if (!Headings.isQuestion(p.section().heading())) {
      return false;
    }
    return w.coverage(Canonical.text(p.section().title())) >= 0.5
        || p.paragraph() == 0 && p.sentence() == 0 && askedWithTitle(q, w, p.section(), p.notice());
  }

  /**
   * True when a guide's question heading (谁可以办理？) leaves out the subject its notice's title names
   * (工会卡) and the worker's question asks it again: by the same question word, holding some of the
   * heading's words and half of its own with the title's. Its answer is the section's opening
   * sentence.
   */
  private static boolean askedWithTitle(Question q, Weights w, Section s, Notice n) {
    if (!Headings.isQuestion(s.heading())) {
      return false;
    }
    String heading = Canonical.text(s.title());
    Matcher asks = INTERROGATIVE.matcher(q.text());
    Matcher heads = INTERROGATIVE.matcher(heading);
    return asks.find()
        && heads.find()
        && asks.group().equals(heads.group())
        && w.coverage(heading) > 0
        && w.coverage(Canonical.text(n.title()) + "\n" + heading) >= 0.5;
  }

  /** A sentence that opens by naming the kind of thing it gives: 活动时间：9月28日…, 时间为2027年3月27日…. */
  private static final Pattern KIND_LABEL =
      Pattern.compile("^([\\p{IsHan}]{0,4}?)(时间|日期|地点|地址)(为|是|[:：])");

  /**
   * True when a sentence labels what it gives as the kind of thing the question asks for, of what
   * the question names (活动时间：… for 观影活动什么时候开始), or by the kind alone or the event's, of its section
   * when the question names that (时间为… under 「笔试」 for 笔试什么时候考): it answers as a heading of the kind
   * would.
   */
  private static boolean labelledAsAsked(Question q, Weights w, Passage p) {
    if (ASKS_WHO_IS_IN_CHARGE.matcher(q.text()).find()
        && IN_CHARGE_LABEL.matcher(p.canonical()).find()
        && w.coverage(Canonical.text(p.section().title())) > 0) {
      return true; // 改进机关工作作风由哪个部门负责 of （责任部门：办公室） under 「改进机关工作作风」
    }
    if (ASKS_CONTENT.matcher(q.text()).find()
        && GIVES_CONTENT.matcher(p.canonical()).find()
        && w.coverage(Canonical.text(p.section().title())) > 0) {
      return true; // 笔试考什么内容 of …，内容为工会基础知识、公共基础知识和公文写作 under 「笔试」
    }
    if (ASKS_TAUGHT.matcher(q.text()).find()
        && TEACHES.matcher(p.canonical()).find()
        && w.coverage(p.canonical()) > 0) {
      return true; // 叉车课讲什么 of ⑤ 叉车司机：讲授叉车构造、安全操作规程和场地实操, not the course's row of 课时
    }
    Matcher person = PERSON_LABEL.matcher(p.text().strip());
    if (q.type() == QuestionType.WHO
        && person.find()
        && q.text().contains("谁" + person.group(1).charAt(0))
        && w.coverage(Canonical.text(p.section().title())) > 0) {
      // 宿舍加装空调的提案是谁提的 of 提案人：朱海涛（…） under 「…宿舍加装空调的提案」: 谁 does what the
      // label's person does (not 谁研究决定的)
      return true;
    }
    Matcher m = KIND_LABEL.matcher(p.canonical());
    if (!m.find() || !isKindHeading(q.type(), m.group(2))) {
      return false;
    }
    String of = m.group(1);
    if (of.isEmpty() || EVENT_LABELS.contains(of)) {
      // 时间为… under 「笔试」, 活动时间：… under 「职工书屋读书会」 for 读书会是哪天
      if (w.coverage(Canonical.text(p.section().title())) > 0) {
        return true;
      }
    }
    return !of.isEmpty()
        && (q.text().contains(of) || w.terms.stream().anyMatch(t -> t.forms().contains(of)));
  }

  /**
   * True unless a how-question names something its section does not say: 女职工委员会怎么产生 is not asked of
   * 「产生办法」, which is of delegates.
   */
  private static boolean saysAllOfAHow(Question q, Weights w, Snapshot kb, Section s) {
    if (q.type() != QuestionType.HOW) {
      return true;
    }
    StringBuilder said = new StringBuilder(Canonical.text(s.title()));
    kb.passagesOf(s).forEach(p -> said.append('\n').append(p.canonical()));
    return w.coverage(said.toString()) >= 0.99;
  }

  /** A line labelled with a person's role: 提案人：, 负责人：, 主持人：. */
  private static final Pattern PERSON_LABEL = Pattern.compile("^([\\p{IsHan}]{1,6})人[：:]");

  /** A line's label, with a note in brackets it may carry: 第二名：, 一等奖（2个）：. */
  private static final Pattern LABEL =
      Pattern.compile("^([^，,。；：:“”（(]{2,8})([（(][^）)]{1,8}[）)])?[：:]");

  /**
   * True when the question names a line's label, and its section by another of its words (电工第二名是谁
   * of 第二名：费立群（…）96.1分 under 「电工（参赛88人）」) or nothing but the label (赛道引导岗负责什么 of 赛道引导岗：…, though
   * not of a table's row, all of whose cells are the label's): the line is what is asked.
   */
  private static boolean labelNamed(Question q, Weights w, Passage p) {
    Matcher m = LABEL.matcher(p.text().strip());
    if (!m.find()) {
      return false;
    }
    String label = m.group(1).replace("\u3000", ""); // 主　任： lined up with three-character names
    if (!q.text().contains(label)
        || q.text().equals(label)
        || !label.startsWith("副") && q.text().contains("副" + label)) {
      return false; // nor 副主席是谁 of 主　席：许建平…: the word asked holds the label, as another role
    }
    String title = p.section().title();
    return q.terms().stream()
            .anyMatch(t -> t.length() >= 2 && !label.contains(t) && title.contains(t))
        || !q.nouns().isEmpty()
            && q.nouns().stream().allMatch(label::contains)
            && !Spans.isTableRow(p);
  }

  /** A question of what something covers: 考什么内容, 培训内容是什么, 有哪些内容. */
  static final Pattern ASKS_CONTENT = Pattern.compile("(什么|哪些|啥)内容|内容(是|有|包括)?(什么|哪些|啥)");

  /** A question of what a course teaches: 叉车课讲什么, 办公软件班学些啥, 育婴员课程教哪些. */
  private static final Pattern ASKS_TAUGHT = Pattern.compile("[课班程训](主要)?(讲|学|教)(些)?(什么|啥|哪些)");

  /** A sentence that says what a course teaches: 讲授…, 教授…, 学习内容…. */
  private static final Pattern TEACHES = Pattern.compile("讲授|教授|(学习|授课|培训|课程)内容");

  /** A clause that says what something covers: 内容为…, 内容包括…, 主要内容：…. */
  static final Pattern GIVES_CONTENT = Pattern.compile("内容(为|是|包括|主要有|有|[:：])");

  /** A question of who is in charge: 由哪个部门负责, 谁牵头, 责任单位是哪个. */
  private static final Pattern ASKS_WHO_IS_IN_CHARGE =
      Pattern.compile("(哪个|哪些|什么|啥)(部门|单位|科室)|谁(负责|牵头|主办|承办)|(责任|牵头|负责)(部门|单位)");

  /**
   * A line that says who is in charge: （责任部门：办公室）, 牵头单位：组织部; the third group is whom it names
   * (经济技术部、宣教部).
   */
  static final Pattern IN_CHARGE_LABEL =
      Pattern.compile("^[（(]?(责任|牵头|负责|主办|承办|配合)(部门|单位|科室)[:：]([^）)]*)");

  /** What a label calls the event its section is about: 活动时间, 活动地点. */
  private static final Set<String> EVENT_LABELS = Set.of("活动", "会议", "举办");

  /** The word a question asks by, to tell a guide's question heading asked again. */
  private static final Pattern INTERROGATIVE =
      Pattern.compile("谁|怎么办|怎么|如何|哪些|哪里|哪儿|在哪|多久|多长|多少|什么时候|何时|几|什么|啥");

  /** Heading words that name the kind of thing a question type asks for. */
  private static final Map<QuestionType, Pattern> KIND_HEADINGS =
      Map.of(
          QuestionType.WHEN, Pattern.compile("时间|日期|期限"),
          QuestionType.WHERE, Pattern.compile("地点|地址|场地"),
          QuestionType.WHO, Pattern.compile("对象|人员|人选"),
          QuestionType.HOW, Pattern.compile("方式|办法|流程|程序|途径"));

  /** Any of the kind words, to find where a heading's subject ends (培训 of 培训时间和地点). */
  private static final Pattern ANY_KIND =
      Pattern.compile(
          String.join("|", KIND_HEADINGS.values().stream().map(Pattern::pattern).toList()));

  /**
   * True when a section's canonical title names the kind of thing the question asks for, of what
   * the question names: 会议时间 for 会议什么时候开, 活动地点 for 活动在哪里, 参加对象 for 谁可以参加, 培训时间和地点 for 培训在哪里; or the
   * kind alone (时间). A notice that heads its parts so says where each answer is.
   */
  private static boolean headedByTheAskedKind(Question q, Weights w, Snapshot kb, int section) {
    String title = kb.canonicalTitles.get(section);
    Notice n = kb.sectionNotices.get(section);
    if (!isKindHeading(q.type(), title)) {
      return false;
    }
    Matcher first = ANY_KIND.matcher(title);
    String of = first.find() ? title.substring(0, first.start()) : title;
    if (of.isEmpty() || of.length() <= 4 && q.text().contains(of)) {
      return true;
    }
    // 申领时间 for 报名最晚到哪天: the question's word in the notice's own word for it
    if (of.length() >= 2
        && of.length() <= 4
        && w.terms.stream().anyMatch(t -> t.forms().indexOf(of) > 0)) {
      return true;
    }
    // 会议时间 for 什么时候开会: the heading names it with the official word for the worker's
    if (of.length() >= 2
        && of.length() <= 4
        && q.terms().stream().anyMatch(t -> Everyday.official(t).contains(of))) {
      return true;
    }
    // 活动时间 of the notice 《…健步走活动…》 for 健步走什么时候开始: the question names the notice's subject
    String notice = Canonical.text(n.title());
    return of.length() <= 4
        && notice.contains(of)
        && q.terms().stream().anyMatch(t -> t.length() >= 2 && notice.contains(Canonical.text(t)))
        && !(q.type() == QuestionType.WHEN && namesAnotherPart(q, kb, section));
  }

  /**
   * True when a word of the question heads another part of the notice (报名 of 「报名方式」 for 几号开始报名): a
   * when-question then asks the time of that part, not the notice's time under this heading (托管时间).
   */
  private static boolean namesAnotherPart(Question q, Snapshot kb, int section) {
    for (int i = 0; i < kb.sections.size(); i++) {
      String other = kb.canonicalTitles.get(i);
      if (i == section
          || kb.sectionNotices.get(i) != kb.sectionNotices.get(section)
          || other.isEmpty()
          || other.equals(kb.canonicalTitles.get(section))) {
        continue;
      }
      for (String t : q.terms()) {
        if (t.length() >= 2 && other.contains(Canonical.text(t))) {
          return true;
        }
      }
    }
    return false;
  }

  /** True for a short heading that names what the question type asks for (会议时间, 资助对象). */
  static boolean isKindHeading(QuestionType type, String title) {
    Pattern kind = KIND_HEADINGS.get(type);
    return kind != null && title.length() <= 10 && kind.matcher(title).find();
  }

  /**
   * A form's line of blanks to fill in (入会时间：______　会员证号：______), without check boxes, whose
   * choices (□男　□女) say what the form offers.
   */
  private static final Pattern FILL_IN = Pattern.compile("^(?!.*□[^□\\s]).*_{2,}");

  /** A question about filling in a form: 申请表要填性别吗, 政治面貌有哪几个选项, 租房住的勾哪个. */
  private static final Pattern ASKS_OF_A_FORM =
      Pattern.compile("表(?!彰|演|扬|示|达|现|率)|填|栏|选项|勾|签字|签名|盖章|格");

  /** A year a question or heading names: 2027年. */
  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)年");

  /** True when a heading names a year, and not the asked one: 三、2028年工作打算 for 2027. */
  private static boolean ofAnotherYear(String heading, String asked) {
    Matcher m = YEAR.matcher(heading);
    boolean other = false;
    while (m.find()) {
      if (m.group(1).equals(asked)) {
        return false;
      }
      other = true;
    }
    return other;
  }

  /** What has happened: 已加入工会, 已经参保. */
  private static final Pattern DONE = Pattern.compile("(?:已经|已)(\\p{IsHan}{1,3})");

  /** What has not: 未入会, 没有参保, 尚未签订. */
  private static final Pattern NOT_DONE = Pattern.compile("(?:尚未|未|没有|没)(\\p{IsHan})");

  /**
   * True when one of the two says a thing has happened (已加入工会的) and the other that it has not
   * (未入会的), by a character of the same verb; false when either says both.
   */
  static boolean negates(String question, String passage) {
    return opposes(question, passage) || opposes(passage, question);
  }

  private static boolean opposes(String done, String notDone) {
    Matcher d = DONE.matcher(done);
    if (!d.find() || NOT_DONE.matcher(done).find() || DONE.matcher(notDone).find()) {
      return false;
    }
    Matcher n = NOT_DONE.matcher(notDone);
    while (n.find()) {
      if (d.group(1).contains(n.group(1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * What follows a word to place a time before or after it: 开班后, 开班前, 开班5个工作日以前 (not 前台, 后勤, 前往).
   */
  private static final Pattern SIDE =
      Pattern.compile("(?:\\d{1,3}个?\\p{IsHan}{0,3}?)?(以前|之前|前|以后|之后|后)(?![台面方排者勤续期往进备来])");

  /**
   * True when the question places a time on one side of a word it asks by (开班后能换托管点吗) and the text
   * says that word only with the other side (开班前3个工作日以前，可以在线申请调换一次): it answers another time.
   */
  static boolean otherSide(Weights w, String question, String text) {
    for (Weights.Term t : w.terms) {
      for (String form : t.forms()) {
        int asked = sides(question, form);
        if (asked == BEFORE || asked == AFTER) {
          int said = sides(text, form);
          return (said & asked) == 0 && said != 0;
        }
      }
    }
    return false;
  }

  private static final int BEFORE = 1;
  private static final int AFTER = 2;

  /** The sides a text places times of a word on, as bits: {@link #BEFORE}, {@link #AFTER}. */
  private static int sides(String text, String form) {
    int sides = 0;
    for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length())) {
      Matcher m = SIDE.matcher(text).region(at + form.length(), text.length());
      if (m.lookingAt()) {
        sides |= m.group(1).endsWith("前") ? BEFORE : AFTER;
      }
    }
    return sides;
  }

  /** How a candidate ranks under this recall. */
  static double score(Candidate c, Recall recall) {
    return switch (recall) {
      case LEXICAL -> c.lexical();
      case VECTOR -> c.cosine() + 0.1 * c.fit();
      case RRF -> c.rrf() + 0.5 * c.coverage() + 0.5 * c.fit();
      case WEIGHTED -> c.lexical() + COSINE_WEIGHT * Math.max(0, c.cosine() - COSINE_FLOOR);
    };
  }

  private static void addRanks(Map<Integer, Double> rrf, Map<Integer, Double> scores) {
    List<Map.Entry<Integer, Double>> ranked = new ArrayList<>(scores.entrySet());
    ranked.sort(Map.Entry.<Integer, Double>comparingByValue().reversed());
    for (int r = 0; r < ranked.size(); r++) {
      rrf.merge(ranked.get(r).getKey(), rrfTerm(r + 1), Double::sum);
    }
  }

  private static double rrfTerm(int rank) {
    return (RRF_K + 1.0) / (RRF_K + rank);
  }
}
