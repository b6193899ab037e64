package org.unionbot.core.intent;

import java.util.List;
import org.unionbot.knowledge.quiz.QuizItem;

/** A quiz round in progress: its items, where the user is, and how it is going. Mutable. */
final class QuizRound {

  private final List<QuizItem> items;
  private int index;
  private int correct;
  private int answered;
  private int points;

  QuizRound(List<QuizItem> items) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a round needs at least one item");
    }
    this.items = List.copyOf(items);
  }

  QuizItem current() {
    return items.get(index);
  }

  /** Position of the current item, from 1. */
  int position() {
    return index + 1;
  }

  int total() {
    return items.size();
  }

  void graded(boolean right, int earned) {
    answered++;
    correct += right ? 1 : 0;
    points += earned;
  }

  /** Moves to the next item; false when the round is over. */
  boolean advance() {
    index++;
    return index < items.size();
  }

  int correct() {
    return correct;
  }

  int answered() {
    return answered;
  }

  int points() {
    return points;
  }
}
