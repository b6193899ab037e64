package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.analysis.Segmenter;
import org.unionbot.knowledge.analysis.Token;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.Headings;
import org.unionbot.knowledge.notice.Section;

/**
 * Questions the knowledge base can answer, made from its headings: "“学深悟透”的四个步骤是什么？" for a counted
 * heading, "关于“X”，通知提出了什么要求？" otherwise. Offered, numbered, when the bot cannot answer.
 */
final class Suggestions {

  static final int MAX = 3;

  private Suggestions() {}

  /** Up to three questions, those sharing the most characters with the question first. */
  static List<String> forQuestion(Answerer answerer, String question) {
    Snapshot kb = answerer.index;
    String q = Canonical.question(question);
    List<Integer> ranked = new ArrayList<>();
    for (int i = 0; i < kb.sections.size(); i++) {
      Section s = kb.sections.get(i);
      if (!s.heading().isEmpty() && s.level() <= 1) {
        ranked.add(i);
      }
    }
    ranked.sort(Comparator.comparingInt(i -> -shared(q, kb.canonicalHeadings.get(i))));
    return ranked.stream().limit(MAX).map(answerer.sectionQuestions::get).toList();
  }

  static String question(Segmenter segmenter, Section s) {
    String title = s.title();
    int end = Headings.countEnd(title);
    if (s.count().isPresent() && end > 0) {
      String rest = title.substring(end);
      int unitEnd = 0;
      for (Token t : segmenter.words(rest)) {
        if (t.start() != unitEnd || !t.pos().startsWith("n")) {
          break;
        }
        unitEnd = t.end();
      }
      String counted = title.substring(0, end + unitEnd);
      String topic = rest.substring(unitEnd);
      return topic.isEmpty() ? counted + "是什么？" : topic + "的" + counted + "是什么？";
    }
    return "关于“" + title + "”，通知提出了什么要求？";
  }

  private static int shared(String a, String b) {
    return (int)
        a.codePoints().filter(c -> Character.isLetterOrDigit(c) && b.indexOf(c) >= 0).count();
  }
}
