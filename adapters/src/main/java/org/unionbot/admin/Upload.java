package org.unionbot.admin;

import java.util.Locale;
import java.util.Set;
import org.unionbot.http.HttpError;
import org.unionbot.http.Request;
import org.unionbot.knowledge.KnowledgeBase;

/**
 * A document as uploaded (docs/api.md "Documents"): JSON {@code {"title","text"}}, or the file
 * itself as the body (Word, PDF, plain text or Markdown, see {@link NoticeFiles}) with an optional
 * {@code ?title=}. The title is the one the officer typed, else the Word title property, else the
 * notice's first line.
 *
 * @param format how the text was read: {@code json}, or {@link NoticeFile#format()}
 */
record Upload(String title, String text, String format) {
  /** The content types sent as a file rather than as JSON. */
  private static final Set<String> FILE_TYPES =
      Set.of(
          "text/plain",
          "text/markdown",
          "application/pdf",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/msword",
          "application/octet-stream");

  static Upload of(Request request) {
    if (isFile(request)) {
      if (request.body().length == 0) {
        throw HttpError.badRequest("上传的文件是空的。请检查是否选对了文件。");
      }
      NoticeFile file = NoticeFiles.read(request.body());
      return new Upload(file.titleOr(request.param("title")), file.text(), file.format());
    }
    AdminBody body = AdminBody.json(request);
    String text = body.string("text");
    String title =
        body.optionalString("title")
            .filter(t -> !t.isBlank())
            .orElseGet(() -> KnowledgeBase.titleOf(text));
    return new Upload(title, text, "json");
  }

  /** Whether the request sends a file rather than JSON, by its content type. */
  static boolean isFile(Request request) {
    return request
        .contentType()
        .map(t -> t.toLowerCase(Locale.ROOT).split(";", 2)[0].strip())
        .filter(FILE_TYPES::contains)
        .isPresent();
  }
}
