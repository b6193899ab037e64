package org.unionbot.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * How well {@link Answer#lowConfidence()} tells wrong answers from right ones on each question set:
 * of the answers given, how many wrong ones and how many right ones are low-confidence. The numbers
 * behind {@link Answer#LOW_CONFIDENCE} (README, "How it answers"). Run with the test classpath.
 */
public final class ConfidenceMain {

  private ConfidenceMain() {}

  public static void main(String[] args) {
    String[][] sets = {
      {"", "/qa/qa-dev.tsv"},
      {"", "/eval/qa-extended.tsv"},
      {"/eval/notice-b.txt", "/eval/qa-notice-b.tsv"},
      {"/eval/notice-c.md", "/eval/qa-notice-c.tsv"}
    };
    boolean verbose = args.length > 0 && args[0].equals("-v");
    for (String[] pair : sets) {
      KnowledgeBase kb =
          pair[0].isEmpty()
              ? KnowledgeBase.bundled()
              : KnowledgeBase.of(
                  List.of(new NoticeText("n", Optional.empty(), QaSet.text(pair[0]))));
      int right = 0;
      int rightLow = 0;
      int wrong = 0;
      int wrongLow = 0;
      int fallbacks = 0;
      for (QaSet.Row r : QaSet.load(pair[1]).rows()) {
        Answer a = kb.answer(r.question());
        if (r.refusal() || !a.answered()) {
          fallbacks += !r.refusal() ? 1 : 0;
          continue;
        }
        boolean pass = r.passes(a);
        right += pass ? 1 : 0;
        rightLow += pass && a.lowConfidence() ? 1 : 0;
        wrong += pass ? 0 : 1;
        wrongLow += !pass && a.lowConfidence() ? 1 : 0;
        if (verbose && (a.lowConfidence() || !pass)) {
          System.out.printf(
              "  %s %s %.2f %s%n",
              pass ? "right" : "WRONG",
              a.lowConfidence() ? "low " : "high",
              a.confidence(),
              r.question());
        }
      }
      System.out.printf(
          "%-22s wrong answers low-confidence %d/%d, right answers low-confidence %d/%d,"
              + " answerable fallbacks %d%n",
          pair[1].substring(pair[1].lastIndexOf('/') + 1),
          wrongLow,
          wrong,
          rightLow,
          right,
          fallbacks);
    }
  }
}
