package org.unionbot.core.intent;

import java.util.List;
import java.util.Optional;
import org.unionbot.knowledge.Answer;

/**
 * One user's dialogue state: the last answer (for follow-ups), the last suggestions (so "1" picks
 * one) and the quiz round in progress. Mutable; the {@link org.unionbot.core.Bot} works on a
 * session only while holding its lock, so one user's messages are handled one at a time. Opaque
 * outside this package: only the intents read or change it.
 */
public final class Session {

  private Answer lastAnswer;
  private List<String> suggestions = List.of();
  private QuizRound round;
  private boolean interruptionChecked;

  /** A new user's state: no answer, no suggestions, no round. */
  public Session() {}

  Optional<Answer> lastAnswer() {
    return Optional.ofNullable(lastAnswer);
  }

  void answered(Answer a) {
    lastAnswer = a.answered() ? a : lastAnswer;
    suggestions = a.suggestions();
  }

  List<String> suggestions() {
    return suggestions;
  }

  Optional<QuizRound> round() {
    return Optional.ofNullable(round);
  }

  void round(QuizRound r) {
    round = r;
  }

  /** Whether this session already asked the store for a round another node left open. */
  boolean interruptionChecked() {
    return interruptionChecked;
  }

  void interruptionChecked(boolean checked) {
    interruptionChecked = checked;
  }
}
