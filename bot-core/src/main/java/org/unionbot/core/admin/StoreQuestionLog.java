package org.unionbot.core.admin;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionbot.core.QuestionLog;
import org.unionbot.core.admin.QuestionBatchWriter.Asked;
import org.unionbot.core.store.Database;
import org.unionbot.core.store.Retention;
import org.unionbot.knowledge.Answer;

/**
 * The {@link QuestionLog} in the database: per-day counts ({@code stats_days}), per-question counts
 * ({@code stats_questions}) and the unanswered list ({@code stats_unanswered}: fallbacks and
 * low-confidence answers).
 *
 * <p>{@link #record} never blocks: it puts the question on a bounded queue ({@value #CAPACITY}), or
 * drops and counts it when the queue is full. One writer thread gathers what is queued for {@value
 * #LINGER_MS} ms (up to {@value #BATCH} questions) and hands it to {@link QuestionBatchWriter},
 * which adds it up per day and per question, and writes the sums in one transaction, so the
 * database sees one upsert per distinct question rather than one per ask. {@link #close} writes
 * what is left.
 *
 * <p><b>Bounded</b> by its {@link Retention}: at most {@link Retention#questionsPerDay} distinct
 * questions are listed per day (a question first asked once the day's list is full is counted in
 * {@code stats_days} only, and not added to the unanswered list either), and at most {@link
 * Retention#unansweredMax} on the unanswered list (a new one takes the place of the least asked,
 * longest unasked). {@link QuestionReports#prune} deletes what is older than {@link
 * Retention#statsDays}; the admin service calls it daily. The day's count is read in each batch's
 * transaction, so nodes sharing a PostgreSQL database keep the bound together (give or take one
 * batch each). What the admins read back is in {@link QuestionReports}; how wordings are grouped,
 * in {@link QuestionKey}.
 */
final class StoreQuestionLog implements QuestionLog, AutoCloseable {

  static final int CAPACITY = 20_000;
  static final int BATCH = 10_000;

  /** How long the writer gathers questions before it writes them, so a write covers many. */
  static final long LINGER_MS = 100;

  private static final Logger log = LoggerFactory.getLogger(StoreQuestionLog.class);

  private record Flush(CountDownLatch done) {}

  private static final Object STOP = new Object();

  private final Clock clock;
  private final ZoneId zone;
  private final QuestionBatchWriter batches;

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
  private final AtomicLong dropped = new AtomicLong();
  private final Thread writer;
  private volatile boolean closed;

  StoreQuestionLog(Database db, Clock clock, ZoneId zone, Retention retention) {
    this.clock = clock;
    this.zone = zone;
    this.batches = new QuestionBatchWriter(db, zone, retention);
    this.writer = new Thread(this::run, "unionbot-question-log");
    writer.setDaemon(true);
    writer.start();
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

  /** Writes a batch; a batch the database refuses is counted as dropped. */
  private void write(List<Asked> asked) {
    try {
      batches.write(asked);
    } catch (RuntimeException e) {
      dropped.addAndGet(asked.size());
      log.warn("could not log {} question(s): {}", asked.size(), e.getMessage());
    }
  }

  /** Questions and quiz results over the {@code days} days up to {@code today}. */
  Stats stats(Connection c, int days, LocalDate today) throws SQLException {
    return QuestionReports.stats(c, days, today, zone, dropped.get());
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
