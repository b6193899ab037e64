package org.unionbot.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionbot.core.store.TestRows.column;
import static org.unionbot.core.store.TestRows.count;
import static org.unionbot.core.store.TestRows.insertAnswer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema brought up to date by Flyway ({@link SqliteMigrations}) as an open meets it. */
class SqliteMigrationsTest {

  @TempDir Path dir;

  /** The highest schema version applied. */
  private static int version(SqliteDatabase db) {
    return Integer.parseInt(
        column(db, "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history").get(0));
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
}
