package org.unionbot.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets generated on first start: random, mode 600, reused, never overriding configuration. */
class SecretsTest {
  @TempDir Path dir;

  private Path data() {
    return dir.resolve("data");
  }

  private Path file() {
    return data().resolve(Secrets.FILE);
  }

  @Test
  void generatesBothTokensIntoAnOwnerOnlyFile() throws IOException {
    Secrets.Resolved resolved = Secrets.resolve(data(), Optional.empty(), Optional.empty());

    assertThat(resolved.wechatToken()).matches("[A-Za-z0-9]{32}");
    assertThat(resolved.adminToken()).matches("[A-Za-z0-9_-]{43}");
    assertThat(resolved.file()).contains(file().toAbsolutePath());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file())))
        .isEqualTo("rw-------");
    assertThat(Files.readString(file(), UTF_8))
        .contains("wechat-token=" + resolved.wechatToken())
        .contains("admin-token=" + resolved.adminToken());
  }

  @Test
  void tokensDifferBetweenInstallations() throws IOException {
    Secrets.Resolved a = Secrets.resolve(dir.resolve("a"), Optional.empty(), Optional.empty());
    Secrets.Resolved b = Secrets.resolve(dir.resolve("b"), Optional.empty(), Optional.empty());

    assertThat(a.wechatToken()).isNotEqualTo(b.wechatToken());
    assertThat(a.adminToken()).isNotEqualTo(b.adminToken());
  }

  @Test
  void reusesStoredTokensOnRestart() throws IOException {
    Secrets.Resolved first = Secrets.resolve(data(), Optional.empty(), Optional.empty());
    long written = Files.getLastModifiedTime(file()).toMillis();

    Secrets.Resolved second = Secrets.resolve(data(), Optional.empty(), Optional.empty());

    assertThat(second).isEqualTo(first);
    assertThat(Files.getLastModifiedTime(file()).toMillis()).isEqualTo(written);
  }

  @Test
  void configuredTokensWinAndAreNotStored() throws IOException {
    Secrets.Resolved resolved = Secrets.resolve(data(), Optional.of("given1"), Optional.empty());

    assertThat(resolved.wechatToken()).isEqualTo("given1");
    assertThat(Files.readString(file(), UTF_8)).doesNotContain("given1").contains("admin-token=");
  }

  @Test
  void nothingIsWrittenWhenBothAreConfigured() throws IOException {
    Secrets.Resolved resolved = Secrets.resolve(data(), Optional.of("t1"), Optional.of("a1"));

    assertThat(resolved.file()).isEmpty();
    assertThat(Files.exists(data())).isFalse();
  }

  @Test
  void aWidenedModeIsTightenedAgain() throws IOException {
    Secrets.Resolved first = Secrets.resolve(data(), Optional.empty(), Optional.empty());
    Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r--r--"));

    Secrets.Resolved second = Secrets.resolve(data(), Optional.empty(), Optional.empty());

    assertThat(second).isEqualTo(first);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file())))
        .isEqualTo("rw-------");
  }
}
