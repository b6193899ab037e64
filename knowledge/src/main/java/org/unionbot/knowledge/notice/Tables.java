package org.unionbot.knowledge.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown tables (| 阶段 | 日期 | 地点 |) as sentences: each body row becomes one paragraph that names
 * its row by the first cell and every other cell by its column,
 * "决赛及颁奖：日期为4月17日（周六）全天，地点为市体育运动学校乒乓球馆。", so a question about one row finds that row's sentence and
 * cites it, as it would a written line. A first column of only numbers (序号) is left out; a table
 * without a header row joins its cells.
 */
final class Tables {

  private static final Pattern SEPARATOR_CELL = Pattern.compile(":?-{3,}:?");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,3}[.、．]?");

  /** A column's name with the unit of its numbers in brackets: 名额（人）, 金额(万元), 时长（分钟）. */
  private static final Pattern UNIT_HEADER =
      Pattern.compile(
          "(.+?)[（(](人|名|人次|元|万元|个|天|次|户|家|场|份|项|小时|分钟|分|岁|周岁|平方米|公里|米|册|本|套|台|辆|所|间|张|件|条)[)）]");

  /** A cell of only a number: 40, 12.5, 1,200. */
  private static final Pattern BARE_NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

  /** The first cell of a table's row of totals. */
  private static final Pattern TOTAL = Pattern.compile("(合计|总计|共计|小计|总数)[：:]?");

  /** The gap between the cells of a row typed as plain text: a tab, or two spaces or more. */
  private static final Pattern GAP = Pattern.compile("\\t+|[ \u3000]{2,}");

  /** A header cell: a few characters that name a column (日期, 带班领导, 值班电话). */
  private static final Pattern HEADER_CELL = Pattern.compile("[\\p{IsHan}（）()/、]{1,8}");

  /** True for a table's header typed as plain text: three short column names or more. */
  private static boolean namesColumns(List<String> cells) {
    return cells.size() >= ALIGNED_COLUMNS
        && cells.stream().allMatch(c -> HEADER_CELL.matcher(c).matches());
  }

  /** The fewest columns a table typed as plain text has. */
  private static final int ALIGNED_COLUMNS = 3;

  /** The fewest rows under its header a table typed as plain text has. */
  private static final int ALIGNED_ROWS = 2;

  private Tables() {}

  /**
   * The lines of a text with each table typed as plain text, its columns lined up by spaces or tabs
   * (日期␣␣␣星期␣␣␣带班领导 over 2月10日（除夕）␣␣星期三␣␣韩立群), written as the Markdown table it is: a header row of
   * short column names, three columns or more, and two rows or more under it with as many cells.
   */
  static List<String> aligned(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      int sheetEnd = lines.get(i).indexOf('\t') >= 0 ? sheet(lines, i, out) : i;
      if (sheetEnd == i) {
        sheetEnd = barred(lines, i, out);
      }
      if (sheetEnd > i) {
        i = sheetEnd - 1;
        continue;
      }
      List<String> header = alignedCells(lines.get(i));
      List<List<String>> rows = new ArrayList<>();
      int end = i + 1;
      if (namesColumns(header)) {
        end = alignedRows(lines, i, new ArrayList<>(header), rows);
        header = rows.remove(0);
      }
      if (rows.stream().filter(r -> r.stream().filter(c -> !c.isEmpty()).count() > 1).count()
          < ALIGNED_ROWS) {
        out.add(lines.get(i));
        continue;
      }
      out.add(pipes(header));
      out.add(pipes(header.stream().map(c -> "---").toList()));
      rows.forEach(r -> out.add(pipes(r)));
      i = end - 1;
    }
    return out;
  }

  /** The end of a cell wrapped onto a line of its own: a few characters, no sentence. */
  private static final Pattern WRAPPED_CELL = Pattern.compile("[^。，；：,;:]{1,10}");

  /**
   * How far (in half-width columns) a cell may start left of its column's start and still be in it.
   */
  private static final int ALIGN_SLACK = 2;

  /**
   * Reads the rows under an aligned header at {@code start} into {@code rows} (the header first)
   * and returns the index of the first line after them. A row with as many cells as the header is
   * taken as it is; a row with fewer (合计␣␣960, a row with empty cells) puts each cell in the column
   * it starts under. A line of fewer cells that an OCR or a narrow column wrapped off the line
   * above (名额 over (人), 产业工会及市 over 直机关工会) continues the cells it lies under, when it is indented
   * to them or another row follows it.
   */
  private static int alignedRows(
      List<String> lines, int start, List<String> header, List<List<String>> rows) {
    List<Integer> columns = starts(lines.get(start));
    rows.add(header);
    int end = start + 1;
    while (end < lines.size()) {
      String line = lines.get(end);
      List<String> cells = alignedCells(line);
      if (cells.size() == header.size()) {
        rows.add(new ArrayList<>(cells));
        end++;
        continue;
      }
      List<String> spaced = spaced(line, columns);
      if (spaced != null) {
        rows.add(spaced);
        end++;
        continue;
      }
      List<String> placed = placed(line, columns);
      if (placed == null) {
        break;
      }
      boolean indented = line.startsWith(" ") || line.startsWith("\t");
      boolean rowFollows =
          end + 1 < lines.size()
              && placed(lines.get(end + 1), columns) != null
              && alignedCells(lines.get(end + 1)).size() > 1;
      if (cells.size() == 1
          && WRAPPED_CELL.matcher(cells.get(0)).matches()
          && (indented || rowFollows)) {
        List<String> above = rows.get(rows.size() - 1);
        for (int c = 0; c < placed.size(); c++) {
          above.set(c, above.get(c) + placed.get(c));
        }
      } else if (cells.size() > 1) {
        rows.add(placed);
      } else {
        break;
      }
      end++;
    }
    return end;
  }

  /**
   * The cells of a line put in the columns they start under (empty where none does); null when the
   * line is empty, a table's row already, or two of its cells fall in one column.
   */
  private static List<String> placed(String line, List<Integer> columns) {
    if (line.isBlank() || line.strip().startsWith("|")) {
      return null;
    }
    List<String> cells = alignedCells(line);
    List<Integer> at = starts(line);
    List<String> out = new ArrayList<>(Collections.nCopies(columns.size(), ""));
    int last = -1;
    for (int k = 0; k < cells.size(); k++) {
      int column = 0;
      while (column + 1 < columns.size() && columns.get(column + 1) <= at.get(k) + ALIGN_SLACK) {
        column++;
      }
      if (column <= last) {
        return null;
      }
      out.set(column, cells.get(k));
      last = column;
    }
    return out;
  }

  /** One space or more: what may part two cells of a row typed too tight for a wider gap. */
  private static final Pattern SPACE = Pattern.compile("[ \t\u3000]+");

  /**
   * The cells of a row whose columns are parted by a single space where a cell runs wide (考点二　芷阳职业
   * 技术学院　第15—28考场 under 考点␣␣␣考场号): the line's words put in the column whose start each is nearest
   * to, the words of one column with the spaces between them. Null unless every column gets a word.
   */
  private static List<String> spaced(String line, List<Integer> columns) {
    if (line.isBlank() || line.strip().startsWith("|")) {
      return null;
    }
    int[] from = new int[columns.size()];
    int[] to = new int[columns.size()];
    Arrays.fill(from, -1);
    Matcher space = SPACE.matcher(line);
    int at = 0;
    while (at < line.length()) {
      int end = space.find(at) ? space.start() : line.length();
      if (end > at) {
        int width = PdfPaste.width(line.substring(0, at));
        int column = 0;
        while (column + 1 < columns.size()
            && columns.get(column + 1) - width < width - columns.get(column)) {
          column++;
        }
        from[column] = from[column] < 0 ? at : from[column];
        to[column] = end;
      }
      at = end < line.length() ? space.end() : end;
    }
    List<String> out = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      if (from[c] < 0) {
        return null;
      }
      out.add(line.substring(from[c], to[c]).strip());
    }
    return out;
  }

  /** Where each cell of a line starts, in half-width columns from the line's start. */
  private static List<Integer> starts(String line) {
    List<Integer> out = new ArrayList<>();
    Matcher gap = GAP.matcher(line);
    int from = 0;
    while (from < line.length() && Character.isWhitespace(line.charAt(from))) {
      from++;
    }
    while (from < line.length()) {
      out.add(PdfPaste.width(line.substring(0, from)));
      if (!gap.find(from)) {
        break;
      }
      from = gap.end();
    }
    return out;
  }

  /**
   * The most lines one cell of a sheet spans (a cell Excel quotes because it holds line breaks).
   */
  private static final int CELL_LINES = 6;

  /**
   * Reads the rows of a spreadsheet pasted as text from {@code start}, as Excel puts them on the
   * clipboard: cells split by one tab each, so two tabs in a row are an empty cell, and a cell that
   * holds a line break quoted over the lines it spans ("上午9:00 / 下午2:00"). Adds them to {@code out}
   * as a Markdown table and returns the index of the first line after them; returns {@code start}
   * when the line there heads no such sheet (three named columns or more, two rows or more).
   */
  private static int sheet(List<String> lines, int start, List<String> out) {
    List<String> header = record(lines.get(start).strip());
    if (header == null || !namesColumns(header)) {
      return start;
    }
    List<List<String>> rows = new ArrayList<>();
    int end = start + 1;
    while (end < lines.size() && lines.get(end).indexOf('\t') >= 0) {
      StringBuilder text = new StringBuilder(lines.get(end));
      int next = end + 1;
      List<String> cells = record(text.toString());
      while (cells == null && next < lines.size() && next - end < CELL_LINES) {
        text.append('\n').append(lines.get(next++));
        cells = record(text.toString());
      }
      if (cells == null || cells.size() > header.size()) {
        break;
      }
      List<String> row = new ArrayList<>(cells);
      while (row.size() < header.size()) {
        row.add(""); // an editor that strips a line's trailing tabs drops its empty last cells
      }
      rows.add(row);
      end = next;
    }
    if (rows.size() < ALIGNED_ROWS) {
      return start;
    }
    sameAsAbove(lines, header, rows);
    datesOfSerials(rows);
    out.add(pipes(header));
    out.add(pipes(header.stream().map(c -> "---").toList()));
    rows.forEach(r -> out.add(pipes(r)));
    return end;
  }

  /** The bar between the cells of a row typed without a table: 课时｜学费, 课时 | 学费. */
  private static final Pattern BAR = Pattern.compile("\\s*[｜|]\\s*");

  /**
   * Reads a table typed as lines of cells split by bars from {@code start}, without a Markdown
   * table's outer bars and separator row (课程名称｜课时｜学费 over 育婴员｜64课时｜1500元): a header of three named
   * columns or more and two rows or more under it with as many cells. Adds it to {@code out} as a
   * Markdown table and returns the index of the first line after it; returns {@code start} when the
   * line there heads no such table.
   */
  private static int barred(List<String> lines, int start, List<String> out) {
    List<String> header = barCells(lines.get(start));
    if (!namesColumns(header)) {
      return start;
    }
    List<List<String>> rows = new ArrayList<>();
    int end = start + 1;
    for (; end < lines.size(); end++) {
      List<String> cells = barCells(lines.get(end));
      if (cells.size() != header.size()) {
        break;
      }
      rows.add(cells);
    }
    if (rows.size() < ALIGNED_ROWS) {
      return start;
    }
    out.add(pipes(header));
    out.add(pipes(header.stream().map(c -> "---").toList()));
    rows.forEach(r -> out.add(pipes(r)));
    return end;
  }

  /** The cells of a line split by bars; one cell for a line without them or a Markdown row. */
  private static List<String> barCells(String line) {
    String text = line.strip();
    if (text.startsWith("|") || (text.indexOf('｜') < 0 && text.indexOf('|') < 0)) {
      return List.of(text);
    }
    return List.of(BAR.split(text, -1));
  }

  /** A date as a spreadsheet shows it: 2027/3/15, 2027-3-15. */
  private static final Pattern SHEET_DATE = Pattern.compile("\\d{4}[/-]\\d{1,2}[/-]\\d{1,2}");

  /** A date a spreadsheet left unformatted, its serial number of days: 46514 (of 2000 to 2099). */
  private static final Pattern SERIAL = Pattern.compile("(3[6-9]|[4-6]\\d|7[0-2])\\d{3}");

  /** The day a spreadsheet's serial numbers count from. */
  private static final LocalDate SERIAL_EPOCH = LocalDate.of(1899, 12, 30);

  /**
   * Says the date of a serial number in a column of dates (46514 among 2027/3/6, 2027/6/5: a cell
   * the sheet left unformatted) beside the number as the sheet shows it: 46514（即2027/5/7）.
   */
  private static void datesOfSerials(List<List<String>> rows) {
    for (int c = 0; c < rows.get(0).size(); c++) {
      int column = c;
      long dates = rows.stream().filter(r -> SHEET_DATE.matcher(r.get(column)).matches()).count();
      if (2 * dates < rows.size()) {
        continue;
      }
      for (List<String> row : rows) {
        if (SERIAL.matcher(row.get(c)).matches()) {
          LocalDate d = SERIAL_EPOCH.plusDays(Long.parseLong(row.get(c)));
          String date = d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
          row.set(c, row.get(c) + "（即" + date + "）");
        }
      }
    }
  }

  /** A notice's rule that an empty cell says what the cell above it says: 为空的，同上一行. */
  private static final Pattern SAME_AS_ABOVE = Pattern.compile("(为空|空白|空格|未填)[^。；;]{0,8}同上");

  /**
   * Fills the empty cells of the columns a line of the notice says are, when empty, as above (表中
   * 报名方式、联系人、联系电话为空的，同上一行): each with the cell above it; a row of totals is left as it is.
   */
  private static void sameAsAbove(
      List<String> lines, List<String> header, List<List<String>> rows) {
    for (String line : lines) {
      Matcher rule = SAME_AS_ABOVE.matcher(line);
      if (!rule.find()) {
        continue;
      }
      String said = line.substring(0, rule.start());
      for (int c = 1; c < header.size(); c++) {
        if (header.get(c).length() < 2 || !said.contains(header.get(c))) {
          continue;
        }
        for (int r = 1; r < rows.size(); r++) {
          List<String> row = rows.get(r);
          if (row.get(c).isEmpty() && !TOTAL.matcher(row.get(0)).matches()) {
            row.set(c, rows.get(r - 1).get(c));
          }
        }
      }
    }
  }

  /**
   * The cells of one row of tab-separated text, each stripped, a quoted cell unquoted ("" for a
   * quote mark in it) and its line breaks made a list's 、; null while a quoted cell is still open.
   */
  private static List<String> record(String text) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int i = 0;
    while (true) {
      if (i < text.length() && text.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= text.length()) {
            return null;
          }
          char c = text.charAt(i++);
          if (c != '"') {
            cell.append(c);
          } else if (i < text.length() && text.charAt(i) == '"') {
            cell.append('"');
            i++;
          } else {
            break;
          }
        }
      }
      int tab = text.indexOf('\t', i);
      cell.append(text, i, tab < 0 ? text.length() : tab);
      String value = cell.toString().strip().replaceAll("\\s*\n\\s*", "、").replace('|', '｜');
      cells.add(TextRepair.collapseSpaces(value));
      cell.setLength(0);
      if (tab < 0) {
        return cells;
      }
      i = tab + 1;
    }
  }

  private static List<String> alignedCells(String line) {
    String s = line.strip();
    return s.isEmpty() || s.startsWith("|") ? List.of() : List.of(GAP.split(s));
  }

  private static String pipes(List<String> cells) {
    return "| " + String.join(" | ", cells) + " |";
  }

  /** True for a line that is a row of a Markdown table: it opens with a pipe and has a cell. */
  static boolean isRow(String line) {
    return line.startsWith("|") && line.length() > 1 && line.indexOf('|', 1) > 0;
  }

  /** True for the row under a table's header: | --- | :---: |. */
  static boolean isSeparator(String line) {
    List<String> cells = cells(line);
    return !cells.isEmpty() && cells.stream().allMatch(c -> SEPARATOR_CELL.matcher(c).matches());
  }

  static List<String> cells(String row) {
    String inner = row.strip();
    inner =
        inner.substring(
            1, inner.endsWith("|") && inner.length() > 1 ? inner.length() - 1 : inner.length());
    List<String> out = new ArrayList<>();
    for (String c : inner.split("\\|", -1)) {
      out.add(TextRepair.collapseSpaces(c.strip()));
    }
    return out;
  }

  /**
   * The sentences of a table's body rows.
   *
   * @param header the header row's cells, empty when the table has none
   * @param rows the body rows' cells
   */
  static List<String> sentences(List<String> header, List<List<String>> rows) {
    // a last row of totals (合计 | | 共18项 | … | 1114) neither numbers nor names: it is its own label
    boolean totalled =
        rows.size() > 2
            && !rows.get(rows.size() - 1).isEmpty()
            && TOTAL.matcher(rows.get(rows.size() - 1).get(0)).matches();
    List<List<String>> body = totalled ? rows.subList(0, rows.size() - 1) : rows;
    boolean numbered =
        !body.isEmpty()
            && body.stream().allMatch(r -> !r.isEmpty() && NUMBER.matcher(r.get(0)).matches());
    // the first column names its row (报到及抽签：…) unless it only numbers the rows; then the first
    // column after it whose every cell is its own does (东门街道爱心驿站 of 序号 | 所在区县 | 站点名称 | …)
    int named = numbered ? namingColumn(header, body) : header.isEmpty() ? -1 : 0;
    boolean labelled = named >= 0;
    List<String> out = new ArrayList<>();
    String above = "";
    List<String> aboveRow = List.of();
    for (List<String> listed : rows) {
      boolean total = totalled && listed == rows.get(rows.size() - 1);
      List<String> row = new ArrayList<>(listed);
      for (int i = 1; i < named && i < row.size() && !total; i++) {
        if (row.get(i).isBlank() && i < aboveRow.size()) {
          // a cell left of the naming one that spans the rows under it, empty there (3月 over two
          // activities of March)
          row.set(i, aboveRow.get(i));
        }
      }
      aboveRow = row;
      List<String> parts = new ArrayList<>();
      for (int i = numbered || labelled || total ? 1 : 0; i < row.size(); i++) {
        if (i == named && !total) {
          continue;
        }
        // a cell is one clause of its row's sentence: its own commas list (会员每次5元、非会员每次15元)
        String cell = withoutEndMark(row.get(i)).replaceAll("[，,]\\s*", "、");
        String column = i < header.size() ? withoutEndMark(header.get(i)) : "";
        Matcher unit = UNIT_HEADER.matcher(column);
        if (unit.matches() && BARE_NUMBER.matcher(cell).matches()) {
          // 名额（人） over 40: 名额为40人, as a sentence would say it
          column = unit.group(1);
          cell += unit.group(2);
        }
        if (!cell.isEmpty()) {
          parts.add(column.isEmpty() ? cell : column + "为" + cell);
        }
      }
      String label =
          total
              ? withoutEndMark(row.get(0))
              : labelled && named < row.size() ? withoutEndMark(row.get(named)) : "";
      if (labelled && label.isEmpty() && header.size() >= 3) {
        // a first cell that spans the rows under it, left empty there (基础建设（20分） over 团队结构, 制度管理)
        label = above;
      }
      above = label;
      String sentence =
          label.isEmpty() || parts.isEmpty()
              ? label + String.join("，", parts)
              : label + "：" + String.join("，", parts);
      if (!sentence.isEmpty()) {
        out.add(sentence + "。");
      }
    }
    return out;
  }

  /** The most columns after 序号 a table's naming column may come after. */
  private static final int NAMING_WITHIN = 3;

  /**
   * The column that names the rows of a table whose first column numbers them: the first of the
   * next few whose cells are all there, all different and not numbers, in a table of four columns
   * or more (a column of 所在区县 repeats; one of 站点名称 does not); -1 when there is none.
   */
  private static int namingColumn(List<String> header, List<List<String>> rows) {
    if (header.size() < 4 || rows.size() < 2) {
      return -1;
    }
    for (int c = 1; c <= NAMING_WITHIN && c < header.size(); c++) {
      int column = c;
      List<String> cells =
          rows.stream().map(r -> column < r.size() ? withoutEndMark(r.get(column)) : "").toList();
      if (cells.stream()
              .noneMatch(
                  x -> x.isEmpty() || NUMBER.matcher(x).matches() || x.matches("[\\d.,%～~-]+"))
          && cells.stream().distinct().count() == cells.size()) {
        return c;
      }
    }
    return -1;
  }

  private static String withoutEndMark(String cell) {
    return cell.replaceAll("[。；;，,：:]+$", "");
  }
}
