package org.unionbot.core.intent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.unionbot.core.score.ScoreStore;
import org.unionbot.knowledge.quiz.QuizDifficulty;
import org.unionbot.knowledge.quiz.QuizItem;

/**
 * Each item's difficulty from its answers in the shared store ({@link ScoreStore#itemStats}), read
 * at most once a {@link #REFRESH}: a round's mix need not follow every answer. Thread-safe.
 */
final class Difficulties {

  /** How long the statistics read from the store are used before they are read again. */
  static final Duration REFRESH = Duration.ofMinutes(1);

  private final ScoreStore scores;
  private final Clock clock;
  private Map<String, ScoreStore.ItemStats> stats = Map.of();
  private Instant readAt;

  Difficulties(ScoreStore scores, Clock clock) {
    this.scores = scores;
    this.clock = clock;
  }

  /** Up to {@code n} of {@code preferred} (in order of preference), difficulties in turn. */
  List<QuizItem> mix(List<QuizItem> preferred, int n) {
    Map<String, ScoreStore.ItemStats> now = stats();
    return QuizDifficulty.mix(
        preferred,
        i -> {
          ScoreStore.ItemStats s = now.get(i.id());
          return s == null ? QuizDifficulty.of(0, 0) : QuizDifficulty.of(s.asked(), s.right());
        },
        n);
  }

  private synchronized Map<String, ScoreStore.ItemStats> stats() {
    Instant now = clock.instant();
    if (readAt == null || Duration.between(readAt, now).compareTo(REFRESH) >= 0) {
      stats = scores.itemStats();
      readAt = now;
    }
    return stats;
  }
}
