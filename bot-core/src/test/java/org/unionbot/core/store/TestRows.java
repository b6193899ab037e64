package org.unionbot.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reading and writing rows of a test database in plain JDBC, beside the code under test. */
final class TestRows {

  private TestRows() {}

  /** The first column of every row {@code sql} returns, as strings. */
  static List<String> column(Database db, String sql) {
    return db.read(
        c -> {
          List<String> values = new ArrayList<>();
          try (Statement s = c.createStatement();
              ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
              values.add(rows.getString(1));
            }
          }
          return values;
        });
  }

  /** How many rows {@code table} has. */
  static int count(Database db, String table) {
    return Integer.parseInt(column(db, "SELECT count(*) FROM " + table).get(0));
  }

  /** Inserts one right answer by {@code user} to item {@code q}. */
  static int insertAnswer(Connection c, String user) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO quiz_answers (user_id, item_id, correct, points, answered_at)"
                + " VALUES (?, 'q', 1, 1, 0)")) {
      insert.setString(1, user);
      return insert.executeUpdate();
    }
  }
}
