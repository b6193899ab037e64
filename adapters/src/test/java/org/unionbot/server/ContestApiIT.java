package org.unionbot.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.core.contest.Contest;
import org.unionbot.core.contest.ContestStore;
import org.unionbot.core.contest.Ticket;

/**
 * The contest admin API on a real server: units as CSV and JSON, contests, both leaderboards, and
 * results exported and read back (CSV with its BOM and Chinese, XLSX through Apache POI, JSON); the
 * time of an export of 100,000 answers is printed.
 */
class ContestApiIT {

  @TempDir Path dir;
  private AdminServer server;
  private AdminClient client;

  @BeforeEach
  void start() throws Exception {
    server = AdminServer.start(dir);
    client = server.client();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void unitsLoadAsCsvOrJsonAndBadListsAreRefusedInChinese() {
    byte[] csv = "\uFEFF单位名称,人数\n盐城港务集团工会,120\n\"亭湖区环卫处, 工会\",25\n".getBytes(UTF_8);
    HttpResponse<String> put = client.send("PUT", "/admin/units", "text/csv", csv);
    assertThat(put.statusCode()).isEqualTo(200);
    assertThat(AdminClient.tree(client.get("/admin/units")))
        .hasSize(2)
        .anySatisfy(u -> assertThat(u.get("name").asText()).isEqualTo("亭湖区环卫处, 工会"));

    HttpResponse<String> json =
        client.put("/admin/units", List.of(Map.of("name", "甲工会", "members", 3)));
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(AdminClient.tree(json)).hasSize(1);

    HttpResponse<String> twice =
        client.put(
            "/admin/units",
            List.of(Map.of("name", "甲工会", "members", 3), Map.of("name", "甲工会", "members", 4)));
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(twice.body()).contains("单位名称重复");
    HttpResponse<String> badCsv =
        client.send("PUT", "/admin/units", "text/csv", "甲工会,30\n乙工会,三十\n".getBytes(UTF_8));
    assertThat(badCsv.statusCode()).isEqualTo(400);
    assertThat(badCsv.body()).contains("第2行的人数不是数字");
    HttpResponse<String> header =
        client.send("PUT", "/admin/units", "text/csv", "单位,人数\n".getBytes(UTF_8));
    assertThat(header.body()).contains("没有读到任何单位");
    assertThat(AdminClient.tree(client.get("/admin/units"))).as("unchanged").hasSize(1);
  }

  @Test
  void contestsAreCreatedListedAndRefusedWhenWrong() {
    HttpResponse<String> bad =
        client.post(
            "/admin/contests",
            Map.of(
                "title", "反了",
                "startsAt", "2026-12-10T08:00",
                "endsAt", "2026-12-01T08:00",
                "roundSize", 5,
                "roundsPerDay", 2));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("结束时间须晚于开始时间");
    HttpResponse<String> noDoc =
        client.post(
            "/admin/contests",
            Map.of(
                "title",
                "无此文档",
                "startsAt",
                "2026-12-01T08:00",
                "endsAt",
                "2026-12-02T08:00",
                "roundSize",
                5,
                "roundsPerDay",
                1,
                "documents",
                List.of("doc-999")));
    assertThat(noDoc.statusCode()).isEqualTo(400);
    assertThat(noDoc.body()).contains("没有这个文档：doc-999");
    HttpResponse<String> made =
        client.post(
            "/admin/contests",
            Map.of(
                "title",
                "学习工会十八大精神知识竞赛",
                "startsAt",
                "2026-12-01 08:00",
                "endsAt",
                "2026-12-31T20:00:00+08:00",
                "roundSize",
                5,
                "roundsPerDay",
                2,
                "documents",
                List.of()));
    assertThat(made.statusCode()).isEqualTo(201);
    JsonNode c = AdminClient.tree(made);
    assertThat(c.get("startsAt").asText()).isEqualTo("2026-12-01T08:00+08:00");
    assertThat(c.get("roundsPerDay").asInt()).isEqualTo(2);
    assertThat(AdminClient.tree(client.get("/admin/contests"))).hasSize(1);
    JsonNode one = AdminClient.tree(client.get("/admin/contests/" + c.get("id").asLong()));
    assertThat(one.get("people").isArray()).isTrue();
    assertThat(one.get("units").isArray()).isTrue();
    assertThat(client.get("/admin/contests/99").statusCode()).isEqualTo(404);
    assertThat(client.get("/admin/contests/1/results?format=pdf").statusCode()).isEqualTo(400);
  }

  @Test
  void resultsExportAndReadBack() throws Exception {
    client.send("PUT", "/admin/units", "text/csv", "盐城港务集团工会,4\n亭湖区环卫处工会,2\n".getBytes(UTF_8));
    ContestStore store = server.admin.contests();
    Instant now = Instant.now();
    Contest c =
        store.create(
            "港城竞赛", now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)), 5, 1, List.of());
    play(store, c, "wechat:aa111", "盐城港务集团工会", 4, "=张师傅");
    play(store, c, "wechat:bb222", "盐城港务集团工会", 2, null);
    play(store, c, "wechat:cc333", "亭湖区环卫处工会", 5, "李, 师傅");

    HttpResponse<byte[]> csv = bytes("/admin/contests/" + c.id() + "/results?by=unit&format=csv");
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("contest-" + c.id() + "-unit.csv"));
    byte[] body = csv.body();
    assertThat(body[0] & 0xff).isEqualTo(0xEF);
    assertThat(body[1] & 0xff).isEqualTo(0xBB);
    assertThat(body[2] & 0xff).isEqualTo(0xBF);
    List<String> lines = new String(body, 3, body.length - 3, UTF_8).lines().toList();
    assertThat(lines.get(0)).startsWith("排名,单位,会员人数,参与人数,参与率");
    assertThat(lines).contains("1,亭湖区环卫处工会,2,1,0.5,5.0,5,1,5,5", "2,盐城港务集团工会,4,2,0.5,3.0,6,2,10,6");

    HttpResponse<byte[]> people =
        bytes("/admin/contests/" + c.id() + "/results?by=person&format=csv");
    String text = new String(people.body(), UTF_8);
    assertThat(text).contains("\"李, 师傅\"", "'=张师傅", "bb***22");

    HttpResponse<byte[]> xlsx =
        bytes("/admin/contests/" + c.id() + "/results?by=person&format=xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet s = book.getSheetAt(0);
      assertThat(book.getSheetName(0)).isEqualTo("个人成绩");
      assertThat(s.getRow(0).getCell(1).getStringCellValue()).isEqualTo("昵称");
      Row first = s.getRow(1);
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo("李, 师傅");
      assertThat(first.getCell(3).getStringCellValue()).isEqualTo("亭湖区环卫处工会");
      assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(5.0);
      assertThat(s.getLastRowNum()).isEqualTo(3);
    }

    JsonNode json =
        AdminClient.tree(
            client.get("/admin/contests/" + c.id() + "/results?by=person&format=json"));
    assertThat(json).hasSize(3);
    assertThat(json.get(0).get("points").asInt()).isEqualTo(5);
    assertThat(json.get(2).get("user").asText()).isEqualTo("bb***22");
  }

  /** 100,000 answers (20,000 rounds of five by 10,000 workers) exported per person and per unit. */
  @Test
  void anExportOfAHundredThousandAnswersIsTimed() throws Exception {
    ContestStore store = server.admin.contests();
    Instant now = Instant.now();
    Contest c =
        store.create(
            "大赛", now.minus(Duration.ofDays(3)), now.plus(Duration.ofHours(1)), 5, 2, List.of());
    client.send("PUT", "/admin/units", "text/csv", units(50).getBytes(UTF_8));
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("unionbot.db"))) {
      db.setAutoCommit(false);
      try (PreparedStatement worker =
              db.prepareStatement(
                  "INSERT INTO contest_workers (user_id, unit, nickname) VALUES (?, ?, ?)");
          PreparedStatement round =
              db.prepareStatement(
                  "INSERT INTO contest_rounds (contest_id, user_id, day, seq, unit, started_at,"
                      + " answered, correct, points) VALUES (?, ?, ?, ?, ?, ?, 5, ?, ?)")) {
        for (int w = 0; w < 10_000; w++) {
          String user = "wechat:user" + w;
          String unit = "第" + (w % 50) + "工会";
          worker.setString(1, user);
          worker.setString(2, unit);
          worker.setString(3, "职工" + w);
          worker.addBatch();
          for (int r = 0; r < 2; r++) {
            int right = (w + r) % 6;
            round.setLong(1, c.id());
            round.setString(2, user);
            round.setString(3, "2026-12-0" + (r + 1));
            round.setInt(4, 1);
            round.setString(5, unit);
            round.setLong(6, now.toEpochMilli());
            round.setInt(7, right);
            round.setInt(8, right);
            round.addBatch();
          }
        }
        worker.executeBatch();
        round.executeBatch();
      }
      db.commit();
    }
    for (String query :
        List.of("by=person&format=csv", "by=person&format=xlsx", "by=unit&format=xlsx")) {
      long t0 = System.nanoTime();
      HttpResponse<byte[]> r = bytes("/admin/contests/" + c.id() + "/results?" + query);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertThat(r.statusCode()).isEqualTo(200);
      System.out.printf(
          "export of 100,000 answers, %s: %d ms, %d bytes%n", query, ms, r.body().length);
    }
    HttpResponse<byte[]> csv = bytes("/admin/contests/" + c.id() + "/results?by=person&format=csv");
    assertThat(new String(csv.body(), UTF_8).lines().count()).isEqualTo(10_001);
  }

  private static String units(int n) {
    StringBuilder sb = new StringBuilder("单位,人数\n");
    for (int i = 0; i < n; i++) {
      sb.append("第").append(i).append("工会,").append(300).append('\n');
    }
    return sb.toString();
  }

  private static void play(
      ContestStore store, Contest c, String user, String unit, int right, String nick) {
    store.units().reassign(user, unit, Instant.now());
    if (nick != null) {
      store.units().nickname(user, nick);
    }
    Ticket t = store.claim(c, user, Instant.now()).orElseThrow();
    for (int i = 0; i < 5; i++) {
      store.answered(t, i < right, i < right ? 1 : 0);
    }
  }

  private HttpResponse<byte[]> bytes(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.uri() + path))
            .header("Authorization", "Bearer " + AdminServer.TOKEN)
            .GET()
            .build();
    HttpResponse<byte[]> r =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r;
  }
}
