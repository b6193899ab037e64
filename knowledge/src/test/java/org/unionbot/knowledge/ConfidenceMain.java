package org.unionbot.knowledge;

import org.unionbot.knowledge.answer.Recall;

/**
 * Where to put {@link Answer#LOW_CONFIDENCE}: over the ten question sets (the two "beside" sets
 * repeat questions), how many right answers and how many wrong ones have at least each confidence.
 * An answer below the threshold is marked unsure, so a wrong one above it is "confidently wrong".
 * The numbers behind docs/how-it-answers.md and BENCHMARKS.md. Run with the test classpath.
 */
public final class ConfidenceMain {

  private static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.75, 0.8};

  private ConfidenceMain() {}

  public static void main(String[] args) {
    int answerable = 0;
    int right = 0;
    int wrong = 0;
    int[] rightAbove = new int[THRESHOLDS.length];
    int[] wrongAbove = new int[THRESHOLDS.length];
    for (Evaluation.QuestionSet set : Evaluation.SETS) {
      if (set.beside()) {
        continue;
      }
      KnowledgeBase kb = set.knowledgeBase(Recall.FUSED);
      for (QaSet.Row r : QaSet.load(set.questions()).rows()) {
        if (r.refusal()) {
          continue;
        }
        answerable++;
        Answer a = kb.answer(r.question());
        if (!a.answered()) {
          continue;
        }
        boolean pass = r.passes(a);
        right += pass ? 1 : 0;
        wrong += pass ? 0 : 1;
        for (int i = 0; i < THRESHOLDS.length; i++) {
          if (a.confidence() >= THRESHOLDS[i]) {
            rightAbove[i] += pass ? 1 : 0;
            wrongAbove[i] += pass ? 0 : 1;
          }
        }
      }
    }
    System.out.printf("answerable %d, right %d, wrong %d%n", answerable, right, wrong);
    for (int i = 0; i < THRESHOLDS.length; i++) {
      System.out.printf(
          "confidence >= %.2f: %.1f%% of right answers, wrong %d (%.1f%% of answerable)%n",
          THRESHOLDS[i],
          100.0 * rightAbove[i] / right,
          wrongAbove[i],
          100.0 * wrongAbove[i] / answerable);
    }
  }
}
