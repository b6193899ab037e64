package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.admin.NoticeDocs;

/**
 * Notices as officers have them (issue 15), uploaded through the admin API as the admin page sends
 * them, the file itself as the body: a Word document, a text PDF and a GBK text file from Windows
 * Notepad are each answered from as soon as the 201 arrives, under the notice's own title; a scan
 * and a file that is no document are refused in Chinese with what to do.
 */
class NoticeUploadIT {
  private static final String NOTICE = AdminClient.resource("reading-month.txt");
  private static final String TITLE = "关于开展职工书屋读书月活动的通知";
  private static final String QUESTION = "读书分享会邀请谁来分享";
  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @TempDir static Path dir;
  private static AdminServer server;
  private static AdminClient admin;

  @BeforeAll
  static void start() throws Exception {
    server = AdminServer.start(dir);
    admin = server.client();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aWordNoticeIsAnsweredUnderItsFirstLine() {
    assertAnsweredAfterUpload(DOCX, NoticeDocs.docx(NOTICE, Optional.empty()), TITLE);
  }

  @Test
  void aWordTitlePropertyNamesTheNoticeUnlessTheOfficerTypesOne() {
    byte[] docx = NoticeDocs.docx(NOTICE, Optional.of("读书月通知"));
    assertAnsweredAfterUpload(DOCX, docx, "读书月通知");
    String typed = "/admin/documents?title=" + AdminClient.encode("我起的标题");
    assertAnsweredAfterUpload(typed, DOCX, docx, "我起的标题");
  }

  @Test
  void aTextPdfIsAnswered() {
    assumeTrue(NoticeDocs.hasChineseFont(), "needs fonts-wqy-microhei (src/test/provision)");
    assertAnsweredAfterUpload("application/pdf", NoticeDocs.pdf(NOTICE), TITLE);
  }

  @Test
  void aGbkTextFileKeepsItsTitleAndText() {
    byte[] gbk = NOTICE.getBytes(Charset.forName("GB18030"));
    JsonNode preview =
        AdminClient.tree(admin.send("POST", "/admin/documents/preview", "text/plain", gbk));
    assertThat(preview.get("title").asText()).isEqualTo(TITLE);
    assertThat(preview.get("text").asText()).isEqualTo(NOTICE);
    assertThat(preview.get("format").asText()).isEqualTo("gb18030");
    assertThat(server.admin.documents()).hasSize(1); // a preview stores nothing

    JsonNode stored = assertAnsweredAfterUpload("text/plain", gbk, TITLE);
    assertThat(stored.get("text").asText()).isEqualTo(NOTICE);
  }

  @Test
  void aScanAndAnUnreadableFileAreRefusedInChineseAndNothingChanges() {
    long version = server.admin.version();
    HttpResponse<String> scan =
        admin.send("POST", "/admin/documents", "application/pdf", NoticeDocs.scannedPdf());
    assertThat(scan.statusCode()).isEqualTo(400);
    assertThat(AdminClient.tree(scan).get("error").asText()).contains("扫描图片", "请上传 Word 版");

    byte[] notAText = {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xFF, (byte) 0xFE};
    HttpResponse<String> bad =
        admin.send("POST", "/admin/documents/preview", "application/octet-stream", notAText);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(AdminClient.tree(bad).get("error").asText()).contains("读不出", ".docx", ".txt");
    assertThat(server.admin.version()).isEqualTo(version);
  }

  private static JsonNode assertAnsweredAfterUpload(String type, byte[] body, String title) {
    return assertAnsweredAfterUpload("/admin/documents", type, body, title);
  }

  /**
   * Uploads {@code body} to {@code path}, asks a worker's question, removes the document again and
   * returns it as stored.
   */
  private static JsonNode assertAnsweredAfterUpload(
      String path, String type, byte[] body, String title) {
    HttpResponse<String> r = admin.send("POST", path, type, body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    String id = AdminClient.tree(r).get("id").asText();
    JsonNode answer = admin.ask("w1", QUESTION);
    assertThat(answer.get("kind").asText()).isEqualTo("answer");
    assertThat(answer.get("text").asText()).contains("劳动模范和工匠代表");
    assertThat(answer.get("sources").get(0).get("doc").asText()).isEqualTo(id);
    assertThat(answer.get("sources").get(0).get("title").asText()).isEqualTo(title);
    JsonNode stored = AdminClient.tree(admin.get("/admin/documents/" + id));
    assertThat(admin.delete("/admin/documents/" + id).statusCode()).isEqualTo(200);
    return stored;
  }
}
