/**
 * Quiz scores: the {@link org.unionbot.core.score.ScoreStore} contract, the {@link
 * org.unionbot.core.score.PointsRule} it applies, and {@link
 * org.unionbot.core.score.SqlScoreStore}, which keeps answers, rounds and totals in unionbot's
 * database: the data directory's SQLite file or a PostgreSQL database shared by several nodes
 * ({@link org.unionbot.core.store.Database}). Behind it, one package-private class per query
 * family: {@code Points} (answers, finished rounds, totals), {@code OpenRounds} (rounds in
 * progress) and {@code Leaderboard} (standings, ranks, streaks, filtered by {@code ChannelFilter}).
 */
package org.unionbot.core.score;
