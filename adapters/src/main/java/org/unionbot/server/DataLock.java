package org.unionbot.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One process at a time manages a data directory: {@code serve} holds this lock while it runs, and
 * the offline {@code kb} commands take it too, so they refuse clearly instead of changing the
 * knowledge base under a running server. An OS file lock ({@code DATA/unionbot.lock}): the OS drops
 * it when the process dies, even by SIGKILL, so a crash never leaves a stale lock behind.
 */
final class DataLock implements AutoCloseable {
  static final String FILE = "unionbot.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private DataLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of {@code dataDir}, creating the directory if needed.
   *
   * @throws ConfigException if another process holds it (naming its pid when known), or the
   *     directory cannot be written
   */
  static DataLock acquire(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    FileChannel channel = null;
    try {
      Files.createDirectories(dataDir);
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // this very JVM holds it already
      }
      if (lock == null) {
        String holder = holder(channel).map(pid -> " (pid " + pid + ")").orElse("");
        channel.close();
        throw new ConfigException(
            "unionbot is running on "
                + dataDir
                + holder
                + "; stop it first, or make the change through the admin API (/admin)");
      }
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(UTF_8)), 0);
      channel.force(false);
      return new DataLock(channel, lock);
    } catch (IOException e) {
      if (channel != null) {
        try {
          channel.close();
        } catch (IOException ignored) {
          // already failing
        }
      }
      throw new ConfigException("cannot lock data directory " + dataDir + ": " + e.getMessage());
    }
  }

  private static Optional<String> holder(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(32);
    channel.read(buffer, 0);
    String pid = new String(buffer.array(), 0, buffer.position(), UTF_8).strip();
    return pid.matches("\\d{1,10}") ? Optional.of(pid) : Optional.empty();
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
