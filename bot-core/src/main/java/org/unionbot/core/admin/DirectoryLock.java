package org.unionbot.core.admin;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionbot.core.store.SqliteDatabase;
import org.unionbot.core.store.StoreException;
import org.unionbot.core.store.StoreInUseException;

/**
 * The data directory's lock file, {@code DATA/unionbot.lock}: locked (an OS file lock, dropped when
 * the process dies) by the process that has the directory open, with its pid inside, so that a
 * second process is told who has it. The database file carries its own lock ({@link
 * SqliteDatabase}), which holds even when this file is deleted; this one comes first, says which
 * process, and covers the directory before the database is opened.
 *
 * <p>{@link #check} (every few seconds, from the admin service's maintenance thread) notices the
 * file deleted or replaced, makes and locks it again, and says so once. Thread-safe.
 */
final class DirectoryLock implements AutoCloseable {

  /** The lock file's name in the data directory. */
  static final String FILE_NAME = "unionbot.lock";

  /** What a refused command can do instead, after the "in use" message. */
  static final String HINT = "or make the change through the admin API (/admin)";

  private static final Logger log = LoggerFactory.getLogger(DirectoryLock.class);

  private final Path dataDir;
  private final Path file;
  private FileChannel channel; // guarded by this
  private Object key; // guarded by this: the locked file's identity, null if the FS has none
  private boolean warned; // guarded by this: said that the file went, not yet that it is back

  private DirectoryLock(Path dataDir, Path file, FileChannel channel, Object key) {
    this.dataDir = dataDir;
    this.file = file;
    this.channel = channel;
    this.key = key;
  }

  /**
   * Creates the data directory when missing and locks its lock file.
   *
   * @throws StoreInUseException when another process (or this one) holds it
   * @throws StoreException when the directory or file cannot be created or written (the message
   *     names the missing permission)
   */
  static DirectoryLock take(Path dataDir) {
    Path dir = dataDir.toAbsolutePath();
    SqliteDatabase.requireWritableDirectory(dir);
    Path file = dir.resolve(FILE_NAME);
    FileChannel channel = open(file);
    if (!tryLock(channel)) {
      Optional<Long> pid = holder(channel);
      close(channel);
      throw new StoreInUseException(dir, pid, HINT);
    }
    writePid(channel);
    return new DirectoryLock(dir, file, channel, identity(file).orElse(null));
  }

  private static FileChannel open(Path file) {
    try {
      return FileChannel.open(
          file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (AccessDeniedException e) {
      throw StoreException.permissionDenied(
          "create or write " + file, "write permission on the data directory and the file", e);
    } catch (IOException e) {
      throw new StoreException("cannot create " + file + ": " + e.getMessage(), e);
    }
  }

  /** Locks the whole file; false when another process (or this one) holds it. */
  private static boolean tryLock(FileChannel channel) {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return false; // this very JVM has it open already
    } catch (IOException e) {
      close(channel);
      throw new StoreException("cannot lock the data directory: " + e.getMessage(), e);
    }
    return lock != null;
  }

  private static void writePid(FileChannel channel) {
    try {
      // who holds it, for the message above; advisory only, the lock itself is the OS's
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)),
          0);
    } catch (IOException e) {
      // the lock holds without the pid
    }
  }

  /** The pid written into the lock file by the process holding it, if readable. */
  private static Optional<Long> holder(FileChannel channel) {
    try {
      ByteBuffer buffer = ByteBuffer.allocate(32);
      channel.read(buffer, 0);
      String pid = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
      return pid.matches("\\d{1,10}") ? Optional.of(Long.parseLong(pid)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The file's device and inode, or empty when it is missing or the FS has no such key. */
  private static Optional<Object> identity(Path file) {
    try {
      return Optional.ofNullable(Files.readAttributes(file, BasicFileAttributes.class).fileKey());
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * When the lock file was deleted or replaced (so that a second process would find it free), makes
   * it again and locks it, with a warning; while another process holds the new file, tries again on
   * the next call (the database's own lock keeps that process out meanwhile).
   */
  synchronized void check() {
    if (channel == null || key == null) {
      return; // closed, or no file identities here
    }
    Optional<Object> now = identity(file);
    if (now.isPresent() && now.get().equals(key)) {
      return;
    }
    if (!warned) {
      warned = true;
      log.warn(
          "{} was {} while unionbot was running; locking it again, so that commands started on {}"
              + " see that it is in use",
          file,
          now.isEmpty() ? "deleted" : "replaced",
          dataDir);
    }
    FileChannel next;
    try {
      next = open(file);
    } catch (StoreException e) {
      return; // try again next time
    }
    if (!tryLock(next)) {
      close(next); // another process starting now holds it: the database's lock refuses it
      return;
    }
    writePid(next);
    close(channel); // the deleted or replaced file: its lock goes with it
    channel = next;
    key = identity(file).orElse(null);
    warned = false;
    log.info("{} is locked again by this process", file);
  }

  /** Releases the lock. Idempotent. */
  @Override
  public synchronized void close() {
    if (channel != null) {
      close(channel);
      channel = null;
    }
  }

  private static void close(FileChannel channel) {
    try {
      channel.close(); // releases the lock
    } catch (IOException ignored) {
      // nothing to do: the lock goes with the process anyway
    }
  }

  @Override
  public String toString() {
    return Objects.toString(file);
  }
}
