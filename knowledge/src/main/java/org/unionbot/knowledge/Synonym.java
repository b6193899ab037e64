package org.unionbot.knowledge;

import java.util.Objects;

/**
 * A word workers use for one the notices use: in questions, {@code term} is read as {@code
 * canonical} (外卖骑手 → 新就业形态劳动者, 比赛 → 竞赛).
 *
 * @param term the word as workers say it
 * @param canonical the word as the notices say it
 */
public record Synonym(String term, String canonical) {

  public Synonym {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(canonical, "canonical");
  }
}
