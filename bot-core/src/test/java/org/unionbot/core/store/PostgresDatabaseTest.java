package org.unionbot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The transactions {@link PostgresDatabase} runs, on a real PostgreSQL server. */
class PostgresDatabaseTest {

  private PostgresDatabase db;

  @BeforeEach
  void open() {
    db = PostgresDatabase.open(PgServer.database(PostgresDatabaseTest.class), Optional.empty());
    db.write(c -> update(c, "CREATE TABLE notes (body TEXT NOT NULL)"));
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aReadIsOneReadOnlySnapshotAndAWriteSeesWhatOthersCommitted() {
    for (int i = 0; i < 3; i++) { // the same pooled connection, after each kind of transaction
      assertThat(db.read(PostgresDatabaseTest::mode)).isEqualTo("repeatable read, read only");
      assertThat(db.write(PostgresDatabaseTest::mode)).isEqualTo("read committed, read write");
    }
  }

  @Test
  void aRowCommittedDuringAReadIsNotSeenByIt() {
    int[] counts =
        db.read(
            c -> {
              int before = count(c);
              db.write(w -> update(w, "INSERT INTO notes (body) VALUES ('新')"));
              return new int[] {before, count(c)};
            });
    assertThat(counts).containsExactly(0, 0);
    assertThat(db.read(PostgresDatabaseTest::count)).isEqualTo(1);
  }

  private static String mode(Connection c) throws SQLException {
    return show(c, "transaction_isolation")
        + ", read "
        + (show(c, "transaction_read_only").equals("on") ? "only" : "write");
  }

  private static String show(Connection c, String setting) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SHOW " + setting)) {
      r.next();
      return r.getString(1);
    }
  }

  private static int count(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM notes")) {
      r.next();
      return r.getInt(1);
    }
  }

  private static int update(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      return s.executeUpdate(sql);
    }
  }
}
