package org.unionbot.knowledge.notice;

import java.util.ArrayList;
import java.util.List;
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

  /** The gap between the cells of a row typed as plain text: a tab, or two spaces or more. */
  private static final Pattern GAP = Pattern.compile("\\t+|[ \u3000]{2,}");

  /** A header cell: a few characters that name a column (日期, 带班领导, 值班电话). */
  private static final Pattern HEADER_CELL = Pattern.compile("[\\p{IsHan}（）()/、]{1,8}");

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
      List<String> header = alignedCells(lines.get(i));
      int end = i + 1;
      if (header.size() >= ALIGNED_COLUMNS
          && header.stream().allMatch(c -> HEADER_CELL.matcher(c).matches())) {
        while (end < lines.size() && alignedCells(lines.get(end)).size() == header.size()) {
          end++;
        }
      }
      if (end - i - 1 < ALIGNED_ROWS) {
        out.add(lines.get(i));
        continue;
      }
      out.add(pipes(header));
      out.add(pipes(header.stream().map(c -> "---").toList()));
      for (int k = i + 1; k < end; k++) {
        out.add(pipes(alignedCells(lines.get(k))));
      }
      i = end - 1;
    }
    return out;
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
    boolean numbered =
        !rows.isEmpty()
            && rows.stream().allMatch(r -> !r.isEmpty() && NUMBER.matcher(r.get(0)).matches());
    // the first column names its row (报到及抽签：…) unless it only numbers the rows; then the first
    // column after it whose every cell is its own does (东门街道爱心驿站 of 序号 | 所在区县 | 站点名称 | …)
    int named = numbered ? namingColumn(header, rows) : header.isEmpty() ? -1 : 0;
    boolean labelled = named >= 0;
    List<String> out = new ArrayList<>();
    String above = "";
    for (List<String> row : rows) {
      List<String> parts = new ArrayList<>();
      for (int i = numbered || labelled ? 1 : 0; i < row.size(); i++) {
        if (i == named) {
          continue;
        }
        // a cell is one clause of its row's sentence: its own commas list (会员每次5元、非会员每次15元)
        String cell = withoutEndMark(row.get(i)).replaceAll("[，,]\\s*", "、");
        String column = i < header.size() ? withoutEndMark(header.get(i)) : "";
        if (!cell.isEmpty()) {
          parts.add(column.isEmpty() ? cell : column + "为" + cell);
        }
      }
      String label = labelled && named < row.size() ? withoutEndMark(row.get(named)) : "";
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
