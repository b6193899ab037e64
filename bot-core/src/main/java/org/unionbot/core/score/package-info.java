/**
 * Quiz scores: the {@link org.unionbot.core.score.ScoreStore} contract, the {@link
 * org.unionbot.core.score.PointsRule} it applies, and {@link
 * org.unionbot.core.score.SqlScoreStore}, which keeps answers, rounds and totals in the data
 * directory's SQLite database ({@code unionbot.db}, WAL, schema migrations with Flyway from {@code
 * db/migration}).
 */
package org.unionbot.core.score;
