package org.unionbot.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.core.store.PgServer;

/**
 * Three {@code serve} nodes sharing a throwaway PostgreSQL ({@link PgServer}), behind nginx running
 * the shipped config, all real processes started here (docs/cluster.md "Running 3 nodes"). An admin
 * change on one node reaches the others; scores from concurrent answers on every node add up
 * exactly; quiz rounds go on through nginx while a node is killed. The only time limits are the
 * polling deadlines of the 2-second sync promise.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
  /** Every node serves a committed change within this long (issue 6). */
  private static final Duration SYNC = Duration.ofSeconds(2);

  private static final String NOTICE = AdminClient.resource("reading-month.txt");
  private static final String TITLE = "关于开展职工书屋读书月活动的通知";
  private static final String QUESTION = "读书分享会邀请谁来分享";
  private static final String FACT = "劳动模范和工匠代表";

  @TempDir static Path dir;

  private Cluster cluster;
  private final FakeWeChat wechat = new FakeWeChat();

  @BeforeAll
  void start() throws Exception {
    cluster = Cluster.start(dir, 3, Optional.of(PgServer.database(ClusterIT.class)));
  }

  @AfterAll
  void stop() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  void aNoticeAddedOnNodeOneIsAnsweredByNodesTwoAndThreeWithinTwoSeconds() throws Exception {
    for (int node : List.of(2, 3)) {
      assertThat(ask(cluster.node(node).uri(), "sync-" + node, QUESTION).text())
          .doesNotContain(FACT);
    }

    long version = cluster.admin(1).addDocument(TITLE, NOTICE).get("version").asLong();
    long committed = System.nanoTime();

    for (int node : List.of(2, 3)) {
      URI base = cluster.node(node).uri();
      awaitBy(
          committed,
          "node " + node + " answers from the new notice",
          () ->
              kbVersion(base) == version
                  && ask(base, "sync-" + node, QUESTION).text().contains(FACT));
    }
    assertThat(ask(cluster.front(), "sync-front", QUESTION).text()).contains(FACT);
  }

  @Test
  @Order(2)
  void aRollbackOnNodeTwoAppliesToAllNodesWithinTwoSeconds() throws Exception {
    String question = "集群演练的暗号是什么";
    String answer = "青松不老，工会常青";
    long before = kbVersion(cluster.node(1).uri());
    var faq = cluster.admin(3).post("/admin/faq", Map.of("question", question, "answer", answer));
    assertThat(faq.statusCode()).as(faq.body()).isEqualTo(201);
    long added = System.nanoTime();
    for (int node = 1; node <= 3; node++) {
      URI base = cluster.node(node).uri();
      awaitBy(
          added,
          "node " + node + " answers the new FAQ pair",
          () -> ask(base, "faq", question).text().contains(answer));
    }

    var rollback = cluster.admin(2).post("/admin/rollback", Map.of("version", before));
    assertThat(rollback.statusCode()).as(rollback.body()).isEqualTo(200);
    long version = AdminClient.tree(rollback).get("version").asLong();
    long rolledBack = System.nanoTime();

    for (int node = 1; node <= 3; node++) {
      URI base = cluster.node(node).uri();
      awaitBy(
          rolledBack,
          "node " + node + " serves the rolled-back version " + version,
          () -> kbVersion(base) == version && !ask(base, "faq", question).text().contains(answer));
    }
    // the notice of the first test was committed before: the rollback kept it
    assertThat(ask(cluster.node(3).uri(), "faq", QUESTION).text()).contains(FACT);
  }

  @Test
  @Order(3)
  void fiveHundredConcurrentAnswersOnAllNodesAddUpExactly() throws Exception {
    Map<String, JsonNode> items = quizItems();
    JsonNode statsBefore = stats();
    int users = 50;
    List<Round> rounds = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      String user = String.format("score-%02d", u);
      // one round through nginx, on the user's node; one round at the same time directly on
      // another node: two rounds of one user on two nodes, both scoring into one row
      Reply first = chat(cluster.front(), user, "答题", true);
      int home = cluster.nodeAt(first.upstream());
      int other = home % 3 + 1;
      rounds.add(new Round(cluster.front(), true, user, 0, first));
      rounds.add(
          new Round(
              cluster.node(other).uri(),
              false,
              user,
              1,
              chat(cluster.node(other).uri(), user, "答题", false)));
    }

    Map<String, Integer> correct = new ConcurrentHashMap<>();
    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(50);
    try {
      List<Future<?>> playing = new ArrayList<>();
      for (Round round : rounds) {
        playing.add(pool.submit(() -> round.play(items, correct, problems)));
      }
      for (Future<?> f : playing) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(problems).isEmpty();

    int allCorrect = 0;
    for (int u = 0; u < users; u++) {
      String user = String.format("score-%02d", u);
      int right = correct.getOrDefault(user, 0);
      allCorrect += right;
      // 1 point a right answer, 2 for the first round finished today, once
      int points = right + 2;
      String standing = chat(cluster.node(u % 3 + 1).uri(), user, "积分", false).text();
      assertThat(standing).as(user).contains("您的总积分：" + points + "分", "共答10题，答对" + right + "题");
    }
    JsonNode statsAfter = stats();
    assertThat(delta(statsBefore, statsAfter, "rounds")).isEqualTo(2 * users);
    assertThat(delta(statsBefore, statsAfter, "answers")).isEqualTo(10 * users);
    assertThat(delta(statsBefore, statsAfter, "correct")).isEqualTo(allCorrect);
  }

  /**
   * One user's round of 5 on one node; answer k of round r of user u is right unless (u+k+r)%4==0.
   */
  private final class Round {
    final URI base;
    final boolean viaNginx;
    final String user;
    final int index;
    final Reply started;

    Round(URI base, boolean viaNginx, String user, int index, Reply started) {
      this.base = base;
      this.viaNginx = viaNginx;
      this.user = user;
      this.index = index;
      this.started = started;
    }

    void play(
        Map<String, JsonNode> items,
        Map<String, Integer> correct,
        ConcurrentLinkedQueue<String> problems) {
      try {
        int u = Integer.parseInt(user.substring(user.length() - 2));
        Reply reply = started;
        for (int k = 0; k < 5; k++) {
          if (!reply.json().path("quiz").has("id")) {
            problems.add(user + " round " + index + ": no question: " + reply.text());
            return;
          }
          JsonNode item = items.get(reply.json().get("quiz").get("id").asText());
          boolean right = (u + k + index) % 4 != 0;
          reply = chat(base, user, right ? rightAnswer(item) : wrongAnswer(item), viaNginx);
          JsonNode grade = reply.json().path("grade");
          if (!reply.kind().equals("grade") || grade.path("correct").asBoolean() != right) {
            problems.add(user + " round " + index + " answer " + k + ": " + reply.json());
            return;
          }
          correct.merge(user, right ? 1 : 0, Integer::sum);
        }
        if (!reply.text().contains("本轮结束")) {
          problems.add(user + " round " + index + " did not end: " + reply.text());
        }
      } catch (Exception e) {
        problems.add(user + " round " + index + ": " + e);
      }
    }
  }

  @Test
  @Order(4)
  void quizRoundsGoOnThroughNginxWhileANodeIsKilled() throws Exception {
    Map<String, JsonNode> items = quizItems();
    List<String> users = new ArrayList<>();
    Map<String, Integer> home = new HashMap<>();
    Map<String, String> prompt = new ConcurrentHashMap<>();
    for (int u = 0; u < 15; u++) {
      String user = String.format("oKillTest%04d", u);
      users.add(user);
      String click = FakeWeChat.event(user, "CLICK", "QUIZ", nextCreateTime());
      Pushed first = push(click);
      Pushed retry = push(click);
      // WeChat's retry of one message reaches the same node and gets the same reply
      assertThat(retry.upstream()).isEqualTo(first.upstream());
      assertThat(retry.content()).isEqualTo(first.content()).contains("第1/5题");
      home.put(user, cluster.nodeAt(first.upstream()));
      prompt.put(user, first.content());

      String answer = FakeWeChat.text(user, rightAnswer(current(items, first.content())));
      Pushed graded = push(answer);
      Pushed gradedAgain = push(answer);
      assertThat(gradedAgain.upstream()).isEqualTo(graded.upstream()).isEqualTo(first.upstream());
      assertThat(gradedAgain.content()).isEqualTo(graded.content()).contains("回答正确", "第2/5题");
      prompt.put(user, graded.content());
    }
    int victim =
        home.values().stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    n -> n, java.util.stream.Collectors.counting()))
            .entrySet()
            .stream()
            .max(Map.Entry.comparingByValue())
            .orElseThrow()
            .getKey();

    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    Map<String, Boolean> restarted = new ConcurrentHashMap<>();
    CountDownLatch answeredOnce = new CountDownLatch(users.size());
    CountDownLatch killed = new CountDownLatch(1);
    java.util.concurrent.atomic.AtomicBoolean busy =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    java.util.concurrent.atomic.AtomicInteger background =
        new java.util.concurrent.atomic.AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(users.size() + 4);
    try {
      // other users' questions keep nginx busy, so the kill also hits requests in flight
      for (int b = 0; b < 4; b++) {
        int thread = b;
        pool.submit(
            () -> {
              for (int n = 0; busy.get() && problems.isEmpty(); n++) {
                try {
                  if (n % 2 == 0) {
                    chat(cluster.front(), "bg-" + thread + "-" + n % 40, "学深悟透分为几个步骤", true);
                  } else {
                    push(
                        FakeWeChat.text(
                            String.format("oBackground%02d%03d", thread, n % 40), "要点"));
                  }
                  background.incrementAndGet();
                } catch (Exception | AssertionError e) {
                  problems.add("background: " + e.getMessage());
                }
              }
            });
      }
      List<Future<?>> playing = new ArrayList<>();
      for (String user : users) {
        playing.add(
            pool.submit(
                () -> {
                  try {
                    playThroughKill(user, items, prompt, answeredOnce, killed, restarted, problems);
                  } catch (Exception e) {
                    problems.add(user + ": " + e);
                  }
                }));
      }
      assertThat(answeredOnce.await(60, TimeUnit.SECONDS)).isTrue();
      cluster.node(victim).kill();
      killed.countDown();
      for (Future<?> f : playing) {
        f.get(2, TimeUnit.MINUTES);
      }
    } finally {
      busy.set(false);
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
    assertThat(problems).isEmpty();
    assertThat(background.get()).isPositive();
    for (String user : users) {
      // users of the dead node were told their round restarted; the others never were
      assertThat(restarted.getOrDefault(user, false))
          .as(user + " on node " + home.get(user) + ", killed node " + victim)
          .isEqualTo(home.get(user) == victim);
    }
    assertThat(Loopback.get(cluster.front(), "/healthz").statusCode()).isEqualTo(200);
  }

  /**
   * One WeChat user answering right until the node is killed and then a whole round more: a restart
   * message is answered by starting a new round.
   */
  private void playThroughKill(
      String user,
      Map<String, JsonNode> items,
      Map<String, String> prompt,
      CountDownLatch answeredOnce,
      CountDownLatch killed,
      Map<String, Boolean> restarted,
      ConcurrentLinkedQueue<String> problems)
      throws Exception {
    String last = prompt.get(user);
    boolean counted = false;
    boolean roundAfterKill = false;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline) {
      boolean afterKill = killed.getCount() == 0;
      Pushed reply;
      if (last.contains("本轮结束") || last.contains(RESTARTED)) {
        if (afterKill && last.contains("本轮结束") && roundAfterKill) {
          return;
        }
        reply = push(FakeWeChat.event(user, "CLICK", "QUIZ", nextCreateTime()));
        roundAfterKill |= afterKill;
        if (!reply.content().contains("第1/5题")) {
          problems.add(user + ": a new round did not start: " + reply.content());
          return;
        }
      } else {
        String answer = rightAnswer(current(items, last));
        reply = push(FakeWeChat.text(user, answer));
        if (reply.content().contains(RESTARTED)) {
          restarted.put(user, true);
        } else if (afterKill && answer.length() > 8 && !reply.content().contains("回答正确")) {
          // only a short reply is taken for an answer to a lost round (Bot.looksLikeAnswer);
          // a longer one is answered as a question, and the user starts a new round
          restarted.put(user, true);
          reply = new Pushed("本轮结束", reply.upstream());
        } else if (!reply.content().contains("回答正确")) {
          problems.add(user + ": neither graded nor restarted: " + reply.content());
          return;
        }
      }
      last = reply.content();
      if (!counted) {
        counted = true;
        answeredOnce.countDown();
        killed.await(60, TimeUnit.SECONDS);
      }
    }
    problems.add(user + ": did not finish a round after the kill within 90 s");
  }

  private final java.util.concurrent.atomic.AtomicLong createTimes =
      new java.util.concurrent.atomic.AtomicLong(FakeWeChat.now() - 600);

  /**
   * A CreateTime no event of this test had: an event's dedupe key is its sender and CreateTime
   * (docs/WECHAT.md 1.6), so two clicks of one user in the same second would be one click retried.
   */
  private long nextCreateTime() {
    return createTimes.incrementAndGet();
  }

  /** What a node says to a user whose round was lost with the node that held it (Texts). */
  private static final String RESTARTED = "答题因服务切换中断";

  // ---- helpers ----

  record Reply(int status, JsonNode json, String upstream) {
    String text() {
      return json.path("text").asText();
    }

    String kind() {
      return json.path("kind").asText();
    }
  }

  record Pushed(String content, String upstream) {}

  /**
   * The chat API; through nginx the user goes in the header the config hashes on. Each user comes
   * from an address of their own, as workers on their phones do (the nodes trust 127.0.0.1, so they
   * take it from X-Forwarded-For, where nginx keeps it), and so stays within the chat rate limit.
   */
  private static Reply chat(URI base, String user, String text, boolean viaNginx) throws Exception {
    int h = user.hashCode() & 0xffffff;
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve("/api/chat"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", "10." + (h >> 16) + "." + (h >> 8 & 0xff) + "." + (h & 0xff))
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    AdminClient.JSON.writeValueAsString(Map.of("user", user, "text", text)),
                    UTF_8));
    if (viaNginx) {
      request.header("X-Unionbot-User", user);
    }
    HttpResponse<String> r =
        Loopback.CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    if (r.statusCode() != 200) {
      throw new AssertionError("chat " + base + ": " + r.statusCode() + " " + r.body());
    }
    return new Reply(
        r.statusCode(),
        AdminClient.tree(r),
        r.headers().firstValue(LocalNginx.UPSTREAM_HEADER).orElse(""));
  }

  private static Reply ask(URI base, String user, String text) throws Exception {
    return chat(base, user, text, false);
  }

  /**
   * A signed plaintext push through nginx; a 5xx (or anything but 200) fails the test. A bare
   * {@code success} (no reply) reads as empty content: a node answers so when another node claimed
   * the push first, e.g. the node that died while handling it before nginx sent it on.
   */
  private Pushed push(String xml) throws Exception {
    FakeWeChat.Push push = wechat.plaintext(xml);
    HttpResponse<String> r = Loopback.post(cluster.front(), push.uri(), push.body());
    if (r.statusCode() != 200) {
      throw new AssertionError(
          "push through nginx: " + r.statusCode() + " " + r.body() + "\n" + cluster.nginx.errors());
    }
    String upstream = r.headers().firstValue(LocalNginx.UPSTREAM_HEADER).orElse("");
    return new Pushed(
        r.body().equals("success") ? "" : wechat.read(r.body()).getContent(), upstream);
  }

  private static long kbVersion(URI base) throws Exception {
    return AdminClient.tree(Loopback.get(base, "/healthz")).get("kbVersion").asLong();
  }

  /**
   * Waits until {@code condition} holds, checking at once and every 25 ms in this thread, failing
   * once {@link #SYNC} has passed since {@code start} (a check that began in time may finish late).
   */
  private static void awaitBy(long start, String what, Callable<Boolean> condition) {
    Duration left = SYNC.minusNanos(System.nanoTime() - start);
    await(what + " within " + SYNC.toMillis() + " ms")
        .atMost(left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left)
        .pollInSameThread()
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(25))
        .until(condition);
  }

  /** The quiz bank of the version serving, by item id. */
  private Map<String, JsonNode> quizItems() {
    Map<String, JsonNode> items = new HashMap<>();
    for (JsonNode item : AdminClient.tree(cluster.admin(1).get("/admin/quiz/questions"))) {
      items.put(item.get("id").asText(), item);
    }
    return items;
  }

  /** The item whose prompt a reply shows (the longest, should one prompt hold another). */
  private static JsonNode current(Map<String, JsonNode> items, String reply) {
    return items.values().stream()
        .filter(i -> reply.contains(i.get("prompt").asText()))
        .max(Comparator.comparingInt(i -> i.get("prompt").asText().length()))
        .orElseThrow(() -> new AssertionError("no known question in: " + reply));
  }

  private static String rightAnswer(JsonNode item) {
    if (item.get("type").asText().equals("choice")) {
      List<String> options = new ArrayList<>();
      item.get("options").forEach(o -> options.add(o.asText()));
      return String.valueOf((char) ('A' + options.indexOf(item.get("answer").asText())));
    }
    return item.get("answer").asText();
  }

  private static String wrongAnswer(JsonNode item) {
    if (item.get("type").asText().equals("choice")) {
      List<String> options = new ArrayList<>();
      item.get("options").forEach(o -> options.add(o.asText()));
      int right = options.indexOf(item.get("answer").asText());
      return String.valueOf((char) ('A' + (right + 1) % options.size()));
    }
    return "XYZ";
  }

  private JsonNode stats() {
    return AdminClient.tree(cluster.admin(2).get("/admin/stats")).get("quiz");
  }

  private static long delta(JsonNode before, JsonNode after, String field) {
    return after.get(field).asLong() - before.get(field).asLong();
  }
}
