package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.analysis.Everyday;
import org.unionbot.knowledge.analysis.Segmenter;
import org.unionbot.knowledge.analysis.Token;
import org.unionbot.knowledge.index.QueryTerm;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.Numerals;

/**
 * Question terms with their weights. A term the knowledge base holds weighs its inverse sentence
 * frequency; a term it lacks (after trying HanLP's exact synonyms) weighs the most any term can, so
 * one missing key word sinks coverage, which is how off-topic questions are told apart.
 */
final class Weights {

  /**
   * A term, the canonical forms that count as matching it, the pieces it was joined from, and its
   * weight.
   */
  record Term(
      String word,
      List<String> forms,
      List<String> parts,
      double weight,
      boolean known,
      double credit) {

    boolean in(String canonicalText) {
      return match(canonicalText) >= 1;
    }

    /** Whether the term is, or holds, one of the question's nouns (权益保障部 of 权益保障). */
    boolean isNounOf(Question q) {
      return q.nouns().stream().anyMatch(word::contains);
    }

    /**
     * 1 when the word occurs, its {@code credit} when only one of its other forms does; for a
     * joined term, partial credit for the pieces that occur.
     */
    double match(String canonicalText) {
      for (int i = 0; i < forms.size(); i++) {
        if (canonicalText.contains(forms.get(i))) {
          return i == 0 ? 1 : credit;
        }
      }
      if (canonicalText.indexOf('“') >= 0) {
        // 暖新行动 of 新就业形态劳动者“暖新”行动: a name the text quotes in part is still the name
        String unquoted = QUOTE_MARKS.matcher(canonicalText).replaceAll("");
        for (int i = 0; i < forms.size(); i++) {
          if (forms.get(i).length() > 2 && unquoted.contains(forms.get(i))) {
            return i == 0 ? 1 : credit;
          }
        }
      }
      if (parts.size() < 2) {
        return 0;
      }
      long hit = parts.stream().filter(canonicalText::contains).count();
      return PARTIAL * hit / parts.size();
    }
  }

  /** The quotation marks a notice sets part of a name in: “暖新”行动. */
  private static final Pattern QUOTE_MARKS = Pattern.compile("[“”]");

  /**
   * Credit for a thesaurus synonym of a word the knowledge base lacks (比赛 for 竞赛): measured, full
   * credit let colloquial words open the door to the wrong sentence as often as to the right one.
   */
  static final double SYNONYM = 0.5;

  /**
   * Credit for an official word of an everyday word the notice lacks (外卖小哥 for 新就业形态劳动者, {@link
   * Everyday}): full, as the list is curated. Measured over the evaluation sets: 14 more right
   * answers for 4 more confidently wrong ones; at 0.65 credit, 5 for 1.
   */
  static final double EVERYDAY = 1.0;

  /** Credit for a joined term (读书活动) whose pieces occur apart (读书学习活动). */
  private static final double PARTIAL = 0.8;

  /**
   * Parts of the day and days of the weekend, which a when-question may name (晚上几点关门, 礼拜六有人吗) and
   * its answer say as hours (8:00至20:00, 周一至周五9:00—17:00).
   */
  /** Words for a time itself, which a when-question names as what it asks: 收悉日期, 报到时间. */
  private static final java.util.Set<String> WHEN_WORDS =
      java.util.Set.of("日期", "时间", "日子", "时段", "时间段");

  private static final java.util.Set<String> DAYTIME =
      java.util.Set.of(
          "早上", "早晨", "上午", "中午", "下午", "傍晚", "晚上", "夜里", "夜间", "凌晨", "白天", "礼拜六", "礼拜天", "礼拜日",
          "周六", "周日", "星期六", "星期天", "星期日", "周末", "双休日");

  /** Words that ask whether one may: a notice may say it otherwise (取消…资格, 不得). */
  private static final java.util.Set<String> MODAL = java.util.Set.of("不能", "不可以", "可不可以");

  /** Words that name what follows from a deed as the kind asked for: 会怎么处理, 有什么后果. */
  private static final java.util.Set<String> CONSEQUENCE =
      java.util.Set.of("处理", "处罚", "后果", "处分", "惩罚");

  /** A single character is weak evidence either way: 做, 评, 王. */
  private static final double SINGLE_CHAR = 0.35;

  /**
   * A missing verb or adjective (印发 for 发出, 提升 for 增强) is more often a paraphrase than a change of
   * topic, so it weighs less than a missing noun (会费, 天气, 火车票).
   */
  private static final double FOCUS_OOV = 1.5;

  private static final double VERB_OOV = 0.5;

  final List<Term> terms;
  final double total;

  /** Whether the question asks if one may or will do something, and does not say it is done (已). */
  private final boolean whether;

  private Weights(List<Term> terms, boolean whether) {
    this.terms = List.copyOf(terms);
    this.total = terms.stream().mapToDouble(Term::weight).sum();
    this.whether = whether;
  }

  /** A class named by its course: 育婴员班, 叉车司机课. */
  private static final Pattern COURSE_CLASS = Pattern.compile("(\\p{IsHan}{3,})(?:班|课|课程)");

  static Weights of(Snapshot kb, Question q) {
    double n = kb.size();
    double max = Math.log(1 + n);
    List<Term> out = new ArrayList<>();
    Map<String, List<String>> joined = new HashMap<>();
    for (String word : expand(kb, merge(kb, q, joined))) {
      String c = Canonical.text(word);
      if (c.isEmpty()) {
        continue;
      }
      List<String> forms = new ArrayList<>(List.of(c));
      boolean said = kb.contains(c);
      boolean known = said;
      double credit = known ? 1 : 0;
      // 资格 stands for the words notices head eligibility with (参加对象, 报名条件) even where the
      // notice says 资格 elsewhere (取消获奖资格)
      boolean eligibility = word.equals(QuestionParser.ELIGIBILITY);
      List<String> everyday = new ArrayList<>();
      List<String> officials = Everyday.official(word);
      if (said && !officials.isEmpty() && !kb.saysWithinAWord(c)) {
        // 开会 of a notice that has it only across two words (召开|会员): it never says it
        said = false;
      }
      for (String syn : officials) {
        String e = Canonical.text(syn);
        // a word the notice says finds only its long form too (劳模 of 劳动模范) or its short one (入会 of
        // 入工会, where another notice says 加入工会), not other words
        if (!said || eligibility || Everyday.abbreviates(c, e) || Everyday.abbreviates(e, c)) {
          everyday.add(e);
        }
      }
      // 入会 of 加入工会: a shortening the list makes one with the word, which another notice may say
      everyday.addAll(Everyday.shortForms(c));
      for (String e : everyday) {
        if (!e.equals(c) && kb.contains(e) && !forms.contains(e)) {
          forms.add(e);
          known = true;
          credit = said ? credit : EVERYDAY;
        }
      }
      // 育婴员班 of a notice that names the course 育婴员 alone in its table's row: the class is its
      // course
      Matcher course = COURSE_CLASS.matcher(c);
      if (said
          && course.matches()
          && kb.contains(course.group(1))
          && !forms.contains(course.group(1))) {
        forms.add(course.group(1));
      }
      // 07583862127 of a question that wrote 0758-3862127: the number as the notice writes it
      for (String written : telephone(c)) {
        if (kb.contains(written) && !forms.contains(written)) {
          forms.add(written);
          known = true;
          credit = 1;
        }
      }
      // 第一名 of 田径各组别单项录取前八名，分别按9、7、6…计分: a rank is among the ranks a sentence
      // gives in order from the first
      for (String ranks : amongTheFirst(c)) {
        if (kb.contains(ranks) && !forms.contains(ranks)) {
          forms.add(ranks);
          known = true;
          credit = said ? credit : 1;
        }
      }
      // where the notice says the word itself (资格), no thesaurus forms (身份 of 身份证)
      for (String syn : said ? List.<String>of() : Segmenter.synonyms(word)) {
        String s = Canonical.text(syn);
        if (kb.saysAsWord(s) && !forms.contains(s)) {
          forms.add(s);
          known = true;
          // 邮编 of 邮政编码: the word shortens the synonym, so it is that word, not a near one
          credit = Math.max(credit, Everyday.abbreviates(c, s) ? 1 : SYNONYM);
        }
      }
      if (!known && namesOnlyTheAsked(q, word)) {
        continue;
      }
      double w;
      if (known) {
        int df = forms.stream().mapToInt(kb::frequency).max().orElse(0);
        w = Math.log(1 + n / (1 + df));
      } else if (word.equals(q.unit())) {
        w = max * VERB_OOV; // 哪些材料 of a notice that names no 材料 cannot list them
      } else if (q.focus().contains(word)) {
        w = max * FOCUS_OOV;
      } else if (q.nouns().contains(word) || !q.terms().contains(word)) {
        w = max;
      } else {
        w = max * VERB_OOV;
      }
      if (c.length() < 2) {
        w *= SINGLE_CHAR;
      }
      if (word.equals(q.unit())) {
        w *= 0.6;
      }
      if (w > 0) {
        List<String> parts =
            joined.getOrDefault(word, List.of()).stream().map(Canonical::text).toList();
        out.add(new Term(word, List.copyOf(forms), parts, w, known, credit));
      }
    }
    return new Weights(
        alternatives(q, withoutAskedRequirement(kb, q, out)),
        QuestionParser.asksYesOrNo(q.text()) && !q.text().contains("已"));
  }

  /** A rank: 第一名, 第8名. */
  private static final java.util.regex.Pattern RANK =
      java.util.regex.Pattern.compile("第([1-9一二三四五六七八九])名");

  /** The first ranks that hold a rank, as a notice says them: 前三名…前十名 for 第三名; none otherwise. */
  private static List<String> amongTheFirst(String word) {
    java.util.regex.Matcher m = RANK.matcher(word);
    if (!m.matches()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int n = Math.max(2, Numerals.parse(m.group(1))); n <= 10; n++) {
      out.add(Canonical.text("前" + n + "名")); // 前八名 reads 前8名 as well
    }
    return out;
  }

  /** The words of {@link #ASKS_REQUIREMENT}. */
  private static final java.util.Set<String> REQUIREMENT = java.util.Set.of("要求", "条件");

  /** A question that asks what something must be: 考核有什么要求, 参加疗休养有什么条件. */
  private static final java.util.regex.Pattern ASKS_REQUIREMENT =
      java.util.regex.Pattern.compile("(有什么|有啥|有哪些|什么|啥)(要求|条件)|(要求|条件)是(什么|啥)");

  /**
   * Without 要求 or 条件 when the question asks what a thing the text names must be (考核有什么要求,
   * 参加疗休养有什么条件): the answer says it (考核均为合格以上), seldom the word. Kept when the thing is what a
   * notice's title is about (活动有哪些要求 asks for the 工作要求 section).
   */
  private static List<Term> withoutAskedRequirement(Snapshot kb, Question q, List<Term> terms) {
    if (!ASKS_REQUIREMENT.matcher(q.text()).find()) {
      return terms;
    }
    boolean aboutAThing =
        terms.stream()
            .filter(t -> t.known() && !REQUIREMENT.contains(t.word()))
            .anyMatch(t -> kb.notices.stream().noneMatch(n -> t.in(Canonical.text(n.title()))));
    return aboutAThing
        ? terms.stream().filter(t -> !REQUIREMENT.contains(t.word())).toList()
        : terms;
  }

  /**
   * A choice question's alternatives ("上午还是下午") are one term that either answers: the notice names
   * the one that holds, never both, so the other must not count as a word it lacks.
   */
  private static List<Term> alternatives(Question q, List<Term> terms) {
    List<Term> out = new ArrayList<>(terms);
    for (int i = 0; i + 1 < out.size(); i++) {
      Term a = out.get(i);
      Term b = out.get(i + 1);
      if (!q.text().contains(a.word() + "还是" + b.word())) {
        continue;
      }
      Term first = a.known() || !b.known() ? a : b;
      Term other = first == a ? b : a;
      List<String> forms = new ArrayList<>(first.forms());
      if (other.known()) {
        other.forms().stream().filter(f -> !forms.contains(f)).forEach(forms::add);
      }
      double credit = first.known() ? Math.max(first.credit(), other.credit()) : 0;
      out.set(
          i,
          new Term(
              first.word(),
              List.copyOf(forms),
              first.parts(),
              Math.max(a.weight(), b.weight()),
              first.known(),
              credit));
      out.remove(i + 1);
    }
    return out;
  }

  /**
   * Joins neighbouring question words that the knowledge base has as one string, so that a name
   * split into pieces (江海/市/第一/人民/医院) counts once, not once per piece.
   */
  private static List<String> merge(Snapshot kb, Question q, Map<String, List<String>> parts) {
    List<String> out = new ArrayList<>(q.terms());
    for (int i = 0; i < out.size(); i++) {
      // 考点一 of 考点一安排多少考生 where the notice names its 考点一, 考点二: the numeral names the one asked
      String numbered = numbered(q.text(), out.get(i));
      if (!numbered.isEmpty()
          && !out.contains(numbered)
          && kb.contains(Canonical.text(numbered))
          && namesSeveral(kb, out.get(i), numbered)) {
        parts.put(numbered, List.of(out.get(i)));
        out.set(i, numbered);
      }
    }
    boolean merged = true;
    while (merged) {
      merged = false;
      for (int i = 0; i + 1 < out.size(); i++) {
        String joinedWord = out.get(i) + out.get(i + 1);
        if (q.text().contains(joinedWord) && kb.contains(Canonical.text(joinedWord))) {
          List<String> pieces = new ArrayList<>();
          pieces.addAll(parts.getOrDefault(out.get(i), List.of(out.get(i))));
          pieces.addAll(parts.getOrDefault(out.get(i + 1), List.of(out.get(i + 1))));
          parts.put(joinedWord, pieces);
          out.set(i, joinedWord);
          out.remove(i + 1);
          merged = true;
          break;
        }
      }
    }
    return out;
  }

  /**
   * The numeral after a name that tells one of several apart (考点一, 方案二, 附件3), not a count or a time
   * (一个, 一年).
   */
  private static final Pattern NUMBERED_NAME =
      Pattern.compile("(?:[一二三四五六七八九十]|\\d{1,2})(?![\\d一二三四五六七八九十个年次名人天月日位项条家所场批期号周岁])");

  /** The word with the numeral the question says right after it (考点二 of 考点二在哪), or "". */
  private static String numbered(String question, String word) {
    Matcher numeral = NUMBERED_NAME.matcher(question);
    for (int at = question.indexOf(word); at >= 0; at = question.indexOf(word, at + 1)) {
      if (numeral.region(at + word.length(), question.length()).lookingAt()) {
        return word + numeral.group();
      }
    }
    return "";
  }

  /**
   * True when the notice names another of the numbered kind (考点二 beside 考点一), so the numeral tells
   * one of them apart rather than starting a word of its own (小孩一起).
   */
  private static boolean namesSeveral(Snapshot kb, String name, String numbered) {
    for (String numeral : List.of("一", "二", "三", "1", "2", "3")) {
      String other = name + numeral;
      if (!other.equals(numbered) && kb.contains(Canonical.text(other))) {
        return true;
      }
    }
    return false;
  }

  /** Verbs of meeting a condition, which only frame a question of what it is (要满足啥条件). */
  private static final Set<String> MEETS = Set.of("满足", "符合", "具备", "达到");

  /** Complements of where a deed ends, which HanLP glues to the verb (寄到, 送往). */
  private static final String RESULT = "到至往";

  /** Endings that make a doer of a verb: 主讲人, 组织者, 报名方. */
  private static final String AGENT_SUFFIX = "人者方";

  /** What a notice calls the cost of something (交通费 is its 交通…费用). */
  private static final String FEES = "费用";

  /** Heads a spoken word adds to the thing it names: 公交车 for 公交, 地铁站 for 地铁, 日程表 for 日程. */
  private static final String HEAD_SUFFIX = "车站卡表";

  /**
   * Splits a term the knowledge base lacks into the parts it has: a question may join words the
   * notice keeps apart (发出通知 for 发出专门通知); a doer the notice names by its deed (主讲人 for 主讲) is the
   * deed.
   */
  private static List<String> expand(Snapshot kb, List<String> words) {
    List<String> out = new ArrayList<>();
    for (String word : words) {
      String c = Canonical.text(word);
      if (c.length() == 2 && !kb.contains(c) && RESULT.indexOf(c.charAt(1)) >= 0) {
        out.add(kb.contains(c.substring(0, 1)) ? c.substring(0, 1) : word); // 寄 of 寄到 (寄至)
        continue;
      }
      if (c.length() == 2 && !kb.contains(c) && c.charAt(1) == '里') {
        // 楼里 of 楼内: what is in a place, said the written way
        String written = kb.contains(c.charAt(0) + "内") ? c.charAt(0) + "内" : c.charAt(0) + "中";
        out.add(kb.contains(written) ? written : word);
        continue;
      }
      if (c.length() < 3 || kb.contains(c)) {
        out.add(word);
        continue;
      }
      List<String> parts = new ArrayList<>();
      boolean[] covered = new boolean[word.length()];
      for (Token t : kb.segmenter.indexWords(word)) {
        if (t.sub() && t.word().length() >= 2 && kb.contains(Canonical.text(t.word()))) {
          parts.add(t.word());
          for (int i = t.start(); i < t.end() && i < covered.length; i++) {
            covered[i] = true;
          }
        }
      }
      boolean whole = true;
      for (boolean b : covered) {
        whole &= b;
      }
      String stem = c.substring(0, c.length() - 1);
      String everyday;
      if ((parts.isEmpty() || !whole)
          && c.length() == 3
          && c.charAt(2) == '费'
          && kb.contains(stem)
          && kb.contains(FEES)) {
        out.add(stem); // 交通费 of a notice that says 往返交通和住宿费用
        out.add(FEES);
      } else if ((parts.isEmpty() || !whole)
          && (AGENT_SUFFIX.indexOf(c.charAt(c.length() - 1)) >= 0
              || c.length() == 3 && HEAD_SUFFIX.indexOf(c.charAt(2)) >= 0)
          && kb.contains(stem)) {
        out.add(stem); // 主讲人 of a notice that says 主讲; 公交车 of one that says 公交
      } else if (parts.isEmpty() && (everyday = everydayPart(kb, word)) != null) {
        out.add(everyday); // 早饭 of 吃早饭, whose official words the notice has
      } else if (!parts.isEmpty() && !whole && onlyLeadingLight(word, covered)) {
        parts.stream().filter(p -> !out.contains(p)).forEach(out::add); // 孩子 of 对孩子
      } else if (parts.isEmpty() || !whole) {
        out.add(word);
      } else {
        parts.stream().filter(p -> !out.contains(p)).forEach(out::add);
      }
    }
    return out;
  }

  /**
   * Prepositions and light verbs HanLP may glue to the noun after them (对孩子, 给职工, 买保险): the noun is
   * what the question asks about.
   */
  private static final String LIGHT_LEAD = "对给跟向把被让替为买交办领";

  /** True when all a word's uncovered characters are one light character at its start. */
  private static boolean onlyLeadingLight(String word, boolean[] covered) {
    if (covered[0] || LIGHT_LEAD.indexOf(word.charAt(0)) < 0) {
      return false;
    }
    for (int i = 1; i < covered.length; i++) {
      if (!covered[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The everyday word (早饭) that ends a word the notice lacks, one character after its start (吃早饭),
   * when the notice does not say it but has one of its official words; else null. Not a word the
   * end of which is cut off (会员 of 会员证): the end of a Chinese word names the thing.
   */
  private static String everydayPart(Snapshot kb, String word) {
    for (Token t : kb.segmenter.indexWords(word)) {
      String w = t.word();
      if (t.sub()
          && w.length() >= 2
          && w.length() == word.length() - 1
          && word.endsWith(w)
          && !kb.contains(Canonical.text(w))
          && Everyday.official(w).stream().anyMatch(o -> kb.contains(Canonical.text(o)))) {
        return w;
      }
    }
    return null;
  }

  /**
   * True for a word the notice may lack because it only names what is asked, which the answer says
   * in its own words: 资格 (what notices head 参赛资格 or 报名条件), 材料 that 注销要带什么 stands for (携带身份证和工会卡),
   * 处理 of 弄虚作假会怎么处理 (一经查实，全额追回…), 不能 of 几年内不能再申领 (取消其今后三年的申领资格), 晚上 of 晚上几点关门 (8:00至20:00), 最多 of
   * 最多派几个 (每单位限2人).
   */
  private static boolean namesOnlyTheAsked(Question q, String word) {
    return word.equals(QuestionParser.ELIGIBILITY)
        || word.equals(QuestionParser.MATERIALS) && !q.text().contains(word)
        || QuestionParser.asksConsequence(q.text()) && CONSEQUENCE.contains(word)
        || MODAL.contains(word)
        || MEETS.contains(word) && ASKS_REQUIREMENT.matcher(q.text()).find()
        || q.type() == QuestionType.WHEN && (DAYTIME.contains(word) || WHEN_WORDS.contains(word))
        || q.type() == QuestionType.COUNT && QuestionParser.BOUNDS.contains(word);
  }

  boolean isEmpty() {
    return terms.isEmpty();
  }

  /**
   * These weights without the verbs the notice lacks (散场, 晒): a paraphrase of what the notice says
   * in other words, so no reason to pass over a sentence's span. A noun it lacks (高铁) is a change
   * of topic, and stays.
   */
  Weights withoutUnknownVerbs(Question q) {
    return new Weights(terms.stream().filter(t -> t.known() || t.isNounOf(q)).toList(), whether);
  }

  /** These weights without any word the notice lacks. */
  Weights onlyKnown() {
    return new Weights(terms.stream().filter(Term::known).toList(), whether);
  }

  /** The terms as retrieval takes them. */
  List<QueryTerm> queryTerms() {
    return terms.stream().map(t -> new QueryTerm(t.forms(), t.weight())).toList();
  }

  /**
   * True when every word of the question that the knowledge base has is a single character (站 of
   * 第二站去哪): such a word also sits inside many longer words (服务站), too little to be sure of.
   */
  boolean knownOnlyAsSingleCharacters() {
    List<Term> known = terms.stream().filter(Term::known).toList();
    return !known.isEmpty() && known.stream().allMatch(t -> t.word().length() == 1);
  }

  /** Share of the question's weight found anywhere in the knowledge base. */
  double known() {
    return share(
        terms.stream().filter(Term::known).mapToDouble(t -> t.weight() * t.credit()).sum());
  }

  /** Share of the question's weight found in the canonical text. */
  double coverage(String canonicalText) {
    double hit = 0;
    for (Term t : terms) {
      double m = t.match(canonicalText);
      if (m > 0 && whether && onlyDone(canonicalText, t.forms())) {
        continue; // the deed taken as given does not say whether one may do it
      }
      hit += t.weight() * m;
    }
    return share(hit);
  }

  /**
   * True when the text says the word, in any of its forms, only as 已…的 before a noun: a sentence
   * that takes the deed as done, of whom it speaks (能不能加入工会 of 已加入工会的新就业形态劳动者，可以…参加), holds nothing
   * of a whether-question's word. Measured at half credit, the reply stayed sure; at none, no reply
   * of the evaluation sets moved.
   */
  private static boolean onlyDone(String text, List<String> forms) {
    boolean said = false;
    for (String f : forms) {
      for (int at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) {
        said = true;
        int end = at + f.length();
        // 已 right before it, or before the word it ends (入工会 of 已加入工会的)
        boolean done = text.substring(Math.max(0, at - 3), at).contains("已");
        if (!done || end >= text.length() || text.charAt(end) != '的') {
          return false;
        }
      }
    }
    return said;
  }

  /** The share of the question's weight that a word of it carries; 0 when it is no term. */
  double share(String word) {
    return share(terms.stream().filter(t -> t.word().equals(word)).mapToDouble(Term::weight).sum());
  }

  private double share(double hit) {
    return total <= 0 ? 0 : hit / total;
  }

  /**
   * How a telephone number a question gives as digits alone (07583862127) may be written, its area
   * code apart: 0758-3862127, 075-83862127. Empty for anything but 10 to 12 digits opening with 0.
   */
  private static List<String> telephone(String digits) {
    if (!digits.matches("0\\d{9,11}")) {
      return List.of();
    }
    return List.of(
        digits.substring(0, 4) + "-" + digits.substring(4),
        digits.substring(0, 3) + "-" + digits.substring(3));
  }
}
