package org.unionbot.core.intent;

import java.util.List;
import java.util.Optional;
import org.unionbot.core.Reply;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.Source;

/**
 * Follow-ups on the session's last answer: 出处 (the sentence it came from) and 详细说说 (its whole
 * paragraph, or the sentence when there is no more).
 */
final class FollowUps {

  private final Examples examples;

  FollowUps(Examples examples) {
    this.examples = examples;
  }

  Reply source(Turn turn) {
    Optional<Answer> last = turn.session().lastAnswer();
    if (last.isEmpty() || last.get().sources().isEmpty()) {
      return examples.reply(Reply.Kind.HELP, Texts.NO_LAST_ANSWER);
    }
    Source s = last.get().sources().get(0);
    return new Reply(
        Reply.Kind.ANSWER,
        String.format(Texts.SOURCE, s.title(), s.section(), s.snippet()),
        List.of(s),
        List.of());
  }

  Reply detail(Turn turn) {
    Optional<Answer> last = turn.session().lastAnswer();
    if (last.isEmpty() || last.get().detail().isEmpty()) {
      return source(turn);
    }
    Source s = last.get().sources().get(0);
    return new Reply(
        Reply.Kind.ANSWER,
        String.format(Texts.DETAIL, s.section(), last.get().detail()),
        List.of(s),
        List.of());
  }
}
