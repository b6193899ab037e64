package org.unionbot.knowledge.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.index.Passage;
import org.unionbot.knowledge.index.Snapshot;

/**
 * A point asked by the word that numbers it in the text (二要讲的是什么 of a letter's 二要做好防寒保暖…, 一是什么 of
 * requirements 一是加强学习宣传。…): the sentence that opens with it. Only where one sentence of the
 * knowledge base does; points numbered so in several places are left to retrieval.
 */
final class PointsByNumber {

  /** A question that is the point's number and nothing else asked: 二要讲的是什么, 一是什么, 三要说了啥. */
  private static final Pattern ASKED =
      Pattern.compile("^([一二三四五六七八九十])([要是])(是|讲的是|说的是|讲|说|讲了|说了|指的是|指)?(什么|啥)(内容|意思)?$");

  private PointsByNumber() {}

  static Optional<Answer> answer(Snapshot kb, Question q) {
    Matcher asked = ASKED.matcher(q.text());
    if (!asked.matches()) {
      return Optional.empty();
    }
    String opening = asked.group(1) + asked.group(2);
    List<Passage> opened =
        kb.passages.stream()
            .filter(p -> p.kind() == Passage.Kind.TEXT && p.text().strip().startsWith(opening))
            .limit(2)
            .toList();
    if (opened.size() != 1) {
      return Optional.empty();
    }
    Passage p = opened.get(0);
    return Optional.of(Replies.answer(kb, new Replies.Found(p, Spans.tidy(p.text()), 1, 1)));
  }
}
