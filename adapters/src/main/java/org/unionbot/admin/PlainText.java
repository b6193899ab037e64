package org.unionbot.admin;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.unionbot.http.HttpError;

/**
 * A plain text or Markdown notice, in whichever encoding it was saved. The rule, in order: a byte
 * order mark decides (UTF-8, UTF-16LE, UTF-16BE); bytes that are valid UTF-8 are UTF-8, so UTF-8
 * text is never re-read as anything else; bytes that are not UTF-8 but decode as GB18030 with no
 * malformed sequence are GB18030 (a superset of GBK and GB2312, what Windows Notepad saves as
 * "ANSI" on a Chinese system). Anything else, or text full of control characters (a binary file),
 * is refused.
 */
final class PlainText {
  private static final Charset GB18030 = Charset.forName("GB18030");

  private PlainText() {}

  static NoticeFile read(byte[] bytes) {
    if (NoticeFiles.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return text(bytes, 3, StandardCharsets.UTF_8, "utf-8");
    }
    if (NoticeFiles.startsWith(bytes, 0xFF, 0xFE)) {
      return text(bytes, 2, StandardCharsets.UTF_16LE, "utf-16");
    }
    if (NoticeFiles.startsWith(bytes, 0xFE, 0xFF)) {
      return text(bytes, 2, StandardCharsets.UTF_16BE, "utf-16");
    }
    Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return checked(utf8.get(), "utf-8");
    }
    return strict(bytes, 0, GB18030)
        .map(t -> checked(t, "gb18030"))
        .orElseThrow(PlainText::unreadable);
  }

  private static NoticeFile text(byte[] bytes, int skip, Charset charset, String format) {
    return checked(strict(bytes, skip, charset).orElseThrow(PlainText::unreadable), format);
  }

  /** {@code text}, unless it holds control characters that no text file has. */
  private static NoticeFile checked(String text, String format) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x0B) {
        throw unreadable();
      }
    }
    return new NoticeFile(text, Optional.empty(), format);
  }

  private static Optional<String> strict(byte[] bytes, int skip, Charset charset) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static HttpError unreadable() {
    return HttpError.badRequest(
        "读不出这个文件里的文字：它不是 Word（.docx）、PDF 或文本文件（.txt、.md）。"
            + "请上传这几种文件之一；"
            + NoticeFiles.PASTE_INSTEAD);
  }
}
