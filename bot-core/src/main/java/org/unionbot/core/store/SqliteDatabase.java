package org.unionbot.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * unionbot's embedded database: the file {@code <dataDir>/unionbot.db}, its schema brought up to
 * date by Flyway, and two connections, one that writes and one that reads.
 *
 * <p><b>Settings</b>, on every connection: WAL journal (readers never block the writer, and the
 * writer never blocks readers), {@code synchronous=NORMAL}, a {@value #BUSY_TIMEOUT_MS} ms busy
 * timeout and foreign keys on. With WAL, {@code NORMAL} syncs the log at checkpoints instead of at
 * every commit: a crash or kill of the process loses nothing that was committed, and the database
 * never corrupts; only a power loss or kernel crash can roll back the last commits before a
 * checkpoint. That is SQLite's recommended setting for WAL, and enough for quiz points. {@code
 * FULL} (an fsync per commit) would close that gap: measured here, 4,400 single-answer commits from
 * 8 threads took 7.3 s with it against 3.0 s without, affordable at a chat bot's write rate, so a
 * later table that must survive power loss (the audit log) can switch it on for the file.
 *
 * <p><b>Writes</b> run one at a time on the writer connection, under a lock, each in a {@code BEGIN
 * IMMEDIATE} transaction that commits or rolls back whole; SQLite allows one writer anyway, and the
 * immediate lock keeps another process that opened the same file from interleaving. <b>Reads </b>
 * run on their own connection, under their own lock, in a read transaction, so each sees one
 * consistent snapshot while writes go on.
 *
 * <p><b>Migrations</b> are SQL files named {@code V<n>__<what>.sql} under {@code
 * db/migration/sqlite} on the classpath (the folder moved from {@code db/migration} when PostgreSQL
 * came; Flyway keys a file by version, name and checksum, not folder, so existing databases still
 * validate), applied in order by Flyway, each once: the {@code flyway_schema_history} table records
 * what ran, so opening an existing file runs only the pending ones, and a file changed after it ran
 * is refused at start (checksums). Flyway 10+ keeps SQLite support in {@code flyway-core}; no
 * {@code flyway-database-*} module is needed. Migrations from a newer build than this one are
 * ignored rather than refused, so an older build can still open the file.
 *
 * <p>Thread-safe. One instance is shared by everything that lives in the file (scores, the
 * knowledge-base store, the question log): open it once per process and close it last.
 */
public final class SqliteDatabase implements Database {

  /** The database file's name in the data directory. */
  public static final String FILE_NAME = "unionbot.db";

  /** Where the migrations live. */
  public static final String MIGRATIONS = Dialect.SQLITE.migrations();

  public static final int BUSY_TIMEOUT_MS = 5_000;

  private static final Logger log = LoggerFactory.getLogger(SqliteDatabase.class);

  private final Path file;
  private final int migrationsApplied;
  private final Connection writer;
  private final Connection reader;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final ReentrantLock readLock = new ReentrantLock();
  private boolean closed; // guarded by both locks: set holding both, read holding either

  private SqliteDatabase(Path file, int migrationsApplied, Connection writer, Connection reader) {
    this.file = file;
    this.migrationsApplied = migrationsApplied;
    this.writer = writer;
    this.reader = reader;
  }

  /**
   * Opens {@code <dataDir>/unionbot.db}, creating the directories and the file when missing, and
   * applies the pending migrations from {@link #MIGRATIONS} and any extra {@code locations} (Flyway
   * location strings, such as {@code filesystem:/some/dir}).
   */
  public static SqliteDatabase open(Path dataDir, List<String> extraLocations) {
    Objects.requireNonNull(dataDir, "dataDir");
    Path file = dataDir.toAbsolutePath().resolve(FILE_NAME);
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new StoreException("cannot create the data directory " + dataDir, e);
    }
    SQLiteDataSource source = dataSource(file, false);
    int applied = migrate(source, file, extraLocations);
    Connection writer = null;
    Connection reader = null;
    try {
      writer = source.getConnection();
      reader = dataSource(file, true).getConnection();
      String mode = pragma(writer, "journal_mode");
      if (!"wal".equals(mode)) {
        // Still correct (the busy timeout covers readers blocking the writer), only slower.
        log.warn(
            "{} is in journal mode '{}', not WAL: the file system may not support it", file, mode);
      }
      return new SqliteDatabase(file, applied, writer, reader);
    } catch (SQLException e) {
      closeQuietly(reader);
      closeQuietly(writer);
      throw new StoreException("cannot open " + file, e);
    }
  }

  private static SQLiteDataSource dataSource(Path file, boolean readOnly) {
    SQLiteConfig config = new SQLiteConfig();
    if (!readOnly) {
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    }
    config.setReadOnly(readOnly);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.enforceForeignKeys(true);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + file);
    return source;
  }

  private static int migrate(SQLiteDataSource source, Path file, List<String> extraLocations) {
    String[] locations =
        Stream.concat(Stream.of(MIGRATIONS), extraLocations.stream()).toArray(String[]::new);
    try {
      MigrateResult result =
          Flyway.configure(SqliteDatabase.class.getClassLoader())
              .dataSource(source)
              .locations(locations)
              .failOnMissingLocations(true)
              .validateMigrationNaming(true)
              .loggers("slf4j") // not JUL: the application's logging decides
              .load()
              .migrate();
      if (result.migrationsExecuted > 0) {
        log.info(
            "{}: applied {} migration(s), schema now at version {}",
            file,
            result.migrationsExecuted,
            result.targetSchemaVersion);
      }
      return result.migrationsExecuted;
    } catch (FlywayException e) {
      throw new StoreException("cannot migrate the schema of " + file, e);
    }
  }

  /** {@link #open(Path, List)} with the built-in migrations only. */
  public static SqliteDatabase open(Path dataDir) {
    return open(dataDir, List.of());
  }

  /** The database file. */
  public Path file() {
    return file;
  }

  /** How many migrations this open applied (0 when the schema was already current). */
  public int migrationsApplied() {
    return migrationsApplied;
  }

  @Override
  public <T> T write(Work<T> work) {
    writeLock.lock();
    try {
      requireOpen();
      return inTransaction(writer, "BEGIN IMMEDIATE", work);
    } finally {
      writeLock.unlock();
    }
  }

  @Override
  public <T> T read(Work<T> work) {
    readLock.lock();
    try {
      requireOpen();
      return inTransaction(reader, "BEGIN", work);
    } finally {
      readLock.unlock();
    }
  }

  private static <T> T inTransaction(Connection connection, String begin, Work<T> work) {
    try (Statement s = connection.createStatement()) {
      s.execute(begin);
      try {
        T result = work.run(connection);
        s.execute("COMMIT");
        return result;
      } catch (SQLException | RuntimeException e) {
        try {
          s.execute("ROLLBACK");
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("database error: " + e.getMessage(), e);
    }
  }

  @Override
  public Dialect dialect() {
    return Dialect.SQLITE;
  }

  @Override
  public String describe() {
    return file.toString();
  }

  /** The value of a PRAGMA on the writer connection, lower-cased. */
  public String writerPragma(String name) {
    writeLock.lock();
    try {
      requireOpen();
      return pragma(writer, name);
    } catch (SQLException e) {
      throw new StoreException("cannot read PRAGMA " + name, e);
    } finally {
      writeLock.unlock();
    }
  }

  private static String pragma(Connection connection, String name) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rows = s.executeQuery("PRAGMA " + name)) {
      return rows.next() ? rows.getString(1).toLowerCase(Locale.ROOT) : "";
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("closed: " + file);
    }
  }

  /** Closes both connections; the last one out checkpoints the WAL into the file. Idempotent. */
  @Override
  public void close() {
    writeLock.lock();
    readLock.lock();
    try {
      if (!closed) {
        closed = true;
        closeQuietly(reader);
        closeQuietly(writer);
      }
    } finally {
      readLock.unlock();
      writeLock.unlock();
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      log.warn("closing a database connection failed", e);
    }
  }
}
