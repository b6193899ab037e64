package org.unionbot.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.NoticeText;
import org.unionbot.knowledge.QaSet;
import org.unionbot.knowledge.Source;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.Section;

/**
 * Every question the knowledge base suggests is answered, and from the section it was made for: a
 * worker who taps a suggestion after a refusal must not be refused again or answered from
 * elsewhere. Walks the suggestion of every section a refusal can offer, over the bundled notice and
 * every evaluation notice; a notice without headings is offered by what it is about.
 */
class SuggestionsTest {

  private static final List<String> NOTICES =
      List.of(
          "",
          "/eval/notice-b.txt",
          "/eval/notice-c.md",
          "/eval/notice-d.txt",
          "/eval/notice-e.txt",
          "/eval/notice-f.txt",
          "/eval/notice-g.md",
          "/eval/notice-h.txt");

  static Stream<Arguments> suggestions() {
    List<Arguments> out = new ArrayList<>();
    for (String resource : NOTICES) {
      KnowledgeBase kb =
          resource.isEmpty()
              ? KnowledgeBase.bundled()
              : KnowledgeBase.of(
                  List.of(new NoticeText("n", Optional.empty(), QaSet.text(resource))));
      Answerer answerer = FaqTest.answerer(kb);
      for (int i = 0; i < answerer.index.sections.size(); i++) {
        Section s = answerer.index.sections.get(i);
        if (answerer.offers(i)) {
          Notice n = answerer.index.sectionNotices.get(i);
          out.add(
              Arguments.of(
                  resource.isEmpty() ? "bundled" : resource,
                  kb,
                  answerer.sectionQuestions.get(i),
                  s,
                  n));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("suggestions")
  void aSuggestionIsAnsweredFromItsOwnSection(
      String notice, KnowledgeBase kb, String suggestion, Section section, Notice n) {
    Answer a = kb.answer(suggestion);

    assertThat(a.kind()).as(a.text()).isEqualTo(Answer.Kind.ANSWER);
    assertThat(a.sources())
        .as(a.text())
        .extracting(Source::section)
        .anyMatch(cited -> cited.equals(EverySuggestionTest.sourceName(section)));
  }

  @Test
  void aRefusedQuestionAboutANoticeWithoutHeadingsIsPointedAtThatNotice() {
    KnowledgeBase kb =
        KnowledgeBase.of(
            List.of(
                KnowledgeBase.bundledNotice(),
                new NoticeText(
                    "blood", Optional.of("江北区总工会职工无偿献血活动通知"), QaSet.text("/eval/notice-f.txt"))));

    Answer refused = kb.answer("献血会不会影响身体");

    assertThat(refused.kind()).isEqualTo(Answer.Kind.FALLBACK);
    assertThat(refused.suggestions()).isNotEmpty();
    String first = refused.suggestions().get(0);
    assertThat(first).contains("献血");
    Answer tapped = kb.answer(first);
    assertThat(tapped.kind()).isEqualTo(Answer.Kind.ANSWER);
    assertThat(tapped.lowConfidence()).isFalse();
    assertThat(tapped.text()).contains("7月8日至7月12日", "「导语」").doesNotContain("标题");
    assertThat(tapped.sources()).allMatch(s -> s.doc().equals("blood"));
  }

  @Test
  void aTitleInQuotesHasItsOwnQuotesSingle() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            "关于开展春季招聘活动的通知\n\n一、“春风送岗”专场招聘会\n\n3月16日在区职工服务中心广场举行，共组织87家企业进场。\n\n"
                + "二、“三个一”工作法推动骑手入会\n\n建好一个驿站，推出一张码，办好一批实事。\n\n"
                + "三、技能培训报名\n\n现场设立电工、育婴员培训报名点，培训费用由区总工会承担。\n");

    // a number in a quoted name (“三个一”) counts nothing
    assertThat(kb.answer("今天天气怎么样").suggestions())
        .contains("关于“‘春风送岗’专场招聘会”，通知是怎么说的？", "关于“‘三个一’工作法推动骑手入会”，通知是怎么说的？")
        .allMatch(s -> s.indexOf('“') == s.lastIndexOf('“'));
  }

  @Test
  void aStepOfASequenceIsNoCount() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            "关于提案办理情况的通报\n\n一、总体情况\n\n今年共立案提案24件，已全部办理答复。\n\n" + "二、下一步工作\n\n加强跟踪督办，提高提案质量。\n");

    // 下一步工作 does not count one step of work
    assertThat(kb.answer("今天天气怎么样").suggestions()).contains("关于“下一步工作”，通知是怎么说的？");
  }

  @Test
  void aLeadOffersNoSlogan() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            "职工朋友们：\n\n为弘扬“奉献、友爱、互助、进步”的志愿服务精神，区总工会定于5月10日在文化宫开展"
                + "“书香满园”职工读书分享活动。\n\n报名请联系区总工会宣教部。\n");

    assertThat(kb.answer("今天天气怎么样").suggestions()).containsExactly("关于“书香满园”职工读书分享活动，通知是怎么说的？");
  }
}
