package org.unionbot.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.unionbot.knowledge.Content;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.NoticeText;

/**
 * The issue-5 benchmark: what admin updates cost the workers, and what an update costs the admin. A
 * {@code serve} child (pinned by {@code adapters/bench/admin.sh}) gets chat questions from {@code
 * --clients} threads, first with no updates, then while one admin replaces a notice back to back.
 * Reported: questions per second and their p50/p99 in both phases, each update's latency (request
 * to {@code 200}, i.e. validated, built, committed and serving), and as the same-run reference the
 * bare {@code KnowledgeBase.build} of that content in this JVM.
 *
 * <p>The notice is the file {@code --notice}, by default the admin tests' reading-month notice,
 * {@code adapters/src/test/resources/admin/reading-month.txt} (paths are relative to the
 * repository's root, where the script runs this).
 */
public final class AdminUpdateBench {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "bench-admin-token";
  private static final String TITLE = "关于开展职工书屋读书月活动的通知";
  private static final List<String> QUESTIONS =
      List.of("读书分享会邀请谁来分享", "工作总结什么时候报送", "读书月活动什么时候结束", "工会干部要践行什么路线", "要推进什么服务站建设", "食堂几点开饭");

  private record Phase(
      String name, double questionsPerSecond, Latencies.Summary questions, long errors) {}

  private AdminUpdateBench() {}

  public static void main(String[] args) throws Exception {
    Args options =
        Args.parse(
            args,
            java.util.Set.of("seconds", "clients", "jar", "notice", "out", "server-cpu"),
            java.util.Set.of());
    int seconds = options.integer("seconds", 15);
    int clients = options.integer("clients", 8);
    Path jar = Path.of(options.get("jar", "adapters/target/unionbot.jar"));
    Path out = Path.of(options.get("out", "adapters/target/bench"));
    String serverCpu = options.get("server-cpu", "0");
    Files.createDirectories(out);
    Path data = Files.createTempDirectory("unionbot-admin-bench");
    String notice =
        Files.readString(
            Path.of(options.get("notice", "adapters/src/test/resources/admin/reading-month.txt")));

    List<String> command =
        List.of(
            "taskset",
            "-c",
            serverCpu,
            javaBin(),
            "-Xmx256m",
            "-jar",
            jar.toString(),
            "serve",
            "--port",
            "0",
            "--data",
            data.toString(),
            "--admin-token",
            TOKEN,
            // the load generator's clients share one address: load, not one worker
            "--chat-rate-per-minute",
            "0");
    try (ChildProcess server =
        ChildProcess.start("unionbot", command, out.resolve("admin-server.log"))) {
      URI base = server.awaitReady(Duration.ofSeconds(60)).uri();
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      String id =
          JSON.readTree(
                  send(
                          http,
                          admin(base, "/admin/documents")
                              .POST(body(Map.of("title", TITLE, "text", notice))))
                      .body())
              .get("id")
              .asText();

      run(http, base, clients, 5, null); // warm-up
      Phase idle = run(http, base, clients, seconds, null);
      Latencies updates = new Latencies();
      Phase busy = run(http, base, clients, seconds, () -> update(http, base, id, notice, updates));
      Latencies.Summary update = updates.summary();
      long build = referenceBuild(notice);

      String report =
          String.join(
              "\n",
              "| phase | questions/s | p50 ms | p99 ms | errors |",
              "| --- | --- | --- | --- | --- |",
              row(idle),
              row(busy),
              "",
              "| admin update (PUT a notice, back to back) | n | p50 ms | p99 ms | max ms |",
              "| --- | --- | --- | --- | --- |",
              String.format(
                  "| request → 200 (validated, built, committed, serving) | %d | %.1f | %.1f | %.1f |",
                  updates.size(), ms(update.p50()), ms(update.p99()), ms(update.max())),
              String.format(
                  "| reference: `KnowledgeBase.build` of the same content, this JVM | 10 | %.1f | | |",
                  ms(build)),
              "");
      Files.writeString(out.resolve("admin.md"), report, UTF_8);
      System.out.println(report);
    }
  }

  /**
   * One phase: {@code clients} threads ask for {@code seconds}; {@code writer} runs beside them.
   */
  private static Phase run(HttpClient http, URI base, int clients, int seconds, Runnable writer)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong errors = new AtomicLong();
    List<Future<Latencies>> results = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      results.add(
          pool.submit(
              () -> {
                Latencies mine = new Latencies();
                int n = client;
                while (running.get()) {
                  String q = QUESTIONS.get(n++ % QUESTIONS.size());
                  long start = System.nanoTime();
                  HttpResponse<String> r =
                      send(
                          http,
                          HttpRequest.newBuilder(base.resolve("/api/chat"))
                              .POST(body(Map.of("user", "bench" + client, "text", q))));
                  mine.add(System.nanoTime() - start);
                  if (r.statusCode() != 200 || !JSON.readTree(r.body()).has("kind")) {
                    errors.incrementAndGet();
                  }
                }
                return mine;
              }));
    }
    Future<?> written =
        writer == null
            ? null
            : pool.submit(
                () -> {
                  while (running.get()) {
                    writer.run();
                  }
                });
    long start = System.nanoTime();
    Thread.sleep(seconds * 1000L);
    running.set(false);
    Latencies all = new Latencies();
    for (Future<Latencies> f : results) {
      all.addAll(f.get());
    }
    if (written != null) {
      written.get();
    }
    pool.shutdown();
    double elapsed = (System.nanoTime() - start) / 1e9;
    return new Phase(
        writer == null ? "questions, no updates" : "questions during back-to-back updates",
        all.size() / elapsed,
        all.summary(),
        errors.get());
  }

  private static void update(HttpClient http, URI base, String id, String notice, Latencies into) {
    String text = into.size() % 2 == 0 ? notice.replace("劳动模范和工匠代表", "全国五一劳动奖章获得者") : notice;
    long start = System.nanoTime();
    HttpResponse<String> r =
        send(
            http,
            admin(base, "/admin/documents/" + id).PUT(body(Map.of("title", TITLE, "text", text))));
    if (r.statusCode() != 200) {
      throw new IllegalStateException("update refused: " + r.statusCode() + " " + r.body());
    }
    into.add(System.nanoTime() - start);
  }

  /** The median of 10 builds of the bundled notice plus this one, after 3 to warm up. */
  private static long referenceBuild(String notice) {
    Content content =
        Content.of(
            List.of(
                KnowledgeBase.bundledNotice(),
                new NoticeText("doc-1", Optional.of(TITLE), notice)));
    long[] times = new long[13];
    for (int i = 0; i < times.length; i++) {
      long start = System.nanoTime();
      KnowledgeBase.build(content, i + 1);
      times[i] = System.nanoTime() - start;
    }
    long[] measured = Arrays.copyOfRange(times, 3, times.length);
    Arrays.sort(measured);
    return measured[measured.length / 2];
  }

  private static String row(Phase p) {
    return String.format(
        "| %s | %.0f | %.2f | %.2f | %d |",
        p.name(),
        p.questionsPerSecond(),
        ms(p.questions().p50()),
        ms(p.questions().p99()),
        p.errors());
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static HttpRequest.Builder admin(URI base, String path) {
    return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + TOKEN);
  }

  private static HttpRequest.BodyPublisher body(Object value) {
    try {
      return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(value), UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
    try {
      return http.send(
          request
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/json")
              .build(),
          HttpResponse.BodyHandlers.ofString(UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
