package org.unionbot.core.admin;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionbot.core.store.Database;
import org.unionbot.core.store.Retention;
import org.unionbot.core.store.Sql;

/**
 * Writes one batch of the question log ({@link StoreQuestionLog}) in one transaction, added up
 * first: one upsert per day ({@code stats_days}), per question of a day ({@code stats_questions})
 * and per unanswered question ({@code stats_unanswered}), however often each was asked, within the
 * bounds of its {@link Retention}. Keys are worked out here, off the threads that answer, once per
 * distinct wording. Used by the log's one writer thread only.
 */
final class QuestionBatchWriter {

  private static final Logger log = LoggerFactory.getLogger(StoreQuestionLog.class);

  /**
   * One question as logged.
   *
   * @param answered answered from the knowledge base (for the stats)
   * @param doubtful a fallback or a low-confidence answer: one for the admins' unanswered list
   */
  record Asked(String text, boolean answered, boolean doubtful, Instant at) {}

  /** The questions of one batch with one day and key (or one key), added up. */
  private static final class Tally {
    final String day;
    final String key;
    final String text;
    long count;
    long answered;
    long lastAt;

    Tally(String day, String key, String text) {
      this.day = day;
      this.key = key;
      this.text = text;
    }

    void add(Asked a) {
      count++;
      answered += a.answered() ? 1 : 0;
      lastAt = Math.max(lastAt, a.at().toEpochMilli());
    }
  }

  private final Database db;
  private final ZoneId zone;
  private final Retention retention;

  /** The last day whose list this node found full, so that it says so once a day. */
  private String fullDay = "";

  QuestionBatchWriter(Database db, ZoneId zone, Retention retention) {
    this.db = db;
    this.zone = zone;
    this.retention = retention;
  }

  /**
   * Writes a batch in one transaction.
   *
   * @throws RuntimeException when the database fails; nothing of the batch is written then
   */
  void write(List<Asked> asked) {
    if (asked.isEmpty()) {
      return;
    }
    Map<String, Tally> days = new LinkedHashMap<>();
    Map<String, Tally> questions = new LinkedHashMap<>();
    Map<String, Tally> unanswered = new LinkedHashMap<>();
    Map<String, String> keys = new HashMap<>();
    for (Asked a : asked) {
      String day = LocalDate.ofInstant(a.at(), zone).toString();
      days.computeIfAbsent(day, d -> new Tally(d, "", "")).add(a);
      String key = keys.computeIfAbsent(a.text(), QuestionKey::of);
      if (key.isEmpty()) {
        continue;
      }
      String text = QuestionKey.text(a.text());
      questions.computeIfAbsent(day + '\n' + key, k -> new Tally(day, key, text)).add(a);
      if (a.doubtful()) {
        unanswered.computeIfAbsent(key, k -> new Tally(day, key, text)).add(a);
      }
    }
    db.write(
        c -> {
          upsertDays(c, days.values());
          Set<String> unlisted = listQuestions(c, questions.values());
          listUnanswered(c, unanswered.values(), unlisted);
          return null;
        });
  }

  private static void upsertDays(Connection c, Collection<Tally> days) throws SQLException {
    Sql.updateEach(
        c,
        "INSERT INTO stats_days (day, total, answered) VALUES (?, ?, ?)"
            + " ON CONFLICT (day) DO UPDATE SET total = stats_days.total + excluded.total,"
            + " answered = stats_days.answered + excluded.answered",
        days,
        (t, i) -> new Object[] {t.day, t.count, t.answered});
  }

  /**
   * Adds the batch's questions to their days' lists, as far as {@link Retention#questionsPerDay}
   * allows, and returns the ones left out ({@code day + '\n' + key}). A day whose list has room for
   * the whole batch takes one upsert per question; a day near its bound first adds to the questions
   * listed already, then lists new ones while there is room.
   */
  private Set<String> listQuestions(Connection c, Collection<Tally> questions) throws SQLException {
    Map<String, List<Tally>> byDay = new LinkedHashMap<>();
    for (Tally t : questions) {
      byDay.computeIfAbsent(t.day, d -> new ArrayList<>()).add(t);
    }
    Set<String> unlisted = new HashSet<>();
    int max = retention.questionsPerDay();
    for (Map.Entry<String, List<Tally>> day : byDay.entrySet()) {
      List<Tally> tallies = day.getValue();
      long listed =
          Sql.number(c, "SELECT count(*) FROM stats_questions WHERE day = ?", day.getKey());
      if (listed + tallies.size() <= max) {
        upsertQuestions(c, tallies);
        continue;
      }
      List<Tally> fresh = new ArrayList<>();
      try (Sql.Prepared update =
          Sql.prepare(
              c,
              "UPDATE stats_questions SET count = count + ?, answered = answered + ?,"
                  + " last_at = ? WHERE day = ? AND qkey = ?")) {
        for (Tally t : tallies) {
          if (update.update(t.count, t.answered, t.lastAt, t.day, t.key) == 0) {
            fresh.add(t);
          }
        }
      }
      int room = (int) Math.max(0, Math.min(fresh.size(), max - listed));
      upsertQuestions(c, fresh.subList(0, room));
      for (Tally t : fresh.subList(room, fresh.size())) {
        unlisted.add(t.day + '\n' + t.key);
      }
      if (room < fresh.size() && !day.getKey().equals(fullDay)) {
        fullDay = day.getKey();
        log.info(
            "{}: {} distinct questions listed, the most a day keeps; questions first asked later"
                + " that day are counted in its totals but not listed",
            day.getKey(),
            max);
      }
    }
    return unlisted;
  }

  private static void upsertQuestions(Connection c, Collection<Tally> questions)
      throws SQLException {
    Sql.updateEach(
        c,
        "INSERT INTO stats_questions (day, qkey, text, count, answered, last_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (day, qkey) DO UPDATE SET"
            + " count = stats_questions.count + excluded.count,"
            + " answered = stats_questions.answered + excluded.answered,"
            + " last_at = excluded.last_at",
        questions,
        (t, i) -> new Object[] {t.day, t.key, t.text, t.count, t.answered, t.lastAt});
  }

  /**
   * Adds the batch's doubtful questions to the unanswered list: a question on the list counts on; a
   * new one is added unless its day did not list it ({@code unlisted}), taking the place of the
   * least asked, longest unasked questions when the list holds {@link Retention#unansweredMax}.
   */
  private void listUnanswered(Connection c, Collection<Tally> unanswered, Set<String> unlisted)
      throws SQLException {
    if (unanswered.isEmpty()) {
      return;
    }
    int max = retention.unansweredMax();
    long listed = Sql.number(c, "SELECT count(*) FROM stats_unanswered");
    if (unlisted.isEmpty() && listed + unanswered.size() <= max) {
      upsertUnanswered(c, unanswered);
      return;
    }
    List<Tally> fresh = new ArrayList<>();
    try (Sql.Prepared update =
        Sql.prepare(
            c, "UPDATE stats_unanswered SET count = count + ?, last_at = ? WHERE qkey = ?")) {
      for (Tally t : unanswered) {
        if (update.update(t.count, t.lastAt, t.key) == 0
            && !unlisted.contains(t.day + '\n' + t.key)) {
          fresh.add(t);
        }
      }
    }
    if (fresh.size() > max) {
      fresh = fresh.subList(0, max);
    }
    long evict = listed + fresh.size() - max;
    if (evict > 0) {
      Sql.update(
          c,
          "DELETE FROM stats_unanswered WHERE qkey IN (SELECT qkey FROM stats_unanswered"
              + " ORDER BY count, last_at, qkey LIMIT ?)",
          evict);
    }
    upsertUnanswered(c, fresh);
  }

  private static void upsertUnanswered(Connection c, Collection<Tally> unanswered)
      throws SQLException {
    Sql.updateEach(
        c,
        "INSERT INTO stats_unanswered (qkey, text, count, last_at) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (qkey) DO UPDATE SET"
            + " count = stats_unanswered.count + excluded.count,"
            + " last_at = excluded.last_at",
        unanswered,
        (t, i) -> new Object[] {t.key, t.text, t.count, t.lastAt});
  }
}
