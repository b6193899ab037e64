package org.unionbot.knowledge.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.NoticeParser;
import org.unionbot.knowledge.quiz.QuizItem.Type;

class QuizValidatorTest {

  private static final Notice NOTICE =
      new NoticeParser().parse("numbered", QuizNotices.NUMBERED, Optional.empty());
  private static final QuizValidator VALIDATOR = new QuizValidator(List.of(NOTICE));

  private static final String LEAD = "4月10日，县总工会印发通知，决定在全县开展“安康杯”安全生产知识竞赛活动，引导职工学安全、懂安全、会安全。";
  private static final String TASKS = "重点开展四项工作";

  private static QuizItem choice(String prompt, String answer, List<String> options) {
    return new QuizItem(
        "x", Type.CHOICE, prompt, options, answer, List.of(), LEAD, "导语", "numbered");
  }

  private static QuizItem date(List<String> options) {
    return choice("（____），县总工会印发通知。", "4月10日", options);
  }

  private static QuizItem member(List<String> options) {
    return choice("……引导职工学安全、（____）、会安全。", "懂安全", options);
  }

  private static Optional<String> problem(QuizItem item) {
    return VALIDATOR.problem(item);
  }

  @Test
  void wellMadeItemsPass() {
    assertThat(problem(date(List.of("4月11日", "4月10日", "5月10日", "3月10日")))).isEmpty();
    assertThat(problem(member(List.of("爱安全", "懂安全", "讲安全", "保安全")))).isEmpty();
    QuizItem blank =
        new QuizItem(
            "b",
            Type.BLANK,
            "……引导职工学安全、（____）、会安全。",
            List.of(),
            "懂安全",
            List.of(),
            LEAD,
            "导语",
            "numbered");
    assertThat(problem(blank)).isEmpty();
  }

  @Test
  void anAnswerThatIsNotInTheSourceIsRejected() {
    assertThat(
            problem(
                choice("（____），县总工会印发通知。", "4月12日", List.of("4月11日", "4月12日", "5月10日", "3月10日"))))
        .hasValueSatisfying(p -> assertThat(p).contains("does not occur in the source"));
  }

  @Test
  void anOptionThatIsAFormOfTheAnswerIsRejected() {
    QuizItem withForm =
        new QuizItem(
            "x",
            Type.CHOICE,
            "……力争全县参赛职工达到（____）。",
            List.of("3000人", "3000", "2000人", "4000人"),
            "3000人",
            List.of("3000"),
            "通过竞赛普及安全生产知识，力争全县参赛职工达到3000人，培育安全生产示范班组30个。",
            "活动目标",
            "numbered");
    assertThat(problem(withForm)).hasValueSatisfying(p -> assertThat(p).contains("a form of"));
  }

  /**
   * Options that make a bad item, and the words the problem names them by (none: only that there is
   * one).
   */
  static Stream<Arguments> badOptions() {
    return Stream.of(
        bad("duplicate options", date(List.of("4月11日", "4月10日", "4月11日", "3月10日")), "not distinct"),
        bad("another form of the answer", date(List.of("4月11日", "4月10日", "4月10号", "3月10日")), ""),
        bad(
            "two right options",
            member(List.of("会安全", "懂安全", "讲安全", "保安全")),
            "two right options: 会安全"),
        bad("a catch-all option", member(List.of("以上都是", "懂安全", "讲安全", "保安全")), "catch-all"),
        bad("another catch-all option", member(List.of("都不对", "懂安全", "讲安全", "保安全")), ""),
        bad(
            "a distractor of another length",
            member(List.of("安全生产知识竞赛活动", "懂安全", "讲安全", "保安全")),
            "another length"),
        bad(
            "a distractor of another kind",
            date(List.of("4月11日", "4月10日", "3000人", "3月10日")),
            "another kind"),
        bad("three options", date(List.of("4月11日", "4月10日", "5月10日")), ""));
  }

  private static Arguments bad(String what, QuizItem item, String problem) {
    return Arguments.of(Named.of(what, item), problem);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badOptions")
  void badOptionsAreRejected(QuizItem item, String named) {
    assertThat(problem(item)).hasValueSatisfying(p -> assertThat(p).contains(named));
  }

  @Test
  void malformedItemsAreRejected() {
    QuizItem noBlank =
        new QuizItem(
            "x", Type.BLANK, "县总工会哪天印发通知？", List.of(), "4月10日", List.of(), LEAD, "导语", "numbered");
    assertThat(problem(noBlank)).hasValueSatisfying(p -> assertThat(p).contains("visible blank"));
    assertThat(
            problem(
                choice("4月10日，（____）印发通知。", "4月10日", List.of("4月11日", "4月10日", "5月10日", "3月10日"))))
        .hasValueSatisfying(p -> assertThat(p).contains("gives the answer away"));
    QuizItem rewritten =
        new QuizItem(
            "x",
            Type.CHOICE,
            "（____），县总工会印发通知。",
            List.of("4月11日", "4月10日", "5月10日", "3月10日"),
            "4月10日",
            List.of(),
            "4月10日，县总工会印发了通知。",
            "导语",
            "numbered");
    assertThat(problem(rewritten)).hasValueSatisfying(p -> assertThat(p).contains("as written"));
  }

  @Test
  void outlineItemsAreCheckedAgainstTheSectionsItems() {
    QuizItem second =
        new QuizItem(
            "o",
            Type.CHOICE,
            "「重点开展四项工作」中的第二项是？",
            List.of("组织学习培训", "开展网上答题", "举办现场决赛", "评选先进集体"),
            "开展网上答题",
            List.of(),
            TASKS,
            TASKS,
            "numbered");
    assertThat(problem(second)).isEmpty();
    QuizItem wrongPlace =
        new QuizItem(
            "o",
            Type.CHOICE,
            "「重点开展四项工作」中的第二项是？",
            List.of("组织学习培训", "开展网上答题", "举办现场决赛", "评选先进集体"),
            "举办现场决赛",
            List.of(),
            TASKS,
            TASKS,
            "numbered");
    assertThat(problem(wrongPlace)).isPresent();
  }

  @Test
  void aNotOneOfItemNeedsTheOddOneOutAsItsAnswer() {
    List<String> options = List.of("组织学习培训", "开展网上答题", "强化宣传引导", "评选先进集体");
    String prompt = "下列哪一项不属于「重点开展四项工作」？";
    QuizItem good =
        new QuizItem(
            "n", Type.CHOICE, prompt, options, "强化宣传引导", List.of(), TASKS, TASKS, "numbered");
    QuizItem inList =
        new QuizItem(
            "n", Type.CHOICE, prompt, options, "开展网上答题", List.of(), TASKS, TASKS, "numbered");
    QuizItem twoOutside =
        new QuizItem(
            "n",
            Type.CHOICE,
            prompt,
            List.of("组织学习培训", "开展网上答题", "强化宣传引导", "加强组织领导"),
            "强化宣传引导",
            List.of(),
            TASKS,
            TASKS,
            "numbered");

    assertThat(problem(good)).isEmpty();
    assertThat(problem(inList)).hasValueSatisfying(p -> assertThat(p).contains("in its own list"));
    assertThat(problem(twoOutside))
        .hasValueSatisfying(p -> assertThat(p).contains("not in the list either"));
  }

  @Test
  void duplicatesAreDroppedWithTheirReason() {
    QuizItem a = date(List.of("4月11日", "4月10日", "5月10日", "3月10日"));
    QuizItem samePrompt = date(List.of("4月12日", "4月10日", "5月10日", "3月10日"));
    QuizItem sameFact = choice("（____），县总工会印发通知，决定在全县开展竞赛活动。", "4月10日", a.options());

    QuizValidator.Result r = VALIDATOR.validate(List.of(a, samePrompt, sameFact));

    assertThat(r.valid()).containsExactly(a);
    assertThat(r.rejected())
        .extracting(QuizValidator.Rejection::reason)
        .containsExactly(
            "duplicate: the same prompt as another item",
            "duplicate: the same answer from the same source");
  }
}
