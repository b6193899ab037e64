package org.unionbot.knowledge.quiz;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How hard an item is, from how often workers answer it right: the share of right answers pulled
 * towards a prior of {@value #PRIOR_SHARE} as if {@value #PRIOR_ANSWERS} answers had been given
 * already, so an item answered twice, wrong both times, is not yet "hard". Rounds take the
 * difficulties in turn ({@link #mix}).
 */
public enum QuizDifficulty {
  EASY,
  MEDIUM,
  HARD;

  /** The share of right answers expected of an item nobody has answered yet. */
  public static final double PRIOR_SHARE = 0.7;

  /** How many answers the prior weighs, as answers. */
  public static final int PRIOR_ANSWERS = 10;

  /** At or above this estimated share right, an item is easy. */
  public static final double EASY_FROM = 0.8;

  /** Below this estimated share right, an item is hard. */
  public static final double HARD_BELOW = 0.5;

  /**
   * The estimated share of right answers after {@code asked} answers, {@code right} of them right.
   */
  public static double estimate(long asked, long right) {
    if (asked < 0 || right < 0 || right > asked) {
      throw new IllegalArgumentException("need 0 <= right <= asked, got " + right + "/" + asked);
    }
    return (right + PRIOR_SHARE * PRIOR_ANSWERS) / (asked + PRIOR_ANSWERS);
  }

  /** The difficulty of an item answered {@code asked} times, {@code right} of them right. */
  public static QuizDifficulty of(long asked, long right) {
    double share = estimate(asked, right);
    return share >= EASY_FROM ? EASY : share < HARD_BELOW ? HARD : MEDIUM;
  }

  /** The name the admin API shows: easy, medium, hard. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Up to {@code n} of {@code items} (in their order of preference) with the difficulties taken in
   * turn, medium, easy, hard, medium, …, each the next preferred item of its difficulty; a
   * difficulty with none left is passed over. The round comes back easiest first.
   */
  public static <T> List<T> mix(List<T> items, Function<T, QuizDifficulty> difficulty, int n) {
    Map<QuizDifficulty, Deque<T>> byLevel = new EnumMap<>(QuizDifficulty.class);
    for (QuizDifficulty d : values()) {
      byLevel.put(d, new ArrayDeque<>());
    }
    for (T item : items) {
      byLevel.get(difficulty.apply(item)).add(item);
    }
    List<T> out = new ArrayList<>();
    List<QuizDifficulty> turns = List.of(MEDIUM, EASY, HARD);
    while (out.size() < n && byLevel.values().stream().anyMatch(q -> !q.isEmpty())) {
      for (QuizDifficulty d : turns) {
        Deque<T> q = byLevel.get(d);
        if (!q.isEmpty() && out.size() < n) {
          out.add(q.poll());
        }
      }
    }
    out.sort(Comparator.comparing(difficulty));
    return out;
  }
}
