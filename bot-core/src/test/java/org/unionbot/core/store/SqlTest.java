package org.unionbot.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SqlTest {

  private Connection c;

  @BeforeEach
  void open() throws SQLException {
    c = DriverManager.getConnection("jdbc:sqlite::memory:");
    Sql.update(c, "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, n BIGINT)");
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  @Test
  void bindsByTypeAndMapsRowsInOrder() throws SQLException {
    assertThat(Sql.update(c, "INSERT INTO t VALUES (?, ?, ?)", 2, "b", 20L)).isEqualTo(1);
    assertThat(Sql.update(c, "INSERT INTO t VALUES (?, ?, ?)", 1, null, Sql.NULL_BIGINT))
        .isEqualTo(1);

    assertThat(Sql.list(c, "SELECT id, name FROM t ORDER BY id", r -> r.getInt(1) + r.getString(2)))
        .containsExactly("1null", "2b");
    assertThat(
            Sql.first(c, "SELECT n FROM t WHERE id = ?", r -> r.getLong(1) == 0 && r.wasNull(), 1))
        .contains(true);
    assertThat(Sql.first(c, "SELECT n FROM t WHERE id = ?", r -> r.getLong(1), 3)).isEmpty();
    assertThat(Sql.number(c, "SELECT count(*) FROM t WHERE n IS NULL")).isEqualTo(1);
    long max = Sql.one(c, "SELECT max(n) FROM t", r -> r.getLong(1));
    assertThat(max).isEqualTo(20);
  }

  @Test
  void updateEachRunsOnePreparedStatementPerItemWithItsIndex() throws SQLException {
    Sql.updateEach(
        c,
        "INSERT INTO t (id, name, n) VALUES (?, ?, ?)",
        List.of("a", "b", "c"),
        (name, i) -> new Object[] {i, name, (long) i * 10});

    assertThat(Sql.list(c, "SELECT id || name || n FROM t ORDER BY id", r -> r.getString(1)))
        .containsExactly("0a0", "1b10", "2c20");
    try (Sql.Prepared count = Sql.prepare(c, "SELECT count(*) FROM t WHERE name = ?")) {
      assertThat(count.number("b")).isEqualTo(1);
      assertThat(count.number("z")).isZero();
    }
  }

  @Test
  void queryHandsTheWholeResultSetToItsReader() throws SQLException {
    Sql.updateEach(
        c, "INSERT INTO t (id) VALUES (?)", List.of(1, 2, 3, 4), (id, i) -> new Object[] {id});

    int firstTwo =
        Sql.query(
            c,
            "SELECT id FROM t ORDER BY id",
            rows -> {
              int sum = 0;
              for (int k = 0; k < 2 && rows.next(); k++) {
                sum += rows.getInt(1);
              }
              return sum;
            });

    assertThat(firstTwo).isEqualTo(3);
  }

  @Test
  void refusesParametersItCannotBindExactly() {
    assertThatThrownBy(() -> Sql.update(c, "INSERT INTO t (id) VALUES (?)", 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parameter 1");
  }

  @Test
  void anAggregateWithoutARowIsAnSqlException() {
    assertThatThrownBy(() -> Sql.number(c, "SELECT id FROM t WHERE id = ?", 9))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("no row");
  }
}
