package org.unionbot.core.store;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite schema, brought up to date by Flyway.
 *
 * <p>Migrations are SQL files named {@code V<n>__<what>.sql} under {@code db/migration/sqlite} on
 * the classpath ({@link SqliteDatabase#MIGRATIONS}; the folder moved from {@code db/migration} when
 * PostgreSQL came; Flyway keys a file by version, name and checksum, not folder, so existing
 * databases still validate), applied in order by Flyway, each once: the {@code
 * flyway_schema_history} table records what ran, so opening an existing file runs only the pending
 * ones, and a file changed after it ran is refused at start (checksums). Flyway 10+ keeps SQLite
 * support in {@code flyway-core}; no {@code flyway-database-*} module is needed. A file that a
 * newer build migrated is refused before anything changes ({@link Schema}): the older code would
 * write to a schema it does not know. Going back means restoring the backup taken before the
 * upgrade.
 */
final class SqliteMigrations {

  private static final Logger log = LoggerFactory.getLogger(SqliteDatabase.class);

  private SqliteMigrations() {}

  /**
   * Applies the pending migrations from {@link SqliteDatabase#MIGRATIONS} and {@code
   * extraLocations} to the database of {@code source}; how many ran.
   */
  static int migrate(SQLiteDataSource source, Path file, List<String> extraLocations) {
    String[] locations =
        Stream.concat(Stream.of(SqliteDatabase.MIGRATIONS), extraLocations.stream())
            .toArray(String[]::new);
    try {
      Flyway flyway =
          Flyway.configure(SqliteDatabase.class.getClassLoader())
              .dataSource(source)
              .locations(locations)
              .failOnMissingLocations(true)
              .validateMigrationNaming(true)
              .loggers("slf4j") // not JUL: the application's logging decides
              .load();
      Schema.requireNotNewer(
          flyway,
          file.toString(),
          "restore the backup taken before the upgrade (unionbot restore FILE)");
      MigrateResult result = flyway.migrate();
      if (result.migrationsExecuted > 0) {
        log.info(
            "{}: applied {} migration(s), schema now at version {}",
            file,
            result.migrationsExecuted,
            result.targetSchemaVersion);
      }
      return result.migrationsExecuted;
    } catch (FlywayException e) {
      throw new StoreException("cannot migrate the schema of " + file, e);
    }
  }

  /** The newest schema version among the migrations this release carries. */
  static int knownVersion() {
    SQLiteDataSource memory = new SQLiteDataSource();
    memory.setUrl("jdbc:sqlite::memory:"); // an empty database: every migration is pending
    try {
      Flyway flyway =
          Flyway.configure(SqliteDatabase.class.getClassLoader())
              .dataSource(memory)
              .locations(SqliteDatabase.MIGRATIONS)
              .loggers("slf4j")
              .load();
      return Schema.known(flyway.info()).map(v -> Integer.parseInt(v.getVersion())).orElse(0);
    } catch (FlywayException e) {
      throw new StoreException("cannot read this release's migrations", e);
    }
  }
}
