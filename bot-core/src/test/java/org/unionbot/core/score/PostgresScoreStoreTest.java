package org.unionbot.core.score;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unionbot.core.store.PgServer;
import org.unionbot.core.store.PostgresDatabase;

/** Every {@link SqlScoreStoreTest} on PostgreSQL: one database per data directory. */
class PostgresScoreStoreTest extends SqlScoreStoreTest {

  private final Map<Path, String> databases = new HashMap<>();

  @Override
  SqlScoreStore open(Path dataDir, Clock clock, ZoneId zone) {
    String url =
        databases.computeIfAbsent(dataDir, d -> PgServer.database(PostgresScoreStoreTest.class));
    return SqlScoreStore.owning(
        PostgresDatabase.open(url, Optional.empty(), List.of()), clock, zone);
  }

  /** SQLite's file layout: not a test here (an override without {@code @Test} is not run). */
  @Override
  void theDatabaseIsOneFileInTheDataDirectoryWhichIsCreatedWhenMissing() {}
}
