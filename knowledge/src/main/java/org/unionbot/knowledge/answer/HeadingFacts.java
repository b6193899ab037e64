package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.Numerals;
import org.unionbot.knowledge.notice.Section;

/**
 * Answers a count a heading gives in brackets: "焊工有多少人参赛" of 「（一）焊工（参赛96人）」. A results list or a
 * schedule often puts a part's size in its heading, where no sentence says it, so the sentences
 * under the heading never answer how many.
 */
final class HeadingFacts {

  /** A heading that ends with a note in brackets holding a number: 焊工（参赛96人）, 第一批（共3个街道）. */
  private static final Pattern NOTED = Pattern.compile("^(.{2,16}?)[（(]([^（()）]*\\d[^（()）]*)[）)]$");

  private HeadingFacts() {}

  /**
   * The note of the one heading the question names whose note says the rest it asks; else empty.
   */
  static Optional<Answer> answer(Snapshot kb, Question q) {
    if (q.type() != QuestionType.COUNT) {
      return Optional.empty();
    }
    List<Noted> found = new ArrayList<>();
    for (int i = 0; i < kb.sections.size(); i++) {
      Matcher m = NOTED.matcher(kb.sections.get(i).title().strip());
      if (m.matches() && asks(q, m.group(1).strip(), m.group(2))) {
        found.add(new Noted(i, m.group(1).strip(), m.group(2).strip()));
      }
    }
    if (found.size() != 1) {
      return Optional.empty();
    }
    Noted noted = found.get(0);
    Section s = kb.sections.get(noted.section());
    Notice n = kb.sectionNotices.get(noted.section());
    String text = noted.name() + "：" + noted.note() + "。" + Replies.whose(kb, n);
    return Optional.of(Replies.answer(text, n, s.heading(), s.heading()));
  }

  /** A label of a noun and a numeral, as a question names a part by it: 线路一, 方案二. */
  private static final Pattern NUMBERED_LABEL = Pattern.compile("\\p{IsHan}{2,4}[一二三四五六七八九十]");

  /**
   * What a part headed by a numbered label is, when the question asks what the label is and nothing
   * else: 线路一是什么线路 of 「线路一：雾岭山森林康养（4天3晚）」 → 线路一是：雾岭山森林康养（4天3晚）。; else empty.
   */
  static Optional<Answer> labelled(Snapshot kb, Question q) {
    // 线路二是哪条线路 asks which one, as a list question does
    if (!(q.type() == QuestionType.WHAT
            || q.type() == QuestionType.NAME
            || q.type() == QuestionType.LIST)
        || q.ordinal().isPresent()
        || q.count().isPresent()) {
      return Optional.empty();
    }
    String label =
        q.nouns().stream().filter(n -> NUMBERED_LABEL.matcher(n).matches()).findFirst().orElse("");
    if (label.isEmpty() || !q.terms().stream().allMatch(t -> label.contains(Canonical.text(t)))) {
      return Optional.empty(); // 线路一的目的地 asks of the part, not what it is
    }
    int found =
        onlySection(
            kb,
            i -> {
              String title = kb.canonicalTitles.get(i);
              return title.startsWith(label + "：") || title.startsWith(label + ":");
            });
    if (found < 0) {
      return Optional.empty();
    }
    Section s = kb.sections.get(found);
    String title = s.title().strip();
    String text = label + "是：" + title.substring(label.length() + 1).strip() + "。";
    return Optional.of(
        Replies.answer(
            text + Replies.whose(kb, kb.sectionNotices.get(found)),
            kb.sectionNotices.get(found),
            s.heading(),
            s.heading()));
  }

  /** A question that names two places: 第一件和第二件. */
  private static final Pattern TWO_PLACES =
      Pattern.compile("第[一二三四五六七八九十\\d]{1,2}.{0,3}[和与及、].{0,2}第[一二三四五六七八九十\\d]");

  /**
   * The part at the asked place of the parts headed by a noun and a numeral, when the question asks
   * what that part is and nothing else: 第三件实事是什么 of 「实事一：…」…「实事十：…」 → 实事三是：新就业形态劳动者“暖新”行动。 (最后一个案例,
   * 倒数第二件 likewise); else empty.
   */
  static Optional<Answer> byPlace(Snapshot kb, Question q) {
    if (!(q.type() == QuestionType.WHAT
            || q.type() == QuestionType.NAME
            || q.type() == QuestionType.LIST)
        || q.ordinal().isEmpty()
        || TWO_PLACES.matcher(q.text()).find()) {
      return Optional.empty(); // 第一件和第二件实事分别是什么 asks two
    }
    for (String noun : q.nouns()) {
      String label = Canonical.text(noun);
      if (label.length() < 2
          || !q.terms().stream().allMatch(t -> label.contains(Canonical.text(t)))) {
        continue;
      }
      Pattern headed = Pattern.compile("^" + Pattern.quote(label) + "[一二三四五六七八九十]{1,3}[：:]");
      for (Notice n : kb.notices) {
        List<Integer> parts = new ArrayList<>();
        for (int i = 0; i < kb.sections.size(); i++) {
          if (kb.sectionNotices.get(i) == n
              && headed.matcher(kb.canonicalTitles.get(i)).lookingAt()) {
            parts.add(i);
          }
        }
        int k = Question.place(q.ordinal().getAsInt(), parts.size());
        if (parts.size() < 2
            || k < 1
            || k > parts.size()
            || countsOtherwise(n, label, parts.size())) {
          continue;
        }
        Section s = kb.sections.get(parts.get(k - 1));
        String title = s.title().strip();
        int colon = title.indexOf('：') >= 0 ? title.indexOf('：') : title.indexOf(':');
        String text = title.substring(0, colon) + "是：" + title.substring(colon + 1).strip() + "。";
        return Optional.of(
            Replies.answer(text + Replies.whose(kb, n), n, s.heading(), s.heading()));
      }
    }
    return Optional.empty();
  }

  /**
   * True when the notice counts the things a label names, and never as many as its parts so headed
   * (四条疗休养线路 over three parts headed 线路一：…): some are not headed so, and their places are not the
   * parts' places.
   */
  private static boolean countsOtherwise(Notice n, String label, int parts) {
    Pattern counted =
        Pattern.compile(
            "([一二三四五六七八九十两]{1,3}|\\d{1,2})[个件条项家类]\\p{IsHan}{0,6}?" + Pattern.quote(label));
    StringBuilder text = new StringBuilder(n.title());
    n.sections().forEach(s -> s.paragraphs().forEach(p -> text.append('\n').append(p.text())));
    Matcher m = counted.matcher(Canonical.text(text.toString()));
    boolean otherwise = false;
    while (m.find()) {
      if (Numerals.parse(m.group(1)) == parts) {
        return false; // 评选出5个典型案例 beside 报送的41个案例: one count is theirs
      }
      otherwise = true;
    }
    return otherwise;
  }

  /** The index of the one section that passes the test; -1 when none does, or more than one. */
  static int onlySection(Snapshot kb, IntPredicate test) {
    int found = -1;
    for (int i = 0; i < kb.sections.size(); i++) {
      if (test.test(i)) {
        if (found >= 0) {
          return -1;
        }
        found = i;
      }
    }
    return found;
  }

  /** A heading's index, what it is of (焊工) and its note (参赛96人). */
  private record Noted(int section, String name, String note) {}

  /**
   * True when the question names what the heading is of (焊工) and every other word it has is in the
   * note (参赛 of 参赛96人), or is the measure the note counts in (人).
   */
  private static boolean asks(Question q, String name, String note) {
    if (name.length() < 2 || !q.text().contains(name)) {
      return false;
    }
    String canonicalNote = Canonical.text(note);
    boolean rest = false;
    for (String t : q.terms()) {
      if (name.contains(t)) {
        continue;
      }
      if (!canonicalNote.contains(Canonical.text(t))) {
        return false;
      }
      rest = true;
    }
    return rest || !q.measure().isEmpty() && canonicalNote.contains(q.measure());
  }
}
