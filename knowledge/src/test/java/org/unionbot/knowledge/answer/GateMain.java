package org.unionbot.knowledge.answer;

import java.util.List;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.QaSet;
import org.unionbot.knowledge.analysis.Synonyms;
import org.unionbot.knowledge.index.Semantic;
import org.unionbot.knowledge.index.Snapshot;

/**
 * Development aid behind the thresholds of AnswerEngine's agreement rule: for each question of a
 * set, one tab-separated row with its outcome under the serving recall, its type, the knowledge
 * base's share of its weight, and for the best-ranked and the vector-nearest candidate whether it
 * holds the gold, its coverage with context, its cosine and the runner-up's cosine. Args: the set's
 * resource, then the notice's resource (none for the bundled notice).
 */
public final class GateMain {

  private GateMain() {}

  public static void main(String[] args) {
    Snapshot s =
        Snapshot.build(
            1, RecallMain.lexical(args).notices(), List.of(), Semantic.current().embedder());
    Answerer ans = Answerer.of(s, Synonyms.NONE, List.of());
    for (QaSet.Row r : QaSet.load(args[0]).rows()) {
      Answer a = ans.answer(r.question());
      boolean pass = r.passes(a);
      Question q = ans.questions.parse(r.question());
      Weights w = Weights.of(s, q);
      float[] v = ans.vector(r.question());
      List<Candidates.Candidate> cs = Candidates.of(s, q, w, v, Recall.WEIGHTED);
      Candidates.Candidate top = cs.isEmpty() ? null : cs.get(0);
      Candidates.Candidate v1 =
          cs.stream().filter(c -> c.vectorRank() == 1).findFirst().orElse(null);
      double second =
          cs.stream()
              .filter(c -> c.vectorRank() == 2)
              .mapToDouble(c -> c.cosine())
              .findFirst()
              .orElse(0);
      System.out.printf(
          "ROW\t%s\t%s\t%s\t%s\t%s\t%.3f\t%s\t%.3f\t%.3f\t%.3f\t%d\t%.2f\t%s\t%.3f\t%.3f\t%.3f\t%.3f\t%s\t%s%n",
          args[0],
          r.refusal() ? (r.offTopic() ? "offtopic" : "near") : "answer",
          r.reworded() ? "rew" : "day",
          pass ? "pass" : a.answered() ? (a.lowConfidence() ? "unsure" : "wrong") : "refused",
          q.type() + (q.strict() ? "!" : ""),
          w.known(),
          top == null ? "-" : (r.refusal() ? "x" : r.heldBy(top.passage().text()) ? "G" : "n"),
          top == null ? 0 : top.coverage(),
          top == null ? 0 : top.context(),
          top == null ? 0 : top.cosine(),
          top == null ? 0 : top.vectorRank(),
          top == null ? 0 : top.fit(),
          v1 == null ? "-" : (r.refusal() ? "x" : r.heldBy(v1.passage().text()) ? "G" : "n"),
          v1 == null ? 0 : v1.cosine(),
          second,
          v1 == null ? 0 : v1.context(),
          v1 == null ? 0 : v1.fit(),
          r.question(),
          r.gold());
    }
  }
}
