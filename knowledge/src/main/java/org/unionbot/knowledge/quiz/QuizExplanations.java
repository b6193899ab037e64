package org.unionbot.knowledge.quiz;

import java.util.List;
import org.unionbot.knowledge.notice.Items;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.Numerals;
import org.unionbot.knowledge.notice.Section;

/**
 * What a grade shows after the right answer: the whole source sentence, or, for an item about a
 * heading that lists items (an outline item, "「四个步骤“学深悟透”」中的第二步是？"), the heading with its items:
 * "四个步骤“学深悟透”：（一）抓好传达学习；（二）组织开展培训；…". Stateless.
 */
final class QuizExplanations {

  private static final String TRAILING = "[，。；：、,.;:\\s]+$";

  private QuizExplanations() {}

  /** The explanation of {@code item} among {@code notices}; its source when it is a sentence. */
  static String of(List<Notice> notices, QuizItem item) {
    for (Notice n : notices) {
      if (!n.id().equals(item.doc())) {
        continue;
      }
      for (Section s : n.sections()) {
        boolean heading =
            !s.heading().isEmpty()
                && (s.title().equals(item.source()) || s.heading().equals(item.source()));
        if (heading) {
          List<String> items = Items.of(n, s);
          if (!items.isEmpty()) {
            return outline(s.title(), items);
          }
        }
      }
    }
    return item.source();
  }

  private static String outline(String title, List<String> items) {
    StringBuilder out = new StringBuilder(title).append('：');
    for (int k = 1; k <= items.size(); k++) {
      out.append('（')
          .append(Numerals.chinese(k))
          .append('）')
          .append(items.get(k - 1).replaceAll(TRAILING, ""))
          .append(k < items.size() ? '；' : '。');
    }
    return out.toString();
  }
}
