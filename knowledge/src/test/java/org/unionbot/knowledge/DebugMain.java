package org.unionbot.knowledge;

/** Development aid: shows how a question is parsed and weighed. */
public final class DebugMain {
  public static void main(String[] args) {
    String notice = System.getProperty("notice");
    KnowledgeBase base =
        notice == null
            ? KnowledgeBase.bundled()
            : KnowledgeBase.of(
                java.util.List.of(
                    new NoticeText("n", java.util.Optional.empty(), QaSet.text(notice))));
    Snapshot kb = Snapshot.build(1, base.notices());
    if (Boolean.getBoolean("dict")) System.out.println("dictionary " + kb.segmenter.dictionary());
    System.out.println("places " + kb.places);
    for (String a : args) {
      Question q = kb.questions.parse(a);
      Weights w = Weights.of(kb, q);
      System.out.println(q + "\n  known=" + w.known());
      w.terms.forEach(t -> System.out.println("  " + t));
      Retriever.candidates(kb, q, w).stream()
          .limit(3)
          .forEach(c -> System.out.println("  C " + c.score() + " " + c));
      System.out.println("  => " + AnswerEngine.answer(kb, a).text());
    }
  }
}
