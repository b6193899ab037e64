package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataLockTest {
  @TempDir Path dir;

  @Test
  void oneHolderAtATimeAndTheRefusalSaysWhy() throws Exception {
    Path data = dir.resolve("data");
    try (DataLock held = DataLock.acquire(data)) {
      assertThat(Files.readString(data.resolve(DataLock.FILE)))
          .isEqualTo(Long.toString(ProcessHandle.current().pid()));
      assertThatThrownBy(() -> DataLock.acquire(data))
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("unionbot is running on " + data)
          .hasMessageContaining("admin API");
    }
    try (DataLock again = DataLock.acquire(data)) {
      assertThat(again).isNotNull();
    }
  }
}
