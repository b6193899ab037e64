package org.unionbot.knowledge.answer;

import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.NoticeText;
import org.unionbot.knowledge.QaSet;
import org.unionbot.knowledge.index.Snapshot;

/** Development aid: shows how a question is parsed and weighed. */
public final class DebugMain {
  public static void main(String[] args) {
    String notice = System.getProperty("notice");
    KnowledgeBase base =
        notice == null
            ? KnowledgeBase.bundled()
            : KnowledgeBase.of(
                Boolean.getBoolean("beside") // beside the bundled notice
                    ? java.util.List.of(
                        KnowledgeBase.bundledNotice(),
                        new NoticeText("n", java.util.Optional.empty(), QaSet.text(notice)))
                    : java.util.List.of(
                        new NoticeText("n", java.util.Optional.empty(), QaSet.text(notice))));
    Answerer answerer = FaqTest.answerer(base);
    Snapshot kb = answerer.index;
    if (Boolean.getBoolean("dict")) System.out.println("dictionary " + kb.segmenter.dictionary());
    System.out.println("places " + kb.places);
    if (Boolean.getBoolean("items")) {
      for (int i = 0; i < kb.sections.size(); i++) {
        var s = kb.sections.get(i);
        System.out.println(
            "section "
                + s.heading()
                + " items="
                + org.unionbot.knowledge.notice.Items.of(kb.sectionNotices.get(i), s)
                + " intro="
                + org.unionbot.knowledge.notice.Items.listIntro(s)
                + " bulleted="
                + org.unionbot.knowledge.notice.Items.bulleted(s));
      }
    }
    for (String a : args) {
      Question q = answerer.questions.parse(a);
      Weights w = Weights.of(kb, q);
      System.out.println(q + "\n  known=" + w.known());
      if (Boolean.getBoolean("items")) {
        System.out.println("  outline " + Outline.match(kb, q, w));
      }
      w.terms.forEach(t -> System.out.println("  " + t));
      Candidates.of(kb, q, w, answerer.vector(a), answerer.recall).stream()
          .limit(Integer.getInteger("top", 3))
          .forEach(
              c -> System.out.println("  C " + Candidates.score(c, answerer.recall) + " " + c));
      System.out.println("  => " + AnswerEngine.answer(answerer, a).text());
    }
  }
}
