package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the answer engine on question sets: the shared development set, our own larger set over
 * the bundled notice, and three further notices of the same genre. A correct answer holds the gold
 * string and is at most 150 characters without whitespace and punctuation; a refusal row must come
 * back as a fallback. The scores go to target/evaluation.txt for BENCHMARKS.md.
 */
class EvaluationTest {

  /** Scores on one set: answerable rows answered right, refusal rows refused. */
  record Score(String set, int answered, int answerable, int refused, int refusals) {

    @Override
    public String toString() {
      return String.format(
          "%-22s answered %3d/%-3d (%5.1f%%)  refused %2d/%-2d",
          set, answered, answerable, 100.0 * answered / answerable, refused, refusals);
    }
  }

  private static final List<String> REPORT = new ArrayList<>();

  static Score score(KnowledgeBase kb, String resource) {
    QaSet qa = QaSet.load(resource);
    int answered = 0;
    int answerable = 0;
    int refused = 0;
    int refusals = 0;
    for (QaSet.Row r : qa.rows()) {
      boolean pass = r.passes(kb.answer(r.question()));
      if (r.refusal()) {
        refusals++;
        refused += pass ? 1 : 0;
      } else {
        answerable++;
        answered += pass ? 1 : 0;
      }
    }
    Score s =
        new Score(
            resource.substring(resource.lastIndexOf('/') + 1),
            answered,
            answerable,
            refused,
            refusals);
    REPORT.add("unionbot " + s);
    REPORT.add("baseline " + Baseline.score(kb.notices(), qa));
    return s;
  }

  private static KnowledgeBase of(String resource) {
    return KnowledgeBase.of(List.of(new NoticeText("n", Optional.empty(), QaSet.text(resource))));
  }

  @Test
  void answersEveryDevelopmentQuestionAndRefusesBothOffTopicOnes() {
    Score s = score(KnowledgeBase.bundled(), "/qa/qa-dev.tsv");

    assertThat(s.answered()).isEqualTo(18);
    assertThat(s.answerable()).isEqualTo(18);
    assertThat(s.refused()).isEqualTo(2);
    assertThat(s.refusals()).isEqualTo(2);
  }

  @Test
  void extendedSetOverTheBundledNotice() {
    Score s = score(KnowledgeBase.bundled(), "/eval/qa-extended.tsv");

    assertThat(s.answered()).isGreaterThanOrEqualTo(210);
    assertThat(s.refused()).isEqualTo(s.refusals());
  }

  @Test
  void otherNoticesOfTheGenre() {
    Score b = score(of("/eval/notice-b.txt"), "/eval/qa-notice-b.tsv");
    Score c = score(of("/eval/notice-c.md"), "/eval/qa-notice-c.tsv");

    assertThat(b.answered()).isGreaterThanOrEqualTo(28);
    assertThat(c.answered()).isGreaterThanOrEqualTo(30);
    assertThat(b.refused() + c.refused()).isGreaterThanOrEqualTo(b.refusals() + c.refusals() - 1);
  }

  @Test
  void aShortNoticeWhoseHeadingsNameTheirTopic() {
    Score d = score(of("/eval/notice-d.txt"), "/eval/qa-notice-d.tsv");

    assertThat(d.answered()).isGreaterThanOrEqualTo(11);
    assertThat(d.refused()).isGreaterThanOrEqualTo(d.refusals() - 1);
  }

  @AfterAll
  static void writeReport() throws IOException {
    Files.write(Path.of("target", "evaluation.txt"), REPORT, StandardCharsets.UTF_8);
  }
}
