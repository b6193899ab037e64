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

    try (ServeProcess serve = ServeProcess.serve(dir, data, "--semantic", "off")) {
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
  void exportThenImportIntoAnEmptyDirectoryGivesTheSameKnowledgeBase() throws Exception {
    Path data = dir.resolve("data");
    Path notice = dir.resolve("reading.txt");
    Files.writeString(notice, AdminClient.resource("reading-month.txt"), UTF_8);
    assertThat(run("kb", "add", notice.toString(), "--data", data.toString()).code()).isZero();
    try (org.unionbot.core.admin.Admin admin =
        org.unionbot.core.admin.Admin.open(
            data,
            org.unionbot.knowledge.KnowledgeBase.bundledNotice(),
            java.time.Clock.systemUTC(),
            java.time.ZoneOffset.UTC)) {
      org.unionbot.core.admin.Actor who = new org.unionbot.core.admin.Actor("test", "");
      admin.addFaq(who, "会员证丢了怎么办", "到基层工会补办。");
      admin.putSynonym(who, "职工之家", "工会");
      admin.addQuizItem(
          who,
          new org.unionbot.core.admin.QuizDraft(
              org.unionbot.knowledge.quiz.QuizItem.Type.CHOICE,
              "读书月由谁主办？",
              java.util.List.of("市总工会", "区政府"),
              "市总工会",
              java.util.List.of(),
              ""));
      admin.disableQuizItem(who, admin.knowledge().quizItems().get(0).id());
      admin.putMenu(who, "{\"button\":[{\"type\":\"click\",\"name\":\"答题\",\"key\":\"QUIZ\"}]}");
    }
    Path export = dir.resolve("export");
    assertThat(run("kb", "export", export.toString(), "--data", data.toString()).code()).isZero();

    Path copy = dir.resolve("copy");
    Run imported = run("kb", "import", export.toString(), "--data", copy.toString());
    assertThat(imported.code()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("imported 2 documents", "with the menu", "version 2");
    Path again = dir.resolve("again");
    assertThat(run("kb", "export", again.toString(), "--data", copy.toString()).code()).isZero();

    JsonNode first = AdminClient.JSON.readTree(export.resolve("knowledge.json").toFile());
    JsonNode second = AdminClient.JSON.readTree(again.resolve("knowledge.json").toFile());
    for (String part : java.util.List.of("faq", "synonyms", "quiz", "disabledQuiz", "menu")) {
      assertThat(second.get(part)).as(part).isEqualTo(first.get(part));
    }
    assertThat(second.get("documents").findValuesAsText("title"))
        .isEqualTo(first.get("documents").findValuesAsText("title"));
    for (String file : first.get("documents").findValuesAsText("file")) {
      assertThat(Files.readString(again.resolve(file), UTF_8))
          .isEqualTo(Files.readString(export.resolve(file), UTF_8));
    }

    Run twice = run("kb", "import", export.toString(), "--data", copy.toString());
    assertThat(twice.out()).as("the same content makes no version").contains("version 2");
    Files.writeString(export.resolve("knowledge.json"), "{\"documents\": 3}");
    Run broken = run("kb", "import", export.toString(), "--data", copy.toString());
    assertThat(broken.code()).isEqualTo(2);
    assertThat(
            run("kb", "import", dir.resolve("none").toString(), "--data", copy.toString()).code())
        .isEqualTo(2);
  }

  @Test
  void badArgumentsAreExitCode2WithAMessage() throws Exception {
    Path data = dir.resolve("data");
    Run missing =
        run("kb", "add", dir.resolve("no-such.txt").toString(), "--data", data.toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("cannot read");

    Path scan = dir.resolve("scan.pdf");
    Files.write(scan, org.unionbot.admin.NoticeDocs.scannedPdf());
    Run scanned = run("kb", "add", scan.toString(), "--data", data.toString());
    assertThat(scanned.code()).isEqualTo(2);
    assertThat(scanned.err()).contains("scan.pdf", "扫描图片");

    Run unknown = run("kb", "remove", "no-such-doc", "--data", data.toString());
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("no-such-doc");

    assertThat(run("kb", "frobnicate").code()).isEqualTo(2);
    assertThat(run("kb").code()).isEqualTo(2);
  }
}
