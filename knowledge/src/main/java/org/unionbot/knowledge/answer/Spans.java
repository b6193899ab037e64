package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.index.Passage;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.Clauses;
import org.unionbot.knowledge.notice.Enumerations;
import org.unionbot.knowledge.notice.Headings;
import org.unionbot.knowledge.notice.Items;
import org.unionbot.knowledge.notice.Numerals;

/**
 * Picks the shortest part of a sentence that answers: a window of up to three clauses that covers
 * the question and has the asked-for shape, or, for a count that sits inside a quoted name, just
 * that name.
 */
final class Spans {

  /** Longest line said whole when a part of it answers. */
  private static final int SHORT_LINE = 24;

  /** Longest answer span before it is cut back to its best clauses. */
  static final int MAX_SPAN = 110;

  /** Least share of a strict question that the typed window itself must cover. */
  private static final double STRICT_COVERAGE = 0.4;

  /** Question types whose answer must keep the shape the whole sentence has. */
  private static final java.util.Set<QuestionType> SHAPED =
      java.util.EnumSet.of(
          QuestionType.COUNT,
          QuestionType.LIST,
          QuestionType.NAME,
          QuestionType.WHEN,
          QuestionType.WHERE);

  private static final Pattern QUOTED = Pattern.compile("“[^”]{1,40}”");

  /** A clause that offers another way to the one before it (也可以扫码登记，或者由工会统一报送). */
  private static final Pattern ALTERNATIVE = Pattern.compile("^(也可以|也可|还可以|亦可|或者|或)");

  /** A step of a procedure, whose clauses are one chain of actions: 第一步：微信关注…，点击…，填写…. */
  private static final Pattern STEP = Pattern.compile("第[一二三四五六七八九十\\d]{1,2}步[：:，,]");

  /** A sentence that opens with its purpose: 为丰富职工业余文化生活，…. */
  private static final Pattern PURPOSE_LED =
      Pattern.compile("^([^，,。]{2,12}[，,])?为了?[^，,。]{2,40}[，,]");

  /** Which ones of a kind a question asks: 哪些困难职工, 哪类人员. */
  private static final Pattern WHICH_KIND =
      Pattern.compile("(?:哪些|哪类|哪种)(\\p{IsHan}{2,6}?)(?=可以|能|要|需要|须|必须|不能|不得|应当|才|会|享受|参加|申请)");

  /** A clause that spells out the one before it: 其中…, 即…, and what each gets: 各奖励…. */
  private static final Pattern SPELLED_OUT =
      Pattern.compile("其中|即(?![将使便可])|各(?=奖励|发放|给予|补助|获得|赠送|享受|发)");

  /** A question of what a term means: 什么是整体参保, 啥叫差额选举. */
  private static final Pattern DEFINITION =
      Pattern.compile(
          "^(什么是|啥是|何为|什么叫|啥叫)([\\p{IsHan}]{2,12})[？?]?$"
              // “下基层”制度是什么: the term, quoted, before 是什么
              + "|^“([\\p{IsHan}]{2,12})”[\\p{IsHan}]{0,2}是(什么|啥)(意思)?[？?]?$");

  /**
   * True when a definition question's span ends with the term it asks, quoted or not, and a noun.
   */
  private static boolean onlyNamesTheDefined(Question q, String span) {
    Matcher m = DEFINITION.matcher(q.text());
    if (!m.find()) {
      return false;
    }
    String term = Canonical.text(m.group(2) != null ? m.group(2) : m.group(3));
    String c = Canonical.text(withoutTrailingMarks(span.replaceAll("[。]+$", "")));
    return TypeFit.pattern(".*“?" + Pattern.quote(term) + "”?[\\p{IsHan}]{0,2}")
        .matcher(c)
        .matches();
  }

  /** A question for whom a thing is done (夜校为谁开的), which a sentence led by its purpose answers. */
  private static final Pattern FOR_WHOM = Pattern.compile("为了?(谁|哪些人|什么人)|给(谁|哪些人)");

  /** What says yes or no to a yes-or-no question: 不宜参加, 不得收取, 均可报名, 须…. */
  static final Pattern VERDICT =
      Pattern.compile(
          "不宜|不得|不能|不可|不予|不接受|不在|不属于|不包括|严禁|禁止|可以|均可|可|须|必须|应当|免费|不需要|无需|无须|暂不|不参加|不享受|不纳入|不再|没有|并无|不符合|符合");

  /** A question of what something is used for: 用在哪些地方, 用于什么, 用到哪里, 用途. */
  private static final Pattern ASKS_USE = Pattern.compile("用在|用于|用到|用途|拿去");

  /** A clause that says what something is used for: 用于出版, 用作. */
  private static final Pattern USE = Pattern.compile("用于|用作|用在|用来");

  /** A clause that ends with a verb of saying, what is said after it: …在总结时表示， …强调，. */
  private static final Pattern SAYING = Pattern.compile("(表示|指出|强调|认为|提出|说|讲|谈到|介绍|坦言|规定)[，,：:]?$");

  /** A span without its full stop and the marks before it, to be joined to another: 联系人：…韩雨桐. */
  static String withoutEnd(String span) {
    return withoutTrailingMarks(span.replaceFirst("。$", ""));
  }

  /** What qualifies the clause before it: 但不参与评奖, 不过须由原单位推荐. */
  private static final Pattern QUALIFIED = Pattern.compile("(但|但是|不过|然而|只是)");

  /**
   * How much of its row's label a cell that repeats no word asked covers: a little less than the
   * cell the label heads, so a cell wins over it only by fitting the question better.
   */
  private static final double LABEL_ONLY = 0.9;

  private static final String TRAILING = "，：；,;:、";

  private Spans() {}

  /**
   * The answering span of the passage; empty when the question is strict about its answer's shape
   * and no part of the passage that covers the question has it.
   */
  static Optional<String> answer(Question q, Weights w, Passage p, Snapshot kb) {
    Optional<String> announced =
        announced(q, p).or(() -> counted(q, p)).or(() -> nthOfCounted(q, p));
    if (announced.isPresent()) {
      return announced;
    }
    List<String> clauses = p.clauses();
    if (!q.strict() && (w.coverage(p.canonical()) == 0 || namedByHeading(q, p))) {
      return Optional.of(tidy(p.text()));
    }
    boolean whole =
        (q.type() == QuestionType.CONTACT || q.caution()) && TypeFit.of(q, p.canonical(), kb) >= 1
            || (q.type() == QuestionType.WHY || FOR_WHOM.matcher(q.text()).find())
                && PURPOSE_LED.matcher(p.canonical()).find()
            || Candidates.askedByItsHeading(q, w, p)
            || ASKS_DUTIES.matcher(q.text()).find() && DUTY.matcher(p.canonical()).find()
            || ASKS_CONDITIONS.matcher(q.text()).find() && MUST.matcher(p.canonical()).find()
            // 不能参会怎么办 of 代表因故不能参会的，须经…同意，并…书面请假，不得…: every step for the case
            || WHAT_TO_DO.matcher(q.text()).find() && CASE_THEN_MUST.matcher(p.canonical()).find()
            || labelled(q, w, p)
            || q.type() == QuestionType.HOW && STEP.matcher(p.text()).lookingAt();
    if (whole && p.text().length() <= MAX_SPAN) {
      // the number with whom it reaches; every do and don't the sentence gives, not the one that
      // repeats the question's word; the purpose a sentence opens with (为丰富…，…决定举办…), with
      // what it is the purpose of
      return Optional.of(tidy(p.text()));
    }
    String best = null;
    int bestFrom = -1;
    int bestTo = -1;
    double bestFit = 0;
    double bestValue = Double.NEGATIVE_INFINITY;
    double sentenceFit = TypeFit.of(q, p.canonical(), kb);
    // what the sentence's title, heading and the sentence before it say counts for its windows
    String around = p.context().substring(0, Math.max(0, p.context().lastIndexOf('\n')));
    // a table row's label is of each of its cells (健身房怎么收费 of 健身房：楼层为四楼，…，收费为会员每次5元…),
    // and an employer's of each clause of its line (华晟电子包食宿吗 of 琴阳华晟电子有限公司：招聘普工40名，…，包食宿)
    Matcher labelled = LINE_LABEL.matcher(p.canonical().strip());
    String lineLabel =
        labelled.lookingAt() && (isTableRow(p) || ORGANISATION.matcher(labelled.group(1)).matches())
            ? labelled.group(1) + "\n"
            : "";
    // a row the notice's table has, not a line that reads as one (入园时间为8:00—8:30，离园时间为…)
    boolean row = !lineLabel.isEmpty() && p.paragraphOf().row();
    // …按月发放技能津贴：初级工100元，中级工200元，高级工400元，…: what the colon leads into is of each item
    String colonLead = colonLead(p.canonicalClauses());
    boolean asksContent = Candidates.ASKS_CONTENT.matcher(q.text()).find();
    List<String> edgePairs = edgePairs(q, w);
    Matcher conditions = ASKS_CONDITIONS.matcher(q.text());
    String asksConditions =
        conditions.find()
            ? conditions.group(2) != null ? conditions.group(2) : conditions.group(3)
            : null;
    boolean asksTotal = ASKS_TOTAL.matcher(q.text()).find();
    Matcher kindAsked = WHICH_KIND.matcher(Canonical.text(q.text()));
    String whichKind = kindAsked.find() ? kindAsked.group(1) : null;
    boolean asksUse = ASKS_USE.matcher(q.text()).find();
    int lastCounted = lastCounted(q, clauses);
    int replaced = ASKS_OLD.matcher(q.text()).find() ? -1 : replacedAt(p.canonicalClauses());
    for (int i = 0; i < clauses.size(); i++) {
      StringBuilder window = new StringBuilder();
      StringBuilder canonicalWindow = new StringBuilder();
      for (int j = i; j < Math.min(clauses.size(), i + 3); j++) {
        window.append(clauses.get(j));
        canonicalWindow.append(p.canonicalClauses().get(j));
        if (dangling(clauses.get(j)) && j + 1 < clauses.size()) {
          continue; // the clause that completes it follows
        }
        String text = window.toString();
        String canonical = canonicalWindow.toString();
        double fit = TypeFit.of(q, withoutAskedFigures(q, canonical), kb);
        // 游园会名额多少 of its row: the cell of 名额 (名额为不限), whatever its shape
        boolean namedColumn = row && namesColumn(q, p.canonicalClauses().get(i));
        if (SHAPED.contains(q.type())
            && sentenceFit > 0
            && fit < Math.min(sentenceFit, 0.8)
            && !namedColumn) {
          // a window keeps the shape the sentence has, though a clock time (服务至13:00结束) will do
          // where the sentence also names its weekday
          continue;
        }
        double coverage = w.coverage(canonical);
        if (i > 0 && (coverage > 0 || row)) {
          // a row's cell is of its label, though it repeats no word asked (东门街道爱心驿站在哪里 of
          // 东门街道爱心驿站：所在区县为溱南区，详细地址为解放路112号…)
          coverage =
              coverage > 0
                  ? w.coverage(lineLabel + canonical)
                  : LABEL_ONLY * w.coverage(lineLabel + canonical);
          if (!colonLead.isEmpty()) {
            coverage = Math.max(coverage, w.coverage(colonLead + "\n" + canonical));
          }
        }
        // a question of nothing but its shape (几号开始) has no words a window must cover; what the
        // sentence opens with is its subject (…开办“读书班”，每周三…，共办4期，每期40人)
        String before = i > 0 ? p.canonicalClauses().get(0) : "";
        if (q.strict()
            && (fit < 0.5 && !namedColumn
                || !w.isEmpty()
                    && w.coverage(around + "\n" + before + canonical) < STRICT_COVERAGE)) {
          continue;
        }
        double value =
            coverage
                + 0.8 * fit
                - 0.004 * text.length()
                + PAIRED * sharedPairs(edgePairs, canonical);
        if (q.type() == QuestionType.HOW && MEANS.matcher(canonical).find()) {
          value += 0.5; // 怎么报名: the clause that says by what means (通过微信小程序…进行)
        }
        if (row && i > 0 && asksItsColumn(q, canonical)) {
          value += 0.3; // 东门街道爱心驿站在哪里 of its row: the cell of 详细地址, not that of 所在区县
        }
        if (namedColumn) {
          value += 0.8; // 游园会名额多少: the cell of 名额, though another cell has the asked-for shape
        }
        if (asksConditions != null && canonical.contains(asksConditions)) {
          value += 0.5; // 数控车工有什么要求 of …：招聘数控车工5名，月薪…，要求2年以上相关工作经验，…: what it requires
        }
        if (asksContent && Candidates.GIVES_CONTENT.matcher(canonical).find()) {
          value += 1; // 笔试考什么内容: the clause that says 内容为…, though it repeats no word asked
        }
        if (asksUse && USE.matcher(canonical).find()) {
          value += 0.5; // 作品会用在哪些地方 of …有权对作品进行编辑、修改，并用于出版、展览和网络宣传: the use
        }
        if (whichKind != null && canonical.contains("的" + whichKind)) {
          value += 0.5; // 哪些困难职工可以免学费 of 在市总工会建档的困难职工，凭困难职工证学费全免: which of them
        }
        if (asksTotal && TOTAL.matcher(canonical).find()) {
          value += 0.5; // 补助经费一共多少 of …共计156万元，其中…62万元，每家…不超过2万元: the sum
        }
        if (i > 0
            && canonical.startsWith("其中")
            && coverage <= w.coverage(p.canonicalClauses().get(i - 1))) {
          value -= 0.5; // 专利几项 of 共取得国家专利9项，其中发明专利2项: the whole, unless a part is asked
        }
        if (i == lastCounted) {
          value += 1; // 校准法最后一步是什么 of …：第一步…，第二步…，第三步用激光跟踪仪复核定位: the last one counted
        }
        if (q.type() == QuestionType.WHEN
            && EXCEPTED.matcher(canonical).find()
            && !DAY_OF_MONTH.matcher(canonical).find()
            && !ASKS_EXCEPTION.matcher(q.text()).find()) {
          value -= 0.5; // 体检时间是什么时候 of 5月10日至6月18日，周六、周日及法定节假日除外: the days, not those left out
        }
        if (replaced > 0 && i < replaced && j < replaced) {
          value -= 1; // 汇演几点开始 of 原定于…下午14:30举行，现调整为…晚上19:00举行: what holds now
        }
        if (Candidates.otherSide(w, q.text(), canonical)) {
          value -= 0.5; // 开班后退出能退吗 of …退一半；开班后退出的，托管费不退: the asked side of the time
        }
        if (newInformation(w, canonical) < 3) {
          value -= 0.5;
        }
        if (j > i && withoutTrailingMarks(clauses.get(i)).endsWith("的")
            || onlyAsWhatCameBefore(w, canonical)) {
          // 审核要几个工作日 of …5个工作日内完成审核，审核通过的，救助金10个工作日内打入…: what the case says
          // follows the deed; the deed itself is where it is done (几天立案 of 5个工作日内决定是否立案, not
          // of 立案后一般在30个工作日内办结)
          value -= CASE_LED;
        }
        if (value > bestValue) {
          bestValue = value;
          best = text;
          bestFrom = i;
          bestTo = j;
          bestFit = fit;
        }
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    if (previousFits(clauses, bestFrom, best) && clauses.get(bestFrom).strip().startsWith("其中")) {
      // 市总工会承担多少 of 每人2280元，其中市总工会承担2000元: the whole that 其中 is a part of
      best = clauses.get(--bestFrom) + best;
    }
    String lead = colonLead.isEmpty() ? "" : colonLead(clauses);
    // a window from the clause that holds the colon says the lead itself
    int leadEnd = lead.isEmpty() ? 0 : colonClause(clauses);
    if (bestFrom > leadEnd && best.length() + lead.length() <= MAX_SPAN) {
      best = lead + best; // 高级工的技能津贴 of …技能津贴：高级工400元
    }
    if (p.text().strip().length() <= SHORT_LINE) {
      return Optional.of(tidy(p.text())); // 月卡：原价298元，会员价99元；: a line this short is said whole
    }
    // the rest of the sentence: for 能去吗 when it gives the verdict (…的职工，不宜参加疗休养); for 作弊会怎么样,
    // what follows the clause that names the deed (…作弊工具，一经发现取消获奖资格)
    String rest = String.join("", clauses.subList(bestTo + 1, clauses.size()));
    // 直属事业单位的人可以投稿吗 of …可以投稿，但不参与评奖: a yes that the rest qualifies
    boolean verdict =
        QuestionParser.asksYesOrNo(q.text())
            && !q.strict()
            && (VERDICT.matcher(rest).find() || QUALIFIED.matcher(rest).lookingAt());
    boolean consequence = QuestionParser.asksConsequence(q.text()) && !rest.isEmpty();
    // 从工会工作看原因是什么 of 从工会工作看，劳动者流动性强、工作时间分散，传统的…方式难以有效覆盖: a problem, a
    // cause or a use (手册有什么用 of …操作手册》，共12万字，成为车间新员工的必修教材) is what the whole sentence says
    boolean finding = ASKS_FINDING.matcher(q.text()).find() && !rest.isEmpty();
    // 周启明在总结时说了什么 of 周启明在总结时表示，职工的“急难愁盼”就是…“必答题”: what a verb of saying leads into
    boolean said = SAYING.matcher(best.strip()).find() && !rest.isEmpty();
    if ((verdict || consequence || finding || said) && best.length() + rest.length() <= MAX_SPAN) {
      best += rest;
      bestTo = clauses.size() - 1;
    }
    if (QuestionParser.asksYesOrNo(q.text())
        && !q.strict()
        && previousFits(clauses, bestFrom, best)
        && !VERDICT.matcher(best).find()
        && VERDICT.matcher(clauses.get(bestFrom - 1)).find()) {
      // 退休职工能参加吗 of 已办理退休手续的会员不在本次范围内，区总工会将另行组织退休职工…义诊: the verdict before
      best = clauses.get(--bestFrom) + best;
    }
    if (q.type() == QuestionType.HOW && nextFits(clauses, bestTo, best) && restates(q, w, best)) {
      // 新入会的会员怎么参保 of 保障期内新入会的会员，可于每月10日前补报名册并缴费: who, then how
      best += clauses.get(++bestTo);
    }
    if (nextFits(clauses, bestTo, best) && onlyNamesTheDefined(q, best)) {
      // 什么是整体参保 of 参保实行“整体参保”原则，以基层工会为单位组织参加: the clause after says what it is
      best += clauses.get(++bestTo);
    }
    if (!q.strict()
        && nextFits(clauses, bestTo, best)
        && SPELLED_OUT.matcher(clauses.get(bestTo + 1).strip()).lookingAt()) {
      // 夜校共有216名职工报名，其中快递员…占了一半以上; 大会提出了…奋斗目标，即到2032年…: the clause that
      // says who among them, or what it is, belongs to it
      best += clauses.get(++bestTo);
      String meaning = String.join("", clauses.subList(bestTo + 1, clauses.size()));
      if (clauses.get(bestTo).strip().startsWith("即")
          && best.length() + meaning.length() <= MAX_SPAN) {
        // …带徒法，即由他带3名骨干，每名骨干再各带3名新人，…: what it is runs to the sentence's end
        best += meaning;
        bestTo = clauses.size() - 1;
      }
    }
    if ((q.type() == QuestionType.WHERE || QuestionParser.asksYesOrNo(q.text()))
        && nextFits(clauses, bestTo, best)
        && ANOTHER_PLACE.matcher(clauses.get(bestTo + 1).strip()).lookingAt()
        && LOCATIVE.matcher(best).find()) {
      // 公示在哪里发布 of 本公示同时在OA系统“厂务公开”栏目发布，并在各车间公示栏张贴: every place it is done
      best += clauses.get(++bestTo);
    }
    if ((q.type() == QuestionType.WHERE || QuestionParser.asksYesOrNo(q.text()))
        && previousFits(clauses, bestFrom, best)
        && ANOTHER_PLACE.matcher(clauses.get(bestFrom).strip()).lookingAt()
        && LOCATIVE.matcher(clauses.get(bestFrom - 1)).find()) {
      // 公示只贴在车间吗 of the same sentence: the place before the one the question names
      best = clauses.get(--bestFrom) + best;
    }
    if (previousFits(clauses, bestFrom, best) && clauses.get(bestFrom).strip().startsWith("是")) {
      // 年龄最小的获奖选手是谁 of …米嘉禾年仅22岁，是本届年龄最小的获奖选手: what 是 says it of comes before
      best = clauses.get(--bestFrom) + best;
    }
    if (bestFrom == 1
        && (q.type() == QuestionType.WHO
            || q.type() == QuestionType.HOW
            || ASKS_CONDITION.matcher(q.text()).find())
        && clauses.get(0).strip().endsWith("的，")
        && previousFits(clauses, bestFrom, best)) {
      // 什么情况算一个夜班 of 职工在当日22时至次日6时之间连续工作满4小时的，按一个夜班计算: who or when it holds
      // is said before it; 合同怎么生效 of 人社局…未提出异议的，本合同即行生效: so is how
      best = clauses.get(--bestFrom) + best;
    } else if (bestFrom >= 1
        && q.type() == QuestionType.WHO
        && WHO_IT_IS_OF.matcher(clauses.get(0).strip()).matches()
        && best.length() + clauses.get(0).length() <= MAX_SPAN) {
      // 谁能拿夜班津贴 of 实行倒班的职工，中班津贴每班15元，夜班津贴每班30元: whom every clause is of
      best = clauses.get(0) + best;
    }
    if (q.type() == QuestionType.WHEN
        && bestFrom == 1
        && previousFits(clauses, bestFrom, best)
        && DATE_CLAUSE.matcher(clauses.get(0).strip()).matches()
        && !MONTH.matcher(best).find()) {
      // 电子厂工会什么时候收到职工反映 of 2027年4月，栎溪县某电子厂工会收到职工反映：…: the day opens the sentence
      best = clauses.get(--bestFrom) + best;
    }
    if (q.type() == QuestionType.WHO
        && previousFits(clauses, bestFrom, best)
        && TypeFit.of(q, Canonical.text(best), kb) == 0
        && DOER.matcher(clauses.get(bestFrom - 1).strip()).lookingAt()) {
      // 典型案例是谁评选出来的 of 市总工会从…报送的41个案例中，评选出5个典型案例: who did it is said in the
      // clause before what they did
      best = clauses.get(--bestFrom) + best;
    }
    if (q.type() == QuestionType.WHO && MAY.matcher(best.strip()).lookingAt()) {
      // 申请对象是谁 of 在桐溪区内…工作，已加入工会组织满6个月的在职职工，有下列情形之一的，可以提出申请: who
      // may (or must) is all that comes before what they may do
      while (previousFits(clauses, bestFrom, best)) {
        best = clauses.get(--bestFrom) + best;
      }
    }
    if (bestFrom == 1
        && DATE_ONLY.matcher(clauses.get(0).strip()).matches()
        && QuestionParser.asksYesOrNo(q.text())
        && NAMES_A_TIME.matcher(q.text()).find()) {
      // 招聘会是四月办的吗 of 3月16日，由…主办的…招聘会在…举行: the day the sentence opens with decides it
      best = clauses.get(--bestFrom) + best;
    }
    if (previousFits(clauses, bestFrom, best)
        && THEN.matcher(clauses.get(bestFrom).strip()).lookingAt()) {
      // 怎么查找附近的驿站 of 打开“沅川工会”小程序“驿站地图”，就能查找附近的驿站: what it takes comes before
      best = clauses.get(--bestFrom) + best;
    }
    if (!q.strict()
        && nextFits(clauses, bestTo, best)
        && AND_THEN.matcher(clauses.get(bestTo + 1).strip()).lookingAt()) {
      // 自称工会工作人员要求转账怎么办 of …，请立即挂断，并拨打12351职工服务热线核实: every step asked
      best += clauses.get(++bestTo);
    }
    if (q.type() == QuestionType.HOW && FIRST_STEP.matcher(best).find()) {
      // 另选他人怎么填 of …的，先在…划“×”，再在…写上另选人的姓名，并在其姓名上方划“○”: every step after the first
      while (nextFits(clauses, bestTo, best)
          && NEXT_STEP.matcher(clauses.get(bestTo + 1).strip()).lookingAt()) {
        best += clauses.get(++bestTo);
      }
    }
    if (q.ordinal().isPresent()
        && !enumerates(best)
        && nextFits(clauses, bestTo, best)
        && enumerates(clauses.get(bestTo + 1))) {
      // 乒乓球团体赛第一场是什么 of …采用五场三胜制，依次为男单、女单、男双…: the list a position is counted in
      best += clauses.get(++bestTo);
    }
    int counted = countedItems(q, clauses, bestFrom, bestTo);
    if (counted > bestTo) {
      best = String.join("", clauses.subList(bestFrom, counted + 1));
      bestTo = counted;
    }
    int listed = colonListed(q, clauses, bestFrom, bestTo);
    if (listed > bestTo) {
      // 三不是哪三不 of 请大家牢记“三不一多”：不轻信…，不透露…，不向…转账汇款，多和…核实: every item the colon leads into
      best = String.join("", clauses.subList(bestFrom, listed + 1));
      bestTo = listed;
    }
    // what follows the window and belongs to it: parallel parts, else the same fact for another
    // case
    String parallel = parallel(w, p, bestTo);
    best += parallel.isEmpty() ? sameFact(q, w, p, bestFrom, bestTo, bestFit, kb) : parallel;
    if (q.type() == QuestionType.COUNT && !q.unit().isEmpty()) {
      best = quotedCount(q, best);
    }
    if (!SHAPED.contains(q.type())) {
      best = alternatives(clauses, bestFrom, bestTo).orElse(best);
      best = pointsInline(clauses, bestFrom, bestTo).orElse(best);
    }
    Matcher label = LINE_LABEL.matcher(p.text().strip());
    if (label.lookingAt() && !best.contains(label.group(1)) && best.length() < p.text().length()) {
      // 松林街道、云港街道及区直单位 of 第三批：6月7日至6月30日，松林街道…: the label says what the line is of
      best = label.group() + best.strip();
    }
    return Optional.of(tidy(best));
  }

  /**
   * The clause that opens with the last of the passage's own count in the unit a question asks the
   * last of (第三步 of 第一步…，第二步…，第三步… for 最后一步是什么); -1 when it counts fewer than two, or the question
   * asks no last one.
   */
  private static int lastCounted(Question q, List<String> clauses) {
    if (q.ordinal().isEmpty() || q.ordinal().getAsInt() != Question.LAST || q.unit().isEmpty()) {
      return -1;
    }
    Pattern counted = Pattern.compile("^第([一二三四五六七八九十]{1,3}|\\d{1,2})" + Pattern.quote(q.unit()));
    int at = -1;
    int most = 1;
    for (int i = 0; i < clauses.size(); i++) {
      Matcher m = counted.matcher(clauses.get(i).strip());
      if (m.find() && Numerals.parse(m.group(1)) > most) {
        most = Numerals.parse(m.group(1));
        at = i;
      }
    }
    return at;
  }

  /**
   * What a sentence's first or second clause leads into a list of clauses with, up to its colon
   * (…按月发放技能津贴： of …技能津贴：初级工100元，中级工200元，…), when all it leads into are named figures, three or
   * more; "" otherwise.
   */
  private static String colonLead(List<String> clauses) {
    int at = colonClause(clauses);
    return at < 0
        ? ""
        : String.join("", clauses.subList(0, at))
            + clauses.get(at).substring(0, clauses.get(at).indexOf('：') + 1);
  }

  /**
   * The index of the clause whose colon leads into named figures ({@link #colonLead}): the first or
   * the second (取得…证书的，可以申领技能提升补贴：初级工1000元，…); -1 when there is none.
   */
  private static int colonClause(List<String> clauses) {
    int at = 0;
    while (at < Math.min(2, clauses.size()) && clauses.get(at).indexOf('：') < 0) {
      at++;
    }
    if (clauses.size() - at < 3 || at == 2) {
      return -1;
    }
    String first = clauses.get(at);
    int colon = first.indexOf('：');
    if (colon <= 0) {
      return -1;
    }
    // the colon leads into short figures, each named (初级工100元), not a label's text (地铁：从C出口出站)
    List<String> items = new ArrayList<>(clauses.subList(at + 1, clauses.size()));
    String rest = first.substring(colon + 1).strip();
    if (!rest.isEmpty()) {
      items.add(0, rest);
    }
    boolean figures =
        items.size() >= 3
            && items.stream()
                .allMatch(
                    c -> NAMED_FIGURE.matcher(c.strip().replaceAll("[，,；;。]+$", "")).matches());
    return figures ? at : -1;
  }

  /**
   * The last clause of the list a colon in the window leads into, for a question that asks what a
   * list holds: the sentence's last clause when it and all before it fit {@link #MAX_SPAN}; -1
   * otherwise.
   */
  private static int colonListed(Question q, List<String> clauses, int from, int to) {
    if (q.type() != QuestionType.LIST || q.strict() || to + 1 >= clauses.size()) {
      return -1;
    }
    boolean leads = clauses.subList(from, to + 1).stream().anyMatch(c -> c.contains("："));
    int last = clauses.size() - 1;
    return leads && String.join("", clauses.subList(from, last + 1)).length() <= MAX_SPAN
        ? last
        : -1;
  }

  /** A figure with its name: 初级工100元, 高级技师800元, 一线职工不低于60%. */
  private static final Pattern NAMED_FIGURE =
      Pattern.compile("\\p{IsHan}{1,10}\\d+(\\.\\d+)?[\\p{IsHan}%]{0,3}");

  /**
   * A clause of what someone may or must do, its doer said before it: 可以提出申请, 均可报名,
   * 须于5月12日前将申请表电子版发送至….
   */
  private static final Pattern MAY = Pattern.compile("^(?:均|都|也|即|方)?(?:可以|可|能够|能|必须|须|需|应当|应)");

  /** A sentence's opening clause that is only a day or a month: 2027年4月，, 3月5日上午，. */
  private static final Pattern DATE_CLAUSE =
      Pattern.compile("^(\\d{4}年)?\\d{1,2}月(\\d{1,2}日)?(上午|下午|晚上)?[，,]$");

  /** A month said with its number, as any day of it is: 4月, 4月8日. */
  private static final Pattern MONTH = Pattern.compile("\\d{1,2}月");

  /** A clause that opens with a body doing something: 市总工会从…, 区人社局会同…. */
  private static final Pattern DOER =
      Pattern.compile("^\\p{IsHan}{1,12}(总工会|工会|委员会|办公室|局|部|中心)(从|在|于|向|对|会同|联合|组织|根据|按照)");

  /** A sentence's opening clause that names only whom the rest is of: 实行倒班的职工，. */
  private static final Pattern WHO_IT_IS_OF =
      Pattern.compile("^[^，,。；]{2,20}的(职工|员工|人员|会员|劳动者|同志|学员)[，,]$");

  /** A question of when a rule holds: 什么情况算, 什么条件下, 哪些情形. */
  private static final Pattern ASKS_CONDITION =
      Pattern.compile("(什么|啥|哪些|哪种|何种)(情况|条件|情形|时候算|样的人)");

  /**
   * A question of a problem, its cause, what a thing is for or how it is judged: 原因是什么, 有什么问题,
   * 有什么用, 怎么评价.
   */
  private static final Pattern ASKS_FINDING =
      Pattern.compile(
          "(原因|问题|困难|不足|短板|难处|毛病)(是什么|是啥|有哪些|有什么|在哪)|(什么|哪些|啥)(原因|问题|困难|不足|短板)"
              + "|有(什么|啥)用|(什么|啥)(用处|作用)"
              // 讲话人怎么评价交流发言 of 三家单位作了交流发言，讲得很实在，…: what is said of it
              + "|(怎么|如何|怎样)(评价|看待)|评价(如何|怎么样)");

  /** A clause that says what follows from the one before it: 就能查找…, 即可…, 便可…. */
  private static final Pattern THEN = Pattern.compile("^(就能|就可以|就可|即可|便可|便能|才能)");

  /** A clause that says the first of the steps: 先在该候选人姓名上方划“×”. */
  private static final Pattern FIRST_STEP = Pattern.compile("(^|[，,]|的)先|首先");

  /** A clause that says a step after the first: 再在…写上…, 然后…, 最后…, 并…. */
  private static final Pattern NEXT_STEP = Pattern.compile("^(再|然后|接着|之后|最后|并)");

  /** A clause that goes on with another step: 并拨打12351…核实. */
  private static final Pattern AND_THEN = Pattern.compile("^并(?!在)");

  /** A clause that does the same in another place: 并在各车间公示栏张贴. */
  private static final Pattern ANOTHER_PLACE = Pattern.compile("(并|还|也|同时|另)在");

  /** A clause that is a day alone: 3月16日，. */
  private static final Pattern DATE_ONLY =
      Pattern.compile("(\\d{4}年)?\\d{1,2}月\\d{1,2}日(上午|下午|晚上)?[，,]");

  /** A question that names a time of its own: 是四月办的吗, 5号开始吗. */
  private static final Pattern NAMES_A_TIME =
      Pattern.compile("[\\d一二三四五六七八九十]{1,3}[月号日]|星期|周[一二三四五六日天]|上午|下午|晚上");

  /** Three or more things named one after another: 男单、女单、男双 (not numbers alone: 9、7、6). */
  private static final String NAMED_THING = "[\\w×]{0,6}\\p{IsHan}[\\p{IsHan}\\w×]{0,11}";

  private static final Pattern ENUMERATES =
      Pattern.compile(NAMED_THING + "、" + NAMED_THING + "、" + NAMED_THING);

  /** True when the text names three or more things one after another ({@link #ENUMERATES}). */
  static boolean enumerates(String text) {
    return ENUMERATES.matcher(text).find();
  }

  /**
   * True when a clause comes before the span's first and the span with it fits {@link #MAX_SPAN}.
   */
  private static boolean previousFits(List<String> clauses, int first, String span) {
    return first > 0 && span.length() + clauses.get(first - 1).length() <= MAX_SPAN;
  }

  /** True when a clause follows the span's last and the span with it fits {@link #MAX_SPAN}. */
  private static boolean nextFits(List<String> clauses, int last, String span) {
    return last + 1 < clauses.size() && span.length() + clauses.get(last + 1).length() <= MAX_SPAN;
  }

  /** A clause that says what replaces what was planned: 现调整为…, 现延长至…, 改为…. */
  private static final Pattern REPLACES =
      Pattern.compile("^(现|现已|现在)?(调整|改|延长|延期|变更|推迟|提前|更改|改期)(为|至|到)");

  /** A clause of the days left out of a period: 周六、周日及法定节假日除外. */
  private static final Pattern EXCEPTED = Pattern.compile("除外");

  /** A day of a month: 6月18日, 18号. */
  private static final Pattern DAY_OF_MONTH = Pattern.compile("\\d{1,2}月|\\d{1,2}[日号]");

  /** A question of the days left out, or of one of them: 周末能去吗, 节假日开放吗, 哪天不接待. */
  private static final Pattern ASKS_EXCEPTION = Pattern.compile("不|没|除|休|周末|周[六日天]|星期|礼拜|节假日|假");

  /** A clause that says what was planned before: 原定于…, 原计划…. */
  private static final Pattern PLANNED = Pattern.compile("^(因)?原(定|计划|来|先|本)");

  /** A question of what was planned before the change: 原来定的是哪天, 以前在哪办. */
  static final Pattern ASKS_OLD = Pattern.compile("原来|原定|原先|原本|本来|以前|之前|原计划|改之前");

  /**
   * True when a sentence says what was planned and not what replaces it (因原定演出场地…进行设备改造，无法如期使用):
   * where the notice changes a plan, what holds now is said elsewhere.
   */
  static boolean plannedOnly(List<String> canonicalClauses) {
    // most sentences say no plan: one look at each clause, and no second pass for what replaces it
    return canonicalClauses.stream().anyMatch(c -> PLANNED.matcher(c.strip()).find())
        && replacedAt(canonicalClauses) < 0;
  }

  /**
   * The clause of a sentence that says what replaces the plan an earlier clause gives (原定…，现调整为…);
   * -1 when it says no such thing.
   */
  private static int replacedAt(List<String> canonicalClauses) {
    boolean planned = false;
    for (int i = 0; i < canonicalClauses.size(); i++) {
      String c = canonicalClauses.get(i).strip();
      if (planned && REPLACES.matcher(c).find()) {
        return i;
      }
      planned |= PLANNED.matcher(c).find();
    }
    return -1;
  }

  /** A question word said only as what something follows: 立案 of 立案后…办结. */
  private static boolean onlyAsWhatCameBefore(Weights w, String canonical) {
    for (Weights.Term t : w.terms) {
      for (String form : t.forms()) {
        int at = canonical.indexOf(form);
        if (at < 0) {
          continue;
        }
        boolean after = true;
        for (; at >= 0; at = canonical.indexOf(form, at + 1)) {
          after &= canonical.startsWith("后", at + form.length());
        }
        if (after) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Weight of the pairs of characters that join a question's word to the character beside it, held
   * by a window: between windows of the same words, the one that says them as the question does
   * (离园时间是几点 of 入园时间为8:00—8:30，离园时间为17:00—17:30, where the word segmented is 园时间 alone).
   */
  private static final double PAIRED = 0.1;

  /** Characters that ask or join rather than name: 几个驿站 joins nothing to 驿站. */
  private static final String ASKING = "几多少个是了的吗呢啥么什哪谁在有和与及怎咋要能可会该";

  /**
   * The question's pairs of Chinese characters at the edges of its words, one inside a word and one
   * outside it that names rather than asks ({@link #ASKING}): 离园 of 离园时间是几点 over 园时间.
   */
  private static List<String> edgePairs(Question q, Weights w) {
    String asked = q.text();
    boolean[] inWord = new boolean[asked.length()];
    for (Weights.Term t : w.terms) {
      for (String form : t.forms()) {
        for (int at = asked.indexOf(form); at >= 0; at = asked.indexOf(form, at + 1)) {
          Arrays.fill(inWord, at, at + form.length(), true);
        }
      }
    }
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i + 1 < asked.length(); i++) {
      char outside = asked.charAt(inWord[i] ? i + 1 : i);
      if (inWord[i] != inWord[i + 1]
          && Character.UnicodeScript.of(asked.charAt(i)) == Character.UnicodeScript.HAN
          && Character.UnicodeScript.of(asked.charAt(i + 1)) == Character.UnicodeScript.HAN
          && ASKING.indexOf(outside) < 0) {
        pairs.add(asked.substring(i, i + 2));
      }
    }
    return pairs;
  }

  /** The share of the question's edge pairs ({@link #edgePairs}) that the text holds. */
  private static double sharedPairs(List<String> pairs, String text) {
    return pairs.isEmpty()
        ? 0
        : (double) pairs.stream().filter(text::contains).count() / pairs.size();
  }

  /** What a window that opens with a case (审核通过的，…) loses to one of as much else that does not. */
  private static final double CASE_LED = 0.05;

  /** An organisation's name as a line's label: 琴阳华晟电子有限公司：招聘普工40名，…，包食宿. */
  private static final Pattern ORGANISATION =
      Pattern.compile("\\p{IsHan}{4,}(有限公司|公司|集团|医院|学校|中心|酒店|饭店|超市)");

  /** A cell of a table's row as a sentence says it: 收费为…, 是否需要预约为… ({@code Tables}). */
  private static final Pattern CELL = Pattern.compile("[，,]?[^，,。；：:为]{2,8}为");

  /**
   * True for a table's row as the parser writes it, a label over cells named by their column
   * (健身房：楼层为四楼，开放时间为…，收费为…).
   */
  static boolean isTableRow(Passage p) {
    return LINE_LABEL.matcher(p.canonical().strip()).lookingAt()
        && p.clauses().stream().filter(c -> CELL.matcher(c).lookingAt()).count() >= 2;
  }

  /** The column a row's cell opens with that says where: 详细地址为…, 活动地点为…. */
  private static final Pattern WHERE_COLUMN =
      Pattern.compile("^[^为，]{0,4}(地址|地点|位置|场地|场所)[^为，]{0,4}为");

  /** The column a row's cell opens with that says when: 开放时间为…, 报名日期为…. */
  private static final Pattern WHEN_COLUMN = Pattern.compile("^[^为，]{0,4}(时间|日期)为");

  /**
   * True when the question names the column of the row's cell a clause opens (名额多少 of 名额为80, 怎么报名
   * of 报名方式为…, 谁参加 of 参加对象为…): the column's name in the question, or two characters of it in a
   * question that is no yes-or-no one.
   */
  private static boolean namesColumn(Question q, String clause) {
    String cell = clause.substring(clause.indexOf('：') + 1);
    Matcher named = CELL.matcher(cell);
    if (!named.lookingAt()) {
      return false;
    }
    String column = named.group().replaceAll("^[，,]|为$", "");
    if (q.text().contains(column)) {
      return true;
    }
    if (QuestionParser.asksYesOrNo(q.text())) {
      return false; // 13岁的孩子能参加吗 asks of the rule, not of the column 参加对象
    }
    for (int k = 0; k + 2 <= column.length(); k++) {
      if (q.text().contains(column.substring(k, k + 2))) {
        return true;
      }
    }
    return false;
  }

  /** True when a row's cell is of the column a where- or when-question asks for. */
  private static boolean asksItsColumn(Question q, String cell) {
    return q.type() == QuestionType.WHERE && WHERE_COLUMN.matcher(cell).find()
        || q.type() == QuestionType.WHEN && WHEN_COLUMN.matcher(cell).find();
  }

  /** A question of a sum: 一共多少, 总共几个, 合计多少. */
  private static final Pattern ASKS_TOTAL = Pattern.compile("一共|总共|共计|总计|合计|加起来|总额");

  /** A clause that gives a sum: 共计156万元, 总额为2380万元, 共招募341名. */
  private static final Pattern TOTAL =
      Pattern.compile("共计|总计|合计|总额|一共|总共|共有|(?<![公])共[设建开办]?[\\d一二三四五六七八九十两]");

  /** A line's label: 第三批：, 岗位代码01：, 2.柏岭区妇幼保健院：, 月卡：. */
  private static final Pattern LINE_LABEL =
      // not who speaks (徒弟刘晓帆说：“…”)
      Pattern.compile(
          "(?:\\d{1,2}[.．、]\\s*|[（(][一二三四五六七八九十\\d]{1,3}[）)])?"
              // 2月10日（除夕）： a row's label with its aside
              // 庆“五一”职工歌咏比赛： a row's label with a quoted name in it
              + "((?:[^，,。；：:“”（(]|“[^，,。；：:“”]{1,8}”){2,16}(?:[（(][^（()）：:]{1,12}[）)])?)"
              + "(?<![说讲道问答])[：:]");

  /** A clause that opens a point a sentence numbers inline: 一是…, 二是…. */
  private static final Pattern POINT_INLINE = Pattern.compile("^([一二三四五六七八九十])是");

  /**
   * Every point a sentence numbers inline after a colon (宿舍和工棚取暖要做到：一是…，二是…，三是…), when the window
   * holds one of them and no more than the run: a worker asking what is to be done needs all of
   * them. Empty when the window holds none, or the run is longer than {@link #MAX_SPAN}.
   */
  private static Optional<String> pointsInline(List<String> clauses, int from, int to) {
    int first = -1;
    for (int i = from; i <= to && first < 0; i++) {
      if (POINT_INLINE.matcher(clauses.get(i)).find()) {
        first = i;
      }
    }
    if (first < 0) {
      return Optional.empty();
    }
    while (first > 0 && !clauses.get(first).startsWith("一是")) {
      first--;
    }
    if (!clauses.get(first).startsWith("一是")
        || first == 0
        || !clauses.get(first - 1).endsWith("：")) {
      return Optional.empty();
    }
    int last = first;
    for (int n = 2; last + 1 < clauses.size(); n++) {
      Matcher m = POINT_INLINE.matcher(clauses.get(last + 1));
      if (!m.find() || Numerals.parse(m.group(1)) != n) {
        break;
      }
      last++;
    }
    if (last == first || last < to) {
      return Optional.empty();
    }
    String run = String.join("", clauses.subList(first - 1, last + 1));
    return run.length() <= MAX_SPAN ? Optional.of(run) : Optional.empty();
  }

  /**
   * The whole run of alternatives a window is part of, when it is one: a worker asking how to sign
   * up needs every way the notice offers (通过小程序登记，也可以扫码登记，或者由工会统一报送), not the one clause that
   * matched best. Empty when the window offers no alternative and none follows it, or when the run
   * is longer than {@link #MAX_SPAN}.
   */
  private static Optional<String> alternatives(List<String> clauses, int from, int to) {
    int first = from;
    while (first > 0 && isAlternative(clauses.get(first))) {
      first--;
    }
    int last = to;
    while (last + 1 < clauses.size() && isAlternative(clauses.get(last + 1))) {
      last++;
    }
    if (first == from && last == to) {
      return Optional.empty();
    }
    if (last > to && last + 1 < clauses.size() && dangling(clauses.get(last))) {
      last++; // 使用…其他符号，或者符号模糊无法辨认的，对该候选人按弃权处理: alternative cases, then what holds for them
    }
    String run = String.join("", clauses.subList(first, last + 1));
    return run.length() <= MAX_SPAN ? Optional.of(run) : Optional.empty();
  }

  private static boolean isAlternative(String clause) {
    return ALTERNATIVE.matcher(clause.strip()).find();
  }

  /**
   * True when a list question's asked-for noun is in the sentence's heading but not in the sentence
   * (活动有哪些要求 of a sentence under 「工作要求」): the sentence is one of the things the heading names,
   * whole. When the sentence holds nothing of the question at all, no clause answers better than
   * another either; both keep the sentence whole.
   */
  private static boolean namedByHeading(Question q, Passage p) {
    String unit = Canonical.text(q.unit());
    return q.type() == QuestionType.LIST
        && unit.length() >= 2
        && !p.canonical().contains(unit)
        && Canonical.text(p.section().title()).contains(unit);
  }

  /** An aside a label ends with: （按姓氏笔画为序） of 副主席（按姓氏笔画为序）. */
  private static final Pattern ASIDE_AT_END = Pattern.compile("[（(][^（()）]{1,12}[）)]$");

  /**
   * The label a line opens with before its first colon, without an aside after it or the pad that
   * lines it up (副主席 of 副主席（按姓氏笔画为序）：…, 委员 of 委　员：…); "" when it has none of two to eight
   * characters.
   */
  static String labelOf(String line) {
    int colon = line.indexOf('：');
    String label =
        colon < 2
            ? ""
            : ASIDE_AT_END.matcher(line.substring(0, colon)).replaceFirst("").replace("\u3000", "");
    return label.length() < 2 || label.length() > 8 ? "" : label;
  }

  /**
   * True when the sentence is a labelled line whose label the question names and asks what it says
   * (温馨提示说了什么 of 温馨提示：各托管点名额有限，请家长提前注册…), or asks what the label is: the line is the answer, whole.
   */
  private static boolean labelled(Question q, Weights w, Passage p) {
    String label = labelOf(p.text());
    if (label.isEmpty()) {
      return false;
    }
    if (!SAYS_WHAT.matcher(q.text()).find()) {
      // 一等奖是什么 of a table's row 一等奖：数量为20名，奖品为500元超市购物卡。: all the question names is its label
      // 有哪些人列席会议 of 列席：…委员5人，…主席9人，…负责人: a list the label heads is said whole
      return q.type() == QuestionType.WHAT
              && !w.isEmpty()
              && w.coverage(Canonical.text(label)) >= 0.99
          || (q.type() == QuestionType.LIST || q.type() == QuestionType.WHO)
              && q.terms().stream().anyMatch(t -> t.length() >= 2 && label.endsWith(t));
    }
    return q.terms().stream().anyMatch(t -> t.length() >= 2 && label.contains(t));
  }

  /** A sentence that announces the items after it: 可通过以下方式向市总工会反映：, 有下列情形之一的，不予受理：. */
  private static final Pattern ANNOUNCES = Pattern.compile("(以下|如下|下列)[^。：]{0,16}：$");

  /**
   * For a question not strict about its answer's shape, a sentence that announces its section's
   * items (有异议怎么反映 of 可通过以下方式向市总工会反映： over （一）来信 …（四）来访) with them, when they fit a reply.
   */
  private static Optional<String> announced(Question q, Passage p) {
    if (q.strict() || !ANNOUNCES.matcher(p.text().strip()).find()) {
      return Optional.empty();
    }
    List<String> items = Items.numberedAfter(p.section(), p.paragraph());
    if (items.size() < 2 && p.paragraph() == p.section().paragraphs().size() - 1) {
      items = Items.headingsAfter(p.notice(), p.section());
    }
    if (items.size() < 2) {
      items = Items.of(p.notice(), p.section());
    }
    if (items.size() < 2) {
      return Optional.empty();
    }
    if (q.ordinal().isPresent()) {
      // 第一项处理意见是什么 of 现提出处理意见如下： over 一、…, 二、…: the item at that place
      int k = Question.place(q.ordinal().getAsInt(), items.size());
      return k < 1 || k > items.size()
          ? Optional.empty()
          : Optional.of(
              withoutEnd(p.text().strip())
                  + "，第"
                  + Numerals.chinese(k)
                  + "项是："
                  + withoutTrailingMarks(items.get(k - 1))
                  + "。");
    }
    String text =
        p.text().strip()
            + Outline.numbered(items.stream().map(Spans::withoutTrailingMarks).toList());
    if (text.length() > MAX_SPAN) {
      // 需准备以下材料： over 《…申请表》1份（在“潼溪工会”公众号…下载）；…: the things, without their asides
      text = text.replaceAll("（[^（）]*）", "");
    }
    return text.length() <= MAX_SPAN ? Optional.of(text) : Optional.empty();
  }

  /** A count a sentence announces the parts of after a colon: 经费主要分三块：…；…；…。. */
  private static final Pattern COUNTS_PARTS =
      Pattern.compile("([两二三四五六七八九])(块|类|种|项|个方面|方面|部分|件事|条)[^，,。；;：:]{0,6}[：:]");

  /**
   * For a question not strict about its answer's shape, a sentence that counts the parts it gives
   * after a colon, one sentence a part (站点经费从哪里来 of 经费主要分三块：市总工会…补助2万元…；各区县总工会按1:1配套；
   * 场地、水电则由共建单位提供。), with the parts that follow it in its paragraph, when they fit a reply.
   */
  private static Optional<String> counted(Question q, Passage p) {
    Matcher m = COUNTS_PARTS.matcher(p.text());
    if (q.strict() || !m.find() || !p.text().strip().endsWith("；")) {
      return Optional.empty();
    }
    int n = Numerals.parse(m.group(1));
    List<String> sentences = p.paragraphOf().sentences();
    if (p.sentence() + n > sentences.size()) {
      return Optional.empty();
    }
    String text = String.join("", sentences.subList(p.sentence(), p.sentence() + n));
    return text.length() <= MAX_SPAN ? Optional.of(tidy(text)) : Optional.empty();
  }

  /** What a sentence says before the things it counts: 设 of 设必答题、…, 活动分为 of 活动分为动员部署、…. */
  private static final Pattern BEFORE_THE_THINGS =
      Pattern.compile("^.*?(设|包括|分为|分成|包含|开设|设置|共有|分)");

  /**
   * For a question of the n-th of something, the n-th of the things a sentence lists and then
   * counts as that (决赛第二个环节是什么 of 设必答题、抢答题和风险题三个环节), when the count is theirs.
   */
  private static Optional<String> nthOfCounted(Question q, Passage p) {
    if (q.ordinal().isEmpty() || q.unit().length() < 2) {
      return Optional.empty();
    }
    Pattern counted =
        Pattern.compile(
            "(\\d{1,2})(?:个|项|种|类|条|大)?" + Pattern.quote(Canonical.text(q.unit())) + "$");
    for (List<String> things : Enumerations.of(p.canonical())) {
      Matcher m = counted.matcher(things.get(things.size() - 1));
      if (things.size() < 2 || !m.find() || Integer.parseInt(m.group(1)) != things.size()) {
        continue;
      }
      List<String> named = new ArrayList<>(things);
      named.set(named.size() - 1, named.get(named.size() - 1).substring(0, m.start()));
      String first = BEFORE_THE_THINGS.matcher(named.get(0)).replaceFirst("");
      named.set(0, first.length() >= 2 ? first : named.get(0));
      int k = Question.place(q.ordinal().getAsInt(), named.size());
      if (k < 1 || k > named.size() || named.stream().anyMatch(String::isEmpty)) {
        return Optional.empty();
      }
      // with the clause that lists them, as the notice says it (设焊工、电工…五个工种，第一个是焊工)
      String last = things.get(things.size() - 1);
      String clause = "";
      for (int i = 0; i < p.clauses().size(); i++) {
        if (p.canonicalClauses().get(i).contains(last)) {
          clause = withoutEnd(p.clauses().get(i)) + "，";
        }
      }
      return Optional.of(clause + "第" + Numerals.chinese(k) + "个是" + named.get(k - 1) + "。");
    }
    return Optional.empty();
  }

  /** A question that asks what a thing says: 温馨提示说了什么, 注意事项写的啥. */
  private static final Pattern SAYS_WHAT =
      Pattern.compile("(说|讲|写|提示|提醒)(了|的)?(什么|啥|哪些)|(内容|意思)是(什么|啥)");

  /** The means a thing is done by, which a how-question asks: 通过…, 采取…, 登录…, 扫码…, 由…协商确定. */
  private static final Pattern MEANS =
      Pattern.compile("通过|采取|采用|登录|扫码|扫描|(^|[，,])由[^，。；]{2,30}(确定|产生|决定|推荐|提名)");

  /** A question that asks what someone is to do or must meet: 基层工会要做什么, 工会干部该干啥, 对孩子身体有什么要求. */
  private static final Pattern ASKS_DUTIES =
      Pattern.compile("(要|应|应该|该|得|需要)(做|干)(什么|啥|哪些)|(什么|啥|哪些)(要求|条件)|(要求|条件)是(什么|啥)");

  /** A question that asks what one must meet: 新就业形态劳动者要满足啥条件. */
  private static final Pattern ASKS_CONDITIONS = Pattern.compile("(什么|啥|哪些)(要求|条件)|(要求|条件)是(什么|啥)");

  /**
   * A sentence that says what one must meet after saying who (第三类是…困难人员，须已加入工会组织，且…连续从业满6个月以上):
   * each clause after is one more condition.
   */
  private static final Pattern MUST = Pattern.compile("[，,](须|必须|应当|需)");

  /**
   * A sentence that gives someone's duties (各基层工会要做好政策宣传，帮助…及时申领): each clause is one, so the
   * question that asks them gets the sentence whole.
   */
  private static final Pattern DUTY =
      Pattern.compile(
          "^[^，,。]{1,12}?((?<![重主需必只])要|应当|应|须)[^，,。]{2,}[，,]"
              // 主要负责同志是第一责任人，要亲自部署、带头宣讲: who, then what they are to do
              + "|^[^，,。]{2,24}[，,](要|应当|须)[^，,。]{2,}");

  /** A clause that only says where: 在沅钢集团. */
  private static final Pattern LOCATIVE = Pattern.compile("在[^，,。；]{2,6}");

  /** A question of what to do in a case: 不能参会怎么办, 来不了咋办. */
  private static final Pattern WHAT_TO_DO = Pattern.compile("怎么办|咋办|怎么处理|如何处理");

  /**
   * A sentence that names a case, then what one must do in it: …不能参会的，须经…; 名次并列时，将…; 如你对本处理意见不服，
   * 可以….
   */
  private static final Pattern CASE_THEN_MUST =
      Pattern.compile(
          "^(\\d{1,2}[.．、]|[（(][一二三四五六七八九十\\d]{1,3}[）)])?"
              + "((如果|如|若|倘若)[^，,。]{2,30}|[^，,。]{2,30}(的|时))[，,][^，,。]{0,12}?"
              + "(须|应|应当|需|必须|要|可|请|将|会)");

  /** A clause that states a condition the next one answers: 如遇暴雨等恶劣天气，活动将顺延. */
  private static final Pattern CONDITION =
      Pattern.compile("^(如遇|遇有|如果|假如|若|一旦|如有|一经)|^[^，,]{0,10}只要");

  /**
   * True for a clause that cannot end an answer because it only sets up the one after it: a
   * condition or topic that ends in 的 (骗取保障金的，由…追回), opens with 对 (对表现突出的青年职工，优先推荐…) or with 如遇,
   * 如果, 若 (如遇暴雨等恶劣天气，活动将顺延) or holds 只要 (非全日制职工只要在8月31日前入会，和全日制会员一样参加), or says after what the next
   * one happens (加盖公章后，扫描发送…).
   */
  static boolean dangling(String clause) {
    String c = withoutTrailingMarks(clause);
    String s = clause.strip();
    return s.endsWith("：") && s.length() > 1 // a label (4月13日全天：) needs the value after it
        || c.endsWith("的")
        || Clauses.endsWithAfter(c) && !c.equals(clause.strip())
        || c.startsWith("对") && !c.startsWith("对于") && c.length() > 2
        || CONDITION.matcher(c).find() && !c.equals(clause.strip())
        // 记者用手机查了一下，单位附近1公里内就有3个驿站: what was looked into is what was found
        || LOOKED.matcher(c).find() && !c.equals(clause.strip());
  }

  /** A clause that says something was looked into, what was found to follow: 查了一下, 打听了一下. */
  private static final Pattern LOOKED = Pattern.compile("(查|问|看|打听|了解|算|数|搜)了一下$");

  /**
   * The last clause of the items a colon in the window announces, when they are as many as the
   * question asks for (哪三个 of 实现“三个百分之百”：…达到100%，…达到100%，…达到100%); else -1.
   */
  private static int countedItems(Question q, List<String> clauses, int from, int to) {
    if (q.count().isEmpty()) {
      return -1;
    }
    int n = q.count().getAsInt();
    for (int k = from; k <= to; k++) {
      String c = clauses.get(k);
      int colon = c.indexOf('：');
      if (colon < 0) {
        continue;
      }
      boolean itemAfterColon = colon < c.strip().length() - 1;
      int last = k + n - (itemAfterColon ? 1 : 0);
      return last == clauses.size() - 1 ? last : -1;
    }
    return -1;
  }

  /**
   * Clauses after the window that repeat one of the question's words at their start, as in
   * 「统一到…上，统一到…上来」: parallel parts of one answer.
   */
  private static String parallel(Weights w, Passage p, int last) {
    StringBuilder more = new StringBuilder();
    for (int k = last + 1; k < p.clauses().size(); k++) {
      String head = p.canonicalClauses().get(k);
      head = head.substring(0, Math.min(head.length(), 4));
      boolean repeats = false;
      String lead = head.substring(0, Math.min(2, head.length()));
      for (Weights.Term t : w.terms) {
        for (String f : t.forms()) {
          repeats |= lead.length() == 2 && f.contains(lead);
        }
      }
      // not a case that leads into another fact (审核通过的，救助金…打入…), which alone says nothing
      if (!repeats
          || withoutTrailingMarks(p.clauses().get(k)).endsWith("的")
          || more.length() + p.clauses().get(k).length() > MAX_SPAN / 2) {
        break;
      }
      more.append(p.clauses().get(k));
    }
    return more.toString();
  }

  /**
   * The clause right after the window when it gives the same fact for another case
   * (男性体重不低于50公斤，女性体重不低于45公斤): it holds a word of the question, or an official word the question's
   * everyday one stands for (瘦 of 太瘦了能去吗 → 体重), and it has the asked-for shape as well or, for a
   * question of no strict shape, a figure as the window has. "" otherwise.
   */
  private static String sameFact(
      Question q, Weights w, Passage p, int first, int last, double fit, Snapshot kb) {
    if (last + 1 >= p.clauses().size()) {
      return "";
    }
    String next = p.canonicalClauses().get(last + 1);
    boolean repeats =
        w.terms.stream()
            .filter(Weights.Term::known)
            .anyMatch(t -> t.forms().stream().anyMatch(f -> f.length() >= 2 && next.contains(f)));
    boolean shaped =
        q.strict()
            ? fit >= 1 && TypeFit.of(q, next, kb) >= 1
            : TypeFit.hasDigit(String.join("", p.canonicalClauses().subList(first, last + 1)))
                && TypeFit.hasDigit(next);
    String clause = p.clauses().get(last + 1);
    String window = String.join("", p.canonicalClauses().subList(first, last + 1));
    // 办公时间 of 周一至周五上午8:30—12:00，下午14:30—17:30: the afternoon's hours are the same fact
    boolean otherHalf =
        MORNING_HOURS.matcher(window).find() && LATER_HOURS.matcher(next.strip()).lookingAt();
    return (repeats && shaped || otherHalf) && clause.length() <= MAX_SPAN / 2 ? clause : "";
  }

  /** Hours of a morning: 上午8:30—12:00, 上午9:00至11:30. */
  private static final Pattern MORNING_HOURS =
      Pattern.compile("上午\\d{1,2}[:：]\\d{2}[^，,；;。]{0,3}\\d{1,2}[:：]\\d{2}[，,]?$");

  /** Hours of the afternoon or evening that follow a morning's: 下午14:30—17:30, 晚上19:00至21:00. */
  private static final Pattern LATER_HOURS =
      Pattern.compile("(中午|下午|晚上)\\d{1,2}[:：]\\d{2}[^，,；;。]{0,3}\\d{1,2}[:：]\\d{2}");

  /**
   * True when a span only names what the question asks about (…开设“九大精神职工夜校” for 夜校学什么, 在沅钢集团 for
   * 沅钢搞了啥): it only says where, or it ends with the thing the question opens with and asks what it
   * does (夜校学什么, not 奖品是什么, whose answer may be a kind of it), and says nothing of it (no …是X,
   * whose X is named by what comes before, and not the question's own verb). For questions of what,
   * a list or how, not of a position in a list.
   */
  static boolean restates(Question q, Weights w, String span) {
    if (q.ordinal().isPresent()
        || !(q.type() == QuestionType.WHAT
            || q.type() == QuestionType.LIST
            || q.type() == QuestionType.HOW)) {
      return false;
    }
    String c = Canonical.text(withoutTrailingMarks(span.replaceAll("[。”’》」]+$", "")));
    if (LOCATIVE.matcher(c).matches()) {
      return true; // 在沅钢集团 says where, not what
    }
    Matcher asks = ASKING_WORD.matcher(q.text());
    // …是X names X by what comes before; 劳模精神、劳动精神、工匠精神 lists what X is
    if (!asks.find() || c.contains("是") || c.substring(c.lastIndexOf('，') + 1).contains("、")) {
      return false;
    }
    String topic = Canonical.text(q.text().substring(0, asks.start()));
    if (topic.isEmpty() || "是为在叫有".indexOf(topic.charAt(topic.length() - 1)) >= 0) {
      // 奖品是什么 of …纪念奖品, 在什么范围内 of 在全市范围内: what X is may be a kind of X
      return false;
    }
    List<Weights.Term> asked =
        w.terms.stream()
            .filter(Weights.Term::known)
            .filter(t -> topic.contains(Canonical.text(t.word())))
            .toList();
    // 竞赛要紧贴什么 of 紧贴…结构调整，…竞赛: the span says it with the question's own verb
    boolean saysTheDoing =
        !asked.isEmpty()
            && !q.nouns().contains(asked.get(asked.size() - 1).word())
            && topic.endsWith(Canonical.text(asked.get(asked.size() - 1).word()))
            && asked.get(asked.size() - 1).word().length() >= 2
            && asked.get(asked.size() - 1).forms().stream().anyMatch(c::contains);
    // 为了维护职工什么权益 of 为切实维护…卫生权益，…开展…活动: the span names the asked-for noun
    String after = Canonical.text(q.text().substring(asks.end()));
    boolean namesTheAsked =
        w.terms.stream()
            .filter(Weights.Term::known)
            .filter(t -> t.word().length() >= 2 && after.contains(Canonical.text(t.word())))
            .anyMatch(t -> c.contains(Canonical.text(t.word())));
    return !saysTheDoing
        && !namesTheAsked
        && asked.stream()
            .map(t -> Canonical.text(t.word()))
            .anyMatch(f -> f.length() >= 2 && c.endsWith(f));
  }

  /** The word a question asks with, after the thing it asks about: 夜校学什么, 沅钢搞了啥. */
  private static final Pattern ASKING_WORD = Pattern.compile("什么|啥|哪些|怎么|如何");

  /**
   * The window without the figures a how-much question states itself, with their measure (6000元 of
   * 月工资6000元日工资多少): the count asked for is another than those.
   */
  private static String withoutAskedFigures(Question q, String canonical) {
    if (q.type() != QuestionType.COUNT) {
      return canonical;
    }
    String out = canonical;
    for (String t : q.terms()) {
      Matcher figure = FIGURE.matcher(t);
      int at = q.text().indexOf(t);
      if (!figure.matches() || at < 0) {
        continue;
      }
      // with the measure the question gives it: 6000元, not the 10天 of 满10年…年休假10天
      int end = at + t.length();
      String said =
          figure.group(2).isEmpty()
                  && end < q.text().length()
                  && MEASURES.indexOf(q.text().charAt(end)) >= 0
              ? t + q.text().charAt(end)
              : t;
      out = TypeFit.pattern("(?<![\\d.])" + Pattern.quote(said)).matcher(out).replaceAll("");
    }
    return out;
  }

  /** A figure the question names, with the measure its word may carry: 6000, 6000元, 56岁. */
  private static final Pattern FIGURE = Pattern.compile("(\\d{2,})(\\D?)");

  /** Measures a question's figure may come with: 6000元, 满10年. */
  private static final String MEASURES = "元年天月日人名个次岁周项份件条万千百%";

  /** Characters of the span that the question does not already say. */
  private static int newInformation(Weights w, String canonical) {
    String rest = canonical;
    for (Weights.Term t : w.terms) {
      for (String f : t.forms()) {
        rest = rest.replace(f, "");
      }
    }
    return (int) rest.codePoints().filter(Character::isLetterOrDigit).count();
  }

  /** A count inside a quoted programme name (“班前5分钟思政小课”) is answered by the name. */
  private static String quotedCount(Question q, String span) {
    Matcher m = QUOTED.matcher(span);
    while (m.find()) {
      if (TypeFit.countOf(q.unit()).matcher(Canonical.text(m.group())).find()) {
        return m.group();
      }
    }
    return span;
  }

  /**
   * Two sentences side by side, in the notice's order, when together they are short enough to
   * answer (one has the asked-for time, the other the question's words).
   */
  static Optional<String> together(Passage a, Passage b) {
    Passage first = a.id() < b.id() ? a : b;
    Passage second = first == a ? b : a;
    // each without its place in a list: …内线分机8036。联系人：区总工会…, not …8036。（四）联系人：…
    String one = Headings.stripNumbering(first.text().strip());
    if (!one.isEmpty() && Character.isLetterOrDigit(one.charAt(one.length() - 1))) {
      one += "；"; // 网上报名时间：…3月8日；现场报名时间：…, two lines that end in no mark
    }
    String text = one + Headings.stripNumbering(second.text().strip());
    return text.length() <= MAX_SPAN ? Optional.of(tidy(text)) : Optional.empty();
  }

  /**
   * A run of three or more quoted names closed by 等 (“班前5分钟思政小课”“劳模进工地”“思政教师进企业宣讲会”…等): in a span
   * too long for a reply, the first two stand for the run, so what follows it (等有特色、接地气、入人心的宣讲) is
   * not cut off.
   */
  private static final Pattern QUOTED_RUN =
      Pattern.compile("(“[^“”]{1,30}”)(“[^“”]{1,30}”)(?:“[^“”]{1,30}”)+等");

  static String tidy(String span) {
    return tidy(span, MAX_SPAN);
  }

  /** {@link #tidy(String)} with a budget of its own (a whole article asked by its number). */
  static String tidy(String span, int budget) {
    // the answer is the item, not its place in a list: 2. 请于…, （三）在…
    String s = Headings.stripNumbering(withoutTrailingMarks(span));
    if (s.length() > budget) {
      s = QUOTED_RUN.matcher(s).replaceAll("$1$2等");
    }
    if (s.length() > budget) {
      s = s.substring(0, budget) + "…";
    }
    if (!s.isEmpty() && "。！？…”」》".indexOf(s.charAt(s.length() - 1)) < 0) {
      s += "。";
    }
    return s;
  }

  /**
   * The text without surrounding space and the commas, colons and enumeration marks it ends with.
   */
  static String withoutTrailingMarks(String text) {
    String s = text.strip();
    int end = s.length();
    while (end > 0 && TRAILING.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }
}
