package org.unionbot.core.admin;

import static org.unionbot.core.admin.Notices.SHANGHAI;
import static org.unionbot.core.admin.Notices.SPORTS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.unionbot.core.score.MutableClock;
import org.unionbot.core.score.ScoreStore;
import org.unionbot.core.store.Retention;
import org.unionbot.knowledge.Answer;

/**
 * Development aid: how many bytes a day of active workers adds to {@code unionbot.db}, measured on
 * a real file. Each simulated day, every worker asks 10 questions and plays one quiz round of 5
 * answers, through the admin service as the bot drives it; the data directory is closed after each
 * day (which checkpoints the WAL into the file) and the file's size read. Args: workers (1000),
 * days (7), and the share of a worker's questions that are new wordings nobody else asks (0.4); the
 * rest come from 300 common questions. {@code flood} as the first argument instead fills one day's
 * list with {@link Retention#QUESTIONS_PER_DAY} distinct questions of the longest stored length
 * (the bound an attacker reaches).
 */
public final class StoreGrowthMain {

  static final int COMMON = 300;
  static final int QUESTIONS = 10;
  static final int ROUND = 5;

  private StoreGrowthMain() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("unionbot-growth");
    MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"));
    Path file = dir.resolve("unionbot.db");
    if (args.length > 0 && args[0].equals("flood")) {
      flood(dir, clock, file);
      return;
    }
    int workers = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    double unique = args.length > 2 ? Double.parseDouble(args[2]) : 0.4;
    List<String> users = users(workers);
    Admin.open(dir, SPORTS, clock, SHANGHAI).close();
    long before = Files.size(file);
    System.out.printf(Locale.ROOT, "empty: %,d bytes%n", before);
    long first = before;
    Random random = new Random(1);
    for (int d = 1; d <= days; d++) {
      try (Admin admin = Admin.open(dir, SPORTS, clock, SHANGHAI)) {
        for (int w = 0; w < workers; w++) {
          String user = users.get(w);
          for (int q = 0; q < QUESTIONS; q++) {
            boolean own = random.nextDouble() < unique;
            String text =
                own
                    ? "第" + d + "天" + w + "号职工问：单位不给交社保了，工会能帮忙吗" + q
                    : "工会会员常见问题第" + random.nextInt(COMMON) + "条怎么办理";
            boolean answered = own ? random.nextBoolean() : random.nextInt(5) > 0;
            admin
                .questionLog()
                .record(
                    text,
                    new Answer(
                        answered ? Answer.Kind.ANSWER : Answer.Kind.FALLBACK,
                        "x",
                        List.of(),
                        List.of()));
          }
          ScoreStore scores = admin.scores();
          scores.roundStarted(user, clock.instant());
          int right = 0;
          for (int a = 0; a < ROUND; a++) {
            boolean correct = random.nextInt(3) > 0;
            right += correct ? 1 : 0;
            scores.recordAnswer(user, "gen-" + random.nextInt(60), correct, clock.instant());
          }
          scores.finishRound(user, right, ROUND, clock.instant());
          scores.roundEnded(user);
          if (w % 500 == 499) {
            admin.stats(1); // writes the question log's queue, which holds 20,000
          }
          clock.advance(Duration.ofMillis(20_000));
        }
        Stats s = admin.stats(1);
        if (s.droppedQuestions() > 0) {
          throw new IllegalStateException(s.droppedQuestions() + " questions dropped");
        }
      }
      long size = Files.size(file);
      System.out.printf(Locale.ROOT, "day %d: %,d bytes (+%,d)%n", d, size, size - before);
      if (d == 1) {
        first = size;
      }
      before = size;
      clock.set(clock.instant().plus(Duration.ofDays(1)));
    }
    if (days > 1) {
      System.out.printf(
          Locale.ROOT,
          "%,d workers, %.0f%% new wordings: %,d bytes a day (days 2 to %d)%n",
          workers,
          unique * 100,
          (before - first) / (days - 1),
          days);
    }
  }

  /** One day of the most distinct questions a day lists, each as long as a stored text gets. */
  private static void flood(Path dir, MutableClock clock, Path file) throws Exception {
    Admin.open(dir, SPORTS, clock, SHANGHAI).close();
    long before = Files.size(file);
    String filler = "工会会员权益保障相关问题".repeat(50);
    try (Admin admin = Admin.open(dir, SPORTS, clock, SHANGHAI)) {
      int n = Retention.QUESTIONS_PER_DAY + 1_000;
      for (int i = 0; i < n; i++) {
        String text = i + filler;
        admin
            .questionLog()
            .record(text, new Answer(Answer.Kind.FALLBACK, "x", List.of(), List.of()));
        if (i % 10_000 == 9_999) {
          admin.stats(1);
        }
      }
      admin.stats(1);
    }
    long size = Files.size(file);
    System.out.printf(
        Locale.ROOT,
        "flood: %,d distinct %d-character questions in a day: +%,d bytes (%s)%n",
        Retention.QUESTIONS_PER_DAY + 1_000,
        QuestionKey.MAX_TEXT,
        size - before,
        file);
  }

  /** WeChat-like ids: {@code wechat:} and a 28-character openid. */
  private static List<String> users(int workers) {
    Random random = new Random(7);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    return java.util.stream.IntStream.range(0, workers)
        .mapToObj(
            w -> {
              StringBuilder id = new StringBuilder("wechat:o");
              for (int i = 0; i < 27; i++) {
                id.append(alphabet.charAt(random.nextInt(alphabet.length())));
              }
              return id.toString();
            })
        .toList();
  }
}
