package org.unionbot.admin;

import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.unionbot.http.HttpError;

/**
 * A PDF read with PDFBox: the text of its text layer, page by page in reading order. A PDF without
 * one (a scan, or a photo of the notice) has no text to read and is refused with what to upload
 * instead; so is one locked with a password.
 */
final class PdfText {
  private PdfText() {}

  static NoticeFile read(byte[] bytes) {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      String text = stripper.getText(doc);
      if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
        throw HttpError.badRequest(
            "这份 PDF 是扫描图片，没有文字，读不出内容。请上传 Word 版（.docx）或文本文件（.txt）；" + NoticeFiles.PASTE_INSTEAD);
      }
      return new NoticeFile(NoticeFiles.normalized(text), Optional.empty(), "pdf");
    } catch (InvalidPasswordException e) {
      throw HttpError.badRequest("这份 PDF 设了密码，读不了。请上传没有密码的 PDF，或上传 Word 版（.docx）。");
    } catch (IOException | RuntimeException e) {
      if (e instanceof HttpError refusal) {
        throw refusal;
      }
      throw HttpError.badRequest(
          "读不了这个 PDF 文件：它可能已损坏或没有传完整。请重新导出 PDF，或上传 Word 版（.docx）；" + NoticeFiles.PASTE_INSTEAD);
    }
  }
}
