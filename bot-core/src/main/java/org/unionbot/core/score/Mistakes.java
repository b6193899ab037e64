package org.unionbot.core.score;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unionbot.core.store.Database;
import org.unionbot.core.store.Sql;

/**
 * The wrong-answer books ({@code quiz_mistakes}) and each item's answer statistics ({@code
 * quiz_item_stats}). Both change in the transaction that records an answer ({@link #answered}); the
 * rest reads them, or takes an item out of a book. Thread-safe.
 */
final class Mistakes {

  private final Database db;

  Mistakes(Database db) {
    this.db = db;
  }

  /**
   * Counts an answer in the item's statistics and, when it is wrong, puts the item in the user's
   * book (or moves it to the top); part of the answer's transaction.
   */
  static void answered(Connection c, String user, String itemId, boolean correct, long atMillis)
      throws SQLException {
    Sql.update(
        c,
        "INSERT INTO quiz_item_stats (item_id, asked, correct) VALUES (?, 1, ?)"
            + " ON CONFLICT (item_id) DO UPDATE SET"
            + " asked = quiz_item_stats.asked + 1,"
            + " correct = quiz_item_stats.correct + excluded.correct",
        itemId,
        correct ? 1 : 0);
    if (!correct) {
      Sql.update(
          c,
          "INSERT INTO quiz_mistakes (user_id, item_id, missed_at) VALUES (?, ?, ?)"
              + " ON CONFLICT (user_id, item_id) DO UPDATE SET missed_at = excluded.missed_at",
          user,
          itemId,
          atMillis);
    }
  }

  /** The items in the user's book, newest miss first, at most {@code limit}. */
  List<String> list(String user, int limit) {
    return db.read(
        c ->
            Sql.list(
                c,
                "SELECT item_id FROM quiz_mistakes WHERE user_id = ?"
                    + " ORDER BY missed_at DESC, item_id LIMIT ?",
                r -> r.getString(1),
                user,
                limit));
  }

  /** How many items the user's book holds. */
  int count(String user) {
    return db.read(
        c -> (int) Sql.number(c, "SELECT count(*) FROM quiz_mistakes WHERE user_id = ?", user));
  }

  /** Takes the item out of the user's book; false when it was not there. */
  boolean corrected(String user, String itemId) {
    return db.write(
            c ->
                Sql.update(
                    c, "DELETE FROM quiz_mistakes WHERE user_id = ? AND item_id = ?", user, itemId))
        > 0;
  }

  /** Every answered item's statistics. */
  Map<String, ScoreStore.ItemStats> stats() {
    return db.read(
        c ->
            Sql.query(
                c,
                "SELECT item_id, asked, correct FROM quiz_item_stats",
                rows -> {
                  Map<String, ScoreStore.ItemStats> out = new HashMap<>();
                  while (rows.next()) {
                    out.put(
                        rows.getString(1),
                        new ScoreStore.ItemStats(rows.getLong(2), rows.getLong(3)));
                  }
                  return Map.copyOf(out);
                }));
  }
}
