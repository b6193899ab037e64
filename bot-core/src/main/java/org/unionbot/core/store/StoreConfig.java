package org.unionbot.core.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which database to open: with no URL, the embedded SQLite file in the data directory (one node);
 * with a {@code jdbc:postgresql://…} URL, that PostgreSQL database (one of several nodes).
 *
 * @param dataDir the data directory (SQLite's file; secrets and the lock file live there too)
 * @param url the PostgreSQL JDBC URL, or empty for SQLite
 * @param password the PostgreSQL password when it is not in the URL; never logged
 */
public record StoreConfig(Path dataDir, Optional<String> url, Optional<String> password) {

  public StoreConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(password, "password");
    url.ifPresent(PostgresDatabase::requireUrl);
  }

  /** The embedded SQLite database in {@code dataDir}. */
  public static StoreConfig sqlite(Path dataDir) {
    return new StoreConfig(dataDir, Optional.empty(), Optional.empty());
  }

  /** The PostgreSQL database at {@code url} (the password in it, or none). */
  public static StoreConfig postgres(Path dataDir, String url) {
    return new StoreConfig(dataDir, Optional.of(url), Optional.empty());
  }

  public Dialect dialect() {
    return url.isPresent() ? Dialect.POSTGRESQL : Dialect.SQLITE;
  }

  /** Opens and migrates the database. */
  public Database open() {
    return url.isPresent()
        ? PostgresDatabase.open(url.get(), password, List.of())
        : SqliteDatabase.open(dataDir);
  }

  /**
   * Where the data is, for the start line: {@code SQLite DIR/unionbot.db}, or {@code PostgreSQL
   * HOST[:PORT]/DATABASE} with none of the URL's parameters (user, password, options).
   */
  public String location() {
    return url.map(u -> "PostgreSQL " + hostAndDatabase(u))
        .orElse("SQLite " + dataDir.toAbsolutePath().normalize().resolve(SqliteDatabase.FILE_NAME));
  }

  private static String hostAndDatabase(String url) {
    String rest = url.substring(PostgresDatabase.URL_PREFIX.length());
    int parameters = rest.indexOf('?');
    return parameters < 0 ? rest : rest.substring(0, parameters);
  }

  @Override
  public String toString() {
    return url.map(u -> "PostgreSQL " + PostgresDatabase.redact(u)).orElse("SQLite in " + dataDir);
  }
}
