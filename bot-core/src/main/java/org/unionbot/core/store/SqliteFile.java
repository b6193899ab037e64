package org.unionbot.core.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checks {@link SqliteDatabase#open} makes on the database file before SQLite touches it.
 *
 * <p>The file is created readable and writable by its owner only ({@code rw-------}), and SQLite
 * gives its {@code -wal} and {@code -shm} files the same mode; an existing file with looser
 * permissions is tightened at open, and the log says so once: it holds workers' ids and answers. A
 * missing file beside a leftover {@code -wal} is refused rather than started afresh (the log may
 * hold the latest commits of a file that was deleted), and a data directory or file the process may
 * not write is refused with which permission is missing.
 */
final class SqliteFile {

  /** The permissions of the database file and its -wal and -shm. */
  static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  private static final Logger log = LoggerFactory.getLogger(SqliteDatabase.class);

  private SqliteFile() {}

  /**
   * Runs every check on {@code file}, in order: the directory writable, no orphan log, the file and
   * its companions readable and writable, then creates it owner-only or tightens it.
   */
  static void prepare(Path file) {
    requireWritableDirectory(file.getParent());
    requireNoOrphanLog(file);
    requireReadWrite(file);
    createOrTighten(file);
  }

  /**
   * Creates the data directory when missing, and checks that this process may create files in it
   * (SQLite creates the {@code -wal} and {@code -shm} beside the database).
   *
   * @throws StoreException naming the directory and the missing permission
   */
  static void requireWritableDirectory(Path dataDir) {
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

  /** The database file and its companions. */
  private static List<Path> withCompanions(Path file) {
    List<Path> files = new ArrayList<>();
    files.add(file);
    files.addAll(companions(file));
    return files;
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
    for (Path f : withCompanions(file)) {
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
    for (Path f : withCompanions(file)) {
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
}
