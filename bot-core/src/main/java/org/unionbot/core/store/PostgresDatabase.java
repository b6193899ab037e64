package org.unionbot.core.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * unionbot's database on a PostgreSQL server, shared by every node of a cluster: a small HikariCP
 * pool ({@value #POOL_SIZE} connections), the schema brought up to date by Flyway from {@code
 * db/migration/postgresql} (Flyway holds an advisory lock while it migrates, so nodes starting
 * together migrate once).
 *
 * <p><b>Writes</b> run in READ COMMITTED transactions; the stores make them safe across nodes with
 * atomic upserts ({@code INSERT … ON CONFLICT … DO UPDATE SET n = t.n + excluded.n}) and, where a
 * change reads before it writes, an advisory lock ({@link Dialect}). <b>Reads</b> run in READ ONLY
 * REPEATABLE READ transactions, so every query of one read sees the same snapshot, as on SQLite.
 *
 * <p>The password comes from the URL or, better, separately ({@code UNIONBOT_DB_PASSWORD}); {@link
 * #describe()} and every message show the URL without it. Thread-safe.
 */
public final class PostgresDatabase implements Database {

  /** The URLs this class takes. */
  public static final String URL_PREFIX = "jdbc:postgresql://";

  /** Connections in the pool: enough for a 2-core node's workers, small for a shared server. */
  public static final int POOL_SIZE = 8;

  /** How long opening waits for the server, and a request for a pooled connection. */
  public static final int CONNECT_TIMEOUT_MS = 5_000;

  private static final Logger log = LoggerFactory.getLogger(PostgresDatabase.class);
  private static final Pattern PASSWORD = Pattern.compile("(?i)([?&]password=)[^&]*");

  private final String url;
  private final Optional<String> password;
  private final HikariDataSource pool;

  private PostgresDatabase(String url, Optional<String> password, HikariDataSource pool) {
    this.url = url;
    this.password = password;
    this.pool = pool;
  }

  /**
   * Connects to {@code url}, checks that the server answers, and applies the pending migrations.
   *
   * @param url a {@code jdbc:postgresql://host[:port]/database[?…]} URL
   * @param password the password, when not in the URL
   * @param extraLocations more Flyway locations (tests)
   * @throws IllegalArgumentException when {@code url} is not a PostgreSQL JDBC URL
   * @throws StoreException when the server cannot be reached, refuses the login, or the schema
   *     cannot be migrated
   */
  public static PostgresDatabase open(
      String url, Optional<String> password, List<String> extraLocations) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(password, "password");
    requireUrl(url);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    password.ifPresent(config::setPassword);
    config.setPoolName("unionbot-db");
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(CONNECT_TIMEOUT_MS);
    config.setInitializationFailTimeout(CONNECT_TIMEOUT_MS);
    config.setAutoCommit(false);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    config.addDataSourceProperty("ApplicationName", "unionbot");
    config.addDataSourceProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_MS / 1000));
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (HikariPool.PoolInitializationException | IllegalArgumentException e) {
      throw new StoreException(
          "cannot connect to " + redact(url) + ": " + rootMessage(e), e.getCause());
    }
    try {
      migrate(pool, url, extraLocations);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new PostgresDatabase(url, password, pool);
  }

  /** {@link #open(String, Optional, List)} with the built-in migrations only. */
  public static PostgresDatabase open(String url, Optional<String> password) {
    return open(url, password, List.of());
  }

  /** Throws {@link IllegalArgumentException} unless {@code url} is a PostgreSQL JDBC URL. */
  public static void requireUrl(String url) {
    if (!url.startsWith(URL_PREFIX) || url.length() <= URL_PREFIX.length()) {
      throw new IllegalArgumentException(
          "not a PostgreSQL JDBC URL (jdbc:postgresql://HOST[:PORT]/DATABASE?user=…): "
              + redact(url));
    }
  }

  /** {@code url} with any {@code password=} parameter's value hidden. */
  public static String redact(String url) {
    return PASSWORD.matcher(url).replaceAll("$1***");
  }

  private static void migrate(HikariDataSource pool, String url, List<String> extraLocations) {
    String[] locations =
        Stream.concat(Stream.of(Dialect.POSTGRESQL.migrations()), extraLocations.stream())
            .toArray(String[]::new);
    try {
      Flyway flyway =
          Flyway.configure(PostgresDatabase.class.getClassLoader())
              .dataSource(pool)
              .locations(locations)
              .failOnMissingLocations(true)
              .validateMigrationNaming(true)
              .loggers("slf4j")
              .load();
      Schema.requireNotNewer(
          flyway, redact(url), "pg_restore the dump taken before the upgrade into the database");
      MigrateResult result = flyway.migrate();
      if (result.migrationsExecuted > 0) {
        log.info(
            "{}: applied {} migration(s), schema now at version {}",
            redact(url),
            result.migrationsExecuted,
            result.targetSchemaVersion);
      }
    } catch (FlywayException e) {
      throw new StoreException("cannot migrate the schema of " + redact(url), e);
    }
  }

  @Override
  public <T> T write(Work<T> work) {
    return inTransaction(false, work);
  }

  /** The connection pool, for its metrics. */
  public HikariDataSource dataSource() {
    return pool;
  }

  @Override
  public <T> T read(Work<T> work) {
    return inTransaction(true, work);
  }

  private <T> T inTransaction(boolean readOnly, Work<T> work) {
    if (pool.isClosed()) {
      throw new IllegalStateException("closed: " + describe());
    }
    try (Connection c = pool.getConnection()) {
      // The pool's connections are READ COMMITTED without auto-commit, so a write needs no
      // statement of its own; a read asks for its snapshot inside its transaction. Setting the
      // connection's level instead sends a SET SESSION before the transaction and the pool's
      // reset after it, each a commit of its own (counted in BENCHMARKS.md).
      c.setReadOnly(readOnly);
      try {
        if (readOnly) {
          try (Statement s = c.createStatement()) {
            s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
          }
        }
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        try {
          c.rollback();
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        throw e;
      }
    } catch (SQLTransientConnectionException e) {
      // the pool's wait ended: its message says so, the server's refusal is the cause
      throw new StoreException(
          "database error: "
              + e.getMessage()
              + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()),
          e);
    } catch (SQLException e) {
      throw new StoreException("database error: " + e.getMessage(), e);
    }
  }

  /**
   * A new connection outside the pool, in auto-commit mode, for a long-lived {@code LISTEN}. The
   * caller closes it.
   */
  public Connection newDedicatedConnection(String applicationName) throws SQLException {
    Properties props = new Properties();
    password.ifPresent(p -> props.setProperty("password", p));
    props.setProperty("ApplicationName", applicationName);
    props.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_MS / 1000));
    props.setProperty("tcpKeepAlive", "true");
    Connection c = DriverManager.getConnection(url, props);
    c.setAutoCommit(true);
    return c;
  }

  @Override
  public Dialect dialect() {
    return Dialect.POSTGRESQL;
  }

  @Override
  public String describe() {
    return redact(url);
  }

  @Override
  public void close() {
    pool.close();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
