package org.unionbot.core.contest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.unionbot.core.score.ScoreStore;
import org.unionbot.core.store.Database;
import org.unionbot.core.store.Sql;

/**
 * Contests and their counted rounds in unionbot's database ({@code contests}, {@code
 * contest_rounds}), the same statements on SQLite and on PostgreSQL shared by several nodes.
 *
 * <p><b>The daily limit holds across nodes.</b> A round counts when it gets a slot: the row keyed
 * by (contest, user, day, seq) with {@code seq} one more than the user's counted rounds that day,
 * inserted only while that is at most the contest's rounds per day. Two nodes claiming the same
 * slot at once cannot both insert it (the primary key; {@code ON CONFLICT DO NOTHING}); the loser
 * counts again and takes the next slot or none. Days are calendar days in the bot's time zone; a
 * round belongs to the day it started, so a round started at 23:58 counts for that day even when
 * answered after midnight.
 *
 * <p><b>Units keep the points earned for them.</b> A slot records the unit the worker belonged to
 * when the round started, and that round's points count for that unit, whatever the worker changes
 * to later. The per-unit leaderboard and export sum rounds by that unit; the per-person ones show
 * the worker's unit now.
 *
 * <p>Thread-safe; each call is one transaction.
 */
public final class ContestStore {

  private final Database db;
  private final Clock clock;
  private final ZoneId zone;
  private final UnitBook units;
  private final ContestBoards boards;

  public ContestStore(Database db, Clock clock, ZoneId zone) {
    this.db = Objects.requireNonNull(db, "db");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.units = new UnitBook(db);
    this.boards = new ContestBoards(db);
  }

  /** The units and workers' bindings. */
  public UnitBook units() {
    return units;
  }

  /** Leaderboards and results. */
  public ContestBoards boards() {
    return boards;
  }

  /** The time now, by this store's clock. */
  public Instant now() {
    return clock.instant();
  }

  /** The time zone whose days count for the daily limit. */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Creates a contest numbered one past the last one.
   *
   * @throws ContestException when the draft is not a contest
   */
  public Contest create(
      String title,
      Instant startsAt,
      Instant endsAt,
      int roundSize,
      int roundsPerDay,
      List<String> documents) {
    Contest draft =
        new Contest(
            0, title, startsAt, endsAt, roundSize, roundsPerDay, documents, clock.instant());
    return db.write(
        c -> {
          db.dialect().lockKnowledgeBase(c); // one numbering across nodes
          long id = Sql.number(c, "SELECT coalesce(max(id), 0) + 1 FROM contests");
          Sql.update(
              c,
              "INSERT INTO contests (id, title, starts_at, ends_at, round_size, rounds_per_day,"
                  + " documents, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
              id,
              draft.title(),
              startsAt.toEpochMilli(),
              endsAt.toEpochMilli(),
              roundSize,
              roundsPerDay,
              String.join("\n", draft.documents()),
              draft.createdAt().toEpochMilli());
          return new Contest(
              id,
              draft.title(),
              startsAt,
              endsAt,
              roundSize,
              roundsPerDay,
              draft.documents(),
              draft.createdAt());
        });
  }

  /** Every contest, the latest start first. */
  public List<Contest> all() {
    return db.read(
        c -> Sql.list(c, SELECT + " ORDER BY starts_at DESC, id DESC", ContestStore::row));
  }

  public Optional<Contest> get(long id) {
    return db.read(c -> Sql.first(c, SELECT + " WHERE id = ?", ContestStore::row, id));
  }

  /**
   * What a worker asking at {@code at} is told about: the contest running then (the one that
   * started last, when several do), else the next to start, else the one that ended last.
   */
  public Optional<Contest> current(Instant at) {
    long t = at.toEpochMilli();
    return db.read(
        c -> {
          Optional<Contest> running =
              Sql.first(
                  c,
                  SELECT + " WHERE starts_at <= ? AND ends_at > ? ORDER BY starts_at DESC, id DESC",
                  ContestStore::row,
                  t,
                  t);
          if (running.isPresent()) {
            return running;
          }
          Optional<Contest> next =
              Sql.first(
                  c, SELECT + " WHERE starts_at > ? ORDER BY starts_at, id", ContestStore::row, t);
          return next.isPresent()
              ? next
              : Sql.first(
                  c,
                  SELECT + " WHERE ends_at <= ? ORDER BY ends_at DESC, id DESC",
                  ContestStore::row,
                  t);
        });
  }

  /**
   * A slot for a round of {@code contest} that {@code user} starts at {@code at}, or empty when
   * their rounds that day have all been counted (or the contest does not run then).
   */
  public Optional<Ticket> claim(Contest contest, String user, Instant at) {
    if (!contest.runsAt(at)) {
      return Optional.empty();
    }
    String day = LocalDate.ofInstant(at, zone).toString();
    return db.write(
        c -> {
          while (true) {
            int counted =
                (int)
                    Sql.number(
                        c,
                        "SELECT count(*) FROM contest_rounds"
                            + " WHERE contest_id = ? AND user_id = ? AND day = ?",
                        contest.id(),
                        user,
                        day);
            if (counted >= contest.roundsPerDay()) {
              return Optional.<Ticket>empty();
            }
            Optional<Ticket> t = insert(c, contest, user, day, counted + 1, at);
            if (t.isPresent()) {
              return t;
            }
          }
        });
  }

  private static Optional<Ticket> insert(
      Connection c, Contest contest, String user, String day, int seq, Instant at)
      throws SQLException {
    int added =
        Sql.update(
            c,
            "INSERT INTO contest_rounds (contest_id, user_id, day, seq, unit, started_at)"
                + " SELECT ?, ?, ?, ?, (SELECT unit FROM contest_workers WHERE user_id = ?), ?"
                + " WHERE true ON CONFLICT (contest_id, user_id, day, seq) DO NOTHING",
            contest.id(),
            user,
            day,
            seq,
            user,
            at.toEpochMilli());
    if (added == 0) {
      return Optional.empty();
    }
    String unit =
        Sql.first(
                c,
                "SELECT unit FROM contest_rounds"
                    + " WHERE contest_id = ? AND user_id = ? AND day = ? AND seq = ?",
                r -> Optional.ofNullable(r.getString(1)),
                contest.id(),
                user,
                day,
                seq)
            .flatMap(u -> u)
            .orElse(null);
    return Optional.of(new Ticket(contest, user, day, seq, unit));
  }

  /**
   * The tally of a graded answer of a counted round, for the answer's own transaction ({@link
   * ScoreStore#recordAnswer(String, String, boolean, Instant, ScoreStore.AlsoWritten)}): the
   * round's answers, right answers and points grow with what the answer earned.
   */
  public ScoreStore.AlsoWritten tally(Ticket t, boolean correct) {
    return (c, points) ->
        Sql.update(
            c,
            "UPDATE contest_rounds SET answered = answered + 1, correct = correct + ?,"
                + " points = points + ?"
                + " WHERE contest_id = ? AND user_id = ? AND day = ? AND seq = ?",
            correct ? 1 : 0,
            points,
            t.contest().id(),
            t.user(),
            t.day(),
            t.seq());
  }

  /** Adds a graded answer of a counted round in a transaction of its own: what it earned. */
  public void answered(Ticket t, boolean correct, int points) {
    db.write(
        c -> {
          tally(t, correct).write(c, points);
          return null;
        });
  }

  private static final String SELECT =
      "SELECT id, title, starts_at, ends_at, round_size, rounds_per_day, documents, created_at"
          + " FROM contests";

  private static Contest row(ResultSet r) throws SQLException {
    String docs = r.getString(7);
    return new Contest(
        r.getLong(1),
        r.getString(2),
        Instant.ofEpochMilli(r.getLong(3)),
        Instant.ofEpochMilli(r.getLong(4)),
        r.getInt(5),
        r.getInt(6),
        docs.isEmpty() ? List.of() : Arrays.asList(docs.split("\n")),
        Instant.ofEpochMilli(r.getLong(8)));
  }
}
