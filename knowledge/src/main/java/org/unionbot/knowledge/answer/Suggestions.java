package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.unionbot.knowledge.Titles;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.analysis.Segmenter;
import org.unionbot.knowledge.analysis.Token;
import org.unionbot.knowledge.index.Passage;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.Headings;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.Section;

/**
 * Questions the knowledge base can answer, made from its headings: "“学深悟透”的四个步骤是什么？" for a counted
 * heading, "关于“X”，通知提出了什么要求？" otherwise. Offered, numbered, when the bot cannot answer.
 */
final class Suggestions {

  static final int MAX = 3;

  private Suggestions() {}

  /** True for a headed section whose question a refusal offers: a top-level one. */
  static boolean headedTopLevel(Section s) {
    return !s.heading().isEmpty() && s.level() <= 1;
  }

  /**
   * The question a refusal offers for the section at {@code i} of the index, or "" when it offers
   * none: a top-level headed section's {@link #question}; the lead of a notice without such a
   * section, asked about by what the notice is about ({@code leadSubject}, "" for none), so a
   * worker asking about a short headless notice is pointed at it, not at another notice.
   */
  static String offer(Snapshot index, int i, String leadSubject) {
    Section s = index.sections.get(i);
    if (headedTopLevel(s)) {
      return question(index.segmenter, s);
    }
    return leadSubject.isEmpty() ? "" : "关于" + quoted(leadSubject) + "，通知是怎么说的？";
  }

  /**
   * What a notice without top-level headings is about, for its lead's question: its title's {@link
   * Titles#label}, else the activity its lead names; empty for a notice with headings, or one that
   * names neither.
   */
  static Optional<String> leadSubject(Notice notice) {
    if (notice.sections().stream().anyMatch(Suggestions::headedTopLevel)) {
      return Optional.empty();
    }
    String label = Titles.label(notice);
    if (!notice.title().isBlank() && !label.endsWith("…")) {
      return Optional.of(label);
    }
    return notice.namedActivity();
  }

  private static String quoted(String subject) {
    return subject.contains("“") ? subject : "“" + subject + "”";
  }

  /**
   * Up to three questions about the sections nearest the question: by the cosine of the nearest of
   * the section's own vector and its sentences' (with semantic recall), then by the characters its
   * heading shares with the question. A worker whose words the notice lacks is offered the part of
   * the notice the question is most likely about, not always the same three.
   */
  static List<String> forQuestion(Answerer answerer, String question, float[] vector) {
    Snapshot kb = answerer.index;
    String q = Canonical.question(question);
    double[] near = new double[kb.sections.size()];
    if (vector != null) {
      for (int i = 0; i < near.length; i++) {
        near[answerer.offeredSection[i]] =
            Math.max(near[answerer.offeredSection[i]], kb.sectionCosine(i, vector));
      }
      for (Passage p : kb.passages) {
        int i = kb.sectionIndex(p);
        if (i >= 0) {
          near[answerer.offeredSection[i]] =
              Math.max(near[answerer.offeredSection[i]], kb.cosine(p, vector));
        }
      }
    }
    List<Integer> ranked = new ArrayList<>();
    for (int i = 0; i < kb.sections.size(); i++) {
      if (answerer.offers(i)) {
        ranked.add(i);
      }
    }
    ranked.sort(
        Comparator.<Integer>comparingDouble(i -> -near[i])
            .thenComparingInt(i -> -shared(q, kb.canonicalHeadings.get(i))));
    return ranked.stream().limit(MAX).map(answerer.sectionQuestions::get).toList();
  }

  /** The fewest characters of a worker's question that say what it asks without its asker. */
  private static final int SAYS_ENOUGH = 12;

  static String question(Segmenter segmenter, Section s) {
    String title = s.title();
    int asks = title.indexOf("问：");
    if (Headings.isQuestion(title) && asks > 0) {
      // a transcript's 张某问：…？ offers what the worker asked, with what they said before it when the
      // question says too little alone (包工头跑了，…还欠着。该找谁？)
      String asked = title.substring(asks + 2);
      return asked.length() < SAYS_ENOUGH ? Transcript.saidBefore(s) + asked : asked;
    }
    int end = Headings.countEnd(title);
    int bracket = title.lastIndexOf('（');
    if (s.count().isPresent() && end > 0 && bracket > 0 && bracket < end) {
      return title.substring(0, bracket) + "有哪些？"; // 省工人先锋号拟推荐对象（4个）
    }
    if (s.count().isPresent() && end > 0) {
      String rest = title.substring(end);
      int unitEnd = 0;
      for (Token t : segmenter.words(rest)) {
        if (t.start() != unitEnd || !t.pos().startsWith("n")) {
          break;
        }
        unitEnd = t.end();
      }
      String counted = title.substring(0, end + unitEnd);
      String topic = rest.substring(unitEnd);
      return topic.isEmpty() ? counted + "是什么？" : topic + "的" + counted + "是什么？";
    }
    if (Headings.isQuestion(title)) {
      return title.substring(0, title.length() - 1) + "？"; // the notice's own question (问：…？)
    }
    // quotes within quotes are single (关于“县公交公司‘安全行车百日赛’收官”): the question reads as one
    return "关于“" + title.replace('“', '‘').replace('”', '’') + "”，通知是怎么说的？";
  }

  private static int shared(String a, String b) {
    return (int)
        a.codePoints().filter(c -> Character.isLetterOrDigit(c) && b.indexOf(c) >= 0).count();
  }
}
