package org.unionbot.core.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * unionbot's database as the stores see it: transactions over JDBC connections. Every store
 * (scores, the knowledge-base store, the question log) is written against this interface in
 * portable SQL (no vendor functions; upserts as {@code INSERT … ON CONFLICT … DO UPDATE}), so that
 * a PostgreSQL implementation can stand in for {@link SqliteDatabase} without touching them.
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

  /** Closes the connections; later calls throw {@link IllegalStateException}. Idempotent. */
  @Override
  void close();
}
