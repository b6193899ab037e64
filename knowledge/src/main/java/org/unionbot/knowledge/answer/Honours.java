package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.index.Passage;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.Section;

/**
 * Answers what honour a unit or a person got from the name lists a commendation or a results notice
 * gives under headings (港务集团工会获得了什么称号 of 「一、先进集体（16个）」 over 澄川港务集团有限公司工会): the list an entry stands
 * in is the answer, which no sentence says. Empty unless the question asks an honour and names what
 * one or more entries of such lists are.
 */
final class Honours {

  /** A question of the honour or title one got: 得了什么称号, 评上了什么, 获得什么荣誉, 是哪个奖. */
  private static final Pattern ASKED =
      Pattern.compile("(什么|哪个|哪些|啥|哪种|哪一?类)(称号|荣誉|奖|表彰)|(评上|评为|获评|获得|得了|得到|拿了|入选)了?(什么|啥|哪)");

  /** The words of the question that ask the honour, not whose it is. */
  private static final Pattern HONOUR_WORDS =
      Pattern.compile("称号|荣誉|奖项?|表彰|评上?|评为|获评|获得|得了?|得到|拿了?|入选|名单");

  /** Longest entry of a list: a unit's long name, or a person with unit and post. */
  private static final int ENTRY = 60;

  /** Fewest entries that make a section a list. */
  private static final int FEWEST = 3;

  private Honours() {}

  static Optional<Answer> answer(Snapshot kb, Question q, Weights w) {
    if (!ASKED.matcher(q.text()).find()) {
      return Optional.empty();
    }
    List<Weights.Term> subject =
        w.terms.stream().filter(t -> !HONOUR_WORDS.matcher(t.word()).matches()).toList();
    double whole = subject.stream().mapToDouble(Weights.Term::weight).sum();
    if (subject.isEmpty() || whole <= 0) {
      return Optional.empty();
    }
    List<Entry> best = new ArrayList<>();
    double bestScore = 0;
    for (Passage p : kb.passages) {
      if (p.kind() != Passage.Kind.TEXT || !isAList(p.section())) {
        continue;
      }
      // 李春生（望江街道锦绣社区工会）、方　圆（女，…）: entries split by 、 are entries as lines are
      for (String entry : p.text().split("、")) {
        String canonical = Canonical.text(entry);
        double hit = 0;
        for (Weights.Term t : subject) {
          hit += t.weight() * t.match(canonical);
        }
        if (hit < whole - 1e-9) {
          continue; // every word that names whose honour it is
        }
        // 澄川港务集团有限公司工会 is the unit itself; …港务集团有限公司工会女职工委员会主任 a person of it
        double score = named(subject, canonical);
        if (score > bestScore + 1e-9) {
          best.clear();
          bestScore = score;
        }
        if (score > bestScore - 1e-9) {
          best.add(new Entry(p, entry.strip()));
        }
      }
    }
    if (best.isEmpty()
        || best.stream().map(e -> e.passage().section()).distinct().count() != best.size()) {
      return Optional.empty(); // one list that names it twice says nothing sure of which entry
    }
    StringBuilder text = new StringBuilder();
    for (Entry e : best) {
      text.append(e.text())
          .append("：列在「")
          .append(list(e.passage().notice(), e.passage().section()))
          .append("」名单中。");
    }
    Passage first = best.get(0).passage();
    return Optional.of(
        Replies.answer(
            text + Replies.whose(kb, first.notice()),
            first.notice(),
            first.section().heading(),
            first.text()));
  }

  /** An entry of a list, and the passage it stands in. */
  private record Entry(Passage passage, String text) {}

  /**
   * True when a part's paragraphs are all entries, a line each or split by 、 on one line: short,
   * and no sentence.
   */
  private static boolean isAList(Section s) {
    if (s.heading().isEmpty()) {
      return false;
    }
    if (s.paragraphs().size() == 1) {
      String[] entries = s.paragraphs().get(0).text().split("、");
      return entries.length >= FEWEST && Arrays.stream(entries).allMatch(Honours::isEntry);
    }
    return s.paragraphs().size() >= FEWEST
        && s.paragraphs().stream().allMatch(p -> isEntry(p.text()));
  }

  /** What a bracket notes of an entry: （女，澄川市江湾区总工会 副主席）. */
  private static final Pattern NOTE = Pattern.compile("[（(][^（()）]*[）)]");

  /** The marks of a clause or sentence. */
  private static final Pattern CLAUSE = Pattern.compile("[，。；：！？]");

  /** An entry: short, and no clause but in its note (章立峰，男，汉族… is a sentence of a profile). */
  private static boolean isEntry(String text) {
    return text.length() <= ENTRY && !CLAUSE.matcher(NOTE.matcher(text).replaceAll("")).find();
  }

  /**
   * The share of an entry (its canonical text) the question's words name: the entry itself, not one
   * of its people.
   */
  private static double named(List<Weights.Term> subject, String entry) {
    int said = 0;
    for (Weights.Term t : subject) {
      for (String f : t.forms()) {
        if (entry.contains(f)) {
          said += f.length();
          break;
        }
      }
    }
    return (double) said / Math.max(1, entry.length());
  }

  /**
   * The list's name: its heading without numbering, after its parent's when it is a part of a
   * larger list (优秀工会积极分子（15名）·鹤鸣区（4名）).
   */
  private static String list(Notice n, Section s) {
    String own = s.title();
    if (s.parent() >= 0) {
      Section parent = n.sections().get(s.parent());
      if (parent.paragraphs().isEmpty() && !parent.appendix()) {
        return parent.title() + "·" + own;
      }
    }
    return own;
  }
}
