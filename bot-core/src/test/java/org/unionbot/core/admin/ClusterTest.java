package org.unionbot.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.unionbot.core.admin.Notices.LIBRARY_QUESTION;
import static org.unionbot.core.admin.Notices.LIBRARY_TEXT;
import static org.unionbot.core.admin.Notices.LIBRARY_TITLE;
import static org.unionbot.core.admin.Notices.SHANGHAI;
import static org.unionbot.core.admin.Notices.SPORTS;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionbot.core.score.ScoreStore;
import org.unionbot.core.store.PgServer;
import org.unionbot.core.store.StoreConfig;

/**
 * Three nodes ({@link Admin} instances, each with its own knowledge base in memory) on one
 * PostgreSQL database, as three processes would be: changes reach every node within 2 s, with or
 * without notifications; concurrent changes keep versions contiguous; scores lose no point.
 */
class ClusterTest {

  static final Actor ALICE = new Actor("alice", "10.0.0.7");
  static final Duration DEADLINE = Duration.ofSeconds(2);

  private final List<Admin> nodes = new ArrayList<>();
  private String url;
  private StoreConfig store;

  @BeforeEach
  void start() {
    url = PgServer.database(ClusterTest.class);
    store = StoreConfig.postgres(java.nio.file.Path.of("unused"), url);
    for (int i = 0; i < 3; i++) {
      nodes.add(Admin.open(store, SPORTS, Clock.systemUTC(), SHANGHAI));
    }
  }

  @AfterEach
  void stop() {
    nodes.forEach(Admin::close);
  }

  private Admin node(int i) {
    return nodes.get(i);
  }

  /** Waits until a condition holds, checking in this thread at once and then every 20 ms. */
  private static ConditionFactory within(Duration limit) {
    return await()
        .atMost(limit)
        .pollInSameThread()
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(20));
  }

  private boolean allServe(long version) {
    return nodes.stream()
        .allMatch(n -> n.version() == version && n.knowledge().version() == version);
  }

  @Test
  void nodesStartingTogetherOnAnEmptyDatabaseShareOneSeed() {
    assertThat(nodes).allSatisfy(n -> assertThat(n.version()).isEqualTo(1));
    assertThat(node(2).versions()).hasSize(1);
  }

  @Test
  void aChangeOnOneNodeIsServedByTheOthersWithinTwoSeconds() throws Exception {
    assertThat(node(1).knowledge().answer(LIBRARY_QUESTION).answered()).isFalse();

    Change added = node(0).addDocument(ALICE, LIBRARY_TITLE, LIBRARY_TEXT);

    within(DEADLINE).until(() -> allServe(added.version()));
    for (Admin n : nodes) {
      assertThat(n.knowledge().answer(LIBRARY_QUESTION).answered()).isTrue();
      assertThat(n.documents()).extracting(DocumentInfo::id).containsExactly("sports", "doc-1");
    }
  }

  @Test
  void aRollbackOnOneNodeAppliesToAll() throws Exception {
    node(0).addDocument(ALICE, LIBRARY_TITLE, LIBRARY_TEXT);
    Change back = node(2).rollback(ALICE, 1);
    assertThat(back.version()).isEqualTo(3);

    within(DEADLINE).until(() -> allServe(3));
    assertThat(nodes)
        .allSatisfy(n -> assertThat(n.knowledge().answer(LIBRARY_QUESTION).answered()).isFalse());
  }

  @Test
  void thePeriodicCheckCatchesUpWithoutTheListener() throws Exception {
    KbSync sync = node(1).store().sync().orElseThrow();
    sync.listen(false);
    within(DEADLINE).until(() -> sync.listenerPid() == 0);

    Change added = node(0).addFaq(ALICE, "食堂几点开饭", "中午十一点半。");

    within(DEADLINE).until(() -> node(1).version() == added.version());
    assertThat(node(1).faqs()).hasSize(1);
  }

  @Test
  void aDroppedListenerConnectionIsOpenedAgain() throws Exception {
    KbSync sync = node(1).store().sync().orElseThrow();
    within(DEADLINE).until(() -> sync.listenerPid() != 0);
    int before = sync.listenerPid();
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement kill = c.prepareStatement("SELECT pg_terminate_backend(?)")) {
      kill.setInt(1, before);
      kill.executeQuery().close();
    }
    within(Duration.ofSeconds(10))
        .until(() -> sync.listenerPid() != 0 && sync.listenerPid() != before);

    Change added = node(0).addFaq(ALICE, "食堂几点开饭", "中午十一点半。");
    within(DEADLINE).until(() -> node(1).version() == added.version());
  }

  @Test
  void concurrentChangesOnTwoNodesKeepVersionsContiguousAndLoseNothing() throws Exception {
    int perNode = 4;
    onThreads(
        2,
        t -> {
          for (int i = 0; i < perNode; i++) {
            node(t).addFaq(ALICE, "问题" + t + "-" + i, "答案" + t + "-" + i);
          }
        });
    long last = 1 + 2 * perNode;
    assertThat(node(2).versions())
        .extracting(VersionInfo::version)
        .containsExactlyElementsOf(
            LongStream.rangeClosed(1, last).map(v -> last + 1 - v).boxed().toList());
    within(DEADLINE).until(() -> allServe(last));
    for (Admin n : nodes) {
      assertThat(n.faqs()).hasSize(2 * perNode);
      assertThat(n.faqs()).extracting(f -> f.id()).doesNotHaveDuplicates();
    }
  }

  @Test
  void fiveHundredAnswersFromFiftyUsersOnThreeNodesLoseNoPoint() throws Exception {
    int users = 50;
    int answers = 500;
    Instant noon = Instant.parse("2026-03-02T04:00:00Z");
    int[] points = new int[users];
    for (int i = 0; i < answers; i++) {
      points[i % users] += i % 3 == 0 ? 0 : 1;
    }
    int threads = 12;
    onThreads(
        threads,
        t -> {
          ScoreStore scores = node(t % nodes.size()).scores();
          for (int i = t; i < answers; i += threads) {
            scores.recordAnswer("u" + (i % users), "q" + i, i % 3 != 0, noon.plusMillis(i));
          }
        });
    for (int u = 0; u < users; u++) {
      ScoreStore.Standing s = node(u % 3).scores().standing("u" + u);
      assertThat(s.points()).as("u" + u).isEqualTo(points[u]);
      assertThat(s.answered()).as("u" + u).isEqualTo(answers / users);
    }
    assertThat(node(0).scores().top(users).stream().mapToInt(ScoreStore.Standing::points).sum())
        .isEqualTo(java.util.Arrays.stream(points).sum());
  }

  @Test
  void concurrentRoundsOfOneUserOnTwoNodesGetTheDaysBonusOnce() throws Exception {
    Instant noon = Instant.parse("2026-03-02T04:00:00Z");
    List<Integer> bonuses = java.util.Collections.synchronizedList(new ArrayList<>());
    onThreads(6, t -> bonuses.add(node(t % 2).scores().finishRound("w1", 3, 5, noon)));
    assertThat(bonuses.stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
  }

  @Test
  void aWeChatPushIsClaimedByOneNodeOnly() throws Exception {
    Instant now = Instant.parse("2026-03-02T04:00:00Z");
    List<Boolean> claims = java.util.Collections.synchronizedList(new ArrayList<>());
    onThreads(6, t -> claims.add(node(t % 3).store().claimMessage("gh_1/o1/m42", now)));
    assertThat(claims).containsOnlyOnce(true);
    assertThat(node(1).store().claimMessage("gh_1/o1/m43", now)).isTrue();

    // an hour later the keys are purged by a later claim
    Instant later = now.plus(MessageClaims.KEEP).plus(MessageClaims.PURGE_EVERY).plusSeconds(1);
    assertThat(node(2).store().claimMessage("gh_1/o1/m44", later)).isTrue();
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement q = c.prepareStatement("SELECT dedupe_key FROM wechat_messages");
        var rows = q.executeQuery()) {
      List<String> keys = new ArrayList<>();
      while (rows.next()) {
        keys.add(rows.getString(1));
      }
      assertThat(keys).containsExactly("gh_1/o1/m44");
    }
  }

  @Test
  void refreshIsIdempotentAndReturnsTheVersionServing() {
    Change added = node(0).addFaq(ALICE, "食堂几点开饭", "中午十一点半。");
    assertThat(node(1).refresh()).isEqualTo(added.version());
    assertThat(node(1).refresh()).isEqualTo(added.version());
    assertThat(node(1).faqs()).hasSize(1);
  }

  @FunctionalInterface
  private interface ThreadTask {
    void run(int thread) throws Exception;
  }

  private static void onThreads(int threads, ThreadTask task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Void>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        Callable<Void> call =
            () -> {
              go.await();
              task.run(thread);
              return null;
            };
        done.add(pool.submit(call));
      }
      go.countDown();
      for (Future<Void> f : done) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
