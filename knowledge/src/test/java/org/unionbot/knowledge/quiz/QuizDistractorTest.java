package org.unionbot.knowledge.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.QaSet;
import org.unionbot.knowledge.analysis.Dictionary;
import org.unionbot.knowledge.analysis.Places;
import org.unionbot.knowledge.analysis.Segmenter;
import org.unionbot.knowledge.notice.Items;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.NoticeParser;
import org.unionbot.knowledge.notice.Section;
import org.unionbot.knowledge.quiz.QuizShapes.Shape;

/**
 * Items that do not give themselves away: every distractor of every item generated from the bundled
 * notice and the evaluation notices is of the answer's kind (part of speech and length), prompts
 * read as Chinese sentences, and explanations quote whole sentences or whole outlines.
 */
class QuizDistractorTest {

  static Stream<Named<List<Notice>>> notices() {
    List<Named<List<Notice>>> out = new ArrayList<>();
    out.add(Named.of("bundled", KnowledgeBase.bundled().notices()));
    for (String file : QaSet.EVAL_NOTICES) {
      String id = file.substring(0, file.indexOf('.'));
      out.add(
          Named.of(
              file,
              List.of(
                  new NoticeParser().parse(id, QaSet.text("/eval/" + file), Optional.empty()))));
    }
    return out.stream();
  }

  private static List<QuizItem> bank(List<Notice> notices) {
    return QuizGenerator.bank(
        Segmenter.create(Dictionary.terms(notices)), notices, Set.copyOf(Places.people(notices)));
  }

  @ParameterizedTest
  @MethodSource("notices")
  void everyDistractorIsOfTheAnswersKindAndLength(List<Notice> notices) {
    List<QuizItem> bank = bank(notices);
    assertThat(bank).isNotEmpty();
    List<String> wrong = new ArrayList<>();
    for (QuizItem item : bank) {
      String answer = item.answer();
      boolean name = QuizValidator.named(item.prompt());
      for (String option : item.options()) {
        if (option.equals(answer)) {
          continue;
        }
        boolean text = QuizForms.kind(answer) == QuizForms.Kind.TEXT;
        int gap = Math.abs(option.length() - answer.length());
        boolean sameKind = QuizForms.kind(option) == QuizForms.kind(answer);
        boolean sameShape = !text || name || QuizShapes.of(option) == QuizShapes.of(answer);
        int allowed =
            text && !name ? Math.max(2, answer.length() / 3) : Math.max(3, answer.length() / 2);
        if (!sameKind || !sameShape || gap > allowed) {
          wrong.add(item.prompt() + " " + answer + " ≠ " + option);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("notices")
  void promptsHaveNoLabelAndExplanationsQuoteWholeSentencesOrOutlines(List<Notice> notices) {
    List<QuizItem> bank = bank(notices);
    for (QuizItem item : bank) {
      assertThat(item.prompt()).doesNotContain("小标题").doesNotStartWith("：");
      String explanation = QuizExplanations.of(notices, item);
      Notice n = notices.stream().filter(x -> x.id().equals(item.doc())).findFirst().orElseThrow();
      Optional<Section> heading =
          n.sections().stream()
              .filter(s -> !s.heading().isEmpty() && s.title().equals(item.source()))
              .findFirst();
      List<String> listed = heading.map(s -> Items.of(n, s)).orElse(List.of());
      if (listed.isEmpty()) {
        assertThat(explanation).isEqualTo(item.source());
        assertThat(sentences(n)).contains(item.source());
      } else {
        assertThat(explanation).startsWith(item.source() + "：（一）");
        for (String listedItem : listed) {
          assertThat(explanation).contains(listedItem.replaceAll("[，。；：、\\s]+$", ""));
        }
      }
    }
  }

  private static List<String> sentences(Notice n) {
    List<String> out = new ArrayList<>();
    for (Section s : n.sections()) {
      out.add(s.title());
      s.paragraphs().forEach(p -> out.addAll(p.sentences()));
    }
    return out;
  }

  @Test
  void theIssuesGiveawaysAreRejected() {
    // "辛勤劳动、（____）、创造性劳动": an action, not a thing
    for (String thing : List.of("工会报刊", "微信公众号", "院校")) {
      assertThat(QuizValidator.unlike("诚实劳动", thing, false)).isPresent();
    }
    // "要围绕（____）、构建新发展格局…": a verb phrase, not a thing
    for (String thing : List.of("主席办公会", "工匠人才", "劳动精神")) {
      assertThat(QuizValidator.unlike("贯彻新发展理念", thing, false)).isPresent();
    }
    assertThat(QuizValidator.unlike("诚实劳动", "辛勤劳动", false)).isEmpty();
    assertThat(QuizValidator.unlike("贯彻新发展理念", "构建新发展格局", false)).isEmpty();
    assertThat(QuizValidator.unlike("引领力", "服务力", false)).isEmpty();
    assertThat(QuizValidator.unlike("劳模精神", "工匠精神", false)).isEmpty();
  }

  @Test
  void shapesFollowTheHeadWord() {
    assertThat(QuizShapes.of("诚实劳动")).isEqualTo(Shape.ACTION);
    assertThat(QuizShapes.of("工会报刊")).isEqualTo(Shape.THING);
    assertThat(QuizShapes.of("贯彻新发展理念")).isEqualTo(Shape.VERB_PHRASE);
    assertThat(QuizShapes.of("组织学习培训")).isEqualTo(Shape.VERB_PHRASE);
    assertThat(QuizShapes.of("引领力")).isEqualTo(Shape.THING);
    assertThat(QuizShapes.of("创新型")).isEqualTo(Shape.QUALITY);
  }

  @Test
  void aSynonymOfTheAnswerIsNeverADistractor() {
    List<String> synonyms = Segmenter.synonyms("职工");
    assertThat(synonyms).isNotEmpty();
    assertThat(QuizShapes.unlike("职工", synonyms.get(0)))
        .hasValueSatisfying(p -> assertThat(p).contains("synonym"));
  }

  @Test
  void headingItemsQuoteTheHeadingInASentence() {
    List<QuizItem> bank = bank(KnowledgeBase.bundled().notices());
    assertThat(bank)
        .filteredOn(i -> i.prompt().startsWith(QuizGenerator.HEADING))
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i.prompt()).matches("文中一节的标题是“[^“”]+”。"));
  }
}
