package org.unionbot.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
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
 * every evaluation notice.
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
        if (Suggestions.offered(s)) {
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
        .anyMatch(cited -> cited.equals(section.title()) || cited.equals(section.heading()));
  }
}
