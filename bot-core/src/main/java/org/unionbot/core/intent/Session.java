package org.unionbot.core.intent;

import java.util.List;
import java.util.Optional;
import org.unionbot.knowledge.Answer;

/**
 * One user's dialogue state: the last answer (for follow-ups), the last suggestions (so "1" picks
 * one), the quiz round in progress, how far "还有呢" has gone, and when the last "考考我" invitation was
 * shown. Mutable; the {@link org.unionbot.core.Bot} works on a session only while holding its lock,
 * so one user's messages are handled one at a time. Opaque outside this package: only the intents
 * read or change it.
 */
public final class Session {

  /** Answers an invitation to "考考我" waits for after the last one. */
  static final int INVITE_EVERY = 3;

  private Answer lastAnswer;
  private List<String> suggestions = List.of();
  private QuizRound round;
  private boolean interruptionChecked;
  private int shownParagraph = -2;
  private int answersSinceInvite = INVITE_EVERY;
  private boolean unsure;
  private List<String> unitChoices = List.of();

  /** A new user's state: no answer, no suggestions, no round. */
  public Session() {}

  Optional<Answer> lastAnswer() {
    return Optional.ofNullable(lastAnswer);
  }

  /**
   * Keeps {@code a} for follow-ups when it answers (a refusal keeps the answer before it) and its
   * suggestions for numbered picks.
   */
  void answered(Answer a) {
    if (a.answered()) {
      lastAnswer = a;
      shownParagraph = -2;
    }
    suggestions = a.suggestions();
    unitChoices = List.of();
  }

  /** The units "绑定单位" offered last, numbered from 1; empty when none wait for a pick. */
  List<String> unitChoices() {
    return unitChoices;
  }

  void unitChoices(List<String> units) {
    unitChoices = List.copyOf(units);
  }

  List<String> suggestions() {
    return suggestions;
  }

  /**
   * The paragraph of the last answer's section that "还有呢" showed last, -1 before its first, or -2
   * when it has not been worked out for the last answer yet.
   */
  int shownParagraph() {
    return shownParagraph;
  }

  void shownParagraph(int i) {
    shownParagraph = i;
  }

  /**
   * Counts a substantive answer and says whether it may carry the "考考我" invitation: the first one,
   * then at most one in {@value #INVITE_EVERY}.
   */
  boolean mayInvite() {
    if (answersSinceInvite >= INVITE_EVERY - 1) {
      answersSinceInvite = 0;
      return true;
    }
    answersSinceInvite++;
    return false;
  }

  /**
   * Whether the message now being handled was hard to make sense of: the knowledge base refused it
   * or answered it unsure, or it read as nonsense. Reset for every message.
   */
  boolean unsure() {
    return unsure;
  }

  void unsure(boolean u) {
    unsure = u;
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
