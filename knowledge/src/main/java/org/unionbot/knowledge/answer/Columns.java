package org.unionbot.knowledge.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.Numerals;
import org.unionbot.knowledge.notice.Section;

/**
 * Questions of a table's columns (日程安排表有哪几列, 表头是什么, 第二列是什么): its header row's names, of the table
 * under the heading the question names, or of the only table. A table's rows are answered as
 * sentences; its header is said nowhere else.
 */
final class Columns {

  /**
   * A question of the columns: 有哪几列, 几栏, 第二列, 表头, 列名; not a website's 栏目, nor 列 as a verb
   * (第二部分列了几个窗口).
   */
  private static final Pattern ASKED =
      Pattern.compile("(?:(?:哪几|哪些|几|多少)个?|第[一二三四五六七八九十\\d]{1,3}|最后一?)(?:列|栏)(?![了出举入明目])|表头|列名");

  /** A column by its place: 第二列, 倒数第二栏, 最后一列. */
  private static final Pattern PLACE =
      Pattern.compile("(倒数)?第([一二三四五六七八九十\\d]{1,3})(?:列|栏)|最后一?(?:列|栏)");

  private Columns() {}

  static Optional<Answer> answer(Snapshot kb, Question q, Weights w) {
    if (!ASKED.matcher(q.text()).find()) {
      return Optional.empty();
    }
    Section table = null;
    Notice of = null;
    double most = 0;
    int tables = 0;
    for (Notice n : kb.notices) {
      for (Section s : n.sections()) {
        if (s.columns().isEmpty()) {
          continue;
        }
        tables++;
        double covered = w.isEmpty() ? 0 : w.coverage(Canonical.text(s.title()));
        if (table == null || covered > most) {
          table = s;
          of = n;
          most = covered;
        }
      }
    }
    if (table == null || tables > 1 && most == 0) {
      return Optional.empty(); // of several tables, the question names none
    }
    List<String> columns = table.columns();
    String name = table.title().isEmpty() ? "表格" : "「" + table.title() + "」表";
    String text;
    Matcher place = PLACE.matcher(q.text());
    if (place.find()) {
      int at = place.group(2) == null ? 1 : Numerals.parse(place.group(2));
      boolean fromTheEnd = place.group(2) == null || place.group(1) != null;
      int index = fromTheEnd ? columns.size() - at : at - 1;
      if (index < 0 || index >= columns.size()) {
        return Optional.empty();
      }
      text = name + "的第" + Numerals.chinese(index + 1) + "列是：" + columns.get(index) + "。";
    } else {
      text = name + "共" + Outline.count(columns.size()) + "列：" + String.join("、", columns) + "。";
    }
    return Optional.of(
        Replies.answer(text + Replies.whose(kb, of), of, table.title(), String.join("｜", columns)));
  }
}
