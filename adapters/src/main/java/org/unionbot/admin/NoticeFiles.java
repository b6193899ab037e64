package org.unionbot.admin;

import java.util.Optional;
import org.unionbot.http.HttpError;

/**
 * Reads a notice file as officers have it: a Word document (.docx), a PDF with a text layer, or
 * plain text or Markdown in UTF-8, GBK/GB18030 or UTF-16. The format is told by the file's first
 * bytes, not by its name or content type, so a renamed file still reads. Every refusal is a 400 in
 * Chinese that says what to do instead. Thread-safe; the Word and PDF libraries load on the first
 * such upload, never at start.
 */
public final class NoticeFiles {
  /** A sentence the refusals end with: what always works. */
  static final String PASTE_INSTEAD = "也可以把正文复制粘贴到“正文”框里。";

  private NoticeFiles() {}

  /**
   * The notice in {@code bytes}.
   *
   * @throws HttpError 400 with the reason in Chinese when it is no readable notice
   */
  public static NoticeFile read(byte[] bytes) {
    NoticeFile file;
    if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
      file = WordText.read(bytes);
    } else if (startsWith(bytes, '%', 'P', 'D', 'F')) {
      file = PdfText.read(bytes);
    } else if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
      throw HttpError.badRequest(
          "这是旧版 Word（.doc）或 WPS 文件，读不了。请在 Word 或 WPS 里“另存为” .docx 格式后再上传。" + PASTE_INSTEAD);
    } else {
      file = PlainText.read(bytes);
    }
    String text = file.text();
    if (text.isBlank()) {
      throw HttpError.badRequest("这份文件里没有文字。请检查是否选错了文件，或把正文复制粘贴到“正文”框里。");
    }
    Optional<String> title = file.title().map(String::strip).filter(t -> !t.isEmpty());
    return new NoticeFile(text, title, file.format());
  }

  /**
   * Text a library extracted, tidied: line ends as {@code \n}, no trailing spaces on lines, no
   * blank lines at either end. Plain text is stored as it was written.
   */
  static String normalized(String text) {
    String unified = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u000B', '\n');
    StringBuilder out = new StringBuilder(unified.length());
    for (String line : unified.split("\n", -1)) {
      out.append(line.stripTrailing()).append('\n');
    }
    return out.toString().strip();
  }

  static boolean startsWith(byte[] bytes, int... magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((bytes[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
