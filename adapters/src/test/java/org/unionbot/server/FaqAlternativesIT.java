package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FAQs that catch rephrasings, through the admin API (issue 15): alternatives in FAQ bodies, and
 * the unanswered list's attach, suggest and ignore.
 */
class FaqAlternativesIT {

  private static final String HEAT = "高温津贴每个月多少钱";
  private static final String HEAT_ANSWER = "每月300元，6月至9月随工资发放。";

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
  void alternativesAreStoredListedAnsweredAndKeptByAPutWithoutThem() {
    HttpResponse<String> added =
        admin.post(
            "/admin/faq",
            Map.of(
                "question", HEAT,
                "answer", HEAT_ANSWER,
                "alternatives", List.of("防暑降温费一个月发几百", " ", "高温津贴每个月多少钱？")));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    String id = AdminClient.tree(added).get("id").asText();

    JsonNode faq = AdminClient.tree(admin.get("/admin/faq")).get(0);
    assertThat(texts(faq.get("alternatives"))).containsExactly("防暑降温费一个月发几百");
    assertThat(admin.ask("w1", "防暑降温费一个月发几百？").get("text").asText()).isEqualTo(HEAT_ANSWER);

    HttpResponse<String> put =
        admin.put("/admin/faq/" + id, Map.of("question", HEAT, "answer", "每月350元。"));
    assertThat(put.statusCode()).isEqualTo(200);
    assertThat(texts(AdminClient.tree(admin.get("/admin/faq")).get(0).get("alternatives")))
        .containsExactly("防暑降温费一个月发几百");
    assertThat(admin.ask("w1", "防暑降温费一个月发几百").get("text").asText()).isEqualTo("每月350元。");

    admin.put(
        "/admin/faq/" + id,
        Map.of("question", HEAT, "answer", "每月350元。", "alternatives", List.of()));
    assertThat(AdminClient.tree(admin.get("/admin/faq")).get(0).get("alternatives").size())
        .isZero();

    HttpResponse<String> clash =
        admin.post(
            "/admin/faq",
            Map.of("question", "高温怎么防暑", "answer", "多喝水。", "alternatives", List.of(HEAT)));
    assertThat(clash.statusCode()).isEqualTo(400);
    assertThat(AdminClient.tree(clash).get("error").asText()).contains("已经属于问答");
  }

  @Test
  void anUnansweredRephrasingIsAttachedToTheClosestPairAndAnsweredFromThenOn() {
    admin.post("/admin/faq", Map.of("question", HEAT, "answer", HEAT_ANSWER));
    admin.post("/admin/faq", Map.of("question", "工会会员证丢了怎么办", "answer", "到基层工会补办。"));
    // asks what the pair answers, in another shape (not a count): not matched by itself
    String rephrased = "高温津贴的发放标准是什么";
    assertThat(admin.ask("w1", rephrased).get("kind").asText()).isEqualTo("fallback");

    JsonNode item = listed(rephrased);
    JsonNode closest = item.get("closest");
    assertThat(closest.get(0).get("question").asText()).isEqualTo(HEAT);
    assertThat(closest.get(0).get("score").asDouble()).isBetween(0.0, 1.0);
    if (closest.size() > 1) {
      assertThat(closest.get(0).get("score").asDouble())
          .isGreaterThan(closest.get(1).get("score").asDouble());
    }
    String id = closest.get(0).get("id").asText();
    JsonNode suggested =
        AdminClient.tree(
            admin.get("/admin/unanswered/suggest?text=" + AdminClient.encode(rephrased)));
    assertThat(suggested.get("closest").get(0).get("id").asText()).isEqualTo(id);

    HttpResponse<String> attached =
        admin.post("/admin/unanswered/attach", Map.of("text", rephrased, "faq", id));
    assertThat(attached.statusCode()).as(attached.body()).isEqualTo(200);
    assertThat(AdminClient.tree(attached).get("id").asText()).isEqualTo(id);

    JsonNode answer = admin.ask("w2", rephrased);
    assertThat(answer.get("kind").asText()).isEqualTo("answer");
    assertThat(answer.get("text").asText()).isEqualTo(HEAT_ANSWER);
    assertThat(texts(AdminClient.tree(admin.get("/admin/unanswered")))).doesNotContain(rephrased);
    assertThat(AdminClient.tree(admin.get("/admin/audit")).findValuesAsText("action"))
        .contains("attach-unanswered");

    HttpResponse<String> again =
        admin.post("/admin/unanswered/attach", Map.of("text", rephrased, "faq", id));
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(
            admin
                .post("/admin/unanswered/attach", Map.of("text", "x", "faq", "faq-99"))
                .statusCode())
        .isEqualTo(404);
    assertThat(admin.get("/admin/unanswered/suggest").statusCode()).isEqualTo(400);
  }

  @Test
  void anIgnoredQuestionNeverShowsAgainAndNoiseGoesAllAtOnce() {
    String real = "停车场晚上几点关门";
    List<String> noise = List.of("测试一下", "在么在么", "好滴", "嗯呢嗯呢");
    admin.ask("w1", real);
    admin.ask("w1", "食堂几点开饭");
    noise.forEach(n -> admin.ask("w2", n));
    listed("食堂几点开饭");

    HttpResponse<String> one = admin.post("/admin/unanswered/ignore", Map.of("text", "食堂几点开饭"));
    assertThat(one.statusCode()).isEqualTo(200);
    assertThat(AdminClient.tree(one).get("ignored").asInt()).isEqualTo(1);
    admin.ask("w3", "食堂几点开饭？");
    listed(real);
    assertThat(texts(AdminClient.tree(admin.get("/admin/unanswered")))).doesNotContain("食堂几点开饭");

    JsonNode before = AdminClient.tree(admin.get("/admin/unanswered"));
    long noisy = texts(before).stream().filter(noise::contains).count();
    HttpResponse<String> all = admin.post("/admin/unanswered/ignore", Map.of("kind", "noise"));
    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(AdminClient.tree(all).get("ignored").asLong()).isEqualTo(noisy);
    admin.ask("w4", "测试测试");
    admin.ask("w4", "汽车票能报销吗");
    listed("汽车票能报销吗");
    assertThat(texts(AdminClient.tree(admin.get("/admin/unanswered"))))
        .contains(real)
        .doesNotContainAnyElementsOf(noise)
        .doesNotContain("测试测试");
    assertThat(AdminClient.tree(admin.get("/admin/audit")).findValuesAsText("action"))
        .contains("ignore-unanswered", "ignore-unanswered-kind");

    assertThat(admin.post("/admin/unanswered/ignore", Map.of("kind", "greetings")).statusCode())
        .isEqualTo(400);
    assertThat(admin.post("/admin/unanswered/ignore", Map.of()).statusCode()).isEqualTo(400);
  }

  /** The unanswered item for this text, once the question log has written it. */
  private JsonNode listed(String text) {
    return await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              for (JsonNode u : AdminClient.tree(admin.get("/admin/unanswered"))) {
                if (u.get("text").asText().equals(text)) {
                  return u;
                }
              }
              return null;
            },
            u -> u != null);
  }

  private static List<String> texts(JsonNode items) {
    List<String> out = new java.util.ArrayList<>();
    for (JsonNode n : items) {
      out.add(n.isTextual() ? n.asText() : n.get("text").asText());
    }
    return out;
  }
}
