package org.unionbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The issue-16 "campaign morning": {@code --users} distinct users each bind to a unit ({@code
 * 绑定单位}) and then play one contest round through {@code POST /api/chat} on one node, {@code
 * --connections} users at a time. Only the round's answers are timed: quiz answers per second over
 * the play phase, p50 and p99. Prints one tab-separated line of results, then checks through the
 * admin API that every user's round counted for the contest (the units' rounds add up to the
 * users).
 *
 * <pre>
 * java -cp … org.unionbot.bench.CampaignLoad --url http://127.0.0.1:PORT --admin-token T
 *     --contest 1 --units 50 [--users 10000] [--connections 32]
 * </pre>
 */
public final class CampaignLoad {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CampaignLoad() {}

  public static void main(String[] argv) throws Exception {
    Args args =
        Args.parse(
            argv,
            Set.of("url", "admin-token", "contest", "units", "users", "connections", "prefix"),
            Set.of());
    URI base = URI.create(args.require("url"));
    int users = args.integer("users", 10_000);
    int connections = args.integer("connections", 32);
    int units = args.integer("units", 50);
    String prefix = args.get("prefix", "cm");
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(4))
            .build();
    ExecutorService pool = Executors.newFixedThreadPool(connections);
    Latencies[] each = new Latencies[connections];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger answers = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger counted = new AtomicInteger();
    List<Future<?>> running = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < connections; c++) {
      Latencies mine = new Latencies();
      each[c] = mine;
      running.add(
          pool.submit(
              () -> {
                for (int u = next.getAndIncrement(); u < users; u = next.getAndIncrement()) {
                  try {
                    String user = prefix + "-" + u;
                    say(http, base, user, "绑定单位 第" + (u % units) + "工会");
                    JsonNode reply = say(http, base, user, "答题");
                    if (reply.path("text").asText().contains("竞赛答题开始")) {
                      counted.incrementAndGet();
                    }
                    while (reply.has("quiz")) {
                      String text =
                          reply.path("quiz").path("type").asText().equals("choice") ? "A" : "不知道";
                      long t0 = System.nanoTime();
                      reply = say(http, base, user, text);
                      mine.add(System.nanoTime() - t0);
                      answers.incrementAndGet();
                    }
                  } catch (Exception e) {
                    errors.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    Latencies all = new Latencies();
    for (Latencies l : each) {
      all.addAll(l);
    }
    Latencies.Summary s = all.summary();
    int unitRounds = unitRounds(http, base, args.require("admin-token"), args.require("contest"));
    System.out.println(
        "users\tanswers\tseconds\tanswers_per_s\tp50_ms\tp99_ms\terrors\tcounted\tunit_rounds");
    System.out.printf(
        "%d\t%d\t%.1f\t%.0f\t%.2f\t%.2f\t%d\t%d\t%d%n",
        users,
        answers.get(),
        seconds,
        answers.get() / seconds,
        s.p50() / 1e6,
        s.p99() / 1e6,
        errors.get(),
        counted.get(),
        unitRounds);
    System.exit(errors.get() == 0 && counted.get() == users && unitRounds == users ? 0 : 1);
  }

  private static JsonNode say(HttpClient http, URI base, String user, String text)
      throws Exception {
    String body = JSON.writeValueAsString(Map.of("user", user, "text", text));
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(base.resolve("/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("status " + r.statusCode() + ": " + r.body());
    }
    return JSON.readTree(r.body());
  }

  /** The rounds the contest's unit board counts, summed over the units. */
  private static int unitRounds(HttpClient http, URI base, String token, String contest)
      throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(base.resolve("/admin/contests/" + contest))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    int rounds = 0;
    for (JsonNode u : JSON.readTree(r.body()).path("units")) {
      rounds += u.path("rounds").asInt();
    }
    return rounds;
  }
}
