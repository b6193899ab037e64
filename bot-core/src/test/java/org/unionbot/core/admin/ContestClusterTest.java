package org.unionbot.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionbot.core.admin.Notices.SHANGHAI;
import static org.unionbot.core.admin.Notices.SPORTS;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionbot.core.contest.Contest;
import org.unionbot.core.contest.ContestBoards;
import org.unionbot.core.contest.ContestStore;
import org.unionbot.core.contest.Ticket;
import org.unionbot.core.contest.Unit;
import org.unionbot.core.store.PgServer;
import org.unionbot.core.store.StoreConfig;

/**
 * Two nodes on one PostgreSQL database run one contest: the daily limit holds when a worker's
 * rounds start on both nodes at once, and the unit totals are exact sums of what every node
 * recorded.
 */
class ContestClusterTest {

  static final int WORKERS = 60;
  static final int PER_DAY = 2;
  static final List<Unit> UNITS =
      List.of(new Unit("一号工会", 30), new Unit("二号工会", 20), new Unit("三号工会", 10));

  private final List<Admin> nodes = new ArrayList<>();

  @BeforeEach
  void start() {
    String url = PgServer.database(ContestClusterTest.class);
    StoreConfig store = StoreConfig.postgres(java.nio.file.Path.of("unused"), url);
    for (int i = 0; i < 2; i++) {
      nodes.add(Admin.open(store, SPORTS, Clock.systemUTC(), SHANGHAI));
    }
  }

  @AfterEach
  void stop() {
    nodes.forEach(Admin::close);
  }

  private ContestStore node(int i) {
    return nodes.get(i).contests();
  }

  @Test
  void theDailyLimitHoldsAcrossNodesAndUnitTotalsAreExact() throws Exception {
    node(0).units().replace(UNITS);
    Instant now = Instant.now();
    Contest c =
        node(1)
            .create(
                "双节点竞赛",
                now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofHours(1)),
                5,
                PER_DAY,
                List.of());
    for (int w = 0; w < WORKERS; w++) {
      node(w % 2).units().bind("wechat:w" + w, UNITS.get(w % 3), now);
    }
    // every worker asks for four rounds at once, two on each node: two count
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Optional<Ticket>>> claims = new ArrayList<>();
    for (int w = 0; w < WORKERS; w++) {
      String user = "wechat:w" + w;
      for (int k = 0; k < 4; k++) {
        ContestStore n = node(k % 2);
        Callable<Optional<Ticket>> claim =
            () -> {
              go.await();
              return n.claim(c, user, Instant.now());
            };
        claims.add(pool.submit(claim));
      }
    }
    go.countDown();
    List<Ticket> tickets = new ArrayList<>();
    for (Future<Optional<Ticket>> f : claims) {
      f.get().ifPresent(tickets::add);
    }
    assertThat(tickets).hasSize(WORKERS * PER_DAY);

    // each counted round answers five items on alternating nodes; expected sums kept here
    Map<String, Integer> expected = new TreeMap<>();
    List<Future<?>> answers = new ArrayList<>();
    for (int i = 0; i < tickets.size(); i++) {
      Ticket t = tickets.get(i);
      int right = (t.user().hashCode() & 0x7fffffff) % 6;
      expected.merge(t.unit(), right, Integer::sum);
      for (int a = 0; a < 5; a++) {
        boolean correct = a < right;
        ContestStore n = node(a % 2);
        answers.add(pool.submit(() -> n.answered(t, correct, correct ? 1 : 0)));
      }
    }
    for (Future<?> f : answers) {
      f.get();
    }
    pool.shutdown();

    for (int i = 0; i < 2; i++) {
      List<ContestBoards.UnitResult> units = node(i).boards().units(c.id());
      assertThat(units).hasSize(3);
      for (ContestBoards.UnitResult u : units) {
        assertThat(u.points()).as(u.unit()).isEqualTo(expected.get(u.unit()));
        assertThat(u.participants()).as(u.unit()).isEqualTo(WORKERS / 3);
        assertThat(u.rounds()).as(u.unit()).isEqualTo(WORKERS / 3 * PER_DAY);
        assertThat(u.answered()).as(u.unit()).isEqualTo(WORKERS / 3 * PER_DAY * 5);
      }
    }
    List<ContestBoards.Person> people = new ArrayList<>();
    node(0).boards().eachPerson(c.id(), people::add);
    assertThat(people).hasSize(WORKERS).allSatisfy(p -> assertThat(p.rounds()).isEqualTo(PER_DAY));
  }
}
