package org.unionbot.core.contest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.unionbot.core.store.Database;
import org.unionbot.core.store.Sql;

/**
 * The units admins load ({@code contest_units}) and which unit each worker belongs to, with their
 * leaderboard nickname ({@code contest_workers}). A worker binds by chat; changing units by chat is
 * allowed once every {@link #CHANGE_EVERY} (the first binding is not a change, so a worker who
 * picked the wrong unit can correct it once at once); an admin can reassign anyone at any time.
 * Thread-safe; every change is one transaction.
 */
public final class UnitBook {

  /** How often a worker may change units by chat. */
  public static final Duration CHANGE_EVERY = Duration.ofDays(7);

  /** What binding did. */
  public sealed interface Bind {}

  /** Bound to the unit (a first binding, or a change). */
  public record Bound(String unit, boolean changed) implements Bind {}

  /** Already in that unit: nothing changed. */
  public record Already(String unit) implements Bind {}

  /** A change too soon after the last one: possible again from {@code from}. */
  public record TooSoon(String unit, Instant from) implements Bind {}

  private final Database db;

  public UnitBook(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  /** Every unit, by name. */
  public List<Unit> units() {
    return db.read(
        c ->
            Sql.list(
                c,
                "SELECT name, members FROM contest_units ORDER BY name",
                r -> new Unit(r.getString(1), r.getInt(2))));
  }

  /**
   * Replaces the list of units with {@code units} ({@link Unit#checked}). Workers keep the unit
   * they are bound to even when it leaves the list; the unit leaderboard lists the new units only.
   */
  public List<Unit> replace(List<Unit> units) {
    List<Unit> list = Unit.checked(units);
    db.write(
        c -> {
          Sql.update(c, "DELETE FROM contest_units");
          Sql.updateEach(
              c,
              "INSERT INTO contest_units (name, members) VALUES (?, ?)",
              list,
              (u, i) -> new Object[] {u.name(), u.members()});
          return null;
        });
    return units();
  }

  /** The worker's unit and nickname; empty when they have neither. */
  public Optional<Worker> worker(String user) {
    return db.read(c -> worker(c, user));
  }

  /** Binds a worker to {@code unit} by their own choice, once a week at most after the first. */
  public Bind bind(String user, Unit unit, Instant now) {
    long at = now.toEpochMilli();
    return db.write(
        c -> {
          db.dialect().lockUser(c, user);
          Optional<Worker> w = worker(c, user);
          Optional<String> current = w.flatMap(Worker::unit);
          if (current.isPresent() && current.get().equals(unit.name())) {
            return new Already(unit.name());
          }
          Optional<Instant> last = w.flatMap(Worker::changedAt);
          if (current.isPresent() && last.isPresent()) {
            Instant from = last.get().plus(CHANGE_EVERY);
            if (now.isBefore(from)) {
              return new TooSoon(current.get(), from);
            }
          }
          boolean change = current.isPresent();
          Sql.update(
              c,
              "INSERT INTO contest_workers (user_id, unit, bound_at, changed_at)"
                  + " VALUES (?, ?, ?, NULL) ON CONFLICT (user_id) DO UPDATE SET"
                  + " unit = excluded.unit, bound_at = excluded.bound_at,"
                  + " changed_at = CASE WHEN ? = 1 THEN excluded.bound_at"
                  + " ELSE contest_workers.changed_at END",
              user,
              unit.name(),
              at,
              change ? 1 : 0);
          return new Bound(unit.name(), change);
        });
  }

  /**
   * Puts a worker in {@code unit} (an admin's reassignment), whatever their last change; their own
   * weekly change stays as it was.
   *
   * @throws ContestException when no unit has that name
   */
  public Worker reassign(String user, String unit, Instant now) {
    return db.write(
        c -> {
          if (Sql.number(c, "SELECT count(*) FROM contest_units WHERE name = ?", unit) == 0) {
            throw new ContestException("没有这个单位：" + Names.shown(unit));
          }
          Sql.update(
              c,
              "INSERT INTO contest_workers (user_id, unit, bound_at) VALUES (?, ?, ?)"
                  + " ON CONFLICT (user_id) DO UPDATE SET unit = excluded.unit,"
                  + " bound_at = excluded.bound_at",
              user,
              unit,
              now.toEpochMilli());
          return worker(c, user).orElseThrow();
        });
  }

  /**
   * Sets the worker's leaderboard name.
   *
   * @throws ContestException when it is empty, too long or has characters that do not show
   */
  public String nickname(String user, String nickname) {
    String nick = nickname.strip();
    Names.nicknameProblem(nick)
        .ifPresent(
            p -> {
              throw new ContestException(p);
            });
    db.write(
        c ->
            Sql.update(
                c,
                "INSERT INTO contest_workers (user_id, nickname) VALUES (?, ?)"
                    + " ON CONFLICT (user_id) DO UPDATE SET nickname = excluded.nickname",
                user,
                nick));
    return nick;
  }

  private static Optional<Worker> worker(Connection c, String user) throws SQLException {
    return Sql.first(
        c,
        "SELECT unit, nickname, changed_at FROM contest_workers WHERE user_id = ?",
        r -> {
          long changed = r.getLong(3);
          Optional<Instant> changedAt =
              r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(changed));
          return new Worker(
              user,
              Optional.ofNullable(r.getString(1)),
              Optional.ofNullable(r.getString(2)),
              changedAt);
        },
        user);
  }
}
