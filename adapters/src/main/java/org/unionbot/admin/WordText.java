package org.unionbot.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.unionbot.http.HttpError;

/**
 * A Word document (.docx) read with Apache POI: each paragraph a line, each table a Markdown table
 * (its first row the header), so the notice's reader names every cell by its column; in document
 * order; headers, footers, comments and pictures are left out. The document's title property, when
 * set, is its title.
 */
final class WordText {
  private WordText() {}

  static NoticeFile read(byte[] bytes) {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      StringBuilder text = new StringBuilder();
      for (IBodyElement element : doc.getBodyElements()) {
        append(text, element);
      }
      Optional<String> title =
          Optional.ofNullable(doc.getProperties().getCoreProperties().getTitle());
      return new NoticeFile(NoticeFiles.normalized(text.toString()), title, "docx");
    } catch (IOException | RuntimeException e) {
      // POI reports a zip that is not a Word document, or a damaged one, with many exception types
      throw HttpError.badRequest(
          "读不了这个 Word 文件：它可能已损坏，或不是 .docx 格式（例如 Excel、压缩包）。"
              + "请在 Word 或 WPS 里打开它，“另存为” .docx 后再上传；"
              + NoticeFiles.PASTE_INSTEAD);
    }
  }

  private static void append(StringBuilder text, IBodyElement element) {
    if (element instanceof XWPFParagraph paragraph) {
      text.append(paragraph.getText()).append('\n');
    } else if (element instanceof XWPFTable table) {
      boolean header = true;
      for (XWPFTableRow row : table.getRows()) {
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
          cells.add(cell.getText().replace('\n', ' ').replace('|', '｜').strip());
        }
        text.append("| ").append(String.join(" | ", cells)).append(" |\n");
        if (header) {
          text.append("|").append(" --- |".repeat(cells.size())).append('\n');
          header = false;
        }
      }
      text.append('\n');
    }
  }
}
