package org.unionbot.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kb list|add|remove|export} on a data directory, as an admin runs them with the server
 * stopped; and the clear refusal while the server runs on it.
 */
class KbCommandIT {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void addListExportRemoveThenServeAnswersFromIt() throws Exception {
    Path data = dir.resolve("data");
    Path notice = dir.resolve("reading.txt");
    Files.writeString(notice, AdminClient.resource("reading-month.txt"), UTF_8);

    Run added = run("kb", "add", notice.toString(), "--data", data.toString());
    assertThat(added.code()).as(added.err()).isZero();
    assertThat(added.out()).containsPattern("added [a-z0-9-]+ as version 2");
    String id = added.out().replaceAll("(?s)added ([a-z0-9-]+) .*", "$1");

    Run listed = run("kb", "list", "--data", data.toString());
    assertThat(listed.code()).isZero();
    assertThat(listed.out()).contains("version 2", "notice\t", id + "\t", "关于开展职工书屋读书月活动的通知");

    Path export = dir.resolve("export");
    Run exported = run("kb", "export", export.toString(), "--data", data.toString());
    assertThat(exported.code()).as(exported.err()).isZero();
    assertThat(Files.readString(export.resolve(id + ".txt"), UTF_8))
        .isEqualTo(Files.readString(notice, UTF_8));
    JsonNode manifest = AdminClient.JSON.readTree(export.resolve("knowledge.json").toFile());
    assertThat(manifest.get("version").asLong()).isEqualTo(2);
    assertThat(manifest.get("documents").findValuesAsText("id")).containsExactly("notice", id);

    try (ServeProcess serve = ServeProcess.serve(dir, data)) {
      AdminClient chat = new AdminClient(serve.uri(), "unused");
      assertThat(chat.ask("w", "读书分享会邀请谁来分享").get("text").asText()).contains("劳动模范");

      Run refused = run("kb", "remove", id, "--data", data.toString());
      assertThat(refused.code()).isEqualTo(2);
      assertThat(refused.err())
          .contains("unionbot is running on " + data)
          .contains("pid " + serve.process.pid());
    }

    Run removed = run("kb", "remove", id, "--data", data.toString());
    assertThat(removed.code()).as(removed.err()).isZero();
    assertThat(run("kb", "list", "--data", data.toString()).out()).doesNotContain(id + "\t");
  }

  @Test
  void badArgumentsAreExitCode2WithAMessage() {
    Path data = dir.resolve("data");
    Run missing =
        run("kb", "add", dir.resolve("no-such.txt").toString(), "--data", data.toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("cannot read");

    Run unknown = run("kb", "remove", "no-such-doc", "--data", data.toString());
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("no-such-doc");

    assertThat(run("kb", "frobnicate").code()).isEqualTo(2);
    assertThat(run("kb").code()).isEqualTo(2);
  }
}
