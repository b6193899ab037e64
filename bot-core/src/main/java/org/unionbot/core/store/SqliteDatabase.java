package org.unionbot.core.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * <p>Its parts, each a class of its own: {@link SqliteFile} checks and creates the file (owner-only
 * permissions, no orphan write-ahead log), {@link SqliteMigrations} brings the schema up to date
 * with Flyway, {@link SqliteConnections} holds the connection settings, {@link SqliteFileLock}
 * keeps the file to one process, and {@link SqliteFileIdentity} notices the file deleted or
 * replaced under the running process.
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

  /** Where in the file the process that uses it holds its lock: 1 TiB, far beyond SQLite's. */
  public static final long LOCK_OFFSET = 1L << 40;

  private static final Logger log = LoggerFactory.getLogger(SqliteDatabase.class);

  /** The files this process has open, so that a second open never opens (and closes) one. */
  private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

  private final Path file;
  private final Path realFile;
  private final int migrationsApplied;
  private final Connection writer;
  private final Connection reader;
  private final FileChannel lock;
  private final SqliteFileIdentity identity;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final ReentrantLock readLock = new ReentrantLock();
  private boolean closed; // guarded by both locks: set holding both, read holding either

  private SqliteDatabase(
      Path file,
      Path realFile,
      int migrationsApplied,
      Connection writer,
      Connection reader,
      FileChannel lock,
      SqliteFileIdentity identity) {
    this.file = file;
    this.realFile = realFile;
    this.migrationsApplied = migrationsApplied;
    this.writer = writer;
    this.reader = reader;
    this.lock = lock;
    this.identity = identity;
  }

  /**
   * Opens {@code <dataDir>/unionbot.db}, creating the directories and the file when missing, and
   * applies the pending migrations from {@link #MIGRATIONS} and any extra {@code locations} (Flyway
   * location strings, such as {@code filesystem:/some/dir}).
   *
   * @throws StoreInUseException when another process has the file open
   * @throws StoreException when the directory or file cannot be created, read or written (the
   *     message names the missing permission), is open already in this process, is missing beside a
   *     leftover {@code -wal}, or the schema cannot be migrated
   */
  public static SqliteDatabase open(Path dataDir, List<String> extraLocations) {
    Objects.requireNonNull(dataDir, "dataDir");
    Path file = dataDir.toAbsolutePath().resolve(FILE_NAME);
    SqliteFile.prepare(file);
    Path real;
    try {
      real = file.toRealPath();
    } catch (IOException e) {
      throw new StoreException("cannot open " + file + ": " + e, e);
    }
    if (!OPEN.add(real)) {
      throw new StoreException(file + " is open already in this process");
    }
    try {
      return open(file, real, extraLocations);
    } catch (RuntimeException e) {
      OPEN.remove(real);
      throw e;
    }
  }

  private static SqliteDatabase open(Path file, Path real, List<String> extraLocations) {
    // before migrating: never change the schema under another process
    SqliteFileLock.requireUnlocked(file);
    SQLiteDataSource source = SqliteConnections.dataSource(file, false);
    int applied = SqliteMigrations.migrate(source, file, extraLocations);
    Connection writer = null;
    Connection reader = null;
    FileChannel lock = null;
    try {
      writer = source.getConnection();
      reader = SqliteConnections.dataSource(file, true).getConnection();
      String mode = SqliteConnections.pragma(writer, "journal_mode");
      if (!"wal".equals(mode)) {
        // Still correct (the busy timeout covers readers blocking the writer), only slower.
        log.warn(
            "{} is in journal mode '{}', not WAL: the file system may not support it", file, mode);
      }
      // the connections Flyway opened are closed: from now on no descriptor of the file closes
      lock = SqliteFileLock.take(file);
      SqliteFileIdentity identity = SqliteFileIdentity.of(file);
      return new SqliteDatabase(file, real, applied, writer, reader, lock, identity);
    } catch (SQLException | IOException e) {
      closeQuietly(reader);
      closeQuietly(writer);
      closeQuietly(lock);
      throw new StoreException("cannot open " + file + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(reader);
      closeQuietly(writer);
      closeQuietly(lock);
      throw e;
    }
  }

  /**
   * Creates the data directory when missing, and checks that this process may create files in it
   * (SQLite creates the {@code -wal} and {@code -shm} beside the database). Public for the admin
   * service, which creates its lock file there first.
   *
   * @throws StoreException naming the directory and the missing permission
   */
  public static void requireWritableDirectory(Path dataDir) {
    SqliteFile.requireWritableDirectory(dataDir);
  }

  /**
   * Refuses when another process has {@code <dataDir>/unionbot.db} open (its lock, {@link
   * #LOCK_OFFSET}); does nothing when there is no such file. For commands that replace the file:
   * call it only while this process has no database of that file open, since the probe's close
   * drops this process's own locks on it (POSIX).
   *
   * @throws StoreInUseException when another process holds the file's lock
   */
  public static void requireNotInUse(Path dataDir) {
    Path file = dataDir.toAbsolutePath().resolve(FILE_NAME);
    if (Files.exists(file)) {
      SqliteFileLock.requireUnlocked(file);
    }
  }

  /** The newest schema version among the migrations this release carries. */
  public static int knownSchemaVersion() {
    return SqliteMigrations.knownVersion();
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
      problem()
          .ifPresent(
              p -> {
                throw new StoreException(p);
              });
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

  /**
   * Why this database can no longer be written, once its file was deleted or replaced: the path no
   * longer names the file opened (checked with one {@code stat}, {@link SqliteFileIdentity}); empty
   * while it does. From the first time it does not, this stays so until a restart, and the log says
   * so once.
   */
  @Override
  public Optional<String> problem() {
    return identity.problem();
  }

  /** The value of a PRAGMA on the writer connection, lower-cased. */
  public String writerPragma(String name) {
    writeLock.lock();
    try {
      requireOpen();
      return SqliteConnections.pragma(writer, name);
    } catch (SQLException e) {
      throw new StoreException("cannot read PRAGMA " + name, e);
    } finally {
      writeLock.unlock();
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("closed: " + file);
    }
  }

  /**
   * Closes both connections (the last one out checkpoints the WAL into the file) and releases the
   * file's lock. Idempotent.
   */
  @Override
  public void close() {
    writeLock.lock();
    readLock.lock();
    try {
      if (!closed) {
        closed = true;
        closeQuietly(reader);
        closeQuietly(writer);
        closeQuietly(lock); // the connections' close dropped it already: POSIX locks
        OPEN.remove(realFile);
      }
    } finally {
      readLock.unlock();
      writeLock.unlock();
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException e) {
      log.warn("closing the database file's lock failed", e);
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
