package org.unionbot.knowledge.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.NoticeText;
import org.unionbot.knowledge.analysis.Dictionary;
import org.unionbot.knowledge.analysis.Places;
import org.unionbot.knowledge.analysis.Segmenter;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.Items;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.NoticeParser;
import org.unionbot.knowledge.notice.Section;

class QuizGeneratorTest {

  private static final Snapshot BUNDLED =
      Snapshot.build(1, KnowledgeBase.bundled().notices(), List.of());

  /** What the generator reads from a snapshot, without the index the quiz does not need. */
  private record Kb(Segmenter segmenter, List<Notice> notices, Set<String> people) {}

  private static QuizValidator.Result build(Kb kb) {
    return QuizGenerator.build(kb.segmenter, kb.notices, kb.people);
  }

  private static QuizValidator.Result build(Snapshot kb) {
    return QuizGenerator.build(kb.segmenter, kb.notices, kb.people);
  }

  private static Kb snapshot(NoticeText text) {
    List<Notice> notices = List.of(new NoticeParser().parse(text.id(), text.text(), text.title()));
    return new Kb(
        Segmenter.create(Dictionary.terms(notices)), notices, Set.copyOf(Places.people(notices)));
  }

  @Test
  void theBundledNoticeGivesThirtyValidItemsOfBothTypesInEverySection() {
    List<QuizItem> bank = build(BUNDLED).valid();

    assertThat(bank).hasSizeGreaterThanOrEqualTo(30);
    assertThat(QuizRules.violations(bank, BUNDLED.notices)).isEmpty();
    List<String> sections = new ArrayList<>(List.of(QuizGenerator.LEAD));
    BUNDLED.notices.get(0).headedSections().forEach(s -> sections.add(s.title()));
    assertThat(sections).hasSize(4);
    assertThat(bank.stream().map(QuizItem::section).distinct()).containsAll(sections);
    assertThat(bank).extracting(QuizItem::type).contains(QuizItem.Type.CHOICE, QuizItem.Type.BLANK);
  }

  @Test
  void everyKindOfItemIsMadeFromTheBundledNotice() {
    List<QuizItem> bank = build(BUNDLED).valid();
    Map<String, List<String>> answers =
        bank.stream()
            .collect(
                Collectors.groupingBy(
                    QuizItem::section, Collectors.mapping(QuizItem::answer, Collectors.toList())));

    // a date and an institution in the lead
    assertThat(answers.get(QuizGenerator.LEAD)).contains("11月8日", "市总工会");
    // heading counts, a body count, list members, a quoted name, the outline
    assertThat(bank).anyMatch(i -> i.prompt().startsWith(QuizGenerator.HEADING));
    assertThat(bank).anyMatch(i -> i.answer().matches("8个?(方面)?|八"));
    assertThat(bank).anyMatch(i -> i.answer().endsWith("精神") && i.source().contains("劳模精神"));
    assertThat(bank).anyMatch(i -> i.answer().equals("百万职工大比武·匠心筑梦新盐城"));
    assertThat(bank).anyMatch(i -> i.prompt().matches("「四个步骤“学深悟透”」中的第.步是.*"));
    assertThat(bank).anyMatch(i -> i.prompt().startsWith("下列哪一项不属于「"));
    assertThat(bank).anyMatch(i -> i.prompt().startsWith("下列哪一项不属于“"));
  }

  @Test
  void aCountAcceptsItsEquivalentForms() {
    QuizItem five =
        build(BUNDLED).valid().stream()
            .filter(i -> i.source().equals("五个方面深入领会和学习“重要谈话精神”"))
            .filter(i -> i.answer().startsWith("五"))
            .findFirst()
            .orElseThrow();

    List<String> forms = new ArrayList<>(five.accepted());
    forms.add(five.answer());
    assertThat(forms).contains("五", "5", "五个方面", "5个方面");
  }

  @Test
  void choicesHaveFourOptionsShuffledStablyAndBlanksOneVisibleBlank() {
    for (QuizItem i : build(BUNDLED).valid()) {
      if (i.type() == QuizItem.Type.CHOICE) {
        assertThat(i.options()).hasSize(4).doesNotHaveDuplicates().contains(i.answer());
        assertThat(i.accepted()).doesNotContainAnyElementsOf(i.options());
      } else {
        assertThat(i.prompt()).containsOnlyOnce(QuizItem.BLANK);
        assertThat(i.options()).isEmpty();
      }
    }
    // the answer is not always in the same place
    assertThat(
            build(BUNDLED).valid().stream()
                .filter(i -> i.type() == QuizItem.Type.CHOICE)
                .map(QuizItem::correctIndex)
                .distinct())
        .hasSizeGreaterThan(2);
  }

  @Test
  void idsAndOptionOrderAreStableAcrossRebuilds() {
    List<QuizItem> first = build(BUNDLED).valid();
    List<QuizItem> second = build(snapshot(KnowledgeBase.bundledNotice())).valid();

    assertThat(second).isEqualTo(first);
    assertThat(first).extracting(QuizItem::id).doesNotHaveDuplicates();
  }

  @Test
  void theBundledNoticeNeedsNoRepairs() {
    QuizValidator.Result r = build(BUNDLED);

    assertThat(r.rejected()).isEmpty();
  }

  static Stream<NoticeText> handWritten() {
    return QuizNotices.handWritten().stream();
  }

  @ParameterizedTest
  @MethodSource("handWritten")
  void smallNoticesOfTheGenreGiveValidItems(NoticeText text) {
    Kb kb = snapshot(text);
    List<QuizItem> bank = build(kb).valid();

    assertThat(bank).hasSizeGreaterThanOrEqualTo(10);
    assertThat(QuizRules.violations(bank, kb.notices)).isEmpty();
    assertThat(bank).extracting(QuizItem::type).contains(QuizItem.Type.CHOICE);
    assertThat(bank).extracting(QuizItem::type).contains(QuizItem.Type.BLANK);
    assertThat(bank).extracting(QuizItem::section).contains(QuizGenerator.LEAD);
  }

  @Test
  void aCountedHeadingGivesOutlineItems() {
    Kb kb = snapshot(QuizNotices.text("counted", QuizNotices.COUNTED));
    Notice n = kb.notices.get(0);
    Section tasks =
        n.sections().stream().filter(s -> s.title().equals("三项重点任务")).findFirst().orElseThrow();
    assertThat(Items.of(n, tasks)).hasSize(3);

    List<QuizItem> outline =
        build(kb).valid().stream().filter(i -> i.source().equals("三项重点任务")).toList();

    assertThat(outline)
        .extracting(QuizItem::prompt)
        .anyMatch(p -> p.startsWith("「三项重点任务」中的第"))
        .anyMatch(p -> p.equals("下列哪一项不属于「三项重点任务」？"));
  }

  @Test
  void randomNoticesOfTheGenreGiveOnlyValidStableItems() {
    int items = 0;
    for (long seed = 1; seed <= 25; seed++) {
      NoticeText text = QuizNotices.random(seed);
      Kb kb = snapshot(text);
      List<QuizItem> bank = build(kb).valid();

      assertThat(bank).as(text.text()).isNotEmpty();
      assertThat(QuizRules.violations(bank, kb.notices)).as(text.text()).isEmpty();
      assertThat(build(snapshot(text)).valid()).as("stable ids for seed %d", seed).isEqualTo(bank);
      items += bank.size();
    }
    assertThat(items).isGreaterThan(25 * 5);
  }

  @Test
  void theValidatorLetsNothingThroughThatTheRulesReject() {
    // every candidate the generator makes, valid or not, judged by both
    for (long seed = 100; seed < 110; seed++) {
      Kb kb = snapshot(QuizNotices.random(seed));
      QuizValidator validator = new QuizValidator(kb.notices);
      for (QuizItem item : QuizGenerator.generate(kb.segmenter, kb.notices, kb.people, validator)) {
        if (validator.problem(item).isEmpty()) {
          assertThat(QuizRules.violations(item, kb.notices.get(0))).as(item.toString()).isEmpty();
        }
      }
    }
  }
}
