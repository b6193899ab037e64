package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Updates while the bot serves, and crashes in the middle of one: workers never see half a version,
 * and a SIGKILL leaves the last committed version serving, with every acknowledged change and every
 * score.
 */
class AdminReliabilityIT {
  private static final String NOTICE = AdminClient.resource("reading-month.txt");
  private static final String TITLE = "关于开展职工书屋读书月活动的通知";
  private static final String QUESTION = "读书分享会邀请谁来分享";
  private static final String FACT_A = "劳动模范和工匠代表";
  private static final String FACT_B = "全国五一劳动奖章获得者";

  @TempDir Path dir;

  @Test
  void queriesDuringAStreamOfUpdatesEachSeeOneWholeVersion() throws Exception {
    // four readers asking as fast as they can, all from loopback: load, not a worker to limit
    ServerConfig.Limits unlimited = ServerConfig.Limits.DEFAULTS.withChatRatePerMinute(0);
    try (AdminServer server = AdminServer.start(dir.resolve("data"), unlimited)) {
      AdminClient admin = server.client();
      String id = admin.addDocument(TITLE, NOTICE).get("id").asText();
      AtomicBoolean writing = new AtomicBoolean(true);
      ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
      Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
      ExecutorService readers = Executors.newFixedThreadPool(4);
      List<Future<Integer>> asked = new ArrayList<>();
      for (int r = 0; r < 4; r++) {
        String user = "reader" + r;
        asked.add(
            readers.submit(
                () -> {
                  int n = 0;
                  while (writing.get() || n == 0) {
                    JsonNode reply = admin.ask(user, QUESTION);
                    n++;
                    String text = reply.path("text").asText();
                    String snippet = reply.path("sources").path(0).path("snippet").asText();
                    boolean a = text.contains(FACT_A);
                    boolean b = text.contains(FACT_B);
                    if (!reply.path("kind").asText().equals("answer") || a == b) {
                      problems.add("not one version's answer: " + reply);
                    } else if (!snippet.contains(a ? FACT_A : FACT_B)) {
                      problems.add("answer and source from different versions: " + reply);
                    } else {
                      seen.add(a ? FACT_A : FACT_B);
                    }
                  }
                  return n;
                }));
      }
      long first = server.admin.version();
      for (int i = 0; i < 20; i++) {
        String text = i % 2 == 0 ? NOTICE.replace(FACT_A, FACT_B) : NOTICE;
        HttpResponse<String> put =
            admin.put("/admin/documents/" + id, Map.of("title", TITLE, "text", text));
        if (put.statusCode() != 200) {
          problems.add("update " + i + ": " + put.statusCode() + " " + put.body());
        }
      }
      writing.set(false);
      int total = 0;
      for (Future<Integer> f : asked) {
        total += f.get();
      }
      readers.shutdown();
      assertThat(problems).isEmpty();
      assertThat(total).isGreaterThan(20);
      assertThat(seen).containsExactlyInAnyOrder(FACT_A, FACT_B);
      assertThat(server.admin.version()).isEqualTo(first + 20);
    }
  }

  @Test
  void aSigkillMidUpdateLeavesTheLastCommittedVersionAndEveryScore() throws Exception {
    Path data = dir.resolve("data");
    String token = "kill-test-token";
    List<String> acknowledged = new ArrayList<>();
    String standing;
    try (ServeProcess serve = ServeProcess.serve(dir, data, "--admin-token", token)) {
      AdminClient admin = new AdminClient(serve.uri(), token);
      earnPoints(admin, "steady-worker");
      standing = admin.ask("steady-worker", "积分").get("text").asText();
      assertThat(standing).containsPattern("[1-9]");

      for (int i = 0; i < 3; i++) {
        acknowledged.add(admin.addDocument("测试通知" + i, notice(i)).get("id").asText());
      }
      // one more change, in flight when the process dies: killed once the server has read the
      // whole request, and before it has answered
      try (Socket post = new Socket(serve.uri().getHost(), serve.uri().getPort())) {
        post.getOutputStream().write(addDocument(serve.uri(), token, "测试通知3", notice(3)));
        post.getOutputStream().flush();
        await("the server has read the request")
            .atMost(Duration.ofSeconds(10))
            .pollDelay(Duration.ZERO)
            .pollInterval(Duration.ofMillis(2))
            .until(() -> SocketQueues.serverHasRead(serve.uri().getPort(), post.getLocalPort()));
        serve.kill();
        assertThat(responseStart(post)).as("a response before the kill").isEmpty();
      }
    }

    try (ServeProcess again = ServeProcess.serve(dir, data, "--admin-token", token)) {
      AdminClient admin = new AdminClient(again.uri(), token);
      JsonNode versions = AdminClient.tree(admin.get("/admin/versions"));
      JsonNode docs = AdminClient.tree(admin.get("/admin/documents"));
      Set<String> ids = new HashSet<>(docs.findValuesAsText("id"));
      assertThat(ids).containsAll(acknowledged).contains("notice");
      assertThat(ids.size()).isBetween(acknowledged.size() + 1, acknowledged.size() + 2);
      // versions are contiguous, one per change, and the newest is the one serving
      long newest = versions.get(0).get("version").asLong();
      assertThat(newest).isEqualTo(ids.size());
      for (int i = 0; i < versions.size(); i++) {
        assertThat(versions.get(i).get("version").asLong()).isEqualTo(newest - i);
      }
      assertThat(AdminClient.tree(Loopback.get(again.uri(), "/healthz")).get("kbVersion").asLong())
          .isEqualTo(newest);
      for (String id : ids) {
        assertThat(admin.get("/admin/documents/" + id).statusCode()).isEqualTo(200);
      }
      JsonNode answer = admin.ask("after", QUESTION);
      assertThat(ids).contains(answer.path("sources").path(0).path("doc").asText());
      assertThat(admin.ask("steady-worker", "积分").get("text").asText()).isEqualTo(standing);
    }
  }

  /** A {@code POST /admin/documents} request, as an admin's script sends it. */
  private static byte[] addDocument(URI base, String token, String title, String text)
      throws IOException {
    byte[] body = AdminClient.JSON.writeValueAsBytes(Map.of("title", title, "text", text));
    String head =
        "POST /admin/documents HTTP/1.1\r\n"
            + "Host: "
            + base.getAuthority()
            + "\r\nAuthorization: Bearer "
            + token
            + "\r\nX-Admin-Name: "
            + AdminClient.encode("王老师")
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + body.length
            + "\r\nConnection: close\r\n\r\n";
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.write(head.getBytes(StandardCharsets.US_ASCII));
    request.write(body);
    return request.toByteArray();
  }

  /** The first bytes the server sent on {@code socket} before it closed (or reset) it. */
  private static String responseStart(Socket socket) throws IOException {
    socket.setSoTimeout(30_000);
    byte[] start = new byte[16];
    int n = 0;
    try {
      for (int r;
          n < start.length
              && (r = socket.getInputStream().read(start, n, start.length - n)) > 0; ) {
        n += r;
      }
    } catch (SocketException reset) {
      // closed by the kernel when the process died, with the request unanswered
    }
    return new String(start, 0, n, StandardCharsets.US_ASCII);
  }

  /** The reading-month notice, told apart by its number. */
  private static String notice(int i) {
    return NOTICE.replace("职工书屋读书月", "职工书屋第" + (i + 1) + "期读书月");
  }

  /** Plays one quiz round with the right answers, through the chat API. */
  private static void earnPoints(AdminClient admin, String user) {
    var kb = org.unionbot.knowledge.KnowledgeBase.bundled();
    JsonNode reply = admin.ask(user, "答题");
    while (reply.has("quiz")) {
      String id = reply.get("quiz").get("id").asText();
      var item = kb.quizItems().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
      String answer =
          item.type() == org.unionbot.knowledge.quiz.QuizItem.Type.CHOICE
              ? String.valueOf((char) ('A' + item.correctIndex()))
              : item.answer();
      reply = admin.ask(user, answer);
    }
  }
}
