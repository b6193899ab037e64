package org.unionbot.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionbot.core.admin.Notices.SHANGHAI;
import static org.unionbot.core.admin.Notices.SPORTS;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;
import org.unionbot.core.score.ScoreStore;
import org.unionbot.core.store.PgServer;
import org.unionbot.core.store.StoreConfig;

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
      ScoreStore.Standing w1 = admin.scores().standing("wechat:w1");
      assertThat(w1.points()).isEqualTo(1);
      assertThat(w1.rank()).isEqualTo(1);
      assertThat(admin.scores().itemsSeen("wechat:w1", LocalDate.of(2026, 3, 1)))
          .containsExactly("q1");
      admin.scores().recordAnswer("wechat:w1", "q2", true, at.plusSeconds(60));
    }
    try (Admin admin = Admin.open(dir, SPORTS, Clock.systemUTC(), SHANGHAI)) {
      assertThat(admin.scores().standing("wechat:w1").points()).isEqualTo(2);
      assertThat(admin.versions()).hasSize(1);
    }
  }

  /**
   * A data directory from the build before PostgreSQL: V1 and V2 ran from {@code db/migration} (now
   * {@code db/migration/sqlite}). Flyway keys a migration by version, script name and checksum, so
   * it validates, and only V3 and later run.
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
              "1 V1__scores.sql true",
              "2 V2__knowledge_admin.sql true",
              "3 V3__cluster.sql true",
              "4 V4__channel_user_ids.sql true",
              "5 V5__faq_alternatives.sql true",
              "6 V6__contests.sql true",
              "7 V7__quiz_mistakes_and_item_stats.sql true");
    }
    try (Admin admin = Admin.open(data, SPORTS, Clock.systemUTC(), SHANGHAI)) {
      assertThat(admin.version()).isEqualTo(2);
      assertThat(admin.faqs()).hasSize(1);
      assertThat(admin.scores().standing("w1").points()).isEqualTo(1);
    }
  }

  /**
   * Users keyed by channel (V4): in a data directory at V3, the chat page's ids ({@code web-} and 8
   * lowercase hex digits) become {@code web:web-…}, every other id {@code wechat:…}, in every table
   * that holds user ids; points, ranks, items seen, open rounds and the leaderboard are as they
   * were.
   */
  @Test
  void userIdsOfAV3DatabaseBecomeChannelKeyedAndTheirScoresStay() throws Exception {
    SQLiteDataSource source = new SQLiteDataSource();
    source.setUrl("jdbc:sqlite:" + dir.resolve("unionbot.db"));
    migrateTo3(source, "classpath:db/migration/sqlite");
    insertV3Users(source);

    try (Admin admin = Admin.open(dir, SPORTS, Clock.systemUTC(), SHANGHAI)) {
      assertChannelKeyed(admin, source);
    }
  }

  /** The same on PostgreSQL, whose V4 matches the page's ids with a regular expression. */
  @Test
  void userIdsOfAV3PostgresDatabaseBecomeChannelKeyedAndTheirScoresStay() throws Exception {
    String url = PgServer.database(AdminMigrationTest.class);
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setUrl(url);
    migrateTo3(source, "classpath:db/migration/postgresql");
    insertV3Users(source);

    try (Admin admin =
        Admin.open(StoreConfig.postgres(dir, url), SPORTS, Clock.systemUTC(), SHANGHAI)) {
      assertChannelKeyed(admin, source);
    }
  }

  /** What V4 must tell apart: a page id, ids that only look like one, and WeChat openids. */
  static final List<String> OLD_IDS =
      List.of(
          "web-1a2b3c4d", // the page's: web:web-1a2b3c4d
          "web-1A2B3C4D", // upper case: not the page's
          "web-1a2b3c4", // 7 digits
          "web-1a2b3c4d5", // 9 digits
          "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o", // an openid
          "u1"); // the JSON chat API's

  static final List<String> NEW_IDS =
      List.of(
          "web:web-1a2b3c4d",
          "wechat:web-1A2B3C4D",
          "wechat:web-1a2b3c4",
          "wechat:web-1a2b3c4d5",
          "wechat:oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
          "wechat:u1");

  static final Instant V3_AT = Instant.parse("2026-03-01T02:00:00Z");

  private static void migrateTo3(DataSource source, String location) {
    Flyway.configure()
        .dataSource(source)
        .locations(location)
        .target("3")
        .loggers("slf4j")
        .load()
        .migrate();
  }

  /**
   * User i answered i + 1 questions right (i + 1 points) and finished a round on each of the two
   * days before V3_AT's (without a bonus, to keep the sums simple); the openid user has a round
   * open since now.
   */
  private static void insertV3Users(DataSource source) throws SQLException {
    try (Connection c = source.getConnection()) {
      for (int i = 0; i < OLD_IDS.size(); i++) {
        String user = OLD_IDS.get(i);
        for (int q = 0; q <= i; q++) {
          sql(
              c,
              "INSERT INTO quiz_answers (user_id, item_id, correct, points, answered_at)"
                  + " VALUES (?, ?, 1, 1, ?)",
              user,
              "q" + q,
              V3_AT.toEpochMilli() + q);
        }
        for (int d = 1; d <= 2; d++) {
          sql(
              c,
              "INSERT INTO quiz_rounds (user_id, correct, total, bonus, finished_at, day)"
                  + " VALUES (?, 1, 1, 0, ?, ?)",
              user,
              V3_AT.minusSeconds(86_400L * d).toEpochMilli(),
              LocalDate.ofInstant(V3_AT, SHANGHAI).minusDays(d).toString());
        }
        sql(
            c,
            "INSERT INTO quiz_scores (user_id, points, answered, correct, reached_at)"
                + " VALUES (?, ?, ?, ?, ?)",
            user,
            i + 1,
            i + 1,
            i + 1,
            V3_AT.toEpochMilli() + i);
      }
      sql(
          c,
          "INSERT INTO quiz_rounds_open (user_id, started_at) VALUES (?, ?)",
          OLD_IDS.get(4),
          System.currentTimeMillis()); // started now: not purged as stale at open
      if (!c.getAutoCommit()) {
        c.commit();
      }
    }
  }

  private static void sql(Connection c, String statement, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(statement)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    }
  }

  private static List<String> column(DataSource source, String query) throws SQLException {
    List<String> values = new java.util.ArrayList<>();
    try (Connection c = source.getConnection();
        Statement s = c.createStatement();
        var rows = s.executeQuery(query)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  private static List<String> reversed(List<String> list) {
    List<String> copy = new java.util.ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }

  private static void assertChannelKeyed(Admin admin, DataSource source) throws SQLException {
    for (String table : List.of("quiz_answers", "quiz_rounds", "quiz_scores")) {
      assertThat(column(source, "SELECT DISTINCT user_id FROM " + table))
          .as(table)
          .containsExactlyInAnyOrderElementsOf(NEW_IDS);
    }
    assertThat(column(source, "SELECT user_id FROM quiz_rounds_open"))
        .containsExactly("wechat:oUpF8uMuAJO_M2pxb1Q9zNjWeS6o");
    ScoreStore scores = admin.scores();
    for (int i = 0; i < NEW_IDS.size(); i++) {
      String user = NEW_IDS.get(i);
      ScoreStore.Standing s = scores.standing(user);
      assertThat(List.of(s.points(), s.answered(), s.correct(), s.rank()))
          .as(user)
          .containsExactly(i + 1, i + 1, i + 1, NEW_IDS.size() - i);
      assertThat(scores.itemsSeen(user, LocalDate.ofInstant(V3_AT, SHANGHAI))).hasSize(i + 1);
      assertThat(scores.standing(OLD_IDS.get(i)).points()).as("old id " + user).isZero();
    }
    assertThat(scores.top(10))
        .extracting(ScoreStore.Standing::user)
        .containsExactlyElementsOf(reversed(NEW_IDS));
    assertThat(scores.closeInterruptedRound(NEW_IDS.get(4), V3_AT)).isTrue();
  }
}
