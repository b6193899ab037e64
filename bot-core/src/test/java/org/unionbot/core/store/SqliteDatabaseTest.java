package org.unionbot.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionbot.core.store.TestRows.column;
import static org.unionbot.core.store.TestRows.count;
import static org.unionbot.core.store.TestRows.insertAnswer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDatabaseTest {

  @TempDir Path dir;

  @Test
  void theFileIsInWalModeWithTheDocumentedSettings() throws SQLException {
    try (SqliteDatabase db = SqliteDatabase.open(dir, List.of())) {
      assertThat(db.writerPragma("journal_mode")).isEqualTo("wal");
      assertThat(db.writerPragma("synchronous")).as("NORMAL").isEqualTo("1");
      assertThat(db.writerPragma("foreign_keys")).isEqualTo("1");
      assertThat(db.writerPragma("busy_timeout"))
          .isEqualTo(String.valueOf(SqliteDatabase.BUSY_TIMEOUT_MS));
      assertThat(column(db, "PRAGMA journal_mode")).containsExactly("wal");
      assertThat(column(db, "PRAGMA foreign_keys")).containsExactly("1");

      // WAL is a property of the file: a plain connection that asks for nothing sees it too
      try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + db.file());
          Statement s = plain.createStatement();
          ResultSet rows = s.executeQuery("PRAGMA journal_mode")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("wal");
      }
    }
  }

  @Test
  void theFirstOpenCreatesTheScoreTablesAndIndexes() {
    try (SqliteDatabase db = SqliteDatabase.open(dir, List.of())) {
      assertThat(db.migrationsApplied()).isPositive();
      assertThat(column(db, "SELECT name FROM sqlite_schema WHERE type = 'table'"))
          .contains("quiz_answers", "quiz_rounds", "quiz_scores", "flyway_schema_history");
      assertThat(column(db, "SELECT name FROM sqlite_schema WHERE type = 'index'"))
          .contains("quiz_answers_by_user_time", "quiz_rounds_by_user_day", "quiz_scores_by_rank");
      assertThat(column(db, "SELECT success FROM flyway_schema_history")).containsOnly("1");
      assertThat(column(db, "SELECT version FROM flyway_schema_history WHERE version = '1'"))
          .containsExactly("1");
    }
  }

  @Test
  void aWriteThatFailsHalfwayChangesNothing() {
    try (SqliteDatabase db = SqliteDatabase.open(dir, List.of())) {
      assertThatThrownBy(
              () ->
                  db.write(
                      c -> {
                        insertAnswer(c, "u1");
                        throw new IllegalStateException("boom");
                      }))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("boom");
      assertThatThrownBy(
              () ->
                  db.write(
                      c -> {
                        insertAnswer(c, "u1");
                        insertAnswer(c, null); // NOT NULL
                        return null;
                      }))
          .isInstanceOf(StoreException.class)
          .hasCauseInstanceOf(SQLException.class);

      assertThat(count(db, "quiz_answers")).isZero();
      db.write(c -> insertAnswer(c, "u2"));
      assertThat(count(db, "quiz_answers")).as("the connection is usable after a rollback").isOne();
    }
  }

  @Test
  void theSchemaRefusesImpossibleRows() {
    try (SqliteDatabase db = SqliteDatabase.open(dir, List.of())) {
      for (String bad :
          List.of(
              "INSERT INTO quiz_answers (user_id, item_id, correct, points, answered_at)"
                  + " VALUES ('u', 'q', 2, 1, 0)",
              "INSERT INTO quiz_answers (user_id, item_id, correct, points, answered_at)"
                  + " VALUES ('u', 'q', 1, 1, 'yesterday')",
              "INSERT INTO quiz_rounds (user_id, correct, total, bonus, finished_at, day)"
                  + " VALUES ('u', 6, 5, 0, 0, '2026-03-02')",
              "INSERT INTO quiz_rounds (user_id, correct, total, bonus, finished_at, day)"
                  + " VALUES ('u', 1, 5, 0, 0, '2026-3-2')",
              "INSERT INTO quiz_scores (user_id, points, answered, correct, reached_at)"
                  + " VALUES ('u', 3, 1, 2, 0)",
              "INSERT INTO quiz_scores (user_id, points, answered, correct, reached_at)"
                  + " VALUES ('u', 3, 5, 2, NULL)")) {
        assertThatThrownBy(
                () ->
                    db.write(
                        c -> {
                          try (Statement s = c.createStatement()) {
                            return s.executeUpdate(bad);
                          }
                        }))
            .as(bad)
            .isInstanceOf(StoreException.class);
      }
    }
  }
}
