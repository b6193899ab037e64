package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.index.Passage;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.Headings;

/**
 * Short questions that ask for a kind of thing and little else: "打哪个号码", "有事找谁", "该去哪儿", "哪天收尾",
 * "一共几场". Their few words are everyday ones the notice never uses, so word matching finds nothing,
 * yet the notice often has just one or two sentences of the asked-for kind. The sentence of that
 * kind nearest the question (by its words and, with semantic recall, its vector) answers, when it
 * stands out. A question that names a thing the notice lacks (纳凉点, 火车票) is not of this sort.
 */
final class ByShape {

  /** Question types whose answer has a shape a sentence can be checked for. */
  private static final Set<QuestionType> SHAPED =
      EnumSet.of(QuestionType.CONTACT, QuestionType.WHEN, QuestionType.WHERE, QuestionType.COUNT);

  /** Least fit to the asked-for shape. */
  static final double FIT = 0.8;

  /** How far the best sentence must stand above the next of the same shape. */
  static final double MARGIN = 0.03;

  /** Headings that say their sentences are of a shape: 活动时间, 联系方式, 活动地点. */
  private static final java.util.Map<QuestionType, java.util.regex.Pattern> HEADED =
      java.util.Map.of(
          QuestionType.WHEN, java.util.regex.Pattern.compile("时间|日期|日程|安排|期限"),
          QuestionType.WHERE, java.util.regex.Pattern.compile("地点|地址|场所|场地|日程|安排"),
          QuestionType.CONTACT, java.util.regex.Pattern.compile("联系|咨询"),
          QuestionType.COUNT, java.util.regex.Pattern.compile("日程|安排|名额|规模|数量"));

  /** A paragraph that is a contact line (联系人：…): it names its shape as a 联系方式 heading would. */
  private static final java.util.regex.Pattern CONTACT_LINE =
      java.util.regex.Pattern.compile("(联系人|联系电话|咨询电话|联系方式|电话|邮箱)[：:]");

  /** What a heading that names the asked-for shape adds to a sentence's nearness. */
  private static final double HEADED_BONUS = 0.1;

  /**
   * What fitting the asked-for shape fully adds to a sentence's nearness over one that just fits
   * (哪几天 of 7月8日至7月12日 over 上午8:30至11:30).
   */
  private static final double FIT_WEIGHT = 0.5;

  /** A sentence of the right shape, and how near it is to the question. */
  record Shaped(Passage passage, double nearness) {}

  /** A sentence that answers, and whether its notice has no other sentence of that shape. */
  record Picked(Passage passage, boolean alone) {}

  private ByShape() {}

  /** The most notices a contact question that names none is answered from. */
  private static final int NOTICES = 3;

  /** True when some of the question's words are in a notice's title (送清凉活动的联系电话). */
  private static boolean namesANotice(Snapshot kb, Weights w) {
    return !w.isEmpty()
        && kb.notices.stream().anyMatch(n -> w.coverage(Canonical.text(n.title())) > 0);
  }

  /**
   * Each notice's nearest contact line, up to {@link #NOTICES}: a contact question that names no
   * notice is answered for each, since every notice's contact is a right answer to it.
   */
  private static List<Passage> eachNotice(List<Shaped> shaped) {
    List<Passage> out = new ArrayList<>();
    for (Shaped x : shaped) {
      if (out.stream().noneMatch(p -> p.notice() == x.passage().notice())) {
        out.add(x.passage());
      }
    }
    return out.size() > NOTICES ? List.of() : out;
  }

  /** True when the question asks for a shape and names nothing the knowledge base lacks. */
  static boolean applies(Question q, Weights w) {
    if (!SHAPED.contains(q.type())) {
      return false;
    }
    if (q.type() == QuestionType.COUNT && q.measure().isEmpty() && q.unit().isEmpty()) {
      return false; // 有几 names no measure a sentence could be checked for
    }
    return namesNothingMissing(q, w, "");
  }

  /**
   * True when every word of the question the knowledge base lacks is a verb or the like (举行, 弄),
   * not a thing it names or its focus (纳凉点, 火车票); {@code found} is a word known to be there in
   * other words ("" for none).
   */
  static boolean namesNothingMissing(Question q, Weights w, String found) {
    for (Weights.Term t : w.terms) {
      if (!t.known()
          && !t.word().equals(found)
          && (q.nouns().contains(t.word()) || q.focus().contains(t.word()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The sentence that answers, if one stands out among those of the asked-for shape; nearness is
   * the share of the question's words its context holds plus its vector's cosine. When the two
   * nearest are close but in two notices, both answer (the question does not say which notice).
   * Each comes with whether it is the only sentence of that shape in its notice.
   */
  static List<Picked> pick(Snapshot kb, Question q, Weights w, float[] vector) {
    List<Shaped> shaped = shaped(kb, q, w, vector);
    // a contact paragraph is one contact line however many people it names (赵宁…；孙浩…)
    boolean byParagraph = q.type() == QuestionType.CONTACT;
    return choose(kb, q, w, shaped).stream()
        .map(
            p ->
                new Picked(
                    p,
                    shaped.stream()
                        .map(Shaped::passage)
                        .noneMatch(
                            x ->
                                x != p
                                    && x.notice() == p.notice()
                                    && !(byParagraph && sameParagraph(x, p)))))
        .toList();
  }

  /**
   * The sentences of a contact line's paragraph that give a contact, in order: a line that names
   * two people, or a hotline after the contact person, is answered whole.
   */
  static List<Passage> contactParagraph(Snapshot kb, Question q, Passage p) {
    int first = p.id();
    while (first > 0 && sameParagraph(kb.passages.get(first - 1), p)) {
      first--;
    }
    List<Passage> out = new ArrayList<>();
    for (int i = first; i < kb.passages.size() && sameParagraph(kb.passages.get(i), p); i++) {
      if (TypeFit.of(q, kb.passages.get(i).canonical(), kb) >= FIT) {
        out.add(kb.passages.get(i));
      }
    }
    return out;
  }

  /** A line that gives a number by its label: 联系电话：, 手机：, 咨询电话：. */
  private static final Pattern PHONE_LINE = Pattern.compile("[^，。：:]{0,6}(电话|手机|热线)[:：]");

  /**
   * The contact person's line with the number's line right after it, for a question of a number
   * (联系人手机号是多少 of 联系人：…韩雨桐 over 联系电话：…，13907365126); the span alone otherwise.
   */
  static String numberGoesOn(Snapshot kb, Question q, Passage p, String span) {
    int next = p.id() + 1;
    if (q.type() != QuestionType.CONTACT
        || !TypeFit.ASKS_PHONE.matcher(q.text()).find()
        || TypeFit.PHONE.matcher(Canonical.text(span)).find()
        || !p.text().strip().startsWith("联系人")
        || next >= kb.passages.size()
        || sameParagraph(kb.passages.get(next), p)) {
      return span;
    }
    Passage line = kb.passages.get(next);
    boolean number =
        line.section() == p.section()
            && line.sentence() == 0
            && PHONE_LINE.matcher(line.text()).lookingAt()
            && TypeFit.PHONE.matcher(line.canonical()).find();
    String joined = Spans.withoutEnd(span) + "；" + Spans.withoutEnd(line.text().strip()) + "。";
    return number && joined.length() <= Spans.MAX_SPAN ? joined : span;
  }

  /** A sentence that leads into the cases it lists: 有下列情形之一的，本次不列入筛查范围：近2年内…的；. */
  private static final Pattern LISTS_CASES = Pattern.compile("(下列|以下)[^。：:]{0,20}[：:]");

  /**
   * The span with the rest of the list its sentence leads into, where the list runs on in the
   * sentences of its paragraph that a ； ends (…：近2年内…的；已确诊…的；处于妊娠期…的。), when all of it fits {@link
   * Spans#MAX_SPAN}; the span alone otherwise.
   */
  static String listGoesOn(Snapshot kb, Passage p, String span) {
    String text = p.text().strip();
    if (!LISTS_CASES.matcher(text).find() || !(text.endsWith("；") || text.endsWith(";"))) {
      return span;
    }
    return runsOn(kb, p, span);
  }

  /** A line's label, its number taken off: 退费规定：, 网上报名时间：. */
  static final Pattern LABEL = Pattern.compile("^([^，,。：:；;（(]{2,12})[：:]");

  /**
   * The span with the rest of its line, where the line opens with a label the question names and
   * nothing else (退费规定是什么 of 4. 退费规定：开班前…全额退还；开班后7日内…退还学费的50%；开班超过7日的不予退费。), and the line runs on
   * in the sentences of its paragraph that a ； ends, when all of it fits {@link Spans#MAX_SPAN};
   * the span alone otherwise.
   */
  static String labelGoesOn(Snapshot kb, Question q, Weights w, Passage p, String span) {
    String text = Headings.stripNumbering(p.text().strip());
    Matcher label = LABEL.matcher(text);
    if (q.strict()
        || LISTS_CASES.matcher(text).find() // the list its label leads into goes on already
        || w.isEmpty()
        || !label.find()
        || w.coverage(Canonical.text(label.group(1))) < 0.99
        || !(text.endsWith("；") || text.endsWith(";"))) {
      return span;
    }
    return runsOn(kb, p, span);
  }

  /** The span with the sentences after it in its paragraph, as far as each ends with a ；. */
  private static String runsOn(Snapshot kb, Passage p, String span) {
    StringBuilder sb = new StringBuilder(span.strip().replaceAll("[。；;，,]+$", "")).append("；");
    boolean goesOn = false;
    for (int i = p.id() + 1; i < kb.passages.size() && sameParagraph(kb.passages.get(i), p); i++) {
      String next = kb.passages.get(i).text().strip();
      sb.append(next);
      goesOn = true;
      if (!next.endsWith("；") && !next.endsWith(";")) {
        break;
      }
    }
    // a line a ； ends that its paragraph does not go on from keeps its span as it was
    return goesOn && sb.length() <= Spans.MAX_SPAN ? sb.toString() : span;
  }

  /** A sentence that opens with the aspect it is of: 从区域看，发展不平衡。. */
  private static final Pattern ASPECT = Pattern.compile("^从[^，,。]{1,8}看[，,]");

  /**
   * For a list or a position in one, the aspects the rest of the span's paragraph takes in turn
   * (…还存在不平衡、不充分的问题。从区域看，发展不平衡。…从使用看，作用发挥不充分。…从内容看，图书更新不及时。…): all of them after the span for a
   * list, the asked one alone for a position; the span alone when the paragraph takes fewer than
   * two aspects from there on, or they do not fit {@link Spans#MAX_SPAN}.
   */
  static String aspectsGoOn(Snapshot kb, Question q, Passage p, String span) {
    boolean position = q.ordinal().isPresent();
    if (!position && q.type() != QuestionType.LIST) {
      return span;
    }
    List<String> aspects = new ArrayList<>();
    for (int i = p.id(); i < kb.passages.size() && sameParagraph(kb.passages.get(i), p); i++) {
      String text = kb.passages.get(i).text().strip();
      if (ASPECT.matcher(text).find()) {
        aspects.add(text);
      }
    }
    if (aspects.size() < 2) {
      return span;
    }
    if (position) {
      int k = Question.place(q.ordinal().getAsInt(), aspects.size());
      return k >= 1 && k <= aspects.size() ? aspects.get(k - 1) : span;
    }
    String lead = ASPECT.matcher(p.text().strip()).find() ? "" : span.strip();
    String list = lead + String.join("", aspects);
    return list.length() <= Spans.MAX_SPAN ? list : span;
  }

  /** What follows when a step fails: 协商不成的，…; 对仲裁裁决不服的，…. */
  private static final Pattern IF_IT_FAILS =
      Pattern.compile("^((协商|调解|沟通|交涉)(不成|未果|无效)|对[^，,。]{1,12}不服|[^，,。]{0,8}仍未解决)的[，,]");

  /**
   * A step with the steps after it that its paragraph takes when each fails (双方应当协商解决；协商不成的，可申请劳动争议
   * 仲裁；对仲裁裁决不服的，可以依法向人民法院提起诉讼), as far as they fit {@link Spans#MAX_SPAN}; for a question of how,
   * what or a list. The span alone otherwise.
   */
  static String stepsGoOn(Snapshot kb, Question q, Passage p, String span) {
    if (!(q.type() == QuestionType.HOW
        || q.type() == QuestionType.WHAT
        || q.type() == QuestionType.LIST)) {
      return span;
    }
    String out = span.strip();
    for (int i = p.id() + 1; i < kb.passages.size() && sameParagraph(kb.passages.get(i), p); i++) {
      String next = kb.passages.get(i).text().strip();
      if (!IF_IT_FAILS.matcher(next).find() || out.length() + next.length() > Spans.MAX_SPAN) {
        break;
      }
      out = out.replaceAll("[。；;]+$", "") + "；" + next;
    }
    return out;
  }

  /** A sentence that is only a yes or a no: 可以。, 不能。, 是的。. */
  private static final Pattern BARE_VERDICT =
      Pattern.compile("^(可以|不可以|能|不能|是的|不是|会|不会|需要|不需要|不用|有|没有|行|不行)[。！!，,]?$");

  /** A label with a bare status: 办理结果：正在解决。. */
  private static final Pattern BARE_STATUS =
      Pattern.compile("^\\p{IsHan}{2,8}[：:][^，,。：:；]{1,8}[。！!]?$");

  /**
   * A bare yes or no (可以。), or a label with a bare status (办理结果：正在解决。), with the sentence after it
   * in its paragraph, which says on what terms (非会员职工同样可以报名，只是同等条件下会员优先。) or how far
   * (改造方案已于7月通过专家论证…); the span alone otherwise.
   */
  static String verdictGoesOn(Snapshot kb, Passage p, String span) {
    int next = p.id() + 1;
    boolean bare =
        BARE_VERDICT.matcher(span.strip()).matches() || BARE_STATUS.matcher(span.strip()).matches();
    if (!bare || next >= kb.passages.size() || !sameParagraph(kb.passages.get(next), p)) {
      return span;
    }
    return span.strip() + kb.passages.get(next).text().strip();
  }

  /** A sentence that relaxes a rule for a case: 具有硕士研究生及以上学历的，年龄可放宽至38周岁. */
  private static final Pattern RELAXES =
      Pattern.compile("^[^，。；]{2,30}的，[^，。；]{0,12}(可放宽|放宽至|可适当放宽|可不受)");

  /**
   * A span of a sentence that relaxes a rule for a case, or that opens with 其中 to give some cases
   * their own, with the sentence before it in its paragraph that states the rule: 年满18周岁、不超过35周岁；
   * …的，年龄可放宽至38周岁, and 年满18周岁、不超过55周岁；其中叉车司机班年龄不超过50周岁. The case is not the rule.
   */
  static String ruleGoesBefore(Snapshot kb, Passage p, String span) {
    if (!RELAXES.matcher(p.text().strip()).find()
        && !Headings.stripNumbering(p.text().strip()).startsWith("其中")) {
      return span;
    }
    return sentenceBefore(kb, p).map(before -> withBefore(before, span)).orElse(span);
  }

  /** The sentence before a passage in its paragraph; empty for a paragraph's first. */
  private static Optional<Passage> sentenceBefore(Snapshot kb, Passage p) {
    int before = p.id() - 1;
    return before >= 0 && sameParagraph(kb.passages.get(before), p)
        ? Optional.of(kb.passages.get(before))
        : Optional.empty();
  }

  /**
   * The sentence before a span with it, when both fit {@link Spans#MAX_SPAN}; the span otherwise.
   */
  private static String withBefore(Passage before, String span) {
    // the rule without its place in a list (1. 年满18周岁…；其中…)
    String both = Headings.stripNumbering(before.text().strip()) + span.strip();
    return both.length() <= Spans.MAX_SPAN ? both : span;
  }

  /**
   * For a yes or no, the sentence before the span in its paragraph when that one gives the verdict
   * and the span does not (退休职工能参加吗 of 退休会员不在范围内。6月区总工会将另行组织退休职工观影。): what the span says is what
   * follows from the verdict, not the verdict; the span alone otherwise.
   */
  static String verdictGoesBefore(Snapshot kb, Question q, Weights w, Passage p, String span) {
    if (!QuestionParser.asksYesOrNo(q.text()) || q.strict() || Spans.VERDICT.matcher(span).find()) {
      return span;
    }
    return sentenceBefore(kb, p)
        .filter(before -> saysVerdict(before.text()) && w.coverage(before.canonical()) > 0)
        .map(before -> withBefore(before, span))
        .orElse(span);
  }

  /** True when a sentence says yes or no in more than a 可 that leads a step (也可到…领取). */
  private static boolean saysVerdict(String sentence) {
    Matcher m = Spans.VERDICT.matcher(sentence);
    while (m.find()) {
      if (!m.group().equals("可")) {
        return true;
      }
    }
    return false;
  }

  /** The blank a test question leaves for its answer: （　　）, ( ). */
  static final Pattern BLANK = Pattern.compile("[（(][\\s\u3000]*[）)]");

  /** An option of a test question, on its own line: A.一个月, B．二倍. */
  private static final Pattern OPTION = Pattern.compile("^([A-H])[.．、]\\s*(.+?)[。；;]?$");

  /** A test question's key: 答案：B, 答案：ABD, 答案：√. */
  private static final Pattern KEY = Pattern.compile("^(?:参考)?答案[：:]\\s*([A-H]+|[√×✓✗])");

  /** The options a line holds, one or more the parser joined (A.…的B.…的), each stripped. */
  private static List<String> options(String line) {
    return Arrays.stream(line.strip().split("(?<=[^A-Za-z])(?=[B-H][.．、])"))
        .map(String::strip)
        .toList();
  }

  /** How many lines after a test question its options and key may run to. */
  private static final int QUESTION_LINES = 10;

  /**
   * A test question's options (A.一个月 …, none for a true-or-false one) and its key (B, ABD, √), and
   * the index of the passage that keys it.
   */
  record TestQuestion(List<String> options, String key, int keyAt) {

    /** True for a true-or-false statement its key marks right (√). */
    boolean keyedTrue() {
      return options.isEmpty() && (key.equals("√") || key.equals("✓"));
    }

    /** True for a true-or-false statement its key marks wrong (×). */
    boolean keyedFalse() {
      return options.isEmpty() && (key.equals("×") || key.equals("✗"));
    }
  }

  /**
   * The options and key that follow a test question's last sentence in its section; empty when no
   * key follows within {@link #QUESTION_LINES}, or a line that is no option comes before it (the
   * sentence is no test question).
   */
  static Optional<TestQuestion> testQuestion(Snapshot kb, Passage p) {
    List<String> options = new ArrayList<>();
    for (int i = p.id() + 1; i < Math.min(kb.passages.size(), p.id() + QUESTION_LINES); i++) {
      Passage next = kb.passages.get(i);
      if (next.notice() != p.notice() || next.section() != p.section()) {
        break;
      }
      String t = next.text().strip();
      if (BLANK.matcher(t).matches()) {
        continue; // …只能约定一次试用期。（　　）: a true-or-false question's blank, after its sentence
      }
      var k = KEY.matcher(t);
      if (k.find()) {
        return Optional.of(new TestQuestion(List.copyOf(options), k.group(1), i));
      }
      // options the parser joined into one paragraph (A.…的B.…的) are read one by one
      for (String line : options(t)) {
        var o = OPTION.matcher(line);
        if (!o.matches()) {
          return Optional.empty();
        }
        options.add(o.group(1) + "." + o.group(2));
      }
    }
    return Optional.empty();
  }

  /**
   * A test question of a question bank with its key filled in: the span with the blank it leaves
   * holding the keyed options (…每月向劳动者支付（B.二倍）的工资。), or a true-or-false statement with its verdict
   * (…可以解除劳动合同。（答案：√，正确）); the span alone when no key follows in its section.
   */
  static String keyed(Snapshot kb, Passage p, String span) {
    return testQuestion(kb, p)
        .map(t -> keyed(span, t) + correction(kb, p, t) + optionVerdict(kb, p, span, t))
        .orElse(span);
  }

  /**
   * Whether the option a span says (D.怀孕未满4个月流产的，享受42天产假) is among those its key names, and where
   * it is not, the explanation under the key; empty for a span that says no one option whole.
   */
  private static String optionVerdict(Snapshot kb, Passage p, String span, TestQuestion t) {
    if (!t.key().matches("[A-H]+")) {
      return "";
    }
    // of options the parser joined into one paragraph (C.…的D.…的), the one the span says whole
    List<Matcher> said =
        options(p.text()).stream()
            .map(OPTION::matcher)
            .filter(o -> o.matches() && span.contains(o.group(1) + "." + o.group(2)))
            .toList();
    if (said.size() != 1) {
      return "";
    }
    Matcher option = said.get(0);
    return t.key().indexOf(option.group(1).charAt(0)) >= 0
        ? "（正确选项，答案：" + t.key() + "）"
        : "（不是正确选项，答案：" + t.key() + "）" + explanation(kb, p, t).orElse("");
  }

  /** An explanation's line under a key: 解析：…. */
  private static final Pattern EXPLANATION = Pattern.compile("^解析[：:]");

  /** The 解析：… paragraph right under a test question's key, if it has one. */
  static Optional<String> explanation(Snapshot kb, Passage stem, TestQuestion t) {
    int after = t.keyAt() + 1;
    if (after >= kb.passages.size()
        || kb.passages.get(after).notice() != stem.notice()
        || kb.passages.get(after).section() != stem.section()) {
      return Optional.empty();
    }
    String next = kb.passages.get(after).paragraphOf().text().strip();
    return EXPLANATION.matcher(next).find() ? Optional.of(next) : Optional.empty();
  }

  /**
   * The explanation under the key of a statement keyed false (…在72小时之内…视同工伤。 over 答案：× and
   * 解析：…规定为48小时之内。), which says what is right; empty for any other test question, or when none
   * follows its key.
   */
  private static String correction(Snapshot kb, Passage p, TestQuestion t) {
    return t.keyedFalse() ? explanation(kb, p, t).orElse("") : "";
  }

  /**
   * The span of a test question with its key filled in, as {@link #keyed(Snapshot, Passage,
   * String)}.
   */
  static String keyed(String span, TestQuestion question) {
    List<String> options = question.options();
    String key = question.key();
    var blank = BLANK.matcher(span);
    if (blank.find() && !options.isEmpty()) {
      List<String> keyed = new ArrayList<>();
      for (char c : key.toCharArray()) {
        options.stream().filter(o -> o.charAt(0) == c).findFirst().ifPresent(keyed::add);
      }
      return keyed.isEmpty()
          ? span
          : span.substring(0, blank.start())
              + "（"
              + String.join("；", keyed)
              + "）"
              + span.substring(blank.end());
    }
    // a true-or-false item's verdict; a letter keys options the span does not leave a blank for
    // (the span is the last option itself, D.四倍 over 答案：B)
    return question.keyedTrue() || question.keyedFalse()
        ? Spans.withoutEnd(span) + (question.keyedTrue() ? "。（答案：√，正确）" : "。（答案：×，错误）")
        : span;
  }

  private static boolean sameParagraph(Passage a, Passage b) {
    return a.notice() == b.notice()
        && a.section() == b.section()
        && a.paragraph() == b.paragraph()
        && a.kind() == b.kind();
  }

  /** The sentences of the asked-for shape, each with its nearness to the question. */
  private static List<Shaped> shaped(Snapshot kb, Question q, Weights w, float[] vector) {
    List<Shaped> shaped = new ArrayList<>();
    for (Passage p : kb.passages) {
      double fit = p.kind() == Passage.Kind.TITLE ? 0 : TypeFit.of(q, p.canonical(), kb);
      if (fit < FIT) {
        continue;
      }
      // with several notices, words of a notice's title say which notice is meant (送清凉活动的联系电话)
      String context =
          kb.notices.size() > 1
              ? p.context() + "\n" + Canonical.text(p.notice().title())
              : p.context();
      double words = w.isEmpty() ? 0 : w.coverage(context);
      double cosine = vector == null ? 0 : kb.cosine(p, vector);
      boolean headed =
          HEADED.get(q.type()).matcher(p.section().title()).find()
              || q.type() == QuestionType.CONTACT
                  && CONTACT_LINE.matcher(p.paragraphOf().text()).lookingAt();
      shaped.add(
          new Shaped(
              p,
              words
                  + cosine
                  + (headed ? HEADED_BONUS : 0)
                  + (q.type() == QuestionType.WHEN ? FIT_WEIGHT * (fit - FIT) : 0)));
    }
    return shaped;
  }

  /** The sentences that answer among the shaped ones (sorted here, nearest first). */
  /**
   * True when two sentences give the same figure in the asked-for measure (子女年龄6至12周岁 of a poster
   * and 6至12周岁子女 of its text message): whichever answers, the answer is the same.
   */
  private static boolean sameFigure(Question q, Passage a, Passage b) {
    if (q.type() != QuestionType.COUNT || q.measure().isEmpty()) {
      return false;
    }
    Set<String> figures = figures(a.canonical(), q.measure());
    return !figures.isEmpty() && figures.equals(figures(b.canonical(), q.measure()));
  }

  /** The figures a text gives in a measure: 6至12周岁, 200元. */
  private static Set<String> figures(String text, String measure) {
    Matcher m =
        Pattern.compile("[\\d.]+(?:[至到~～—－-][\\d.]+)?" + Pattern.quote(measure)).matcher(text);
    Set<String> out = new HashSet<>();
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static List<Passage> choose(Snapshot kb, Question q, Weights w, List<Shaped> shaped) {
    if (shaped.isEmpty()) {
      return List.of();
    }
    shaped.sort(Comparator.comparingDouble(Shaped::nearness).reversed());
    if (q.type() == QuestionType.CONTACT && kb.notices.size() > 1 && !namesANotice(kb, w)) {
      return eachNotice(shaped);
    }
    Shaped best = shaped.get(0);
    Optional<Shaped> sameNotice =
        shaped.stream()
            .skip(1)
            .filter(x -> x.passage().notice() == best.passage().notice())
            .findFirst();
    Optional<Shaped> otherNotice =
        shaped.stream().filter(x -> x.passage().notice() != best.passage().notice()).findFirst();
    // a notice's contact lines are all its contacts; its dates and places are different facts
    boolean clearInItsNotice =
        q.type() == QuestionType.CONTACT
            || sameNotice.isEmpty()
            || best.nearness() - sameNotice.get().nearness() >= MARGIN
            || shaped.stream()
                .filter(x -> x != best && x.passage().notice() == best.passage().notice())
                .filter(x -> best.nearness() - x.nearness() < MARGIN)
                .allMatch(x -> sameFigure(q, best.passage(), x.passage()));
    if (!clearInItsNotice) {
      return List.of();
    }
    if (otherNotice.isEmpty() || best.nearness() - otherNotice.get().nearness() >= MARGIN) {
      return List.of(best.passage());
    }
    Shaped other = otherNotice.get();
    boolean otherClear =
        q.type() == QuestionType.CONTACT
            || shaped.stream()
                .filter(x -> x != other && x.passage().notice() == other.passage().notice())
                .allMatch(x -> other.nearness() - x.nearness() >= MARGIN);
    boolean thirdFar =
        shaped.stream()
            .filter(
                x ->
                    x.passage().notice() != best.passage().notice()
                        && x.passage().notice() != other.passage().notice())
            .allMatch(x -> other.nearness() - x.nearness() >= MARGIN);
    return otherClear && thirdFar ? List.of(best.passage(), other.passage()) : List.of();
  }
}
