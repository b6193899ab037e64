package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /healthz} fails, with the reason, once the database file was deleted under the server. */
class StoreHealthIT {

  @TempDir Path dir;

  @Test
  void healthFailsWithTheReasonOnceTheDatabaseFileIsDeleted() throws Exception {
    Path data = dir.resolve("data");
    try (AdminServer server = AdminServer.start(data)) {
      HttpResponse<String> ok = Loopback.get(server.uri(), "/healthz");
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(ok.body()).startsWith("{\"status\":\"ok\",\"kbVersion\":1,");

      Files.delete(data.resolve("unionbot.db"));

      HttpResponse<String> failing = Loopback.get(server.uri(), "/healthz");
      assertThat(failing.statusCode()).isEqualTo(503);
      assertThat(failing.body())
          .startsWith(
              "{\"status\":\"failing\",\"reason\":\"the database file "
                  + data.toAbsolutePath().resolve("unionbot.db")
                  + " was deleted while unionbot was running: nothing more is written to it;"
                  + " restart unionbot")
          .contains("\"kbVersion\":1,");
    }
  }
}
