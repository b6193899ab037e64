package org.unionbot.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.unionbot.core.score.ScoreStore;
import org.unionbot.core.score.SqlScoreStore;

/** A real score store in a temporary data directory, removed when the test JVM exits. */
final class TestData {

  private TestData() {}

  static ScoreStore scores() {
    try {
      Path dir = Files.createTempDirectory("unionbot-test-");
      SqlScoreStore store = SqlScoreStore.open(dir);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    store.close();
                    delete(dir);
                  }));
      return store;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: the directory is under the system temp folder
    }
  }
}
