package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.index.Passage;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.Section;

/**
 * Which of a notice's numbered parts says something (哪个案例是通过仲裁解决的 of parts headed 案例一：…, 案例二：…;
 * 哪条线路含晚餐 of 线路一：…, 线路二：…): the part, with its sub-parts, that names more of the things the
 * question names, then says more of the question, than any other, named by its heading, with its
 * sentence that says the most of it. A part that says too little of the question is never one.
 */
final class WhichPart {

  /** A question of which part: 哪个案例, 哪一条线路, 哪个阶段. */
  private static final Pattern ASKED = Pattern.compile("哪(?:一|1)?[个条项家件](\\p{IsHan}{2})");

  /** Least share of the question's words the part must say. */
  private static final double ENOUGH = 0.6;

  private WhichPart() {}

  static Optional<Answer> answer(Snapshot kb, Question q, Weights w) {
    Matcher asked = ASKED.matcher(q.text());
    if (!asked.find() || w.isEmpty()) {
      return Optional.empty();
    }
    Pattern headed =
        Pattern.compile("^" + Pattern.quote(asked.group(1)) + "[一二三四五六七八九十]{1,2}[：:、　 ]");
    for (Notice n : kb.notices) {
      List<Section> parts = new ArrayList<>();
      for (Section s : n.sections()) {
        if (headed.matcher(s.heading()).lookingAt()) {
          parts.add(s);
        }
      }
      if (parts.size() < 2) {
        continue;
      }
      // the things the question names first (农民工 of 哪个案例涉及农民工), then how much else it says
      List<String> nouns = q.nouns().stream().filter(x -> !x.equals(asked.group(1))).toList();
      Section best = null;
      double bestScore = 0;
      double second = 0;
      for (Section part : parts) {
        String text = Canonical.text(said(kb, n, part));
        long named = nouns.stream().filter(x -> text.contains(Canonical.text(x))).count();
        double coverage = w.coverage(text);
        if (coverage < ENOUGH && (nouns.isEmpty() || named < nouns.size())) {
          continue;
        }
        double score = named + coverage;
        if (score > bestScore) {
          second = bestScore;
          bestScore = score;
          best = part;
        } else if (score > second) {
          second = score;
        }
      }
      if (best == null || bestScore <= second) {
        return Optional.empty();
      }
      Passage most = null;
      double mostCoverage = 0;
      for (Passage p : passagesUnder(kb, n, best)) {
        double c = w.coverage(p.context());
        if (c > mostCoverage) {
          most = p;
          mostCoverage = c;
        }
      }
      String heading = best.title();
      String text = "是" + heading + "。" + (most == null ? "" : Spans.tidy(most.text()));
      return Optional.of(Replies.answer(text, n, heading, ""));
    }
    return Optional.empty();
  }

  /** All a part says: its heading and the text of it and its sub-parts. */
  private static String said(Snapshot kb, Notice n, Section part) {
    StringBuilder sb = new StringBuilder(part.heading());
    for (Passage p : passagesUnder(kb, n, part)) {
      sb.append('\n').append(p.text());
    }
    return sb.toString();
  }

  /** The passages of a part and of the sections below it, up to the next part of its level. */
  private static List<Passage> passagesUnder(Snapshot kb, Notice n, Section part) {
    List<Passage> out = new ArrayList<>(kb.passagesOf(part));
    for (int i = part.index() + 1; i < n.sections().size(); i++) {
      Section s = n.sections().get(i);
      if (s.level() <= part.level()) {
        break;
      }
      out.addAll(kb.passagesOf(s));
    }
    return out;
  }
}
