package org.unionbot.core.admin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.sqlite.SQLiteConfig;
import org.unionbot.core.store.SqliteDatabase;
import org.unionbot.core.store.StoreException;
import org.unionbot.core.store.StoreInUseException;

/**
 * Backup and restore of a data directory's SQLite database ({@code unionbot.db}): everything the
 * store holds (knowledge-base versions, documents, FAQ, synonyms, quiz, menu, points, question
 * statistics, audit log, the secrets kept in the database) in one file.
 *
 * <p><b>Backup</b> runs while {@code serve} runs on the directory: it reads the file through its
 * own read-only connection with SQLite's {@code VACUUM INTO}, which copies one consistent snapshot
 * (a read transaction; in WAL mode the server's writes go on meanwhile) into a new file. It takes
 * neither the data directory's lock nor the database's. It must run in its own process: a
 * descriptor of the file closed in the server's process would drop the server's lock on it ({@link
 * SqliteDatabase}).
 *
 * <p><b>Restore</b> needs the directory to itself (its lock, as {@code kb} commands take it). It
 * checks that the file is a unionbot database whose schema this release knows, copies it beside the
 * current database, moves the current one aside under a dated name (never deleting it), moves the
 * copy into place and opens it once, which runs any migrations a backup from an older release
 * needs. The knowledge-base index is not a file: {@code serve} builds it from the database at
 * start.
 */
public final class Backups {

  /** Where a restore moves the database it replaces: this, then the time (UTC). */
  public static final String SIDE_COPY_INFIX = ".before-restore-";

  private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.UTF_8);
  private static final Set<String> REQUIRED_TABLES =
      Set.of("flyway_schema_history", "quiz_scores", "quiz_answers");
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private Backups() {}

  /** A refused backup or restore: bad arguments, or a file that is not a unionbot database. */
  public static final class RefusedException extends StoreException {
    private static final long serialVersionUID = 1L;

    RefusedException(String message) {
      super(message);
    }
  }

  /**
   * What a database file holds, in brief.
   *
   * @param schemaVersion the newest migration applied to it
   * @param kbVersion the newest knowledge-base version (0 before the first)
   * @param players the users with a quiz score
   */
  public record Summary(int schemaVersion, long kbVersion, long players) {}

  /**
   * A finished restore.
   *
   * @param restored the backup as read, before migrations
   * @param schemaVersion the schema version now, after the migrations it needed
   * @param sideCopy where the database it replaced went, if there was one
   */
  public record Restored(Summary restored, int schemaVersion, Optional<Path> sideCopy) {}

  /**
   * Writes a consistent copy of {@code <dataDir>/unionbot.db} to {@code target} (mode 600): to a
   * new file beside it first, moved into place once complete and checked.
   *
   * @param replace whether an existing {@code target} may be replaced
   * @throws RefusedException when there is no database in {@code dataDir}, or {@code target} exists
   *     and may not be replaced, or is a directory or the database itself
   * @throws StoreException when reading or writing fails
   */
  public static Summary backup(Path dataDir, Path target, boolean replace) {
    Path db = dataDir.toAbsolutePath().resolve(SqliteDatabase.FILE_NAME);
    Path to = target.toAbsolutePath();
    if (!Files.isRegularFile(db)) {
      throw new RefusedException(
          "no unionbot database in " + db.getParent() + ": " + db + " is missing");
    }
    if (Files.isDirectory(to)) {
      throw new RefusedException(to + " is a directory: give the backup file's name");
    }
    if (Files.exists(to)) {
      if (sameFile(db, to)) {
        throw new RefusedException(to + " is the database itself: write the backup elsewhere");
      }
      if (!replace) {
        throw new RefusedException(to + " exists; add --force to replace it");
      }
    }
    Path temp = null;
    try {
      Files.createDirectories(to.getParent());
      temp = newOwnerOnlyFile(to.resolveSibling("." + to.getFileName() + ".partial"));
      Summary summary;
      try (Connection c = connect(db, true)) {
        summary = summary(c, db);
        vacuumInto(c, temp);
      }
      check(temp);
      force(temp);
      if (replace) {
        Files.move(temp, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.move(temp, to); // fails when the file appeared meanwhile
      }
      return summary;
    } catch (FileAlreadyExistsException e) {
      throw new RefusedException(to + " exists; add --force to replace it");
    } catch (IOException e) {
      throw new StoreException("cannot write the backup " + to + ": " + e, e);
    } catch (SQLException e) {
      throw new StoreException("cannot back up " + db + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(temp);
    }
  }

  /**
   * Replaces {@code <dataDir>/unionbot.db} with the backup {@code file}, keeping the one it
   * replaces as {@code unionbot.db.before-restore-<yyyyMMdd-HHmmss>} (its {@code -wal} beside it,
   * renamed alike, when there is one). Creates {@code dataDir} when missing.
   *
   * @throws StoreInUseException when a process (a server) has the directory
   * @throws RefusedException when {@code file} is not a unionbot database, or its schema is newer
   *     than this release knows
   * @throws StoreException when reading, writing or migrating fails (the side copy stays)
   */
  public static Restored restore(Path file, Path dataDir, Clock clock) {
    Path from = file.toAbsolutePath();
    Path dir = dataDir.toAbsolutePath();
    Path db = dir.resolve(SqliteDatabase.FILE_NAME);
    requireSqliteFile(from);
    if (Files.exists(db) && sameFile(from, db)) {
      throw new RefusedException(from + " is the data directory's own database");
    }
    DirectoryLock lock;
    try {
      lock = DirectoryLock.take(dir);
    } catch (StoreInUseException e) {
      throw new StoreInUseException(e.dataDir(), e.pid(), "then restore");
    }
    Path temp = null;
    try {
      try {
        SqliteDatabase.requireNotInUse(dir);
      } catch (StoreInUseException e) {
        throw new StoreInUseException(e.dataDir(), e.pid(), "then restore");
      }
      temp = newOwnerOnlyFile(dir.resolve(SqliteDatabase.FILE_NAME + ".restoring"));
      Summary summary;
      try (Connection c = connect(from, true)) {
        summary = summary(c, from);
        int known = SqliteDatabase.knownSchemaVersion();
        if (summary.schemaVersion() > known) {
          throw new RefusedException(
              from
                  + " has schema version "
                  + summary.schemaVersion()
                  + ", newer than this release of unionbot knows ("
                  + known
                  + "): restore it with the release that made it");
        }
        vacuumInto(c, temp);
      }
      check(temp);
      force(temp);
      Optional<Path> side = moveAside(db, clock);
      Files.move(temp, db, StandardCopyOption.ATOMIC_MOVE);
      int schema;
      try (SqliteDatabase opened = SqliteDatabase.open(dir)) { // migrates an older backup
        schema = opened.read(c -> summary(c, db)).schemaVersion();
      }
      return new Restored(summary, schema, side);
    } catch (IOException e) {
      throw new StoreException("cannot restore into " + dir + ": " + e, e);
    } catch (SQLException e) {
      throw new StoreException("cannot restore " + from + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(temp);
      lock.close();
    }
  }

  /**
   * Moves the database and its write-ahead log aside, under names that keep them a pair (SQLite
   * finds {@code X-wal} beside {@code X}); drops the shared-memory index, which SQLite rebuilds.
   */
  private static Optional<Path> moveAside(Path db, Clock clock) throws IOException {
    Path wal = db.resolveSibling(db.getFileName() + "-wal");
    Path shm = db.resolveSibling(db.getFileName() + "-shm");
    if (!Files.exists(db) && !Files.exists(wal)) {
      Files.deleteIfExists(shm);
      return Optional.empty();
    }
    String base = db.getFileName() + SIDE_COPY_INFIX + STAMP.format(clock.instant());
    Path side = db.resolveSibling(base);
    for (int n = 2; Files.exists(side) || Files.exists(sibling(side, "-wal")); n++) {
      side = db.resolveSibling(base + "-" + n);
    }
    if (Files.exists(wal)) {
      Files.move(wal, sibling(side, "-wal"), StandardCopyOption.ATOMIC_MOVE);
    }
    if (Files.exists(db)) {
      Files.move(db, side, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.deleteIfExists(shm);
    return Optional.of(side);
  }

  private static Path sibling(Path file, String suffix) {
    return file.resolveSibling(file.getFileName() + suffix);
  }

  /** The brief description of a unionbot database; refuses any other SQLite database. */
  static Summary summary(Connection c, Path file) throws SQLException {
    Set<String> tables = new HashSet<>();
    try (Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    if (!tables.containsAll(REQUIRED_TABLES)) {
      throw new RefusedException(
          file + " is a SQLite database, but not unionbot's (no " + missing(tables) + " table)");
    }
    int schema =
        (int)
            longOf(
                c,
                "SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1");
    long kb =
        tables.contains("kb_versions") ? longOf(c, "SELECT MAX(version) FROM kb_versions") : 0;
    long players = longOf(c, "SELECT COUNT(*) FROM quiz_scores");
    return new Summary(schema, kb, players);
  }

  private static String missing(Set<String> tables) {
    return REQUIRED_TABLES.stream()
        .filter(t -> !tables.contains(t))
        .sorted()
        .findFirst()
        .orElse("");
  }

  private static long longOf(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      return rows.next() ? rows.getLong(1) : 0;
    }
  }

  /** Refuses a file that is missing, unreadable or does not start with SQLite's header. */
  private static void requireSqliteFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new RefusedException("no such file: " + file);
    }
    byte[] head = new byte[SQLITE_HEADER.length];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new RefusedException("cannot read " + file + ": " + e.getMessage());
    }
    if (n < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
      throw new RefusedException(file + " is not a SQLite database (not a unionbot backup)");
    }
  }

  /** Checks a finished copy: SQLite's quick check, and that it still is a unionbot database. */
  private static void check(Path copy) throws SQLException {
    try (Connection c = connect(copy, true);
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("PRAGMA quick_check")) {
      String result = rows.next() ? rows.getString(1) : "";
      if (!"ok".equalsIgnoreCase(result)) {
        throw new SQLException("the copy fails SQLite's quick check: " + result);
      }
      summary(c, copy);
    }
  }

  private static void vacuumInto(Connection c, Path target) throws SQLException {
    try (PreparedStatement vacuum = c.prepareStatement("VACUUM INTO ?")) {
      vacuum.setString(1, target.toString());
      vacuum.executeUpdate();
    }
  }

  private static Connection connect(Path file, boolean readOnly) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(readOnly);
    config.setBusyTimeout(SqliteDatabase.BUSY_TIMEOUT_MS);
    return config.createConnection("jdbc:sqlite:" + file);
  }

  /**
   * A new empty file readable by its owner only ({@code VACUUM INTO} writes into an empty file),
   * replacing a leftover of an interrupted run.
   */
  private static Path newOwnerOnlyFile(Path file) throws IOException {
    Files.deleteIfExists(file);
    try {
      return Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      return Files.createFile(file);
    }
  }

  private static void force(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // a leftover temporary file; the next run replaces it
    }
  }
}
