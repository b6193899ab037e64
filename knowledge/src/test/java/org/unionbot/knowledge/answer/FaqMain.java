package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.List;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.QaSet;

/**
 * How close each question of the development and extended sets, and {@link FaqTest}'s own
 * paraphrases, comes to {@link FaqTest#FAQS}: the numbers behind {@link Faqs#MIN_COVERAGE}. Prints
 * paraphrases and the closest non-paraphrases, highest first. Run with the test classpath.
 */
public final class FaqMain {

  private FaqMain() {}

  public static void main(String[] args) {
    KnowledgeBase kb = FaqTest.withFaqs();
    Answerer s = FaqTest.answerer(kb);
    List<String> questions = new ArrayList<>();
    for (String set : List.of("/qa/qa-dev.tsv", "/eval/qa-extended.tsv")) {
      QaSet.load(set).rows().forEach(r -> questions.add(r.question()));
    }
    FaqTest.PARAPHRASES.keySet().forEach(questions::add);
    questions.addAll(FaqTest.NEAR_MISSES);
    List<String> lines = new ArrayList<>();
    for (String question : questions) {
      Question q = s.questions.parse(s.synonyms.rewrite(question, s.index.segmenter));
      Faqs.Match m =
          s.faqs.nearest(q, Weights.of(s.index, q), null, 1).stream().findFirst().orElse(null);
      if (m == null) {
        continue;
      }
      String expected = FaqTest.expectedFaq(question);
      String label =
          expected == null ? "other" : expected.equals(m.faq().id()) ? "PARAPHRASE" : "MISMATCH";
      lines.add(
          String.format("%.3f %-10s %s → %s", m.score(), label, question, m.faq().question()));
    }
    lines.sort((a, b) -> b.compareTo(a));
    lines.stream().filter(l -> !l.contains(" other ")).forEach(System.out::println);
    System.out.println("-- closest others");
    lines.stream().filter(l -> l.contains(" other ")).limit(25).forEach(System.out::println);
  }
}
