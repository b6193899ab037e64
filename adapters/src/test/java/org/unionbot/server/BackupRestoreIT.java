package org.unionbot.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup} while {@code serve} (a child JVM) takes chat, quiz answers and admin changes, then
 * {@code restore} into a fresh directory: every version and point is there, and serve starts on it.
 * The refusals exit 2 with a message.
 */
class BackupRestoreIT {
  /** The tables a change or an answer writes before the server replies. */
  private static final List<String> STORED =
      List.of(
          "kb_versions",
          "kb_document_revisions",
          "kb_version_documents",
          "kb_faqs",
          "admin_sequences",
          "admin_settings",
          "audit_log",
          "quiz_answers",
          "quiz_scores",
          "quiz_rounds");

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  private static String adminToken(Path data) throws Exception {
    return Files.readAllLines(data.resolve("secrets.properties"), UTF_8).stream()
        .filter(l -> l.startsWith("admin-token="))
        .findFirst()
        .orElseThrow()
        .substring("admin-token=".length());
  }

  @Test
  void aBackupUnderLoadRestoresEveryVersionAndPoint() throws Exception {
    Path data = dir.resolve("data");
    Path during = dir.resolve("during.db");
    Path after = dir.resolve("after.db");
    Map<String, List<String>> before;
    Map<String, List<String>> served;
    try (ServeProcess serve = ServeProcess.serve(dir, data, "--semantic", "off")) {
      URI base = serve.uri();
      AdminClient admin = new AdminClient(base, adminToken(data));
      AtomicBoolean stop = new AtomicBoolean();
      AtomicInteger changes = new AtomicInteger();
      ExecutorService load = Executors.newFixedThreadPool(3);
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        String user = "player" + t;
        running.add(
            load.submit(
                () -> {
                  while (!stop.get()) { // rounds of quiz answers and questions
                    JsonNode r = admin.ask(user, "答题");
                    for (int n = 0; n < 5 && r.has("quiz"); n++) {
                      r = admin.ask(user, "a");
                    }
                    admin.ask(user, "学深悟透分为几个步骤");
                  }
                  return null;
                }));
      }
      running.add(
          load.submit(
              () -> {
                while (!stop.get()) { // admin changes: one version each
                  int n = changes.incrementAndGet();
                  int code =
                      admin
                          .post(
                              "/admin/faq",
                              Map.of("question", "备份测试问题" + n + "怎么办", "answer", "答案" + n))
                          .statusCode();
                  assertThat(code).isEqualTo(201);
                }
                return null;
              }));
      await("three changes and two points stored")
          .atMost(Duration.ofMinutes(2))
          .pollInterval(Duration.ofMillis(50))
          .until(() -> changes.get() >= 3 && points(data) >= 2);
      before = dump(data.resolve("unionbot.db"));

      Run backup = run("backup", during.toString(), "--data", data.toString());

      assertThat(backup.code()).as(backup.err()).isZero();
      assertThat(backup.out()).contains("backed up", "to " + during);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(during)))
          .isEqualTo("rw-------");
      stop.set(true);
      for (Future<?> f : running) {
        f.get();
      }
      load.shutdown();

      Run refused = run("restore", during.toString(), "--data", data.toString());
      assertThat(refused.code()).isEqualTo(2);
      assertThat(refused.err())
          .contains("unionbot is running on " + data, "stop it first, then restore");

      Run quiet = run("backup", after.toString(), "--data", data.toString());
      assertThat(quiet.code()).as(quiet.err()).isZero();
      Run again = run("backup", after.toString(), "--data", data.toString());
      assertThat(again.code()).isEqualTo(2);
      assertThat(again.err()).contains(after + " exists; add --force to replace it");
      assertThat(run("backup", after.toString(), "--force", "--data", data.toString()).code())
          .isZero();
    }
    served = dump(data.resolve("unionbot.db"));

    // under load: what was committed before the backup began is in it, nothing half-written
    Path fresh = dir.resolve("fresh");
    Run restored = run("restore", during.toString(), "--data", fresh.toString());
    assertThat(restored.code()).as(restored.err()).isZero();
    assertThat(restored.out()).contains("there was no database to replace");
    Map<String, List<String>> got = dump(fresh.resolve("unionbot.db"));
    for (String table : List.of("kb_versions", "kb_faqs", "admin_settings", "quiz_answers")) {
      assertThat(got.get(table)).as(table).containsAll(before.get(table));
    }
    assertThat(got.get("kb_versions")).hasSizeGreaterThanOrEqualTo(3); // the seed and two changes

    // quiet: exactly what the server had, and it replaces the first restore, which is kept
    Run second = run("restore", after.toString(), "--data", fresh.toString());
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(second.out()).contains("the database it replaced is kept as " + fresh);
    Map<String, List<String>> now = dump(fresh.resolve("unionbot.db"));
    for (String table : STORED) { // the question statistics are written behind, so not these
      assertThat(now.get(table)).as(table).isEqualTo(served.get(table));
    }
    try (var side = Files.list(fresh)) {
      Path kept =
          side.filter(p -> p.getFileName().toString().startsWith("unionbot.db.before-restore-"))
              .findFirst()
              .orElseThrow();
      assertThat(dump(kept)).isEqualTo(got);
    }

    try (ServeProcess serve = ServeProcess.serve(dir, fresh, "--semantic", "off")) {
      AdminClient admin = new AdminClient(serve.uri(), adminToken(fresh));
      JsonNode versions = AdminClient.tree(admin.get("/admin/versions"));
      assertThat(versions.size()).isEqualTo(served.get("kb_versions").size());
      assertThat(admin.ask("player0", "积分").get("text").asText()).contains("总积分");
    }
  }

  @Test
  void restoreRefusesWhatIsNotAUnionbotBackup() throws Exception {
    Path data = dir.resolve("data");
    Path text = Files.writeString(dir.resolve("notes.txt"), "not a database");
    Run notSqlite = run("restore", text.toString(), "--data", data.toString());
    assertThat(notSqlite.code()).isEqualTo(2);
    assertThat(notSqlite.err()).contains("is not a SQLite database");

    Path other = dir.resolve("other.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (x INTEGER)");
    }
    Run notOurs = run("restore", other.toString(), "--data", data.toString());
    assertThat(notOurs.code()).isEqualTo(2);
    assertThat(notOurs.err()).contains("not unionbot's");

    Run missing = run("restore", dir.resolve("nope.db").toString(), "--data", data.toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file");
    assertThat(data.resolve("unionbot.db")).doesNotExist();

    Run noStore = run("backup", dir.resolve("b.db").toString(), "--data", data.toString());
    assertThat(noStore.code()).isEqualTo(2);
    assertThat(noStore.err()).contains("no unionbot database in");

    Run postgres =
        run(
            "backup",
            dir.resolve("b.db").toString(),
            "--db",
            "jdbc:postgresql://127.0.0.1/unionbot",
            "--data",
            data.toString());
    assertThat(postgres.code()).isEqualTo(2);
    assertThat(postgres.err()).contains("pg_dump");
  }

  private static int points(Path data) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("unionbot.db"));
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM quiz_answers")) {
      return rows.next() ? rows.getInt(1) : 0;
    }
  }

  /** Every row of every table, in a stable order (read in another process than the server). */
  static Map<String, List<String>> dump(Path db) throws SQLException {
    Map<String, List<String>> tables = new TreeMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      List<String> names = new ArrayList<>();
      try (ResultSet rows =
          s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
        while (rows.next()) {
          names.add(rows.getString(1));
        }
      }
      for (String name : names) {
        List<String> lines = new ArrayList<>();
        try (ResultSet rows = s.executeQuery("SELECT * FROM \"" + name + "\"")) {
          ResultSetMetaData meta = rows.getMetaData();
          while (rows.next()) {
            StringBuilder line = new StringBuilder();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              line.append(rows.getString(i)).append('|');
            }
            lines.add(line.toString());
          }
        }
        lines.sort(null);
        tables.put(name, lines);
      }
    }
    return tables;
  }
}
