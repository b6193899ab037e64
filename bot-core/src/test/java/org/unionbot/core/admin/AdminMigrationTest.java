package org.unionbot.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionbot.core.admin.Notices.SHANGHAI;
import static org.unionbot.core.admin.Notices.SPORTS;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;
import org.unionbot.core.score.ScoreStore;

/** A data directory from before the admin store (schema V1, scores only) opens and keeps them. */
class AdminMigrationTest {

  @TempDir Path dir;

  @Test
  void aScoresOnlyDatabaseMigratesIsSeededAndKeepsItsScores() throws Exception {
    SQLiteDataSource source = new SQLiteDataSource();
    source.setUrl("jdbc:sqlite:" + dir.resolve("unionbot.db"));
    Flyway.configure()
        .dataSource(source)
        .locations("classpath:db/migration/sqlite")
        .target("1")
        .loggers("slf4j")
        .load()
        .migrate();
    Instant at = Instant.parse("2026-03-01T02:00:00Z");
    try (Connection c = source.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO quiz_answers (user_id, item_id, correct, points, answered_at)"
              + " VALUES ('w1', 'q1', 1, 1, "
              + at.toEpochMilli()
              + ")");
      s.executeUpdate(
          "INSERT INTO quiz_scores (user_id, points, answered, correct, reached_at)"
              + " VALUES ('w1', 1, 1, 1, "
              + at.toEpochMilli()
              + ")");
      try (var rows = s.executeQuery("SELECT name FROM sqlite_schema WHERE name = 'kb_versions'")) {
        assertThat(rows.next()).as("V1 only").isFalse();
      }
    }

    try (Admin admin = Admin.open(dir, SPORTS, Clock.systemUTC(), SHANGHAI)) {
      assertThat(admin.version()).isEqualTo(1);
      assertThat(admin.documents()).extracting(DocumentInfo::id).containsExactly("sports");
      ScoreStore.Standing w1 = admin.scores().standing("w1");
      assertThat(w1.points()).isEqualTo(1);
      assertThat(w1.rank()).isEqualTo(1);
      assertThat(admin.scores().itemsSeen("w1", LocalDate.of(2026, 3, 1))).containsExactly("q1");
      admin.scores().recordAnswer("w1", "q2", true, at.plusSeconds(60));
    }
    try (Admin admin = Admin.open(dir, SPORTS, Clock.systemUTC(), SHANGHAI)) {
      assertThat(admin.scores().standing("w1").points()).isEqualTo(2);
      assertThat(admin.versions()).hasSize(1);
    }
  }

  /**
   * A data directory from the build before PostgreSQL: V1 and V2 ran from {@code db/migration} (now
   * {@code db/migration/sqlite}). Flyway keys a migration by version, script name and checksum, so
   * it validates, and only V3 runs.
   */
  @Test
  void aV2DatabaseFromBeforeTheFolderMoveValidatesAndKeepsItsVersions() throws Exception {
    Path old = dir.resolve("old-build/db/migration");
    Files.createDirectories(old);
    for (String name : List.of("V1__scores.sql", "V2__knowledge_admin.sql")) {
      try (InputStream in =
          AdminMigrationTest.class.getResourceAsStream("/db/migration/sqlite/" + name)) {
        Files.copy(in, old.resolve(name));
      }
    }
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    SQLiteDataSource source = new SQLiteDataSource();
    source.setUrl("jdbc:sqlite:" + data.resolve("unionbot.db"));
    Flyway.configure()
        .dataSource(source)
        .locations("filesystem:" + old)
        .loggers("slf4j")
        .load()
        .migrate();
    try (Admin admin = Admin.open(data, SPORTS, Clock.systemUTC(), SHANGHAI)) {
      admin.addFaq(new Actor("alice", "10.0.0.7"), "工会会费怎么交", "按月交纳。");
      admin.scores().recordAnswer("w1", "q1", true, Instant.parse("2026-03-01T02:00:00Z"));
    }
    try (Connection c = source.getConnection();
        Statement s = c.createStatement();
        var rows =
            s.executeQuery(
                "SELECT version, script, success FROM flyway_schema_history"
                    + " WHERE version IS NOT NULL ORDER BY installed_rank")) {
      List<String> history = new java.util.ArrayList<>();
      while (rows.next()) {
        history.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getBoolean(3));
      }
      assertThat(history)
          .containsExactly(
              "1 V1__scores.sql true", "2 V2__knowledge_admin.sql true", "3 V3__cluster.sql true");
    }
    try (Admin admin = Admin.open(data, SPORTS, Clock.systemUTC(), SHANGHAI)) {
      assertThat(admin.version()).isEqualTo(2);
      assertThat(admin.faqs()).hasSize(1);
      assertThat(admin.scores().standing("w1").points()).isEqualTo(1);
    }
  }
}
