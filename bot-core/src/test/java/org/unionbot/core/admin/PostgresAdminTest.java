package org.unionbot.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionbot.core.admin.Notices.SHANGHAI;
import static org.unionbot.core.admin.Notices.SPORTS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.unionbot.core.store.PgServer;
import org.unionbot.core.store.StoreConfig;

/**
 * Every {@link AdminTest} on PostgreSQL (a fresh database per data directory), and what differs.
 */
class PostgresAdminTest extends AdminTest {

  @Override
  StoreConfig store(Path dataDir) {
    return StoreConfig.postgres(dataDir, PgServer.database(PostgresAdminTest.class));
  }

  @Override
  void sql(String statement) throws SQLException {
    try (Connection c = DriverManager.getConnection(store.url().orElseThrow());
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  @Override
  long number(String query) throws SQLException {
    try (Connection c = DriverManager.getConnection(store.url().orElseThrow());
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @Override
  void failVersionInserts() throws SQLException {
    sql(
        "CREATE FUNCTION no_versions() RETURNS trigger LANGUAGE plpgsql"
            + " AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$");
    sql(
        "CREATE TRIGGER no_versions BEFORE INSERT ON kb_versions"
            + " FOR EACH ROW EXECUTE FUNCTION no_versions()");
  }

  /** Replaces the SQLite test: nodes share the database, and no data-directory lock is taken. */
  @Override
  @Test
  void theDataDirectoryHasOneOwnerAtATime() {
    admin.addFaq(ALICE, "工会会费怎么交", "按月交纳。");
    try (Admin second = Admin.open(store, SPORTS, clock, SHANGHAI)) {
      assertThat(second.version()).isEqualTo(2);
      assertThat(second.faqs()).isEqualTo(admin.faqs());
    }
    assertThat(Files.exists(dir.resolve(Admin.LOCK_FILE))).isFalse();
    assertThat(Files.exists(dir.resolve("unionbot.db"))).isFalse();
  }
}
