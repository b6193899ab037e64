package org.unionbot.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.unionbot.core.admin.Notices.SHANGHAI;
import static org.unionbot.core.admin.Notices.SPORTS;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.core.store.ChildJvm;
import org.unionbot.core.store.StoreInUseException;

/**
 * One process owns a data directory, even after {@code rm DATA/unionbot.lock}: a child JVM holds
 * the directory open while this one tries to open it, before and after the lock file is deleted.
 */
class AdminLockTest {

  @TempDir Path dir;

  /** The child: opens the directory, says so, and closes it when told. */
  public static void main(String[] args) throws Exception {
    try (Admin admin = Admin.open(Path.of(args[0]), SPORTS, Clock.systemUTC(), SHANGHAI);
        BufferedReader in =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      System.out.println("ready " + admin.version());
      System.out.flush();
      in.readLine();
    }
    System.out.println("closed");
  }

  private void refused(long pid) {
    assertThatThrownBy(() -> Admin.open(dir, SPORTS, Clock.systemUTC(), SHANGHAI))
        .isInstanceOf(StoreInUseException.class)
        .hasMessage(
            "unionbot is running on "
                + dir.toAbsolutePath()
                + " (pid "
                + pid
                + "): the data directory is in use by another process; stop it first, or make"
                + " the change through the admin API (/admin)");
  }

  @Test
  void aSecondProcessIsRefusedEvenAfterTheLockFileIsDeleted() throws Exception {
    Path log = dir.resolve("child.log");
    Process child =
        ChildJvm.of(AdminLockTest.class, dir.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try (PrintWriter toChild =
        new PrintWriter(child.getOutputStream(), true, StandardCharsets.UTF_8)) {
      waitFor(log, "ready 1", child);
      long pid = child.pid();
      String pidText = Long.toString(pid);
      Path lockFile = dir.resolve(Admin.LOCK_FILE);
      refused(pid);

      Files.delete(lockFile);
      refused(pid); // by the database file's own lock, with the pid from the OS

      // the child notices, locks the lock file again, and says so
      await()
          .atMost(Duration.ofSeconds(10))
          .pollInterval(Duration.ofMillis(50))
          .untilAsserted(
              () -> {
                assertThat(lockFile).exists();
                assertThat(Files.readString(lockFile).strip()).isEqualTo(pidText);
              });
      refused(pid);
      assertThat(Files.readString(log))
          .contains("WARN", lockFile + " was replaced while unionbot was running");

      toChild.println("close");
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(Files.readString(log)).contains("closed");
    } finally {
      child.destroyForcibly();
    }
    try (Admin admin = Admin.open(dir, SPORTS, Clock.systemUTC(), SHANGHAI)) {
      assertThat(admin.version()).isEqualTo(1);
    }
  }

  /**
   * Waits, up to 120 s (a child on a loaded machine loads the model slowly), until the child has
   * written {@code line}; fails at once if it exits.
   */
  private static void waitFor(Path log, String line, Process child) {
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(50))
        .untilAsserted(
            () -> {
              String said = Files.exists(log) ? Files.readString(log) : "";
              if (!child.isAlive() && said.lines().noneMatch(line::equals)) {
                throw new IllegalStateException(
                    "the child exited without saying " + line + ":\n" + said);
              }
              assertThat(said.lines()).as("the child's output").contains(line);
            });
  }
}
