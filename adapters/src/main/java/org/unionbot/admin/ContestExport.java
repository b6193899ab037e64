package org.unionbot.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.unionbot.core.contest.ContestBoards;
import org.unionbot.core.intent.Intents;

/**
 * A contest's results as a table, per person or per unit, written as CSV (UTF-8 with a BOM, so that
 * Excel opens the Chinese as Chinese), XLSX (Apache POI's streaming {@link SXSSFWorkbook}, which
 * keeps only a window of rows in memory) or JSON. People are named by their nickname and masked id,
 * never the whole id. A cell that a spreadsheet would take for a formula ({@code =}, {@code +},
 * {@code -}, {@code @} first) is written with a leading apostrophe in CSV and as text in XLSX.
 */
final class ContestExport {

  static final String CSV = "text/csv; charset=utf-8";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  static final List<String> PERSON_COLUMNS =
      List.of("排名", "昵称", "编号", "单位", "竞赛得分", "计入轮数", "答题数", "答对数", "正确率");
  static final List<String> UNIT_COLUMNS =
      List.of("排名", "单位", "会员人数", "参与人数", "参与率", "人均得分", "总得分", "计入轮数", "答题数", "答对数");
  static final List<String> PERSON_KEYS =
      List.of(
          "rank",
          "nickname",
          "user",
          "unit",
          "points",
          "rounds",
          "answered",
          "correct",
          "accuracy");
  static final List<String> UNIT_KEYS =
      List.of(
          "rank",
          "unit",
          "members",
          "participants",
          "participation",
          "average",
          "points",
          "rounds",
          "answered",
          "correct");

  private static final ObjectMapper JSON = new ObjectMapper();

  private ContestExport() {}

  /** One person's row, in {@link #PERSON_COLUMNS}' order. */
  static List<Object> row(ContestBoards.Person p) {
    return List.of(
        p.rank(),
        p.nickname().orElse(""),
        Intents.masked(p.user()),
        p.unit().orElse(""),
        p.points(),
        p.rounds(),
        p.answered(),
        p.correct(),
        ratio(p.accuracy()));
  }

  /** One unit's row, in {@link #UNIT_COLUMNS}' order. */
  static List<Object> row(ContestBoards.UnitResult u) {
    return List.of(
        u.rank(),
        u.unit(),
        u.members(),
        u.participants(),
        ratio(u.participation()),
        ratio(u.average()),
        u.points(),
        u.rounds(),
        u.answered(),
        u.correct());
  }

  private static double ratio(double d) {
    return Math.round(d * 10000) / 10000.0;
  }

  /** The rows {@code rows} hands out, as CSV with a BOM and a header line. */
  static byte[] csv(List<String> columns, Consumer<Consumer<List<Object>>> rows) {
    StringBuilder out = new StringBuilder("\uFEFF");
    line(out, new ArrayList<>(columns));
    rows.accept(r -> line(out, r));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder out, List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells.get(i)));
    }
    out.append("\r\n");
  }

  /** One CSV cell: quoted when it must be, defused when a spreadsheet would run it. */
  static String cell(Object value) {
    if (value instanceof Number) {
      return value.toString();
    }
    String s = defused(String.valueOf(value));
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  private static String defused(String s) {
    return !s.isEmpty() && "=+-@\t".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }

  /** The rows {@code rows} hands out, as one XLSX sheet named {@code sheet}, header first. */
  static byte[] xlsx(String sheet, List<String> columns, Consumer<Consumer<List<Object>>> rows) {
    SXSSFWorkbook book = new SXSSFWorkbook(200);
    try {
      Sheet s = book.createSheet(sheet);
      int[] next = {0};
      Consumer<List<Object>> write =
          cells -> {
            Row row = s.createRow(next[0]++);
            for (int i = 0; i < cells.size(); i++) {
              Cell c = row.createCell(i);
              Object v = cells.get(i);
              if (v instanceof Number n) {
                c.setCellValue(n.doubleValue());
              } else {
                c.setCellValue(String.valueOf(v));
              }
            }
          };
      write.accept(new ArrayList<>(columns));
      rows.accept(write);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      book.dispose();
      try {
        book.close();
      } catch (IOException e) {
        // the bytes are written; the temporary files went with dispose
      }
    }
  }

  /** The rows as a JSON array of objects keyed by {@code keys}. */
  static byte[] json(List<String> keys, Consumer<Consumer<List<Object>>> rows) {
    ArrayNode out = JSON.createArrayNode();
    rows.accept(
        cells -> {
          var o = out.addObject();
          for (int i = 0; i < keys.size(); i++) {
            Object v = cells.get(i);
            String k = keys.get(i);
            if (v instanceof Integer n) {
              o.put(k, n);
            } else if (v instanceof Double d) {
              o.put(k, d);
            } else {
              o.put(k, String.valueOf(v));
            }
          }
        });
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The file name of an export: {@code contest-3-unit.xlsx}. */
  static String fileName(long contest, String by, String format) {
    return "contest-" + contest + "-" + by + "." + format.toLowerCase(Locale.ROOT);
  }
}
