package org.unionbot.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Statements and row mapping over one JDBC connection, so that a store reads as its SQL: {@code
 * Sql.list(c, "SELECT term, canonical FROM kb_synonyms WHERE version = ?", r -> new
 * Synonym(r.getString(1), r.getString(2)), version)}. Each call prepares, binds, runs and closes
 * one statement inside the caller's transaction ({@link Database#write}/{@link Database#read}); a
 * statement run once per row of a loop is {@link #prepare}d once and run with {@link
 * Prepared#update}.
 *
 * <p>Parameters bind by their Java type: {@link String} ({@code null} binds as a {@code NULL}
 * string, as {@code setString} does), {@link Long}, {@link Integer}, or a typed SQL {@code NULL}
 * such as {@link #NULL_BIGINT}; anything else is a programming error. Failures stay {@link
 * SQLException}s, which {@link Database} turns into {@link StoreException}s.
 */
public final class Sql {

  /** A {@code NULL} bound as a {@code BIGINT}. */
  public static final Object NULL_BIGINT = new TypedNull(Types.BIGINT);

  private Sql() {}

  /** Maps the current row of a result set. */
  @FunctionalInterface
  public interface Row<T> {
    T map(ResultSet row) throws SQLException;
  }

  /** The parameters of a statement run once per item: the item and its index in the run. */
  @FunctionalInterface
  public interface Params<T> {
    Object[] of(T item, int index);
  }

  /** Reads a whole result set, for a query whose rows are read with a loop of its own. */
  @FunctionalInterface
  public interface Rows<T> {
    T read(ResultSet rows) throws SQLException;
  }

  /** Runs an {@code INSERT}, {@code UPDATE} or {@code DELETE}; the rows it changed. */
  public static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, params);
      return s.executeUpdate();
    }
  }

  /**
   * Runs {@code sql} once per item, in order, with the parameters {@code params} gives for the item
   * and its index: one statement, prepared once.
   */
  public static <T> void updateEach(
      Connection c, String sql, Iterable<? extends T> items, Params<T> params) throws SQLException {
    try (Prepared s = prepare(c, sql)) {
      int index = 0;
      for (T item : items) {
        s.update(params.of(item, index++));
      }
    }
  }

  /** Runs a query for its effect (a lock, a notification) and discards its rows. */
  public static void select(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, params);
      s.executeQuery().close();
    }
  }

  /** Runs a query and hands its rows to {@code rows}. */
  public static <T> T query(Connection c, String sql, Rows<T> rows, Object... params)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, params);
      try (ResultSet r = s.executeQuery()) {
        return rows.read(r);
      }
    }
  }

  /** Every row of a query, mapped, in order. */
  public static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params)
      throws SQLException {
    return query(c, sql, r -> all(r, row), params);
  }

  /** The first row of a query, mapped; empty when it has none. */
  public static <T> Optional<T> first(Connection c, String sql, Row<T> row, Object... params)
      throws SQLException {
    return query(c, sql, r -> r.next() ? Optional.of(row.map(r)) : Optional.empty(), params);
  }

  /** The one row of a query that always has one (an aggregate), mapped. */
  public static <T> T one(Connection c, String sql, Row<T> row, Object... params)
      throws SQLException {
    return query(c, sql, r -> only(r, row, sql), params);
  }

  /** The first column of the one row of an aggregate query ({@code count(*)}, {@code max}). */
  public static long number(Connection c, String sql, Object... params) throws SQLException {
    return one(c, sql, r -> r.getLong(1), params);
  }

  /** Prepares {@code sql} to run once per item of a loop; close it after the loop. */
  public static Prepared prepare(Connection c, String sql) throws SQLException {
    return new Prepared(c.prepareStatement(sql), sql);
  }

  /** A statement prepared once and run many times with different parameters. */
  public static final class Prepared implements AutoCloseable {
    private final PreparedStatement statement;
    private final String sql;

    private Prepared(PreparedStatement statement, String sql) {
      this.statement = statement;
      this.sql = sql;
    }

    /** Runs the statement with {@code params}; the rows it changed. */
    public int update(Object... params) throws SQLException {
      bind(statement, params);
      return statement.executeUpdate();
    }

    /** Runs the query with {@code params}: the first column of its one row. */
    public long number(Object... params) throws SQLException {
      bind(statement, params);
      try (ResultSet r = statement.executeQuery()) {
        return only(r, row -> row.getLong(1), sql);
      }
    }

    @Override
    public void close() throws SQLException {
      statement.close();
    }
  }

  private static <T> List<T> all(ResultSet r, Row<T> row) throws SQLException {
    List<T> out = new ArrayList<>();
    while (r.next()) {
      out.add(row.map(r));
    }
    return out;
  }

  private static <T> T only(ResultSet r, Row<T> row, String sql) throws SQLException {
    if (!r.next()) {
      throw new SQLException("no row from " + sql);
    }
    return row.map(r);
  }

  private static void bind(PreparedStatement s, Object[] params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p == null || p instanceof String) {
        s.setString(i + 1, (String) p);
      } else if (p instanceof Long v) {
        s.setLong(i + 1, v);
      } else if (p instanceof Integer v) {
        s.setInt(i + 1, v);
      } else if (p instanceof TypedNull n) {
        s.setNull(i + 1, n.type());
      } else {
        throw new IllegalArgumentException(
            "parameter " + (i + 1) + " is not a String, Long or Integer: " + p.getClass());
      }
    }
  }

  private record TypedNull(int type) {}
}
