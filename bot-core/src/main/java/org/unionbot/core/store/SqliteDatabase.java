package org.unionbot.core.store;

import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * {@code flyway-database-*} module is needed. A file that a newer build migrated is refused before
 * anything changes ({@link Schema}): the older code would write to a schema it does not know. Going
 * back means restoring the backup taken before the upgrade.
 *
 * <p><b>One process</b> uses the file at a time. Once its connections are open, {@link #open} locks
 * one byte of the file at {@link #LOCK_OFFSET}, far beyond the bytes SQLite locks ({@code
 * 0x40000000} to {@code 0x400001FF}), and keeps that lock until {@link #close}; another process (or
 * a second open in this one) is refused with a {@link StoreInUseException}, even when the data
 * directory's lock file was deleted. The lock is a POSIX record lock, which a process loses on
 * <em>every</em> close of <em>any</em> descriptor of the file: so it is taken only after Flyway's
 * connections are closed, the two connections stay open until {@link #close}, and nothing else in
 * the process may open the file (the one descriptor-free exception: {@code stat}).
 *
 * <p><b>The file</b> is created readable and writable by its owner only ({@code rw-------}), and
 * SQLite gives its {@code -wal} and {@code -shm} files the same mode; an existing file with looser
 * permissions is tightened at open, and the log says so once: it holds workers' ids and answers. A
 * missing file beside a leftover {@code -wal} is refused rather than started afresh (the log may
 * hold the latest commits of a file that was deleted), and a data directory or file the process may
 * not write is refused with which permission is missing.
 *
 * <p><b>The file's identity</b> (device and inode) is recorded at open. Every write first checks
 * with one {@code stat} that the path still names that file: measured here, 3–5 µs against 60–90 µs
 * for the smallest write transaction (one upsert), so every write rather than once a second, which
 * would leave a window. A file deleted or replaced while the process runs would take every later
 * commit with it when the process ends. Once it does not, every write is refused with a {@link
 * StoreException} saying so, {@link #problem} reports it (for {@code /healthz}), and the log says
 * so once, with how to save the deleted file while the process still holds it.
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

  /** The permissions of the database file and its -wal and -shm. */
  static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  private static final Logger log = LoggerFactory.getLogger(SqliteDatabase.class);

  /** The files this process has open, so that a second open never opens (and closes) one. */
  private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

  private final Path file;
  private final Path realFile;
  private final int migrationsApplied;
  private final Connection writer;
  private final Connection reader;
  private final FileChannel lock;
  private final Object fileKey; // null where the file system has none: no identity check
  private final ReentrantLock writeLock = new ReentrantLock();
  private final ReentrantLock readLock = new ReentrantLock();
  private boolean closed; // guarded by both locks: set holding both, read holding either

  /** Why the file is no longer this database's, once found: from then on for good. */
  private volatile String lost;

  private SqliteDatabase(
      Path file,
      Path realFile,
      int migrationsApplied,
      Connection writer,
      Connection reader,
      FileChannel lock,
      Object fileKey) {
    this.file = file;
    this.realFile = realFile;
    this.migrationsApplied = migrationsApplied;
    this.writer = writer;
    this.reader = reader;
    this.lock = lock;
    this.fileKey = fileKey;
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
    requireWritableDirectory(file.getParent());
    requireNoOrphanLog(file);
    requireReadWrite(file);
    createOrTighten(file);
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
    requireUnlocked(file); // before migrating: never change the schema under another process
    SQLiteDataSource source = dataSource(file, false);
    int applied = migrate(source, file, extraLocations);
    Connection writer = null;
    Connection reader = null;
    FileChannel lock = null;
    try {
      writer = source.getConnection();
      reader = dataSource(file, true).getConnection();
      String mode = pragma(writer, "journal_mode");
      if (!"wal".equals(mode)) {
        // Still correct (the busy timeout covers readers blocking the writer), only slower.
        log.warn(
            "{} is in journal mode '{}', not WAL: the file system may not support it", file, mode);
      }
      // the connections Flyway opened are closed: from now on no descriptor of the file closes
      lock = lock(file);
      Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
      return new SqliteDatabase(file, real, applied, writer, reader, lock, key);
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
    Path dir = dataDir.toAbsolutePath();
    try {
      Files.createDirectories(dir);
    } catch (AccessDeniedException e) {
      Path denied = e.getFile() == null ? dir : Path.of(e.getFile());
      throw StoreException.permissionDenied(
          "create the data directory " + dir, "write permission on " + parentOf(denied), e);
    } catch (IOException e) {
      throw new StoreException("cannot create the data directory " + dir + ": " + e, e);
    }
    if (!Files.isWritable(dir) || !Files.isExecutable(dir)) {
      throw StoreException.permissionDenied(
          "create or write files in the data directory " + dir,
          "write permission on the data directory",
          null);
    }
  }

  private static Path parentOf(Path denied) {
    Path parent = denied.toAbsolutePath().getParent();
    return parent == null ? denied : parent;
  }

  /** The database's write-ahead log and shared-memory index, beside it. */
  private static List<Path> companions(Path file) {
    return List.of(
        file.resolveSibling(file.getFileName() + "-wal"),
        file.resolveSibling(file.getFileName() + "-shm"));
  }

  /**
   * Refuses a missing database beside its leftover write-ahead log: SQLite would start a new file
   * and may replay the log into it, and either way the commits the log holds are lost.
   */
  private static void requireNoOrphanLog(Path file) {
    Path wal = companions(file).get(0);
    if (Files.notExists(file, LinkOption.NOFOLLOW_LINKS) && Files.exists(wal)) {
      throw new StoreException(
          file
              + " is missing, but its write-ahead log "
              + wal.getFileName()
              + " is there: the database file was deleted or moved away, and the log may hold its"
              + " latest commits. Starting would make a new, empty database and lose them. Put "
              + file.getFileName()
              + " back (or restore it from a backup) and start again; to start afresh instead,"
              + " move "
              + wal.getFileName()
              + " and "
              + file.getFileName()
              + "-shm out of "
              + file.getParent());
    }
  }

  /** Refuses a database file (or its -wal or -shm) that this process may not read and write. */
  private static void requireReadWrite(Path file) {
    List<Path> files = new ArrayList<>();
    files.add(file);
    files.addAll(companions(file));
    for (Path f : files) {
      if (Files.exists(f) && !(Files.isReadable(f) && Files.isWritable(f))) {
        throw StoreException.permissionDenied(
            "read and write " + f, "read and write permission on it (" + describe(f) + ")", null);
      }
    }
  }

  /** A file's owner and permissions, for messages. */
  private static String describe(Path f) {
    try {
      PosixFileAttributes a = Files.readAttributes(f, PosixFileAttributes.class);
      return "owner " + a.owner().getName() + ", " + PosixFilePermissions.toString(a.permissions());
    } catch (IOException | UnsupportedOperationException e) {
      return "its permissions unreadable";
    }
  }

  /**
   * Creates the database file as {@code rw-------} when missing, so that SQLite never creates it
   * (nor its -wal and -shm, which take its mode) with the umask's looser mode; tightens an existing
   * file, -wal and -shm to that, saying so in one line.
   */
  private static void createOrTighten(Path file) {
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      return;
    } catch (FileAlreadyExistsException e) {
      // tighten it below
    } catch (UnsupportedOperationException e) {
      return; // not a POSIX file system: SQLite creates the file
    } catch (AccessDeniedException e) {
      throw StoreException.permissionDenied(
          "create " + file, "write permission on the data directory", e);
    } catch (IOException e) {
      throw new StoreException("cannot create " + file + ": " + e, e);
    }
    List<String> tightened = new ArrayList<>();
    String was = "";
    List<Path> files = new ArrayList<>();
    files.add(file);
    files.addAll(companions(file));
    for (Path f : files) {
      try {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(f);
        if (!OWNER_ONLY.containsAll(permissions)) {
          Files.setPosixFilePermissions(f, OWNER_ONLY);
          tightened.add(f.getFileName().toString());
          was = was.isEmpty() ? PosixFilePermissions.toString(permissions) : was;
        }
      } catch (NoSuchFileException | UnsupportedOperationException e) {
        // no such companion, or no POSIX permissions here
      } catch (IOException e) {
        log.warn("cannot make {} readable by its owner only: {}", f, e.toString());
      }
    }
    if (!tightened.isEmpty()) {
      log.info(
          "made {} in {} readable and writable by their owner only (rw-------, was {}): they hold"
              + " workers' ids and answers",
          String.join(", ", tightened),
          file.getParent(),
          was);
    }
  }

  /**
   * Refuses the file when another process holds its lock, before anything changes it. The probe's
   * descriptor is closed at once, which is harmless here: this process holds no lock on the file
   * yet ({@link #OPEN}).
   */
  private static void requireUnlocked(Path file) {
    try (FileChannel probe = FileChannel.open(file, StandardOpenOption.READ, WRITE)) {
      FileLock held = probe.tryLock(LOCK_OFFSET, 1, false);
      if (held == null) {
        throw new StoreInUseException(file.getParent(), holder(file));
      }
    } catch (IOException e) {
      throw new StoreException("cannot lock " + file + ": " + e, e);
    }
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
      requireUnlocked(file);
    }
  }

  /** Takes the file's lock for as long as the database is open. */
  private static FileChannel lock(Path file) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, WRITE);
    FileLock held;
    try {
      held = channel.tryLock(LOCK_OFFSET, 1, false);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    if (held == null) { // another process started at the same time and won
      channel.close();
      throw new StoreInUseException(file.getParent(), holder(file));
    }
    return channel;
  }

  /**
   * The process holding the file's lock, from {@code /proc/locks} (Linux), where a line reads
   * {@code 1: POSIX ADVISORY WRITE <pid> <major>:<minor>:<inode> <start> <end>}.
   */
  static Optional<Long> holder(Path file) {
    try {
      String inode = ":" + Files.getAttribute(file, "unix:ino");
      String start = Long.toString(LOCK_OFFSET);
      for (String line : Files.readAllLines(Path.of("/proc/locks"))) {
        String[] f = line.strip().split("\\s+");
        if (f.length >= 8
            && f[1].equals("POSIX")
            && f[5].endsWith(inode)
            && f[6].equals(start)
            && f[4].matches("\\d{1,10}")) {
          return Optional.of(Long.parseLong(f[4]));
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or not readable: the message goes without the pid
    }
    return Optional.empty();
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
      Flyway flyway =
          Flyway.configure(SqliteDatabase.class.getClassLoader())
              .dataSource(source)
              .locations(locations)
              .failOnMissingLocations(true)
              .validateMigrationNaming(true)
              .loggers("slf4j") // not JUL: the application's logging decides
              .load();
      Schema.requireNotNewer(
          flyway,
          file.toString(),
          "restore the backup taken before the upgrade (unionbot restore FILE)");
      MigrateResult result = flyway.migrate();
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

  /** The newest schema version among the migrations this release carries. */
  public static int knownSchemaVersion() {
    SQLiteDataSource memory = new SQLiteDataSource();
    memory.setUrl("jdbc:sqlite::memory:"); // an empty database: every migration is pending
    try {
      Flyway flyway =
          Flyway.configure(SqliteDatabase.class.getClassLoader())
              .dataSource(memory)
              .locations(MIGRATIONS)
              .loggers("slf4j")
              .load();
      return Schema.known(flyway.info()).map(v -> Integer.parseInt(v.getVersion())).orElse(0);
    } catch (FlywayException e) {
      throw new StoreException("cannot read this release's migrations", e);
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
   * longer names the file opened (checked with one {@code stat}); empty while it does. From the
   * first time it does not, this stays so until a restart, and the log says so once.
   */
  @Override
  public Optional<String> problem() {
    String why = lost;
    if (why != null || fileKey == null) {
      return Optional.ofNullable(why);
    }
    Object now;
    try {
      now = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    } catch (NoSuchFileException e) {
      now = null;
    } catch (IOException e) {
      return Optional.empty(); // cannot tell (a permission changed?): the file itself still works
    }
    if (fileKey.equals(now)) {
      return Optional.empty();
    }
    return Optional.of(lose(now == null ? "deleted" : "replaced by another file"));
  }

  private synchronized String lose(String what) {
    if (lost == null) {
      lost =
          "the database file "
              + file
              + " was "
              + what
              + " while unionbot was running: nothing more is written to it; restart unionbot"
              + " (after putting the right file back in place, or it starts with that one)";
      long pid = ProcessHandle.current().pid();
      log.error(
          "{}. Until then this process still holds the file it opened: copy it from the descriptor"
              + " that `ls -l /proc/{}/fd | grep {}` shows to keep its data",
          lost,
          pid,
          FILE_NAME);
    }
    return lost;
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
