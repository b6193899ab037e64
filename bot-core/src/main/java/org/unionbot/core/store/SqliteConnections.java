package org.unionbot.core.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * How {@link SqliteDatabase} connects to its file: WAL journal (readers never block the writer, and
 * the writer never blocks readers), {@code synchronous=NORMAL}, a {@link
 * SqliteDatabase#BUSY_TIMEOUT_MS} ms busy timeout and foreign keys on, on every connection; and how
 * it reads a PRAGMA back.
 */
final class SqliteConnections {

  private SqliteConnections() {}

  /** A data source for {@code file} with unionbot's settings; read-only for the reader. */
  static SQLiteDataSource dataSource(Path file, boolean readOnly) {
    SQLiteConfig config = new SQLiteConfig();
    if (!readOnly) {
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    }
    config.setReadOnly(readOnly);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(SqliteDatabase.BUSY_TIMEOUT_MS);
    config.enforceForeignKeys(true);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + file);
    return source;
  }

  /** The value of a PRAGMA on {@code connection}, lower-cased. */
  static String pragma(Connection connection, String name) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rows = s.executeQuery("PRAGMA " + name)) {
      return rows.next() ? rows.getString(1).toLowerCase(Locale.ROOT) : "";
    }
  }
}
