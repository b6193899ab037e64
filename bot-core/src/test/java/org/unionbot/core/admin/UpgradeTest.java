package org.unionbot.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.core.store.SqliteDatabase;
import org.unionbot.knowledge.Faq;
import org.unionbot.knowledge.KnowledgeBase;

/**
 * A data directory made by the previous release (schema V3, generated here with Flyway's target, so
 * nothing binary is checked in) opens with this one: the migrations run at start, and its versions,
 * documents, FAQ and points are all there. A backup of it restores the same way.
 */
class UpgradeTest {
  private static final int PREVIOUS = 3;
  private static final Instant T0 = Instant.parse("2026-05-01T02:00:00Z");
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @TempDir Path dir;

  /** A V3 data directory: two knowledge-base versions and points of a WeChat and a web user. */
  private Path previousRelease() throws SQLException {
    Path data = dir.resolve("old");
    Path file = data.resolve(SqliteDatabase.FILE_NAME);
    data.toFile().mkdirs();
    String url = "jdbc:sqlite:" + file;
    Flyway.configure()
        .dataSource(url, null, null)
        .locations(SqliteDatabase.MIGRATIONS)
        .target(String.valueOf(PREVIOUS))
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(url)) {
      c.setAutoCommit(false);
      // the rows as that release wrote them: its own statements, not this release's KbStore,
      // whose tables have columns the V3 schema lacks (kb_faqs.alternatives)
      try (PreparedStatement version =
              c.prepareStatement(
                  "INSERT INTO kb_versions (version, created_at, actor, action, target)"
                      + " VALUES (?, ?, ?, ?, ?)");
          PreparedStatement audit =
              c.prepareStatement(
                  "INSERT INTO audit_log (at, actor, address, action, target, version)"
                      + " VALUES (?, ?, '', ?, ?, ?)")) {
        Object[][] versions = {
          {1, T0, "system", "seed", "notice"}, {2, T0.plusSeconds(60), "王老师", "add-faq", "faq-1"}
        };
        for (Object[] v : versions) {
          long at = ((Instant) v[1]).toEpochMilli();
          version.setInt(1, (Integer) v[0]);
          version.setLong(2, at);
          version.setString(3, (String) v[2]);
          version.setString(4, (String) v[3]);
          version.setString(5, (String) v[4]);
          version.executeUpdate();
          audit.setLong(1, at);
          audit.setString(2, (String) v[2]);
          audit.setString(3, (String) v[3]);
          audit.setString(4, (String) v[4]);
          audit.setInt(5, (Integer) v[0]);
          audit.executeUpdate();
        }
      }
      try (PreparedStatement revision =
          c.prepareStatement(
              "INSERT INTO kb_document_revisions (id, doc_id, title, body, chars, created_at)"
                  + " VALUES (1, 'notice', '通知', ?, ?, ?)")) {
        String text = KnowledgeBase.bundledNotice().text();
        revision.setString(1, text);
        revision.setInt(2, text.length());
        revision.setLong(3, T0.toEpochMilli());
        revision.executeUpdate();
      }
      try (Statement s = c.createStatement()) {
        s.execute(
            "INSERT INTO kb_version_documents (version, position, doc_id, revision_id)"
                + " VALUES (1, 0, 'notice', 1), (2, 0, 'notice', 1)");
        s.execute(
            "INSERT INTO kb_faqs (version, position, faq_id, question, answer)"
                + " VALUES (2, 0, 'faq-1', '会员证丢了怎么办', '到基层工会补办。')");
      }
      try (Statement s = c.createStatement()) {
        long at = T0.toEpochMilli();
        s.execute(
            "INSERT INTO quiz_answers (user_id, item_id, correct, points, answered_at) VALUES"
                + " ('oWeChatUser01', 'q1', 1, 10, "
                + at
                + "),"
                + " ('web-1a2b3c4d', 'q2', 1, 10, "
                + at
                + ")");
        s.execute(
            "INSERT INTO quiz_scores (user_id, points, answered, correct, reached_at) VALUES"
                + " ('oWeChatUser01', 30, 3, 3, "
                + at
                + "), ('web-1a2b3c4d', 10, 2, 1, "
                + at
                + ")");
      }
      c.commit();
    }
    return data;
  }

  @Test
  void thePreviousReleasesDataDirectoryOpensWithAllItsData() throws Exception {
    Path data = previousRelease();

    try (Admin admin =
        Admin.open(data, KnowledgeBase.bundledNotice(), Clock.systemUTC(), SHANGHAI)) {
      assertThat(admin.version()).isEqualTo(2);
      assertThat(admin.versions()).hasSize(2);
      assertThat(admin.faqs()).extracting(Faq::id).containsExactly("faq-1");
      assertThat(admin.documents()).extracting(DocumentInfo::id).containsExactly("notice");
      assertThat(admin.scores().standing("wechat:oWeChatUser01").points()).isEqualTo(30);
      assertThat(admin.scores().standing("web:web-1a2b3c4d").points()).isEqualTo(10);
    }
    try (SqliteDatabase db = SqliteDatabase.open(data)) {
      assertThat(db.migrationsApplied()).as("migrated once, at the first start").isZero();
    }
  }

  @Test
  void aBackupOfThePreviousReleaseRestoresAndMigrates() throws Exception {
    Path backup = dir.resolve("old.db");
    Backups.Summary taken = Backups.backup(previousRelease(), backup, false);
    assertThat(taken.schemaVersion()).isEqualTo(PREVIOUS);

    Path fresh = dir.resolve("fresh");
    Backups.Restored r = Backups.restore(backup, fresh, Clock.fixed(T0, ZoneOffset.UTC));

    assertThat(r.restored().kbVersion()).isEqualTo(2);
    assertThat(r.restored().players()).isEqualTo(2);
    assertThat(r.schemaVersion()).isEqualTo(SqliteDatabase.knownSchemaVersion());
    assertThat(r.sideCopy()).isEmpty();
    assertThat(Backups.restore(backup, fresh, Clock.fixed(T0, ZoneOffset.UTC)).sideCopy())
        .contains(fresh.resolve("unionbot.db.before-restore-20260501-020000"));
  }

  @Test
  void aBackupFromANewerReleaseIsRefused() throws Exception {
    Path data = previousRelease();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("unionbot.db"));
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
              + " checksum, installed_by, installed_on, execution_time, success) VALUES"
              + " (99, '99', 'future', 'SQL', 'V99__future.sql', 0, '', '2026-01-01 00:00:00.000', 0, 1)");
    }
    Path backup = dir.resolve("new.db");
    Backups.backup(data, backup, false);

    assertThatThrownBy(() -> Backups.restore(backup, dir.resolve("fresh"), Clock.systemUTC()))
        .isInstanceOf(Backups.RefusedException.class)
        .hasMessageContaining("schema version 99, newer than this release");
    assertThat(dir.resolve("fresh").resolve("unionbot.db")).doesNotExist();
    assertThatThrownBy(() -> SqliteDatabase.open(data))
        .hasMessageContaining("newer than this release of unionbot knows");
  }
}
