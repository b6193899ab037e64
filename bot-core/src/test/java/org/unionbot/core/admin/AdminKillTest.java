package org.unionbot.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionbot.core.admin.Notices.LIBRARY_TEXT;
import static org.unionbot.core.admin.Notices.SHANGHAI;
import static org.unionbot.core.admin.Notices.SPORTS;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.core.score.ScoreStore;
import org.unionbot.core.store.ChildJvm;

/**
 * A SIGKILL in the middle of a stream of admin changes and score writes loses nothing committed and
 * leaves nothing half-done: a child JVM changes the knowledge base and records answers in a loop,
 * printing each one once it returned, and is killed while it goes on; the reopened data directory
 * serves the last committed version, its history is whole, and every reported score is there.
 */
class AdminKillTest {

  static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
  static final int VERSIONS_BEFORE_KILL = 12;

  @TempDir Path dir;

  /** The child: changes and answers until killed. */
  public static void main(String[] args) throws Exception {
    Admin admin = Admin.open(Path.of(args[0]), SPORTS, Clock.systemUTC(), SHANGHAI);
    Actor who = new Actor("child", "");
    Deque<String> added = new ArrayDeque<>();
    for (int i = 0; ; i++) {
      Change c;
      if (i % 4 == 3) {
        c = admin.removeDocument(who, added.removeFirst());
      } else if (i % 4 == 1) {
        c = admin.addFaq(who, "第" + i + "个问题是什么", "答案" + i);
      } else {
        c = admin.addDocument(who, "书屋通知" + i, LIBRARY_TEXT.replace("一万册", i + "册"));
        added.addLast(c.id());
      }
      System.out.println("version " + c.version());
      admin.scores().recordAnswer("worker", "q" + i, true, AT.plusSeconds(i));
      System.out.println("score q" + i);
      System.out.flush();
    }
  }

  @Test
  void afterAKillTheLastCommittedVersionServesAndEveryReportedScoreIsThere() throws Exception {
    Process child =
        ChildJvm.of(AdminKillTest.class, dir.toString()).redirectErrorStream(true).start();
    long lastVersion = 0;
    List<String> scored = new ArrayList<>();
    StringBuilder other = new StringBuilder();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (lastVersion < VERSIONS_BEFORE_KILL && (line = out.readLine()) != null) {
        if (line.startsWith("version ")) {
          lastVersion = Long.parseLong(line.substring(8));
        } else if (line.startsWith("score ")) {
          scored.add(line.substring(6));
        } else {
          other.append(line).append('\n');
        }
      }
      assertThat(lastVersion).as("child output:\n%s", other).isEqualTo(VERSIONS_BEFORE_KILL);
      child.destroyForcibly(); // SIGKILL while it goes on changing and scoring
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("unionbot.db"));
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("PRAGMA integrity_check")) {
      rows.next();
      assertThat(rows.getString(1)).isEqualTo("ok");
    }

    try (Admin admin = Admin.open(dir, SPORTS, Clock.systemUTC(), SHANGHAI)) {
      long version = admin.version();
      assertThat(version).isGreaterThanOrEqualTo(lastVersion);
      assertThat(admin.knowledge().version()).isEqualTo(version);

      // versions 1..N without a gap, each with its audit entry
      List<VersionInfo> versions = admin.versions();
      assertThat(versions)
          .extracting(VersionInfo::version)
          .containsExactlyElementsOf(
              LongStream.rangeClosed(1, version).map(v -> version + 1 - v).boxed().toList());
      Map<Long, AuditEntry> audit =
          admin.audit(10_000).stream()
              .collect(Collectors.toMap(AuditEntry::version, Function.identity()));
      assertThat(audit).hasSize(versions.size());
      for (VersionInfo v : versions) {
        AuditEntry e = audit.get(v.version());
        assertThat(e).as("audit of version %s", v.version()).isNotNull();
        assertThat(List.of(e.at(), e.actor(), e.action(), e.target()))
            .isEqualTo(List.of(v.at(), v.actor(), v.action(), v.target()));
      }

      // the content serving is the latest version's, whole
      assertThat(admin.knowledge().content().documents())
          .extracting(n -> n.id())
          .containsExactlyElementsOf(admin.documents().stream().map(DocumentInfo::id).toList());
      for (DocumentInfo d : admin.documents()) {
        Document doc = admin.document(d.id()).orElseThrow();
        assertThat(doc.text()).hasSize(d.chars()).isNotBlank();
      }
      assertThat(admin.documents()).hasSizeGreaterThan(1);
      assertThat(admin.knowledge().answer("职工书屋在哪里").answered()).isTrue();

      // every score the child reported is there
      ScoreStore.Standing worker = admin.scores().standing("worker");
      assertThat(worker.answered()).isGreaterThanOrEqualTo(scored.size());
      assertThat(admin.scores().itemsSeen("worker", LocalDate.of(2026, 3, 2))).containsAll(scored);

      // and it goes on from there
      assertThat(admin.addFaq(new Actor("after", ""), "重启后还能改吗", "能。").version())
          .isEqualTo(version + 1);
    }
  }
}
