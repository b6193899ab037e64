package org.unionbot.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionbot.core.store.TestRows.count;
import static org.unionbot.core.store.TestRows.insertAnswer;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database file deleted or replaced while the process runs ({@link SqliteFileIdentity}): every
 * write refused, {@code problem()} saying why, the log saying so once.
 */
class SqliteFileIdentityTest {

  @TempDir Path dir;

  private static int insert(SqliteDatabase db, String user) {
    return db.write(c -> insertAnswer(c, user));
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
      assertThat(count(db, "quiz_answers")).as("reads go on from the file opened").isEqualTo(1);
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
}
