package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.index.Passage;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.Numerals;
import org.unionbot.knowledge.notice.Section;

/**
 * Answers which rows of a table have what the question names (桂湾区有哪些站点 of a directory whose rows
 * say 所在区县为桂湾区; 韩立群哪几天带班 of a duty roster whose rows say 带班领导为韩立群): every row whose cells say it,
 * by the name its row is labelled with. The question's other words must all be the table's own (its
 * columns, its heading), so that it asks nothing the cells do not answer; a question that names a
 * row itself is left to the row's sentence.
 */
final class Rows {

  /** A question of which ones, or of how many: 哪些站点, 哪几天, 哪个驿站, 有几个. */
  private static final Pattern ASKS_WHICH = Pattern.compile("哪(些|几)?([个家天位所座项种])?|几([个家天位所座项种])");

  /** A question of which days, which a table of days answers by its rows: 韩立群哪几天带班. */
  private static final Pattern WHICH_DAYS = Pattern.compile("哪(几|些)(天|日)");

  /** A question of the rows that lack something (哪些站点周末不开放), which no cell says. */
  private static final Pattern NEGATED = Pattern.compile("不|没|无|非|除了");

  /** A mark before a row's name: ★, ※, ●. */
  private static final Pattern LEADING_MARK = Pattern.compile("^[^\\p{IsHan}\\p{Alnum}（(“]+");

  /** The label of a table's row of totals. */
  private static final Pattern TOTAL = Pattern.compile("合计|总计|共计|小计");

  /** The fewest rows a table has for its rows to be chosen among. */
  private static final int FEWEST_ROWS = 3;

  private Rows() {}

  /** A table's row: its label, and each cell as its column and value. */
  private record Row(Passage passage, String label, List<String> columns, List<String> values) {}

  static Optional<Answer> which(Snapshot kb, Question q, Weights w) {
    Matcher month = MONTH.matcher(q.text());
    if (month.find() && ASKS_OF_A_MONTH.matcher(q.text()).find()) {
      return ofAMonth(kb, q, w, Numerals.parse(month.group(1)));
    }
    Matcher asked = ASKS_WHICH.matcher(q.text());
    if (!asked.find()
        || QuestionParser.asksYesOrNo(q.text())
        || NEGATED.matcher(q.text()).find()
        || q.ordinal().isPresent()
        || q.type() == QuestionType.WHEN && !WHICH_DAYS.matcher(q.text()).find()
        || q.type() == QuestionType.WHERE
        || q.type() == QuestionType.CONTACT) {
      return Optional.empty();
    }
    List<Weights.Term> terms = w.terms.stream().filter(t -> t.word().length() >= 2).toList();
    Optional<Answer> found = Optional.empty();
    for (Section s : kb.sections) {
      List<Row> rows = rows(kb, s);
      if (rows.size() < FEWEST_ROWS) {
        continue;
      }
      // 哪几天 counts the rows in a measure, naming no noun
      String kind = q.unit().isEmpty() && counted(asked) ? measure(asked) : q.unit();
      String named = namedAfter(q, w, asked);
      if (!named.isEmpty()) {
        kind = named; // 哪个小程序 asks which mini-program, not which of the rows
      }
      if (!ofTheirKind(kind, s, rows)) {
        continue; // 兴趣课有哪些 of a timetable's rows: it asks what they hold, not which of them
      }
      Optional<Answer> here = chosen(kb, s, rows, terms, measure(asked));
      if (here.isPresent() && found.isPresent()) {
        return Optional.empty(); // two tables answer it alike: neither is sure to be the one asked
      }
      found = here.isPresent() ? here : found;
    }
    return found;
  }

  /** A month a question names: 3月, 10月份, 十月. */
  private static final Pattern MONTH =
      Pattern.compile(
          "(?<![\\d年/.\\-])(\\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份)?(?![\\d一二三四五六七八九十]|[日号底初中])");

  /** A word of a question that is its month's number or its asking: 12, 十, 有啥, 什么. */
  private static final Pattern ASKING_WORD = Pattern.compile("[\\d一二三四五六七八九十]+|.*(啥|什么|哪些|哪个).*");

  /** A question of what a month holds: 3月有什么活动, 10月份有几个比赛, 四月有哪些. */
  private static final Pattern ASKS_OF_A_MONTH = Pattern.compile("有(什么|哪些|啥|几[个项场次门期])|哪(些|几)");

  /**
   * The rows of a schedule that fall in the month asked (3月有什么活动 of a table whose rows say 月份为3月 or
   * 日期为2027/3/6): every such row by its label, when the question's other words are the table's (its
   * heading, its title, or what most of its rows are) and some rows fall in the month and some do
   * not.
   */
  private static Optional<Answer> ofAMonth(Snapshot kb, Question q, Weights w, int month) {
    Pattern in =
        Pattern.compile(
            "(?<![\\d.])" + month + "月(?!\\d)|\\d{4}[/.\\-]" + month + "[/.\\-]\\d{1,2}(?!\\d)");
    Optional<Answer> found = Optional.empty();
    for (Section s : kb.sections) {
      List<Row> rows = rows(kb, s);
      if (rows.size() < FEWEST_ROWS) {
        continue;
      }
      List<Row> chosen =
          rows.stream()
              .filter(r -> r.values().stream().anyMatch(v -> in.matcher(v).find()))
              .toList();
      String table = Canonical.text(s.title() + "\n" + rows.get(0).passage().notice().title());
      boolean asksNothingElse =
          w.terms.stream()
              // not the month itself (12 of 12月份), nor what asks (有啥)
              .filter(t -> !t.in("月份") && !ASKING_WORD.matcher(t.word()).matches())
              .allMatch(
                  t ->
                      t.in(table)
                          || 2 * rows.stream().filter(r -> t.in(Canonical.text(r.label()))).count()
                              >= rows.size());
      if (chosen.isEmpty() || chosen.size() == rows.size() || !asksNothingElse) {
        continue;
      }
      if (found.isPresent()) {
        return Optional.empty(); // two tables answer it alike: neither is sure to be the one asked
      }
      Optional<Answer> listed = listed(kb, s, month + "月", chosen, "项");
      if (listed.isPresent()) {
        found = listed;
      }
    }
    return found;
  }

  private static Optional<Answer> chosen(
      Snapshot kb, Section s, List<Row> rows, List<Weights.Term> terms, String measure) {
    String table = Canonical.text(s.title() + "\n" + rows.get(0).passage().notice().title());
    Set<String> columns = new LinkedHashSet<>();
    rows.forEach(r -> columns.addAll(r.columns()));
    List<Weights.Term> filters = new ArrayList<>();
    List<String> named = new ArrayList<>(); // the columns the question's other words name
    for (Weights.Term t : terms) {
      long labelling = rows.stream().filter(r -> t.in(Canonical.text(r.label()))).count();
      long holding = rows.stream().filter(r -> holds(r, t, List.of())).count();
      if (labelling > 0 && holding == 0 && 2 * labelling < rows.size()) {
        return Optional.empty(); // 东门街道爱心驿站有什么特色: it asks of the rows it names
      }
      List<String> naming = columns.stream().filter(c -> t.in(Canonical.text(c))).toList();
      if (holding > 0 && holding < rows.size()) {
        filters.add(t);
      } else if (!naming.isEmpty()) {
        named.addAll(naming);
      } else if (holding == 0 && labelling == 0 && !t.in(table)) {
        return Optional.empty(); // 哪些站点能洗澡: a word no cell, column or heading says
      }
    }
    if (filters.isEmpty()) {
      return Optional.empty();
    }
    List<Row> chosen =
        rows.stream().filter(r -> filters.stream().allMatch(t -> holds(r, t, named))).toList();
    if (chosen.isEmpty()) {
      return Optional.empty();
    }
    return listed(kb, s, said(chosen, filters, named), chosen, measure);
  }

  /**
   * The rows chosen of a section's table, by their labels: 「heading」里{what}的有{n}{measure}：…。 (表中…
   * for a table under no heading); empty when the list is longer than a reply's span.
   */
  private static Optional<Answer> listed(
      Snapshot kb, Section s, String what, List<Row> chosen, String measure) {
    String text =
        (s.title().isEmpty() ? "表中" : s.title() + "里")
            + what
            + "的有"
            + chosen.size()
            + measure
            + "："
            // without a mark the table sets before some names (★银杏路骑手驿站: new this year)
            + String.join(
                "、",
                chosen.stream().map(r -> LEADING_MARK.matcher(r.label()).replaceFirst("")).toList())
            + "。";
    return text.length() > Spans.MAX_SPAN
        ? Optional.empty()
        : Optional.of(Replies.answer(kb, new Replies.Found(chosen.get(0).passage(), text, 1, 1)));
  }

  /** True when a cell of the row says the word; only a cell of the named columns, when any are. */
  private static boolean holds(Row r, Weights.Term word, List<String> named) {
    return saying(r, word, named) >= 0;
  }

  /**
   * The first cell of the row that says the word, of the named columns when any are; -1 if none.
   */
  private static int saying(Row r, Weights.Term word, List<String> named) {
    for (int c = 0; c < r.values().size(); c++) {
      if ((named.isEmpty() || named.contains(r.columns().get(c)))
          && word.in(Canonical.text(r.values().get(c)))) {
        return c;
      }
    }
    return -1;
  }

  /**
   * What the chosen rows have: the cell they share (所在区县为桂湾区), or the column and the word asked
   * (值班人员里有许明远).
   */
  private static String said(List<Row> chosen, List<Weights.Term> filters, List<String> named) {
    List<String> parts = new ArrayList<>();
    for (Weights.Term t : filters) {
      Set<String> cells = new LinkedHashSet<>();
      Set<String> ofColumns = new LinkedHashSet<>();
      for (Row r : chosen) {
        int c = saying(r, t, named);
        cells.add(r.columns().get(c) + "为" + r.values().get(c));
        ofColumns.add(r.columns().get(c));
      }
      String part =
          cells.size() == 1
              ? cells.iterator().next()
              : String.join("或", ofColumns) + "里有" + t.word();
      if (parts.stream().noneMatch(x -> x.contains(part))) {
        parts.removeIf(part::contains); // 24小时 and 小时 of one cell: said once
        parts.add(part);
      }
    }
    return String.join("、", parts);
  }

  /**
   * True when the noun the question asks of is what the rows are (站点 of 「站点名录」, 驿站 of rows labelled
   * …爱心驿站) or only counts them (哪几天); a table whose labels repeat groups its rows, and is not
   * chosen among.
   */
  private static boolean ofTheirKind(String unit, Section s, List<Row> rows) {
    if (rows.stream().map(Row::label).distinct().count() < rows.size()) {
      return false;
    }
    if (unit.isEmpty()) {
      return false; // 兴趣课有哪些: what a cell holds, naming no kind of row
    }
    if (unit.length() == 1) {
      return true; // 哪几天, 几个
    }
    String u = Canonical.text(unit);
    long labelled = rows.stream().filter(r -> Canonical.text(r.label()).contains(u)).count();
    return 2 * labelled >= rows.size() || Canonical.text(s.title()).contains(u);
  }

  /**
   * The word of the question right after 哪个, 哪些, 几个 (小程序 of 哪个小程序), when it is one of the
   * question's terms of two characters or more; "" otherwise, and after a measure that is itself
   * the kind asked (哪几天, 哪家).
   */
  private static String namedAfter(Question q, Weights w, Matcher asked) {
    if (!measure(asked).equals("个")) {
      return ""; // 哪几天带班: the days are what it asks, 带班 what they hold
    }
    String after = q.text().substring(asked.end());
    return w.terms.stream()
        .map(Weights.Term::word)
        // at most a character in: the segmenter may keep it with 哪个 (哪个小 / 程序)
        .filter(t -> t.length() >= 2 && after.indexOf(t) >= 0 && after.indexOf(t) <= 1)
        .findFirst()
        .orElse("");
  }

  private static boolean counted(Matcher asked) {
    return asked.group(2) != null || asked.group(3) != null;
  }

  /** The measure the question counts the rows in: 天 of 哪几天, 家 of 哪家; 个 by default. */
  private static String measure(Matcher asked) {
    String m = asked.group(2) != null ? asked.group(2) : asked.group(3);
    return m == null ? "个" : m;
  }

  /** The labelled rows of a section's table, as {@code Tables} wrote them: 标签：列为值，列为值。. */
  private static List<Row> rows(Snapshot kb, Section s) {
    List<Row> out = new ArrayList<>();
    for (Passage p : kb.passagesOf(s)) {
      if (p.kind() != Passage.Kind.TEXT || !p.paragraphOf().row()) {
        continue;
      }
      String text = p.text().strip().replaceFirst("。$", "");
      int colon = text.indexOf('：');
      if (colon < 1) {
        return List.of(); // a table whose rows have no label
      }
      if (TOTAL.matcher(text.substring(0, colon)).matches()) {
        continue; // 合计：共18项，名额为1114: the rows' sum, no row of them
      }
      List<String> columns = new ArrayList<>();
      List<String> values = new ArrayList<>();
      for (String cell : text.substring(colon + 1).split("，")) {
        int is = cell.indexOf('为');
        if (is < 1) {
          return List.of();
        }
        columns.add(cell.substring(0, is));
        values.add(cell.substring(is + 1));
      }
      out.add(new Row(p, text.substring(0, colon), columns, values));
    }
    return out;
  }
}
