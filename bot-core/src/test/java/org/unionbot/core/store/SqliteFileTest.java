package org.unionbot.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionbot.core.store.TestRows.count;
import static org.unionbot.core.store.TestRows.insertAnswer;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database file as an operator's mistakes meet it ({@link SqliteFile}): its permissions, and a
 * leftover write-ahead log without it.
 */
class SqliteFileTest {

  @TempDir Path dir;

  private static int insert(SqliteDatabase db, String user) {
    return db.write(c -> insertAnswer(c, user));
  }

  private static String mode(Path file) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
  }

  private Path file(String suffix) {
    return dir.resolve(SqliteDatabase.FILE_NAME + suffix);
  }

  @Test
  void theDatabaseAndItsLogAreReadableAndWritableByTheirOwnerOnly() throws IOException {
    try (SqliteDatabase db = SqliteDatabase.open(dir)) {
      insert(db, "wechat:u1");
      for (String suffix : List.of("", "-wal", "-shm")) {
        assertThat(mode(file(suffix))).as("unionbot.db" + suffix).isEqualTo("rw-------");
      }
    }
  }

  @Test
  void aLooserFileIsTightenedAtOpenAndTheLogSaysSoOnce() throws IOException {
    SqliteDatabase.open(dir).close();
    Files.setPosixFilePermissions(file(""), PosixFilePermissions.fromString("rw-r--r--"));

    try (LogCapture log = LogCapture.capture()) {
      SqliteDatabase.open(dir).close();
      assertThat(mode(file(""))).isEqualTo("rw-------");
      assertThat(log.messages(Level.INFO))
          .filteredOn(m -> m.contains("owner only"))
          .singleElement()
          .asString()
          .contains("unionbot.db", "rw-------", "was rw-r--r--");
    }
    try (LogCapture log = LogCapture.capture()) {
      SqliteDatabase.open(dir).close();
      assertThat(log.messages(Level.INFO)).noneMatch(m -> m.contains("owner only"));
    }
  }

  @Test
  void aMissingDatabaseBesideItsLeftoverLogIsRefusedNotStartedAfresh() throws IOException {
    Path savedLog = dir.resolve("saved-wal");
    try (SqliteDatabase db = SqliteDatabase.open(dir)) {
      insert(db, "wechat:u1");
      Files.copy(file("-wal"), savedLog); // as a kill would leave it
    }
    Files.delete(file(""));
    Files.move(savedLog, file("-wal"));

    assertThatThrownBy(() -> SqliteDatabase.open(dir))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file("") + " is missing, but its write-ahead log unionbot.db-wal")
        .hasMessageContaining("Put unionbot.db back")
        .hasMessageContaining("move unionbot.db-wal and unionbot.db-shm out of " + dir);
    assertThat(file("")).doesNotExist();

    // moved away as the message says, the directory starts afresh
    Files.move(file("-wal"), dir.resolve("kept-wal"));
    try (SqliteDatabase db = SqliteDatabase.open(dir)) {
      assertThat(count(db, "quiz_answers")).isZero();
    }
  }
}
