package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.Source;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.index.Passage;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.Numerals;

/**
 * A later word that changes an earlier one: a group chat's correction (更正一下：集合时间改为7:30), a reply
 * above the e-mail it answers (第四场（鹤鸣区）…由10月12日改至10月13日, 新增第六场：…), a notice's own 报名截止延长到5月12日.
 * Whichever way a thread runs, a sentence that says what changed is the later word, so an answer
 * from a sentence it changes gives way to it. It changes what the question asks of when it names
 * the same numbered thing (第四场) or says every word the question has, and its change has the
 * asked-for shape.
 */
final class Amendments {

  /**
   * The words a sentence says a change with: 改为, 改至, 延长到, 调整为, 新增第六场, 更正：…; not 提前到
   * (地铁当天提前到4:30开始运营 is no change of the notice's word), nor 新增 of a thing unnumbered (今年新增5个), nor
   * 更正 as a deed (到服务大厅办理更正).
   */
  private static final Pattern CHANGE =
      Pattern.compile("(改|调整|变更|更改|延长|延后|推迟|顺延|增)(为|至|到|在|由)|更正(一下)?[：:]|现更正|新增(?=第)");

  /** A change the sentence makes on a condition (遇到大雨…就顺延到5月22日): no change made. */
  private static final Pattern CONDITION = Pattern.compile("如遇|遇到|遇有|如果|若|一旦|如需|如有");

  /** An end a change moves (体检截止日期延长至12月18日): no answer to when something starts. */
  private static final Pattern END = Pattern.compile("截止|截至|结束|闭幕");

  /** A start a change moves: no answer to when something ends. */
  private static final Pattern START = Pattern.compile("开始|开幕|开班|开课|起始");

  /** A numbered thing a sentence names: 第四场, 第6期, 第二站. */
  private static final Pattern NUMBERED =
      Pattern.compile("第([一二三四五六七八九十]{1,3}|\\d{1,2})([场期站批次轮组天])");

  /** A question of what was planned before the change: 原定在哪里, 原来是几号, 之前定的. */
  private static final Pattern ASKS_BEFORE = Pattern.compile("原定|原来|原先|原本|原计划|本来|之前|以前|最初|起初");

  /** A question of what was done: 已经报送了多少, 已有几家. */
  private static final Pattern DONE = Pattern.compile("已经|已有");

  /** A question of what was planned and what is now: 原定和现在分别是哪天, 原来在哪、改到哪了. */
  private static final Pattern ASKS_NOW = Pattern.compile("现在|如今|改到|改成|改后|调整后|变成");

  /** Least share of the question's words a change of a thing unnumbered says. */
  private static final double MOSTLY = 0.6;

  private Amendments() {}

  /** The sentences of a version that say a change, worked out once for it. */
  static List<Passage> said(Snapshot kb) {
    return kb.passages.stream()
        .filter(p -> p.kind() == Passage.Kind.TEXT && CHANGE.matcher(p.text()).find())
        .toList();
  }

  /**
   * The answer, or a sentence that changes the one it was taken from: the same notice's sentence,
   * among those that say a change ({@link #said}), of what the question asks.
   */
  static Answer over(Snapshot kb, List<Passage> said, Question q, Weights w, Answer a) {
    // 更正是哪天发的 asks of the message that changes, not what it changed; 已经报送了多少个节目 what was
    // done, which no change of the plan undoes
    if (said.isEmpty()
        || !a.answered()
        || a.sources().size() > 1
        || Messages.asks(q)
        || DONE.matcher(q.text()).find()) {
      return a;
    }
    boolean before = ASKS_BEFORE.matcher(q.text()).find();
    if (before && !ASKS_NOW.matcher(q.text()).find()) {
      return a;
    }
    // an answer of the notice's parts (讲座安排共有五场，没有第六场) cites no sentence
    Optional<Source> from = a.sources().stream().findFirst();
    if (from.filter(f -> CHANGE.matcher(f.snippet()).find()).isPresent()) {
      return a; // the answer says the change itself
    }
    List<Passage> changes = new ArrayList<>();
    for (Passage p : said) {
      if (from.filter(f -> !p.notice().id().equals(f.doc())).isEmpty()
          && !a.text().contains(p.text())
          && concerns(kb, q, w, p)) {
        changes.add(p);
      }
    }
    if (changes.isEmpty()) {
      return a;
    }
    // the latest word: of the message sent last, else last in the text
    Passage p =
        changes.stream()
            .max(Comparator.comparingLong(Messages.sentAt(kb)).thenComparing(Passage::id))
            .get();
    Answer changed = Replies.answer(kb, new Replies.Found(p, p.text(), a.confidence(), 0));
    if (!before) {
      return changed;
    }
    // 第四场原定和现在分别是哪天: what was planned, then what changed it
    List<Source> both = new ArrayList<>(a.sources());
    both.addAll(changed.sources());
    return new Answer(
        Answer.Kind.ANSWER, a.text() + "\n" + changed.text(), both, List.of(), "", a.confidence());
  }

  /**
   * Whether a sentence that says a change is of what the question asks: it says most of the
   * question's words ({@link #MOSTLY}; all when the question asks no shape), and the same numbered
   * thing if the question names one (第四场讲座是哪天 of 第四场…由10月12日改至10月13日); it makes the change
   * outright, not on a condition; and what it says from the change on has the asked-for shape
   * (第四场在哪里 is not answered by 第四场（鹤鸣区）…改至10月13日…，地点不变, whose place stays), unless it adds the
   * thing whole (新增第六场：…) or the question asks no shape.
   */
  private static boolean concerns(Snapshot kb, Question q, Weights w, Passage p) {
    Optional<String> numbered = numbered(q.text());
    // 取暖的第一条要求 is of a list's place, which no change of a thing unnumbered moves
    if (w.isEmpty()
        || numbered.isPresent() && !numbered(p.text()).equals(numbered)
        || numbered.isEmpty() && q.ordinal().isPresent()) {
      return false;
    }
    // 第四场讲座是哪天 of a notice titled …讲座…的通知: the numbered thing's words are its notice's; and
    // of a numbered thing, the shape asked for is enough (第二场的地址 of 第二场改在…（滨河路45号）)
    double coverage = w.coverage(numbered.isPresent() ? p.context() : p.canonical());
    boolean said = coverage >= 1;
    // 报名截止时间 of 报名截止延长到…: most of the question's words name what changed
    if (!said && (numbered.isEmpty() && coverage < MOSTLY || q.type() == QuestionType.WHAT)) {
      return false;
    }
    Matcher change = CHANGE.matcher(p.text());
    change.find();
    String moved = p.text().substring(0, change.start());
    if (CONDITION.matcher(moved).find()
        || q.edge() == Question.Edge.START && END.matcher(moved).find()
        || q.edge() == Question.Edge.END && START.matcher(moved).find()) {
      return false;
    }
    if (said
        && (change.group().equals("新增") || numbered.isPresent() && q.type() == QuestionType.WHAT)) {
      return true; // all the notice says of a thing added is there (第六场的主讲人是谁)
    }
    String changed = UNCHANGED.matcher(p.text().substring(change.start())).replaceAll("");
    return TypeFit.of(q, Canonical.text(changed), kb) > 0;
  }

  /** A clause that says what stays as it was, without saying it: 地点不变, 日期和时间不变. */
  private static final Pattern UNCHANGED = Pattern.compile("[^，,。；;]{1,8}不变");

  /** The numbered thing a text names, 第四场 as 第4场, if it names one. */
  private static Optional<String> numbered(String text) {
    Matcher m = NUMBERED.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of("第" + Numerals.parse(m.group(1)) + m.group(2));
  }
}
