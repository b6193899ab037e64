package org.unionbot.core.intent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.unionbot.core.contest.Ticket;
import org.unionbot.knowledge.quiz.QuizItem;

/** A quiz round in progress: its items, where the user is, and how it is going. Mutable. */
final class QuizRound {

  private final List<QuizItem> items;
  private final boolean practice;
  private final Ticket ticket;
  private boolean review;
  private Instant touched;
  private int index;
  private int correct;
  private int answered;
  private int points;

  QuizRound(List<QuizItem> items) {
    this(items, false);
  }

  /**
   * A round of {@code items}; a {@code practice} round is the one item "考考我" asks after an answer,
   * scored like a round's item but without a round's bonus.
   */
  QuizRound(List<QuizItem> items, boolean practice) {
    this(items, practice, null);
  }

  /** A round of {@code items} that counts for a contest as {@code ticket} says (null: none). */
  QuizRound(List<QuizItem> items, boolean practice, Ticket ticket) {
    this.practice = practice;
    this.ticket = ticket;
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a round needs at least one item");
    }
    this.items = List.copyOf(items);
  }

  /**
   * A review of the user's wrong-answer book ("错题"): its items asked and graded like a round's, for
   * no points; an item answered right leaves the book.
   */
  static QuizRound review(List<QuizItem> items) {
    QuizRound r = new QuizRound(items, false);
    r.review = true;
    return r;
  }

  boolean review() {
    return review;
  }

  /** Notes that the user did something in this round now (started it, answered, skipped). */
  void touch(Instant now) {
    touched = now;
  }

  /**
   * Whether nothing happened in this round for longer than {@code idle} before {@code now}: it
   * expired, and an answer to it is not graded.
   */
  boolean expired(Instant now, Duration idle) {
    return touched != null && Duration.between(touched, now).compareTo(idle) > 0;
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

  /** The contest slot this round counts in, if it counts for one. */
  Optional<Ticket> ticket() {
    return Optional.ofNullable(ticket);
  }

  boolean practice() {
    return practice;
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
