package org.unionbot.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionbot.core.admin.Notices.SHANGHAI;
import static org.unionbot.core.admin.Notices.SPORTS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.core.store.ChildJvm;

/**
 * A start that may not write the data directory or the database says which permission is missing.
 * The start runs in a child JVM; when the tests run as root, whom permissions do not stop, the
 * child runs as {@code nobody} through {@code setpriv}, keeping only the right to read (the class
 * path lives under root's home), not to write.
 */
class StartPermissionTest {

  /** The user id the child runs as under root. */
  static final int NOBODY = 65534;

  @TempDir Path dir;

  /** The child: opens the data directory and says how that went. */
  public static void main(String[] args) {
    try (Admin admin = Admin.open(Path.of(args[0]), SPORTS, Clock.systemUTC(), SHANGHAI)) {
      System.out.println("opened version " + admin.version());
    } catch (RuntimeException e) {
      System.out.println("refused: " + e.getMessage());
    }
  }

  private static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** What the child said, opening {@code data}. */
  private String start(Path data) throws IOException, InterruptedException {
    List<String> launcher = new ArrayList<>();
    if (root()) {
      assertThat(Path.of("/usr/bin/setpriv"))
          .as(
              "running as root, this test starts its child as nobody through setpriv: install"
                  + " Debian's util-linux package (apt-get install -y util-linux)")
          .isExecutable();
      launcher.addAll(
          List.of(
              "/usr/bin/setpriv",
              "--reuid=" + NOBODY,
              "--regid=" + NOBODY,
              "--clear-groups",
              "--inh-caps=+dac_read_search",
              "--ambient-caps=+dac_read_search"));
    }
    Process child =
        ChildJvm.of(launcher, List.of(), StartPermissionTest.class.getName(), data.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return out;
  }

  private static void chmod(Path path, String mode) throws IOException {
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
  }

  @Test
  void aReadOnlyDataDirectoryIsRefusedWithThePermissionItNeeds() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    chmod(dir, "rwxr-xr-x");
    chmod(data, "r-xr-xr-x");
    try {
      assertThat(start(data))
          .contains(
              "refused: permission denied: cannot create or write files in the data directory "
                  + data
                  + "; the user running unionbot (")
          .contains(") needs write permission on the data directory");
      assertThat(data).isEmptyDirectory();
    } finally {
      chmod(data, "rwx------");
    }
  }

  @Test
  void aDatabaseFileItMayNotWriteIsRefusedWithThePermissionItNeeds() throws Exception {
    Path data = dir.resolve("data");
    Admin.open(data, SPORTS, Clock.systemUTC(), SHANGHAI).close();
    Files.delete(data.resolve(Admin.LOCK_FILE));
    chmod(dir, "rwxr-xr-x");
    chmod(data, "rwxrwxrwx");
    Path db = data.resolve("unionbot.db");
    chmod(db, "r--r--r--");
    try {
      assertThat(start(data))
          .contains("refused: permission denied: cannot read and write " + db)
          .contains(") needs read and write permission on it (owner ")
          .contains(", r--r--r--)");
    } finally {
      chmod(db, "rw-------");
      chmod(data, "rwx------");
    }
  }
}
