package org.unionbot.core.store;

import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The lock that keeps a database file to one process at a time.
 *
 * <p>Once its connections are open, {@link SqliteDatabase#open} locks one byte of the file at
 * {@link SqliteDatabase#LOCK_OFFSET}, far beyond the bytes SQLite locks ({@code 0x40000000} to
 * {@code 0x400001FF}), and keeps that lock until {@link SqliteDatabase#close}; another process (or
 * a second open in this one) is refused with a {@link StoreInUseException}, even when the data
 * directory's lock file was deleted. The lock is a POSIX record lock, which a process loses on
 * <em>every</em> close of <em>any</em> descriptor of the file: so it is taken only after Flyway's
 * connections are closed, the two connections stay open until {@link SqliteDatabase#close}, and
 * nothing else in the process may open the file (the one descriptor-free exception: {@code stat}).
 */
final class SqliteFileLock {

  private static final long OFFSET = SqliteDatabase.LOCK_OFFSET;

  private SqliteFileLock() {}

  /**
   * Refuses the file when another process holds its lock, before anything changes it. The probe's
   * descriptor is closed at once, which is harmless here: this process holds no lock on the file
   * yet ({@link SqliteDatabase#open} keeps each file open once per process).
   */
  static void requireUnlocked(Path file) {
    try (FileChannel probe = FileChannel.open(file, StandardOpenOption.READ, WRITE)) {
      FileLock held = probe.tryLock(OFFSET, 1, false);
      if (held == null) {
        throw new StoreInUseException(file.getParent(), holder(file));
      }
    } catch (IOException e) {
      throw new StoreException("cannot lock " + file + ": " + e, e);
    }
  }

  /** Takes the file's lock for as long as the database is open. */
  static FileChannel take(Path file) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, WRITE);
    FileLock held;
    try {
      held = channel.tryLock(OFFSET, 1, false);
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
      String start = Long.toString(OFFSET);
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
}
