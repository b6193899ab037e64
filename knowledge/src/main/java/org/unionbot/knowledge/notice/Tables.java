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

  private Tables() {}

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
    // the first column names its row (报到及抽签：…) unless it only numbers the rows
    boolean labelled = !numbered && !header.isEmpty();
    List<String> out = new ArrayList<>();
    for (List<String> row : rows) {
      List<String> parts = new ArrayList<>();
      for (int i = numbered || labelled ? 1 : 0; i < row.size(); i++) {
        // a cell is one clause of its row's sentence: its own commas list (会员每次5元、非会员每次15元)
        String cell = withoutEndMark(row.get(i)).replaceAll("[，,]\\s*", "、");
        String column = i < header.size() ? withoutEndMark(header.get(i)) : "";
        if (!cell.isEmpty()) {
          parts.add(column.isEmpty() ? cell : column + "为" + cell);
        }
      }
      String label = labelled ? withoutEndMark(row.get(0)) : "";
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

  private static String withoutEndMark(String cell) {
    return cell.replaceAll("[。；;，,：:]+$", "");
  }
}
