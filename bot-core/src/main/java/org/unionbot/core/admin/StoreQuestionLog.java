package org.unionbot.core.admin;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionbot.core.QuestionLog;
import org.unionbot.core.store.Database;
import org.unionbot.core.store.Retention;
import org.unionbot.core.store.Sql;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.KnowledgeBase;

/**
 * The {@link QuestionLog} in the database: per-day counts ({@code stats_days}), per-question counts
 * ({@code stats_questions}) and the unanswered list ({@code stats_unanswered}: fallbacks and
 * low-confidence answers).
 *
 * <p>{@link #record} never blocks: it puts the question on a bounded queue ({@value #CAPACITY}), or
 * drops and counts it when the queue is full. One writer thread gathers what is queued for {@value
 * #LINGER_MS} ms (up to {@value #BATCH} questions), adds it up per day and per question, and writes
 * the sums in one transaction, so the database sees one upsert per distinct question rather than
 * one per ask. {@link #close} writes what is left.
 *
 * <p><b>Bounded</b> by its {@link Retention}: at most {@link Retention#questionsPerDay} distinct
 * questions are listed per day (a question first asked once the day's list is full is counted in
 * {@code stats_days} only, and not added to the unanswered list either), and at most {@link
 * Retention#unansweredMax} on the unanswered list (a new one takes the place of the least asked,
 * longest unasked). {@link #prune} deletes what is older than {@link Retention#statsDays}; the
 * admin service calls it daily. The day's count is read in each batch's transaction, so nodes
 * sharing a PostgreSQL database keep the bound together (give or take one batch each).
 */
final class StoreQuestionLog implements QuestionLog, AutoCloseable {

  static final int CAPACITY = 20_000;
  static final int BATCH = 10_000;

  /** How long the writer gathers questions before it writes them, so a write covers many. */
  static final long LINGER_MS = 100;

  /**
   * Stored question texts and keys are cut to this many characters, far beyond what a worker types
   * as a question, so that a row (key and text, up to 3 UTF-8 bytes a character) stays within what
   * SQLite keeps on a 4 KiB B-tree page (about 1,000 bytes) instead of spilling to overflow pages.
   * Cut at 500, a day of 20,000 distinct long questions (a flood) added 187 MB to the file.
   */
  static final int MAX_TEXT = 100;

  private static final Logger log = LoggerFactory.getLogger(StoreQuestionLog.class);
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern SPACE_BY_HAN =
      Pattern.compile(
          "(?<=[\\p{IsHan}\\p{IsPunctuation}])\\s+|\\s+(?=[\\p{IsHan}\\p{IsPunctuation}])");
  private static final Pattern TRAILING = Pattern.compile("[\\s?？!！。.]+$");

  /**
   * One question as logged.
   *
   * @param answered answered from the knowledge base (for the stats)
   * @param doubtful a fallback or a low-confidence answer: one for the admins' unanswered list
   */
  private record Asked(String text, boolean answered, boolean doubtful, Instant at) {}

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

  private record Flush(CountDownLatch done) {}

  private static final Object STOP = new Object();

  private final Database db;
  private final Clock clock;
  private final ZoneId zone;
  private final Retention retention;

  /** The last day whose list this node found full, so that it says so once a day. */
  private String fullDay = "";

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
  private final AtomicLong dropped = new AtomicLong();
  private final Thread writer;
  private volatile boolean closed;

  StoreQuestionLog(Database db, Clock clock, ZoneId zone, Retention retention) {
    this.db = db;
    this.clock = clock;
    this.zone = zone;
    this.retention = retention;
    this.writer = new Thread(this::run, "unionbot-question-log");
    writer.setDaemon(true);
    writer.start();
  }

  /**
   * The text questions are grouped by: {@link KnowledgeBase#normalize}d (traditional → simplified,
   * full-width → half-width, lower case), whitespace next to Chinese characters or punctuation
   * removed and other runs collapsed to one space, trailing ?？!！。 removed.
   */
  static String key(String question) {
    String t = KnowledgeBase.normalize(question.strip());
    t = SPACE_BY_HAN.matcher(t).replaceAll("");
    t = SPACE.matcher(t).replaceAll(" ");
    t = TRAILING.matcher(t).replaceAll("");
    return cut(t.strip());
  }

  private static String cut(String s) {
    if (s.length() <= MAX_TEXT) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
    return s.substring(0, end); // never half a character
  }

  @Override
  public void record(String question, Answer answer) {
    if (question == null || answer == null) {
      return;
    }
    if (closed
        || !queue.offer(
            new Asked(
                question,
                answer.answered(),
                !answer.answered() || answer.lowConfidence(),
                clock.instant()))) {
      dropped.incrementAndGet();
    }
  }

  /** Questions dropped because the queue was full (or the log closed). */
  long dropped() {
    return dropped.get();
  }

  /** Waits until every question recorded before this call is written. */
  void flush() {
    if (closed || !writer.isAlive()) {
      return;
    }
    Flush f = new Flush(new CountDownLatch(1));
    try {
      queue.put(f);
      // a flush that raced with close() may sit behind the writer's last batch: stop waiting then
      while (!f.done().await(50, TimeUnit.MILLISECONDS)) {
        if (!writer.isAlive()) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    List<Object> batch = new ArrayList<>(BATCH);
    boolean stop = false;
    while (!stop) {
      try {
        Object first = queue.take();
        batch.add(first);
        if (first instanceof Asked) {
          Thread.sleep(LINGER_MS); // gather more: one write then covers every repeat of a question
        }
      } catch (InterruptedException e) {
        stop = true;
      }
      queue.drainTo(batch, BATCH - batch.size());
      List<Asked> asked = new ArrayList<>(batch.size());
      for (Object o : batch) {
        if (o instanceof Asked a) {
          asked.add(a);
        } else if (o == STOP) {
          stop = true;
        }
      }
      write(asked);
      for (Object o : batch) {
        if (o instanceof Flush f) {
          f.done().countDown();
        }
      }
      batch.clear();
    }
  }

  /**
   * Writes a batch in one transaction, added up first: one upsert per day, per question of a day
   * and per unanswered question, however often each was asked. Keys are worked out here, off the
   * threads that answer, once per distinct wording.
   */
  private void write(List<Asked> asked) {
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
      String key = keys.computeIfAbsent(a.text(), StoreQuestionLog::key);
      if (key.isEmpty()) {
        continue;
      }
      String text = cut(SPACE.matcher(a.text().strip()).replaceAll(" "));
      questions.computeIfAbsent(day + '\n' + key, k -> new Tally(day, key, text)).add(a);
      if (a.doubtful()) {
        unanswered.computeIfAbsent(key, k -> new Tally(day, key, text)).add(a);
      }
    }
    try {
      db.write(
          c -> {
            upsertDays(c, days.values());
            Set<String> unlisted = listQuestions(c, questions.values());
            listUnanswered(c, unanswered.values(), unlisted);
            return null;
          });
    } catch (RuntimeException e) {
      dropped.addAndGet(asked.size());
      log.warn("could not log {} question(s): {}", asked.size(), e.getMessage());
    }
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

  /**
   * Deletes the statistics older than {@code firstKept}: the per-day and per-question counts of
   * earlier days, and the unanswered questions last asked before that day began. One day of
   * questions per transaction, oldest first, so that a long backlog (the first prune of an old
   * database) never holds the database for long. Returns the rows deleted.
   */
  static long prune(Database db, LocalDate firstKept, ZoneId zone) {
    String first = firstKept.toString();
    long since = firstKept.atStartOfDay(zone).toInstant().toEpochMilli();
    long deleted = 0;
    for (int n = 1; n > 0; deleted += n) {
      n =
          db.write(
              c -> {
                String oldest =
                    Sql.one(
                        c,
                        "SELECT min(day) FROM stats_questions WHERE day < ?",
                        r -> r.getString(1),
                        first);
                return oldest == null
                    ? 0
                    : Sql.update(c, "DELETE FROM stats_questions WHERE day = ?", oldest);
              });
    }
    deleted += db.write(c -> Sql.update(c, "DELETE FROM stats_days WHERE day < ?", first));
    deleted +=
        db.write(c -> Sql.update(c, "DELETE FROM stats_unanswered WHERE last_at < ?", since));
    return deleted;
  }

  /** The unanswered questions, most asked first, then most recent. */
  static List<Unanswered> unanswered(Connection c, int limit) throws SQLException {
    return Sql.list(
        c,
        "SELECT text, count, last_at FROM stats_unanswered"
            + " ORDER BY count DESC, last_at DESC, qkey LIMIT ?",
        r -> new Unanswered(r.getString(1), r.getLong(2), Instant.ofEpochMilli(r.getLong(3))),
        limit);
  }

  /** Removes a question from the unanswered list; whether it was there. */
  static boolean forget(Connection c, String question) throws SQLException {
    return Sql.update(c, "DELETE FROM stats_unanswered WHERE qkey = ?", key(question)) > 0;
  }

  /** Questions and quiz results over the {@code days} days up to {@code today}. */
  Stats stats(Connection c, int days, LocalDate today) throws SQLException {
    LocalDate from = today.minusDays(days - 1L);
    List<Stats.Day> stored =
        Sql.list(
            c,
            "SELECT day, total, answered FROM stats_days WHERE day BETWEEN ? AND ? ORDER BY day",
            r -> new Stats.Day(LocalDate.parse(r.getString(1)), r.getLong(2), r.getLong(3)),
            from.toString(),
            today.toString());
    List<Stats.Day> perDay = new ArrayList<>();
    long total = 0;
    long answered = 0;
    LocalDate next = from;
    for (Stats.Day day : stored) {
      for (; next.isBefore(day.day()); next = next.plusDays(1)) {
        perDay.add(new Stats.Day(next, 0, 0));
      }
      perDay.add(day);
      total += day.total();
      answered += day.answered();
      next = day.day().plusDays(1);
    }
    for (; !next.isAfter(today); next = next.plusDays(1)) {
      perDay.add(new Stats.Day(next, 0, 0));
    }
    List<Stats.TopQuestion> top =
        Sql.list(
            c,
            "SELECT q.qkey, sum(q.count) AS asked, sum(q.answered),"
                + " (SELECT f.text FROM stats_questions f WHERE f.qkey = q.qkey AND f.day >= ?"
                + " ORDER BY f.day LIMIT 1)"
                + " FROM stats_questions q WHERE q.day BETWEEN ? AND ?"
                + " GROUP BY q.qkey ORDER BY asked DESC, max(q.last_at) DESC, q.qkey LIMIT ?",
            r -> new Stats.TopQuestion(r.getString(4), r.getLong(2), r.getLong(3)),
            from.toString(),
            from.toString(),
            today.toString(),
            Stats.TOP);
    long rounds =
        Sql.number(
            c,
            "SELECT count(*) FROM quiz_rounds WHERE day BETWEEN ? AND ?",
            from.toString(),
            today.toString());
    long[] quiz =
        Sql.one(
            c,
            "SELECT count(*), coalesce(sum(correct), 0) FROM quiz_answers"
                + " WHERE answered_at >= ? AND answered_at < ?",
            r -> new long[] {r.getLong(1), r.getLong(2)},
            from.atStartOfDay(zone).toInstant().toEpochMilli(),
            today.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
    long quizAnswers = quiz[0];
    long quizCorrect = quiz[1];
    return new Stats(
        days, perDay, total, answered, top, rounds, quizAnswers, quizCorrect, dropped.get());
  }

  /** Stops taking questions, writes what is queued and stops the writer. Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      queue.put(STOP);
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
