package org.unionbot.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database file as an operator's mistakes meet it: its permissions, its deletion or replacement
 * while the process runs, and a leftover write-ahead log without it.
 */
class SqliteFileTest {

  @TempDir Path dir;

  private static int insert(SqliteDatabase db, String user) {
    return db.write(
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO quiz_answers (user_id, item_id, correct, points, answered_at)"
                      + " VALUES (?, 'q', 1, 1, 0)")) {
            insert.setString(1, user);
            return insert.executeUpdate();
          }
        });
  }

  private static long answers(SqliteDatabase db) {
    return db.read(
        c -> {
          try (ResultSet rows =
              c.createStatement().executeQuery("SELECT count(*) FROM quiz_answers")) {
            rows.next();
            return rows.getLong(1);
          }
        });
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
  void aDeletedFileIsReportedEveryWriteIsRefusedAndTheLogSaysSoOnce() throws IOException {
    try (LogCapture log = LogCapture.capture();
        SqliteDatabase db = SqliteDatabase.open(dir)) {
      insert(db, "wechat:u1");
      assertThat(db.problem()).isEmpty();

      Files.delete(db.file());

      assertThat(db.problem())
          .hasValueSatisfying(p -> assertThat(p).contains(db.file().toString(), "was deleted"));
      for (int i = 0; i < 3; i++) {
        assertThatThrownBy(() -> insert(db, "wechat:u2"))
            .isInstanceOf(StoreException.class)
            .hasMessageContaining("the database file " + db.file() + " was deleted")
            .hasMessageContaining("nothing more is written to it; restart unionbot");
      }
      assertThat(db.problem()).isPresent();
      assertThat(log.messages(Level.ERROR))
          .singleElement()
          .asString()
          .contains("was deleted", "/proc/" + ProcessHandle.current().pid() + "/fd");
      assertThat(answers(db)).as("reads go on from the file opened").isEqualTo(1);
    }
  }

  @Test
  void aReplacedFileIsReportedAndEveryWriteIsRefused() throws IOException {
    Path other = dir.resolve("other");
    SqliteDatabase.open(other).close();
    try (SqliteDatabase db = SqliteDatabase.open(dir)) {
      insert(db, "wechat:u1");

      Files.move(
          other.resolve(SqliteDatabase.FILE_NAME), db.file(), StandardCopyOption.REPLACE_EXISTING);

      assertThat(db.problem())
          .hasValueSatisfying(p -> assertThat(p).contains("was replaced by another file"));
      assertThatThrownBy(() -> insert(db, "wechat:u2"))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("was replaced by another file");
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
      assertThat(answers(db)).isZero();
    }
  }
}
