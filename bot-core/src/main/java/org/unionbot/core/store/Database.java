package org.unionbot.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * unionbot's database as the stores see it: transactions over JDBC connections. Every store
 * (scores, the knowledge-base store, the question log) is written against this interface in
 * portable SQL (no vendor functions; upserts as {@code INSERT … ON CONFLICT … DO UPDATE}), so that
 * {@link PostgresDatabase} stands in for {@link SqliteDatabase} without touching them; what differs
 * is in {@link Dialect}. {@link StoreConfig#open} picks one from the configuration.
 *
 * <p>Implementations are thread-safe. A {@link StoreException} means the database failed (disk,
 * file, connection, constraint); a {@link RuntimeException} thrown by the work itself rolls the
 * transaction back and reaches the caller unchanged.
 */
public interface Database extends AutoCloseable {

  /** Work done with one connection, inside a transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs {@code work} in one write transaction: all of it is committed, or none of it. */
  <T> T write(Work<T> work);

  /** Runs {@code work} in one read transaction: every query in it sees the same snapshot. */
  <T> T read(Work<T> work);

  /** Which database this is: its migrations and the few statements that differ. */
  Dialect dialect();

  /**
   * Where the database is, for messages and logs: a file path, or a JDBC URL without its password.
   */
  String describe();

  /**
   * Why the database cannot be used now, for {@code /healthz}: empty while it can. SQLite reports
   * its file deleted or replaced ({@link SqliteDatabase#problem}); empty by default.
   */
  default Optional<String> problem() {
    return Optional.empty();
  }

  /** Closes the connections; later calls throw {@link IllegalStateException}. Idempotent. */
  @Override
  void close();
}
