package org.unionbot.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} as an operator runs it, in a child JVM on the test classpath: one {@code ready on}
 * line on stdout, answers over loopback, secrets in the data directory, and SIGTERM exits 0.
 */
class ServeProcessIT {

  @TempDir Path dir;

  @Test
  void servesUntilSigtermAndExitsCleanly() throws Exception {
    Path data = dir.resolve("data");
    try (ServeProcess serve = ServeProcess.serve(dir, data)) {
      URI base = serve.uri();
      String adminToken =
          Files.readAllLines(data.resolve("secrets.properties"), UTF_8).stream()
              .filter(l -> l.startsWith("admin-token="))
              .findFirst()
              .orElseThrow()
              .substring("admin-token=".length());
      AdminClient admin = new AdminClient(base, adminToken);
      // the warm-up question at start is not a worker's: it is in neither the stats nor the list
      assertThat(AdminClient.tree(admin.get("/admin/stats")).get("questions").asInt()).isZero();
      assertThat(AdminClient.tree(admin.get("/admin/unanswered"))).isEmpty();

      HttpResponse<String> chat =
          Loopback.post(base, "/api/chat", "{\"user\":\"u1\",\"text\":\"学深悟透分为几个步骤\"}");
      assertThat(chat.statusCode()).isEqualTo(200);
      assertThat(chat.body()).contains("\"kind\":\"answer\"", "学深悟透");
      assertThat(Loopback.get(base, "/healthz").body()).contains("\"status\":\"ok\"");

      Path secrets = data.resolve("secrets.properties");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets)))
          .isEqualTo("rw-------");
      String token =
          Files.readAllLines(secrets, UTF_8).stream()
              .filter(l -> l.startsWith("wechat-token="))
              .findFirst()
              .orElseThrow()
              .substring("wechat-token=".length());
      assertThat(ServeProcess.read(serve.stderr))
          .contains(secrets.toString())
          .doesNotContain(token);

      serve.process.destroy(); // SIGTERM
      assertThat(serve.await()).isZero();
      assertThat(Files.readAllLines(serve.stdout, UTF_8))
          .hasSize(1)
          .allMatch(l -> l.startsWith("ready on "));
      assertThat(ServeProcess.read(serve.stderr)).contains("stopped");
    }
  }

  /**
   * SIGTERM just after {@code ready on}, while the embedding model still loads on its own thread
   * (ONNX Runtime in native code): the process still exits 0. It used to die of SIGBUS in about
   * half the launches, when the JVM unloaded the native runtime under the loading thread.
   */
  @RepeatedTest(4)
  void sigtermWhileTheModelLoadsExitsCleanly(RepetitionInfo run) throws Exception {
    Path data = dir.resolve("data-" + run.getCurrentRepetition());
    try (ServeProcess serve =
        ServeProcess.launch(dir, "serve", "--port", "0", "--data", data.toString())) {
      assertThat(serve.firstLine()).startsWith("ready on ");
      serve.process.destroy(); // SIGTERM
      assertThat(serve.await()).as(ServeProcess.read(serve.stderr)).isZero();
      assertThat(ServeProcess.read(serve.stderr)).contains("stopped");
    }
  }
}
