package org.unionbot.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.knowledge.KnowledgeBase;

/**
 * The admin API over loopback, as an admin's page or script uses it: each change is answerable (or
 * gone) as soon as its reply arrives, can be rolled back, and is in the audit log; every bad
 * request is refused with a short reason and the server keeps serving.
 */
class AdminApiIT {
  private static final String NOTICE = AdminClient.resource("reading-month.txt");
  private static final String TITLE = "关于开展职工书屋读书月活动的通知";
  private static final String QUESTION = "读书分享会邀请谁来分享";

  @TempDir Path dir;
  private AdminServer server;
  private AdminClient admin;

  @BeforeEach
  void start() throws Exception {
    server = AdminServer.start(dir);
    admin = server.client();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aNewNoticeIsAnsweredAsSoonAsThe201ArrivesThenReplacedThenGone() {
    assertThat(admin.ask("w1", QUESTION).get("kind").asText()).isEqualTo("fallback");

    JsonNode added = admin.addDocument(TITLE, NOTICE);
    String id = added.get("id").asText();
    assertThat(id).matches("[a-z0-9-]+");
    JsonNode answer = admin.ask("w1", QUESTION);
    assertThat(answer.get("kind").asText()).isEqualTo("answer");
    assertThat(answer.get("text").asText()).contains("劳动模范和工匠代表");
    assertThat(answer.get("sources").get(0).get("doc").asText()).isEqualTo(id);
    assertThat(answer.get("sources").get(0).get("title").asText()).isEqualTo(TITLE);
    // two notices: the reply names its own, by its label (org.unionbot.knowledge.Titles)
    assertThat(answer.get("text").asText()).contains("——摘自《职工书屋读书月活动》");

    JsonNode listed = AdminClient.tree(admin.get("/admin/documents"));
    assertThat(listed.findValuesAsText("id")).containsExactlyInAnyOrder("notice", id);
    JsonNode one = AdminClient.tree(admin.get("/admin/documents/" + id));
    assertThat(one.get("text").asText()).isEqualTo(NOTICE);
    assertThat(one.get("chars").asInt()).isEqualTo(NOTICE.length());

    String replaced = NOTICE.replace("劳动模范和工匠代表", "全国五一劳动奖章获得者");
    HttpResponse<String> put =
        admin.put("/admin/documents/" + id, Map.of("title", TITLE, "text", replaced));
    assertThat(put.statusCode()).isEqualTo(200);
    assertThat(AdminClient.tree(put).get("version").asLong())
        .isEqualTo(added.get("version").asLong() + 1);
    assertThat(admin.ask("w1", QUESTION).get("text").asText())
        .contains("全国五一劳动奖章获得者")
        .doesNotContain("工匠代表");

    HttpResponse<String> deleted = admin.delete("/admin/documents/" + id);
    assertThat(deleted.statusCode()).isEqualTo(200);
    assertThat(admin.ask("w1", QUESTION).get("kind").asText()).isEqualTo("fallback");
    assertThat(admin.get("/admin/documents/" + id).statusCode()).isEqualTo(404);
    assertThat(AdminClient.tree(admin.get("/admin/documents")).findValuesAsText("id"))
        .containsExactly("notice");
  }

  @Test
  void aBareTextUploadTakesItsTitleFromTheFirstLine() {
    HttpResponse<String> r =
        admin.send("POST", "/admin/documents", "text/plain; charset=utf-8", NOTICE.getBytes(UTF_8));
    assertThat(r.statusCode()).isEqualTo(201);
    JsonNode docs = AdminClient.tree(admin.get("/admin/documents"));
    assertThat(docs.findValuesAsText("title")).contains(TITLE);
  }

  @Test
  void everyBadChangeIsRefusedWithItsReasonAndNothingChanges() {
    long version = server.admin.version();
    assertRefused(admin.post("/admin/documents", Map.of("title", "空", "text", "  \n ")), 400, "");
    assertRefused(
        admin.send(
            "POST",
            "/admin/documents",
            "text/plain",
            new byte[] {(byte) 0xff, 0x00, 0x12, (byte) 0xfe}),
        400,
        "读不出这个文件里的文字");
    assertRefused(
        admin.post("/admin/documents", Map.of("title", "二进制", "text", "abc\u0000\u0001def")),
        400,
        "");
    assertRefused(
        admin.post("/admin/documents", Map.of("title", "太长", "text", "职工".repeat(400_000))),
        413,
        "1 MB");
    assertRefused(
        admin.post("/admin/documents", Map.of("title", "很长", "text", "工会。".repeat(110_000))),
        400,
        "");
    assertRefused(
        admin.post(
            "/admin/documents",
            Map.of(
                "title",
                KnowledgeBase.titleOf(KnowledgeBase.bundledNotice().text()),
                "text",
                NOTICE)),
        400,
        "");
    assertRefused(
        admin.send("POST", "/admin/documents", "application/json", "{\"title\":".getBytes(UTF_8)),
        400,
        "格式不对");
    assertRefused(
        admin.send("POST", "/admin/documents", "application/json", "[1,2]".getBytes(UTF_8)),
        400,
        "格式不对");
    assertRefused(admin.post("/admin/documents", Map.of("title", "x")), 400, "请填写正文");
    assertRefused(
        admin.put("/admin/documents/no-such", Map.of("title", "x", "text", NOTICE)), 404, "");
    assertRefused(admin.delete("/admin/documents/no-such"), 404, "");
    assertRefused(admin.delete("/admin/documents"), 405, "");
    assertRefused(admin.get("/admin/nothing-here"), 404, "");
    assertRefused(admin.post("/admin/faq", Map.of("question", "", "answer", "x")), 400, "");
    assertRefused(admin.post("/admin/rollback", Map.of("version", 999)), 404, "");
    assertRefused(admin.post("/admin/rollback", Map.of("version", "one")), 400, "版本号应是一个整数");
    assertRefused(admin.get("/admin/stats?days=0"), 400, "天数");
    assertThat(server.admin.version()).isEqualTo(version);
    assertThat(admin.ask("w2", "学深悟透分为几个步骤").get("kind").asText()).isEqualTo("answer");
  }

  @Test
  void aMissingOrWrongTokenIs401AndNoChangeIsMade() {
    AdminClient stranger = new AdminClient(server.uri(), "not-the-token");
    assertRefused(stranger.get("/admin/documents"), 401, "管理令牌不对");
    assertRefused(
        stranger.post("/admin/documents", Map.of("title", TITLE, "text", NOTICE)), 401, "");
    assertThat(AdminClient.tree(admin.get("/admin/documents")).size()).isEqualTo(1);
  }

  @Test
  void faqPairsBeatTheNoticeForTheirQuestionAndCloseParaphrases() {
    HttpResponse<String> r =
        admin.post(
            "/admin/faq", Map.of("question", "工会会员证丢了怎么办", "answer", "请到所在基层工会登记补办，一般5个工作日内办好。"));
    assertThat(r.statusCode()).isEqualTo(201);
    assertThat(admin.ask("w3", "工会会员证丢了怎么办").get("text").asText()).contains("登记补办");
    assertThat(admin.ask("w3", "请问会员证丢了该怎么办？").get("text").asText()).contains("登记补办");
    JsonNode faqs = AdminClient.tree(admin.get("/admin/faq"));
    assertThat(faqs.findValuesAsText("question")).containsExactly("工会会员证丢了怎么办");
    String id = faqs.get(0).get("id").asText();
    assertThat(admin.delete("/admin/faq/" + id).statusCode()).isEqualTo(200);
    assertThat(admin.ask("w3", "工会会员证丢了怎么办").get("kind").asText()).isEqualTo("fallback");
  }

  @Test
  void unansweredQuestionsAreCountedAndOneBecomesAnFaq() {
    for (int i = 0; i < 3; i++) {
      admin.ask("w" + i, "食堂几点开饭");
    }
    admin.ask("w9", "停车场在哪里");
    JsonNode list =
        eventually(() -> AdminClient.tree(admin.get("/admin/unanswered")), l -> l.size() >= 2);
    assertThat(list.get(0).get("text").asText()).isEqualTo("食堂几点开饭");
    assertThat(list.get(0).get("count").asInt()).isEqualTo(3);
    assertThat(Instant.parse(list.get(0).get("lastAt").asText()))
        .isBefore(Instant.now().plusSeconds(1));

    HttpResponse<String> made =
        admin.post("/admin/unanswered/faq", Map.of("text", "食堂几点开饭", "answer", "职工食堂11:30开饭。"));
    assertThat(made.statusCode()).isEqualTo(201);
    assertThat(admin.ask("w1", "食堂几点开饭").get("text").asText()).contains("11:30");
    assertThat(AdminClient.tree(admin.get("/admin/unanswered")).findValuesAsText("text"))
        .doesNotContain("食堂几点开饭");

    JsonNode stats =
        eventually(
            () -> AdminClient.tree(admin.get("/admin/stats")),
            s -> s.get("questions").asInt() >= 5);
    assertThat(stats.get("answeredShare").asDouble()).isBetween(0.0, 1.0);
    assertThat(stats.get("days").size()).isEqualTo(14);
    assertThat(stats.get("topQuestions").get(0).get("text").asText()).isEqualTo("食堂几点开饭");
  }

  @Test
  void rollbackServesAnEarlierVersionAgainAndTheAuditLogSaysWhoDidWhat() {
    long before = server.admin.version();
    admin.addDocument(TITLE, NOTICE);
    assertThat(admin.ask("w4", QUESTION).get("kind").asText()).isEqualTo("answer");

    // the diff says first, in Chinese and by title, what the rollback would undo; it changes
    // nothing
    JsonNode diff = AdminClient.tree(admin.get("/admin/versions/" + before + "/diff"));
    assertThat(diff.get("version").asLong()).isEqualTo(before);
    assertThat(diff.get("current").asLong()).isEqualTo(before + 1);
    assertThat(diff.get("unchanged").asBoolean()).isFalse();
    assertThat(diff.get("documents").get("removed").findValuesAsText("title"))
        .containsExactly(TITLE);
    assertThat(diff.get("documents").get("added")).isEmpty();
    assertThat(diff.get("faqs").get("changed")).isEmpty();
    assertThat(diff.get("quiz").get("enabled")).isEmpty();
    assertThat(diff.get("summary").asText())
        .isEqualTo("回滚到版本 " + before + " 会：删除文档「" + TITLE + "」。");
    assertThat(server.admin.version()).isEqualTo(before + 1);
    assertRefused(admin.get("/admin/versions/999/diff"), 404, "没有这个版本");
    assertRefused(admin.get("/admin/versions/abc/diff"), 400, "版本号应是数字");

    HttpResponse<String> r = admin.post("/admin/rollback", Map.of("version", before));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(AdminClient.tree(r).get("version").asLong()).isEqualTo(before + 2);
    assertThat(AdminClient.tree(r).get("id").asText()).isEqualTo(Long.toString(before));
    assertThat(admin.ask("w4", QUESTION).get("kind").asText()).isEqualTo("fallback");

    JsonNode versions = AdminClient.tree(admin.get("/admin/versions"));
    assertThat(versions.get(0).get("version").asLong()).isEqualTo(before + 2);
    assertThat(versions.get(0).get("current").asBoolean()).isTrue();
    assertThat(versions.findValuesAsText("version")).hasSize((int) before + 2);
    assertThat(versions.get(0).get("summary").asText()).isEqualTo("王老师 回滚到版本 " + before);
    assertThat(versions.get(1).get("summary").asText()).startsWith("王老师 上传了文档「关于开展职工书屋");
    assertThat(versions.get((int) before + 1).get("summary").asText()).startsWith("系统 建立了知识库");

    JsonNode audit = AdminClient.tree(admin.get("/admin/audit"));
    List<String> actions = new ArrayList<>();
    audit.forEach(a -> actions.add(a.get("actor").asText() + " " + a.get("version").asLong()));
    assertThat(actions).contains("王老师 " + (before + 1), "王老师 " + (before + 2));
    assertThat(audit.get(0).get("summary").asText()).isEqualTo("王老师 回滚到版本 " + before);
  }

  @Test
  void synonymsAndQuizItemsAreVersionedChanges() {
    long v = server.admin.version();
    assertThat(
            admin
                .post("/admin/synonyms", Map.of("term", "外卖小哥", "canonical", "新就业形态劳动者"))
                .statusCode())
        .isEqualTo(201);
    assertThat(AdminClient.tree(admin.get("/admin/synonyms")).findValuesAsText("term"))
        .containsExactly("外卖小哥");
    assertThat(admin.delete("/admin/synonyms/" + AdminClient.encode("外卖小哥")).statusCode())
        .isEqualTo(200);

    JsonNode bank = AdminClient.tree(admin.get("/admin/quiz/questions"));
    assertThat(bank.size()).isGreaterThan(10);
    assertThat(bank.findValuesAsText("origin")).containsOnly("generated");
    String generated = bank.get(0).get("id").asText();
    assertThat(admin.delete("/admin/quiz/questions/" + generated).statusCode()).isEqualTo(200);
    HttpResponse<String> curated =
        admin.post(
            "/admin/quiz/questions",
            Map.of(
                "type", "choice",
                "prompt", "市总工会号召职工学习哪次大会的精神？",
                "options", List.of("中国工会十八大", "中国工会十七大", "全国劳模大会"),
                "answer", "中国工会十八大"));
    assertThat(curated.statusCode()).isEqualTo(201);
    String curatedId = AdminClient.tree(curated).get("id").asText();
    assertRefused(
        admin.post(
            "/admin/quiz/questions",
            Map.of(
                "type", "choice", "prompt", "哪个对？", "options", List.of("甲", "乙"), "answer", "丙")),
        400,
        "");
    JsonNode after = AdminClient.tree(admin.get("/admin/quiz/questions"));
    assertThat(entry(after, generated).get("enabled").asBoolean()).isFalse();
    assertThat(entry(after, curatedId).get("origin").asText()).isEqualTo("curated");
    assertThat(admin.post("/admin/quiz/questions/" + generated + "/enable", Map.of()).statusCode())
        .isEqualTo(200);
    assertThat(
            entry(AdminClient.tree(admin.get("/admin/quiz/questions")), generated)
                .get("enabled")
                .asBoolean())
        .isTrue();
    assertThat(server.admin.version()).isEqualTo(v + 5);
  }

  @Test
  void theMenuIsWeChatJsonCheckedAgainstItsLimits() {
    JsonNode menu = AdminClient.tree(admin.get("/admin/menu"));
    assertThat(menu.findValuesAsText("key")).containsExactly("QUIZ", "OUTLINE", "SCORE", "HELP");
    HttpResponse<String> bad =
        admin.send(
            "PUT",
            "/admin/menu",
            "application/json",
            "{\"button\":[{\"type\":\"click\",\"name\":\"抽奖抽奖抽奖抽奖\",\"key\":\"QUIZ\"}]}"
                .getBytes(UTF_8));
    assertRefused(bad, 400, "最多 16 字节");
    String good = "{\"button\":[{\"type\":\"click\",\"name\":\"每日一测\",\"key\":\"QUIZ\"}]}";
    assertThat(
            admin.send("PUT", "/admin/menu", "application/json", good.getBytes(UTF_8)).statusCode())
        .isEqualTo(200);
    assertThat(AdminClient.tree(admin.get("/admin/menu")).findValuesAsText("name"))
        .containsExactly("每日一测");
  }

  private static JsonNode entry(JsonNode bank, String id) {
    for (JsonNode e : bank) {
      if (e.get("id").asText().equals(id)) {
        return e;
      }
    }
    throw new AssertionError("no quiz item " + id);
  }

  private static void assertRefused(HttpResponse<String> r, int status, String reason) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    if (status != 413) {
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
      assertThat(AdminClient.tree(r).get("error").asText())
          .contains(reason)
          .matches("(?s).*\\p{IsHan}.*") // every refusal the page shows is Chinese
          .doesNotContain("Exception");
    } else {
      assertThat(r.body()).contains(reason);
    }
  }

  private static JsonNode eventually(
      Supplier<JsonNode> read, java.util.function.Predicate<JsonNode> done) {
    return await().atMost(Duration.ofSeconds(10)).until(read::get, done::test);
  }
}
