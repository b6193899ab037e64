package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.index.Passage;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.NoticeParser;
import org.unionbot.knowledge.notice.Numerals;

/**
 * Answers how many hold a role, or who is the n-th, from the line that gives the role and the
 * people who hold it (有几位副主席, 第二位副主席是谁 of 副主席（按姓氏笔画为序）：方　敏（女） …，郑国栋 …，唐卫东 …): the people as the
 * line lists them. Empty unless exactly one such line gives the role the question names.
 */
final class Holders {

  private Holders() {}

  static Optional<Answer> of(Snapshot kb, Question q) {
    if (q.type() != QuestionType.COUNT && q.ordinal().isEmpty()) {
      return Optional.empty();
    }
    Passage found = null;
    List<String> people = List.of();
    String role = "";
    for (Passage p : kb.passages) {
      String line = p.text().strip();
      String label = Spans.labelOf(line);
      if (p.kind() != Passage.Kind.TEXT || label.isEmpty()) {
        continue;
      }
      List<String> holding = holders(line, line.indexOf('：') + 1);
      // 有几位副主席 counts the role, not the ballots cast for it (选举副主席时发出了多少张选票); 委员名单第二位
      // may be of a list its heading names, not of the line labelled 委　员：
      if (holding.size() < 2 || !q.unit().equals(label)) {
        continue;
      }
      if (found != null) {
        return Optional.empty(); // two lines give the role: neither is sure to be the one asked
      }
      found = p;
      people = holding;
      role = label;
    }
    if (found == null) {
      return Optional.empty();
    }
    String text;
    if (q.ordinal().isPresent()) {
      int k = Question.place(q.ordinal().getAsInt(), people.size());
      if (k < 1 || k > people.size()) {
        return Optional.empty();
      }
      text = role + "的第" + Numerals.chinese(k) + "位是" + people.get(k - 1) + "。";
    } else {
      text = role + "共" + Outline.count(people.size()) + "位：" + String.join("、", people) + "。";
    }
    return Optional.of(Replies.answer(kb, new Replies.Found(found, text, 1, 1)));
  }

  /** The people a role's line lists after its label, in its order; empty for any other line. */
  private static List<String> holders(String line, int from) {
    List<String> names = NoticeParser.names(line);
    if (!names.isEmpty()) {
      return names;
    }
    List<String> out = new ArrayList<>();
    for (String one : line.substring(from).split("，")) {
      Optional<String> person = NoticeParser.personOf(one);
      if (person.isEmpty()) {
        return List.of();
      }
      out.add(person.get());
    }
    return out;
  }
}
