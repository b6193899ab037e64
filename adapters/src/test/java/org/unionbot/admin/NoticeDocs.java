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

  /**
   * An official document's PDF as its office prints it: A4 pages, 16-point characters, every line
   * of {@code text} broken at 28 characters (Latin letters and digits count half), {@code perPage}
   * lines a page and a page number (— 1 —) at each page's foot.
   */
  public static byte[] officialPdf(String text, int perPage) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    for (String line : text.split("\n", -1)) {
      StringBuilder row = new StringBuilder();
      double width = 0;
      for (char c : line.toCharArray()) {
        double w = c < 0x2E80 ? 0.5 : 1;
        if (width + w > 28) {
          lines.add(row.toString());
          row.setLength(0);
          width = 0;
        }
        row.append(c);
        width += w;
      }
      lines.add(row.toString());
    }
    try (PDDocument doc = new PDDocument();
        var collection = new org.apache.fontbox.ttf.TrueTypeCollection(CHINESE_FONT.toFile())) {
      PDType0Font font = PDType0Font.load(doc, collection.getFontByName("WenQuanYiMicroHei"), true);
      for (int first = 0, number = 1; first < lines.size(); first += perPage, number++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.beginText();
          content.setFont(font, 16);
          content.setLeading(28);
          content.newLineAtOffset(73, 760);
          for (String line : lines.subList(first, Math.min(lines.size(), first + perPage))) {
            content.showText(line);
            content.newLine();
          }
          content.endText();
          content.beginText();
          content.setFont(font, 14);
          content.newLineAtOffset(270, 40);
          content.showText("— " + number + " —");
          content.endText();
        }
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
