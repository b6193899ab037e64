package org.unionbot.core.contest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.unionbot.core.store.Database;
import org.unionbot.core.store.Sql;

/**
 * A contest's leaderboards and results, summed from its counted rounds ({@code contest_rounds}).
 *
 * <p><b>By person</b>: contest points, most first; equal points share a rank (competition ranking,
 * "1224") and are listed by user id. The unit shown is the worker's unit now. <b>By unit</b>: every
 * unit of the list, most average points first, with its participants (workers with a counted round
 * for it), participation rate (participants / members), total and average points and counted
 * rounds. A round's points count for the unit the worker belonged to when it started ({@link
 * ContestStore}); a worker who changed units mid-contest is a participant of both.
 *
 * <p>Thread-safe.
 */
public final class ContestBoards {

  /** One worker's contest result. */
  public record Person(
      int rank,
      String user,
      Optional<String> nickname,
      Optional<String> unit,
      int points,
      int rounds,
      int answered,
      int correct) {

    /** Share of answers right, 0 when none. */
    public double accuracy() {
      return answered == 0 ? 0 : (double) correct / answered;
    }
  }

  /** One unit's contest result. */
  public record UnitResult(
      int rank,
      String unit,
      int members,
      int participants,
      int rounds,
      int points,
      int answered,
      int correct) {

    /** Participants / members, 0 for a unit of no members. */
    public double participation() {
      return members == 0 ? 0 : (double) participants / members;
    }

    /** Points per participant, 0 when nobody took part. */
    public double average() {
      return participants == 0 ? 0 : (double) points / participants;
    }
  }

  private static final String PEOPLE =
      "SELECT r.user_id, w.nickname, w.unit, r.points, r.rounds, r.answered, r.correct FROM"
          + " (SELECT user_id, sum(points) AS points, count(*) AS rounds,"
          + " sum(answered) AS answered, sum(correct) AS correct"
          + " FROM contest_rounds WHERE contest_id = ? GROUP BY user_id) r"
          + " LEFT JOIN contest_workers w ON w.user_id = r.user_id"
          + " ORDER BY r.points DESC, r.user_id";

  private final Database db;

  ContestBoards(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  /** The best {@code limit} people of a contest. */
  public List<Person> top(long contest, int limit) {
    return db.read(
        c -> {
          Ranker ranker = new Ranker();
          return Sql.list(c, PEOPLE + " LIMIT ?", r -> person(r, ranker), contest, limit);
        });
  }

  /** Every person of a contest, best first, handed to {@code each} as read (exports). */
  public void eachPerson(long contest, Consumer<Person> each) {
    db.read(
        c ->
            Sql.query(
                c,
                PEOPLE,
                rows -> {
                  Ranker ranker = new Ranker();
                  while (rows.next()) {
                    each.accept(person(rows, ranker));
                  }
                  return null;
                },
                contest));
  }

  /** The user's result and rank in a contest; empty when they have no counted round. */
  public Optional<Person> person(long contest, String user) {
    return db.read(
        c -> {
          Optional<int[]> mine =
              Sql.first(
                  c,
                  "SELECT sum(points), count(*), sum(answered), sum(correct) FROM contest_rounds"
                      + " WHERE contest_id = ? AND user_id = ? HAVING count(*) > 0",
                  r -> new int[] {r.getInt(1), r.getInt(2), r.getInt(3), r.getInt(4)},
                  contest,
                  user);
          if (mine.isEmpty()) {
            return Optional.<Person>empty();
          }
          int[] m = mine.get();
          long above =
              Sql.number(
                  c,
                  "SELECT count(*) FROM (SELECT user_id FROM contest_rounds WHERE contest_id = ?"
                      + " GROUP BY user_id HAVING sum(points) > ?) t",
                  contest,
                  m[0]);
          Optional<Worker> w =
              Sql.first(
                  c,
                  "SELECT unit, nickname FROM contest_workers WHERE user_id = ?",
                  r ->
                      new Worker(
                          user,
                          Optional.ofNullable(r.getString(1)),
                          Optional.ofNullable(r.getString(2)),
                          Optional.empty()),
                  user);
          return Optional.of(
              new Person(
                  (int) above + 1,
                  user,
                  w.flatMap(Worker::nickname),
                  w.flatMap(Worker::unit),
                  m[0],
                  m[1],
                  m[2],
                  m[3]));
        });
  }

  /** Every unit of the list with its result in a contest, the best average first. */
  public List<UnitResult> units(long contest) {
    List<UnitResult> rows =
        db.read(
            c ->
                Sql.list(
                    c,
                    "SELECT u.name, u.members, coalesce(r.participants, 0), coalesce(r.rounds, 0),"
                        + " coalesce(r.points, 0), coalesce(r.answered, 0), coalesce(r.correct, 0)"
                        + " FROM contest_units u LEFT JOIN"
                        + " (SELECT unit, count(DISTINCT user_id) AS participants,"
                        + " count(*) AS rounds, sum(points) AS points, sum(answered) AS answered,"
                        + " sum(correct) AS correct FROM contest_rounds WHERE contest_id = ?"
                        + " GROUP BY unit) r ON r.unit = u.name",
                    r ->
                        new UnitResult(
                            0,
                            r.getString(1),
                            r.getInt(2),
                            r.getInt(3),
                            r.getInt(4),
                            r.getInt(5),
                            r.getInt(6),
                            r.getInt(7)),
                    contest));
    List<UnitResult> sorted =
        rows.stream()
            .sorted(
                java.util.Comparator.comparingDouble(UnitResult::average)
                    .reversed()
                    .thenComparing(
                        java.util.Comparator.comparingDouble(UnitResult::participation).reversed())
                    .thenComparing(UnitResult::unit))
            .toList();
    java.util.ArrayList<UnitResult> ranked = new java.util.ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      UnitResult u = sorted.get(i);
      boolean tie = i > 0 && sorted.get(i - 1).average() == u.average();
      int rank = tie ? ranked.get(i - 1).rank() : i + 1;
      ranked.add(
          new UnitResult(
              rank,
              u.unit(),
              u.members(),
              u.participants(),
              u.rounds(),
              u.points(),
              u.answered(),
              u.correct()));
    }
    return List.copyOf(ranked);
  }

  private static Person person(ResultSet r, Ranker ranker) throws SQLException {
    int points = r.getInt(4);
    return new Person(
        ranker.rank(points),
        r.getString(1),
        Optional.ofNullable(r.getString(2)),
        Optional.ofNullable(r.getString(3)),
        points,
        r.getInt(5),
        r.getInt(6),
        r.getInt(7));
  }

  /** Competition ranks of rows read most points first. */
  private static final class Ranker {
    private int seen;
    private int rank;
    private int last = Integer.MIN_VALUE;

    int rank(int points) {
      seen++;
      if (points != last) {
        rank = seen;
        last = points;
      }
      return rank;
    }
  }
}
