package org.unionbot.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Notice files as an officer's computer makes them, built in the test: a Word document with POI, a
 * PDF with PDFBox (text drawn in a Chinese font, or only a picture, as a scan is).
 */
public final class NoticeDocs {
  /** WenQuanYi Micro Hei, which the browser tests install (src/test/provision). */
  public static final Path CHINESE_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

  private NoticeDocs() {}

  /** A .docx with one paragraph per line of {@code text} and the given title property. */
  public static byte[] docx(String text, Optional<String> title) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : text.split("\n", -1)) {
        doc.createParagraph().createRun().setText(line);
      }
      title.ifPresent(t -> doc.getProperties().getCoreProperties().setTitle(t));
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A .docx with a paragraph per line of {@code text}, then a table of these rows. */
  public static byte[] docxWithTable(String text, String[][] rows) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : text.split("\n", -1)) {
        doc.createParagraph().createRun().setText(line);
      }
      var table = doc.createTable(rows.length, rows[0].length);
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < rows[r].length; c++) {
          table.getRow(r).getCell(c).setText(rows[r][c]);
        }
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-page PDF with one text line per line of {@code text}, in {@link #CHINESE_FONT}. */
  public static byte[] pdf(String text) {
    try (PDDocument doc = new PDDocument();
        var collection = new org.apache.fontbox.ttf.TrueTypeCollection(CHINESE_FONT.toFile())) {
      PDType0Font font = PDType0Font.load(doc, collection.getFontByName("WenQuanYiMicroHei"), true);
      String[] lines = text.split("\n", -1);
      PDPage page = new PDPage(new PDRectangle(1500, 40 + 14 * lines.length));
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(font, 10);
        content.setLeading(14);
        content.newLineAtOffset(20, page.getMediaBox().getHeight() - 24);
        for (String line : lines) {
          content.showText(line);
          content.newLine();
        }
        content.endText();
      }
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF as a scanner makes it: a page with a drawing and no text layer. */
  public static byte[] scannedPdf() {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.addRect(50, 50, 400, 600);
        content.fill();
      }
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether {@link #CHINESE_FONT} is installed. */
  public static boolean hasChineseFont() {
    return Files.isRegularFile(CHINESE_FONT);
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}
