package org.unionbot.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.NoticeText;
import org.unionbot.knowledge.QaSet;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.Section;

/**
 * Every question the knowledge base itself puts in front of a worker is answered, and from the
 * section it was made for (issue 10, item 8): the suggestions of every refusal that the evaluation
 * sets' refusal questions and a few off-topic ones produce (each must be a section's question), the
 * example the help, the welcome and the chat page's placeholder offer, the question of every
 * section a refusal can offer (the lead, for a notice without headings), and each top-level heading
 * as a worker copies it from the outline (要点). Each is answered without the unsure hedge (the bot
 * does not doubt what it offered), over the bundled notice, every evaluation notice, and two
 * knowledge bases of two notices (one of them a notice without headings, titled on upload as the
 * admin API always does), where the answer must also come from the section's own notice.
 */
class EverySuggestionTest {

  /**
   * A knowledge base: the notices it holds (empty string: the bundled one), its question set, and
   * the title an admin gave the other notices on upload ("": none, the notice's first line).
   */
  private record Base(String name, List<String> notices, String questions, String title) {
    Base(String name, List<String> notices, String questions) {
      this(name, notices, questions, "");
    }
  }

  private static final List<Base> BASES =
      List.of(
          new Base("bundled", List.of(""), "/eval/qa-extended.tsv"),
          new Base("notice-b", List.of("/eval/notice-b.txt"), "/eval/qa-notice-b.tsv"),
          new Base("notice-c", List.of("/eval/notice-c.md"), "/eval/qa-notice-c.tsv"),
          new Base("notice-d", List.of("/eval/notice-d.txt"), "/eval/qa-notice-d.tsv"),
          new Base("notice-e", List.of("/eval/notice-e.txt"), "/eval/qa-notice-e.tsv"),
          new Base("notice-f", List.of("/eval/notice-f.txt"), "/eval/qa-notice-f.tsv"),
          new Base(
              "notice-f titled",
              List.of("", "/eval/notice-f.txt"),
              "/eval/qa-notice-f.tsv",
              "江北区总工会职工无偿献血活动通知"),
          new Base("notice-g", List.of("/eval/notice-g.md"), "/eval/qa-notice-g.tsv"),
          new Base("notice-h", List.of("/eval/notice-h.txt"), "/eval/qa-notice-h.tsv"),
          new Base("notice-i", List.of("/eval/notice-i.md"), "/eval/qa-notice-i.tsv"),
          new Base("notice-j", List.of("/eval/notice-j.txt"), "/eval/qa-notice-j.tsv"),
          new Base("notice-k", List.of("/eval/notice-k.txt"), "/eval/qa-notice-k.tsv"),
          new Base("notice-l", List.of("/eval/notice-l.txt"), "/eval/qa-notice-l.tsv"),
          new Base("notice-m", List.of("/eval/notice-m.txt"), "/eval/qa-notice-m.tsv"),
          new Base("notice-n", List.of("/eval/notice-n.txt"), "/eval/qa-notice-n.tsv"),
          new Base("notice-o", List.of("/eval/notice-o.md"), "/eval/qa-notice-o.tsv"),
          new Base("notice-p", List.of("/eval/notice-p.txt"), "/eval/qa-notice-p.tsv"),
          new Base("notice-q", List.of("/eval/notice-q.txt"), "/eval/qa-notice-q.tsv"),
          new Base("notice-r", List.of("/eval/notice-r.txt"), "/eval/qa-notice-r.tsv"),
          new Base("notice-s", List.of("/eval/notice-s.txt"), "/eval/qa-notice-s.tsv"),
          new Base("notice-t", List.of("/eval/notice-t.md"), "/eval/qa-notice-t.tsv"),
          new Base("notice-u", List.of("/eval/notice-u.txt"), "/eval/qa-notice-u.tsv"),
          new Base("notice-v", List.of("/eval/notice-v.md"), "/eval/qa-notice-v.tsv"),
          new Base("notice-w", List.of("/eval/notice-w.txt"), "/eval/qa-notice-w.tsv"),
          new Base("notice-x", List.of("/eval/notice-x.txt"), "/eval/qa-notice-x.tsv"),
          new Base("notice-y", List.of("/eval/notice-y.txt"), "/eval/qa-notice-y.tsv"),
          new Base("notice-z", List.of("/eval/notice-z.txt"), "/eval/qa-notice-z.tsv"),
          new Base("notice-aa", List.of("/eval/notice-aa.txt"), "/eval/qa-notice-aa.tsv"),
          new Base("notice-ab", List.of("/eval/notice-ab.md"), "/eval/qa-notice-ab.tsv"),
          new Base("notice-ac", List.of("/eval/notice-ac.txt"), "/eval/qa-notice-ac.tsv"),
          new Base("notice-ad", List.of("/eval/notice-ad.txt"), "/eval/qa-notice-ad.tsv"),
          new Base("notice-ae", List.of("/eval/notice-ae.txt"), "/eval/qa-notice-ae.tsv"),
          new Base("notice-af", List.of("/eval/notice-af.md"), "/eval/qa-notice-af.tsv"),
          new Base("notice-ag", List.of("/eval/notice-ag.txt"), "/eval/qa-notice-ag.tsv"),
          new Base("notice-ah", List.of("/eval/notice-ah.md"), "/eval/qa-notice-ah.tsv"),
          new Base("notice-ai", List.of("/eval/notice-ai.txt"), "/eval/qa-notice-ai.tsv"),
          new Base("notice-aj", List.of("/eval/notice-aj.md"), "/eval/qa-notice-aj.tsv"),
          new Base("notice-ak", List.of("/eval/notice-ak.txt"), "/eval/qa-notice-ak.tsv"),
          new Base("notice-al", List.of("/eval/notice-al.md"), "/eval/qa-notice-al.tsv"),
          new Base("notice-am", List.of("/eval/notice-am.txt"), "/eval/qa-notice-am.tsv"),
          new Base("notice-an", List.of("/eval/notice-an.txt"), "/eval/qa-notice-an.tsv"),
          new Base("notice-ao", List.of("/eval/notice-ao.txt"), "/eval/qa-notice-ao.tsv"),
          new Base("notice-ap", List.of("/eval/notice-ap.txt"), "/eval/qa-notice-ap.tsv"),
          new Base("notice-ar", List.of("/eval/notice-ar.txt"), "/eval/qa-notice-ar.tsv"),
          new Base("notice-aq", List.of("/eval/notice-aq.md"), "/eval/qa-notice-aq.tsv"),
          new Base("notice-at", List.of("/eval/notice-at.txt"), "/eval/qa-notice-at.tsv"),
          new Base("notice-as", List.of("/eval/notice-as.txt"), "/eval/qa-notice-as.tsv"),
          new Base("notice-au", List.of("/eval/notice-au.txt"), "/eval/qa-notice-au.tsv"),
          new Base("notice-av", List.of("/eval/notice-av.txt"), "/eval/qa-notice-av.tsv"),
          new Base("notice-aw", List.of("/eval/notice-aw.txt"), "/eval/qa-notice-aw.tsv"),
          new Base("notice-ax", List.of("/eval/notice-ax.txt"), "/eval/qa-notice-ax.tsv"),
          new Base("notice-ay", List.of("/eval/notice-ay.md"), "/eval/qa-notice-ay.tsv"),
          new Base("notice-az", List.of("/eval/notice-az.txt"), "/eval/qa-notice-az.tsv"),
          new Base("notice-ba", List.of("/eval/notice-ba.txt"), "/eval/qa-notice-ba.tsv"),
          new Base("notice-bc", List.of("/eval/notice-bc.txt"), "/eval/qa-notice-bc.tsv"),
          new Base("notice-bh", List.of("/eval/notice-bh.md"), "/eval/qa-notice-bh.tsv"),
          new Base("notice-bi", List.of("/eval/notice-bi.txt"), "/eval/qa-notice-bi.tsv"),
          new Base("notice-bf", List.of("/eval/notice-bf.txt"), "/eval/qa-notice-bf.tsv"),
          new Base("notice-bl", List.of("/eval/notice-bl.md"), "/eval/qa-notice-bl.tsv"),
          new Base("notice-bp", List.of("/eval/notice-bp.md"), "/eval/qa-notice-bp.tsv"),
          new Base("notice-bt", List.of("/eval/notice-bt.md"), "/eval/qa-notice-bt.tsv"),
          new Base("notice-bo", List.of("/eval/notice-bo.txt"), "/eval/qa-notice-bo.tsv"),
          new Base("notice-bk", List.of("/eval/notice-bk.txt"), "/eval/qa-notice-bk.tsv"),
          new Base("notice-by", List.of("/eval/notice-by.txt"), "/eval/qa-notice-by.tsv"),
          new Base("notice-bz", List.of("/eval/notice-bz.txt"), "/eval/qa-notice-bz.tsv"),
          new Base("notice-cb", List.of("/eval/notice-cb.txt"), "/eval/qa-notice-cb.tsv"),
          new Base("notice-bq", List.of("/eval/notice-bq.txt"), "/eval/qa-notice-bq.tsv"),
          new Base("notice-bs", List.of("/eval/notice-bs.txt"), "/eval/qa-notice-bs.tsv"),
          new Base("b+bundled", List.of("", "/eval/notice-b.txt"), "/eval/qa-notice-b.tsv"),
          new Base("e+bundled", List.of("", "/eval/notice-e.txt"), "/eval/qa-notice-e.tsv"),
          new Base("q+bundled", List.of("", "/eval/notice-q.txt"), "/eval/qa-notice-q.tsv"));

  /** Questions no notice answers, besides each set's own refusal rows. */
  private static final List<String> OFF_TOPIC =
      List.of("今天天气怎么样", "火车票在哪里买", "你好", "工资什么时候发", "？？？");

  /** Where a suggestion came from, for the test's name. */
  enum Kind {
    FALLBACK,
    EXAMPLE,
    SECTION,
    OUTLINE
  }

  static Stream<Arguments> suggestions() {
    List<Arguments> out = new ArrayList<>();
    for (Base base : BASES) {
      List<NoticeText> texts = new ArrayList<>();
      for (int i = 0; i < base.notices().size(); i++) {
        String r = base.notices().get(i);
        texts.add(
            r.isEmpty()
                ? KnowledgeBase.bundledNotice()
                : new NoticeText(
                    "n" + i, Optional.of(base.title()).filter(t -> !t.isEmpty()), QaSet.text(r)));
      }
      KnowledgeBase kb = KnowledgeBase.of(texts);
      Answerer answerer = FaqTest.answerer(kb);
      Map<String, Integer> ownSection = new LinkedHashMap<>();
      for (int i = 0; i < answerer.index.sections.size(); i++) {
        if (answerer.offers(i)) {
          ownSection.putIfAbsent(answerer.sectionQuestions.get(i), i);
        }
      }
      Map<String, Kind> asked = new LinkedHashMap<>();
      List<String> refused = new ArrayList<>(OFF_TOPIC);
      QaSet.load(base.questions()).rows().stream()
          .filter(QaSet.Row::refusal)
          .forEach(r -> refused.add(r.question()));
      for (String q : refused) {
        for (String s : kb.answer(q).suggestions()) {
          asked.putIfAbsent(s, Kind.FALLBACK);
        }
      }
      asked.putIfAbsent(kb.example(), Kind.EXAMPLE);
      ownSection.keySet().forEach(s -> asked.putIfAbsent(s, Kind.SECTION));
      for (Map.Entry<String, Kind> e : asked.entrySet()) {
        Integer i = ownSection.get(e.getKey());
        Section section = i == null ? null : answerer.index.sections.get(i);
        Notice notice = i == null ? null : answerer.index.sectionNotices.get(i);
        out.add(Arguments.of(base.name(), e.getValue(), e.getKey(), kb, section, notice));
      }
      for (int i = 0; i < answerer.index.sections.size(); i++) {
        Section s = answerer.index.sections.get(i);
        if (Suggestions.headedTopLevel(s) && s.title().length() >= 4) {
          out.add(
              Arguments.of(
                  base.name(),
                  Kind.OUTLINE,
                  s.title(),
                  kb,
                  s,
                  answerer.index.sectionNotices.get(i)));
        }
      }
    }
    return out.stream();
  }

  /** How an answer's source names a section: its title, "导语" for a lead. */
  static String sourceName(Section section) {
    return section.heading().isEmpty() ? "导语" : section.title();
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @MethodSource("suggestions")
  void isAnsweredFromItsOwnSection(
      String base, Kind kind, String suggestion, KnowledgeBase kb, Section section, Notice notice) {
    Answer a = kb.answer(suggestion);

    String why =
        base + " " + kind + " " + suggestion + " → " + (section == null ? "" : section.title());
    assertThat(a.kind()).as(why + ": " + a.text()).isEqualTo(Answer.Kind.ANSWER);
    assertThat(a.lowConfidence()).as("not hedged: " + why + ": " + a.text()).isFalse();
    if (kind == Kind.FALLBACK) {
      assertThat(section).as("a refusal offers only questions made from a section").isNotNull();
    }
    if (section != null) {
      assertThat(a.sources())
          .as(why + ": " + a.text())
          .anyMatch(s -> s.doc().equals(notice.id()) && s.section().equals(sourceName(section)));
    }
  }
}
