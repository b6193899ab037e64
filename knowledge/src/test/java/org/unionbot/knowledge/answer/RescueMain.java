package org.unionbot.knowledge.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.Content;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.NoticeText;
import org.unionbot.knowledge.QaSet;
import org.unionbot.knowledge.analysis.Synonyms;
import org.unionbot.knowledge.index.Embedder;
import org.unionbot.knowledge.index.Passage;
import org.unionbot.knowledge.index.Semantic;
import org.unionbot.knowledge.index.Snapshot;

/**
 * Development aid: for every question the lexical engine does not answer right, the features of the
 * sentence nearest its vector, as CSV (set, row kind, whether that sentence holds the gold, cosine,
 * margin to the next, z-score, its lexical coverage with context, its shape fit, the question's
 * known share, strict). Args: pairs of set and notice resource ("-" for the bundled).
 */
public final class RescueMain {

  private RescueMain() {}

  public static void main(String[] args) {
    Embedder e = Semantic.current().embedder().orElseThrow();
    for (int a = 0; a < args.length; a += 2) {
      NoticeText notice =
          args[a + 1].equals("-")
              ? KnowledgeBase.bundledNotice()
              : new NoticeText("n", Optional.empty(), QaSet.text(args[a + 1]));
      Content content = new Content(List.of(notice), List.of(), List.of(), List.of(), Set.of());
      KnowledgeBase lexical = KnowledgeBase.of(content, 1, Semantic.off());
      Snapshot s = Snapshot.build(1, lexical.notices(), List.of(), Optional.of(e));
      Answerer answerer = Answerer.of(s, Synonyms.NONE, List.of(), Recall.VECTOR);
      for (QaSet.Row r : QaSet.load(args[a]).rows()) {
        Answer la = lexical.answer(r.question());
        if (!r.refusal() && r.passes(la)) {
          continue;
        }
        Question q = answerer.questions.parse(r.question());
        Weights w = Weights.of(s, q);
        float[] v = answerer.vector(r.question());
        if (v == null) {
          continue;
        }
        double[] cos = new double[s.passages.size()];
        double mean = 0;
        int best = 0;
        int second = -1;
        for (Passage p : s.passages) {
          cos[p.id()] = s.cosine(p, v);
          mean += cos[p.id()];
        }
        mean /= cos.length;
        for (int i = 0; i < cos.length; i++) {
          if (cos[i] > cos[best]) {
            best = i;
          }
        }
        for (int i = 0; i < cos.length; i++) {
          if (i != best && (second < 0 || cos[i] > cos[second])) {
            second = i;
          }
        }
        double sd = 0;
        for (double c : cos) {
          sd += (c - mean) * (c - mean);
        }
        sd = Math.sqrt(sd / cos.length);
        Passage p = s.passages.get(best);
        String label = r.refusal() ? "refuse" : r.heldBy(p.text()) ? "gold" : "other";
        System.out.printf(
            "CSV,%s,%s,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.3f,%s,%s,%s%n",
            args[a],
            label,
            cos[best],
            cos[best] - cos[second],
            (cos[best] - mean) / sd,
            w.isEmpty() ? 0 : w.coverage(p.context()),
            w.isEmpty() ? 0 : w.coverage(p.canonical()),
            TypeFit.of(q, p.canonical(), s),
            w.isEmpty() ? 0 : w.known(),
            q.strict(),
            q.type(),
            r.question());
      }
    }
  }
}
