package org.unionbot.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDatabaseTest {

  @TempDir Path dir;

  private static List<String> column(SqliteDatabase db, String sql) {
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

  private static int count(SqliteDatabase db, String table) {
    return Integer.parseInt(column(db, "SELECT count(*) FROM " + table).get(0));
  }

  /** The highest schema version applied. */
  private static int version(SqliteDatabase db) {
    return Integer.parseInt(
        column(db, "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history").get(0));
  }

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
  void reopeningRunsNoMigrationAgain() {
    List<String> history;
    try (SqliteDatabase db = SqliteDatabase.open(dir, List.of())) {
      history =
          column(
              db,
              "SELECT installed_rank || ' ' || version || ' ' || installed_on"
                  + " FROM flyway_schema_history ORDER BY installed_rank");
    }
    for (int i = 0; i < 2; i++) {
      try (SqliteDatabase db = SqliteDatabase.open(dir, List.of())) {
        assertThat(db.migrationsApplied()).isZero();
        assertThat(
                column(
                    db,
                    "SELECT installed_rank || ' ' || version || ' ' || installed_on"
                        + " FROM flyway_schema_history ORDER BY installed_rank"))
            .isEqualTo(history);
      }
    }
  }

  @Test
  void aDatabaseMigratesForwardKeepingItsDataAndAnOlderBuildThenRefusesIt() throws IOException {
    Path store = dir.resolve("data");
    int current;
    try (SqliteDatabase db = SqliteDatabase.open(store, List.of())) {
      db.write(c -> insertAnswer(c, "u1"));
      current = version(db);
    }
    Path next = Files.createDirectories(dir.resolve("next"));
    int v = current + 1;
    Files.writeString(
        next.resolve("V" + v + "__quiz_answer_notes.sql"),
        "ALTER TABLE quiz_answers ADD COLUMN note TEXT;\n"
            + "CREATE TABLE kb_probe (id INTEGER PRIMARY KEY, what TEXT NOT NULL) STRICT;\n"
            + "UPDATE quiz_answers SET note = 'migrated';\n");
    List<String> withNext = List.of("filesystem:" + next);

    try (SqliteDatabase db = SqliteDatabase.open(store, withNext)) {
      assertThat(db.migrationsApplied()).isEqualTo(1);
      assertThat(version(db)).isEqualTo(v);
      assertThat(column(db, "SELECT user_id || ' ' || item_id || ' ' || note FROM quiz_answers"))
          .containsExactly("u1 q migrated");
      assertThat(count(db, "kb_probe")).isZero();
    }
    try (SqliteDatabase db = SqliteDatabase.open(store, withNext)) {
      assertThat(db.migrationsApplied()).as("once only").isZero();
      assertThat(count(db, "flyway_schema_history")).isEqualTo(v);
    }
    assertThatThrownBy(() -> SqliteDatabase.open(store, List.of()))
        .as("an older build refuses the file a newer one migrated, and changes nothing")
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("at version " + v + ", newer than this release of unionbot knows")
        .hasMessageContaining("(" + current + ")")
        .hasMessageContaining("unionbot restore");
    try (SqliteDatabase db = SqliteDatabase.open(store, withNext)) {
      assertThat(db.migrationsApplied()).isZero();
      assertThat(column(db, "SELECT note FROM quiz_answers")).containsExactly("migrated");
    }
  }

  @Test
  void aMigrationChangedAfterItRanIsRefused() throws IOException {
    Path next = Files.createDirectories(dir.resolve("next"));
    Path file = next.resolve("V100__probe.sql");
    Files.writeString(file, "CREATE TABLE kb_probe (id INTEGER PRIMARY KEY) STRICT;\n");
    List<String> withNext = List.of("filesystem:" + next);
    SqliteDatabase.open(dir, withNext).close();

    Files.writeString(file, "CREATE TABLE kb_probe (id INTEGER PRIMARY KEY, x TEXT) STRICT;\n");

    assertThatThrownBy(() -> SqliteDatabase.open(dir, withNext))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot migrate");
  }

  @Test
  void aFailedMigrationLeavesTheSchemaAsItWas() throws IOException {
    SqliteDatabase.open(dir, List.of()).close();
    Path next = Files.createDirectories(dir.resolve("next"));
    Files.writeString(
        next.resolve("V100__broken.sql"),
        "CREATE TABLE kb_probe (id INTEGER PRIMARY KEY) STRICT;\nINSERT INTO no_such_table VALUES (1);\n");

    assertThatThrownBy(() -> SqliteDatabase.open(dir, List.of("filesystem:" + next)))
        .isInstanceOf(StoreException.class);

    try (SqliteDatabase db = SqliteDatabase.open(dir, List.of())) {
      assertThat(column(db, "SELECT name FROM sqlite_schema WHERE name = 'kb_probe'")).isEmpty();
      assertThat(column(db, "SELECT version FROM flyway_schema_history WHERE version = '100'"))
          .isEmpty();
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

  private static int insertAnswer(Connection c, String user) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO quiz_answers (user_id, item_id, correct, points, answered_at)"
                + " VALUES (?, 'q', 1, 1, 0)")) {
      insert.setString(1, user);
      return insert.executeUpdate();
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
