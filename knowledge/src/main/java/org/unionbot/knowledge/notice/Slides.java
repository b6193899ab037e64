package org.unionbot.knowledge.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A slide deck copied out as text, each slide under a marker line (幻灯片 1, Slide 2, P3): its lines
 * as the parser reads a notice's. A slide's first line is its title, a heading under the part the
 * deck is in and numbered by the slide ({@link Headings#SLIDE}: 幻灯片 11 权益保障（一）：劳动报酬 under
 * 三、权益保障要点); a contents slide is one line that lists the parts, not their headings again; a
 * speaker's note (备注：…) is text of its slide; a second-level bullet (– 签劳动合同…) goes on the line it
 * hangs from; numbered and bulleted lines are the slide's list; lines of cells split by | or by
 * wide spaces are a table; a quiz's question and answer are a 问：/答： pair. The first slide is the
 * deck's cover, and a slide of one line a part's divider: both are read as any notice's lines.
 */
final class Slides {

  /** Marks a slide's title for the parser, which strips it: a heading under the part it is in. */
  static final String TITLE = "\u0002";

  /** Marks a line of a slide for the parser, which strips it: a paragraph of its own. */
  static final String LINE = "\u0003";

  /** Marks a line of a slide's list for the parser, which strips it: a bullet's or a number's. */
  static final String ITEM = "\u0004";

  /** A quiz slide's question: 1) 互动问答：12351是什么电话？. */
  private static final Pattern QUIZ =
      Pattern.compile("^(?:\\d{1,2}[)）.．、]\\s*)?(?:互动问答|互动|问题|提问|想一想)[：:]\\s*(.+[？?])$");

  /** A quiz slide's answer: 答案：职工服务热线，24小时接听。. */
  private static final Pattern QUIZ_ANSWER = Pattern.compile("^(?:答案|参考答案|答)[：:]\\s*");

  /** A line a slide numbers: 1) 意外伤害互助保障：…, 2、…. */
  private static final Pattern NUMBERED =
      Pattern.compile("^(?:\\d{1,2}[)）.．、]|[（(]\\d{1,2}[)）]|[①-⑳])");

  /** Who gives the talk, on the last slide: 主讲人：谭静宜, over the post the next line names. */
  private static final Pattern SPEAKER = Pattern.compile("^(?:主讲人?|宣讲人|报告人|讲师|讲解人)[：:]");

  /**
   * A slide's marker line, as PowerPoint's outline export or a copy of its slides gives it; not
   * 第3页, which is a PDF's page footer far more often than a slide's marker.
   */
  private static final Pattern MARKER =
      Pattern.compile("(?:幻灯片|[Ss]lide)\\s*\\d{1,3}|P\\s?\\d{1,3}");

  /** The fewest marker lines a deck has. */
  private static final int FEWEST_SLIDES = 3;

  /** A contents slide's title. */
  private static final Pattern CONTENTS = Pattern.compile("目\\s*录|内容提要|提\\s*纲|CONTENTS?");

  /** A speaker's note under a slide's lines: 备注：…. */
  private static final Pattern NOTE = Pattern.compile("^(?:演讲者)?备注[：:]\\s*");

  /** A second-level bullet: – 签劳动合同，依法参加社保. */
  private static final Pattern SUB_BULLET = Pattern.compile("^[–—\\-◦○▪]\\s*");

  /** The cells of a line a slide's table flattens: split by a bar, or by wide spaces. */
  private static final Pattern CELLS = Pattern.compile("\\s*[|｜]\\s*|\u3000+");

  private Slides() {}

  /** True when the lines are a deck's: three marker lines or more. */
  static boolean isDeck(List<String> lines) {
    return lines.stream().filter(Slides::isMarker).count() >= FEWEST_SLIDES;
  }

  private static boolean isMarker(String line) {
    return MARKER.matcher(line.strip()).matches();
  }

  /** The lines of a text, each slide's rewritten as above when the text is a deck. */
  static List<String> outline(List<String> lines) {
    if (!isDeck(lines)) {
      return lines;
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size() && !isMarker(lines.get(i))) {
      out.add(lines.get(i++));
    }
    boolean cover = true;
    while (i < lines.size()) {
      int end = i + 1;
      while (end < lines.size() && !isMarker(lines.get(end))) {
        end++;
      }
      List<String> slide =
          lines.subList(i + 1, end).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
      out.add("");
      if (cover || slide.size() <= 1) {
        out.addAll(slide);
      } else {
        out.addAll(slide(number(lines.get(i)), slide));
      }
      cover = false;
      i = end;
    }
    return out;
  }

  /** The number a marker line gives its slide: 13 of 幻灯片 13, P13. */
  private static int number(String marker) {
    return Integer.parseInt(marker.replaceAll("\\D", ""));
  }

  private static List<String> slide(int number, List<String> lines) {
    List<String> out = new ArrayList<>();
    String title = lines.get(0);
    if (CONTENTS.matcher(title.replace(" ", "")).matches()) {
      // the parts it names are their own slides' headings: here one line that lists them
      return List.of(LINE + title + "：" + String.join("；", lines.subList(1, lines.size())) + "。");
    }
    out.add(TITLE + "幻灯片 " + number + " " + title); // its number a heading's numbering
    Matcher quiz = QUIZ.matcher("");
    for (int k = 1; k < lines.size(); k++) {
      String line = lines.get(k);
      int cells = cells(line).size();
      int end = k + 1;
      while (cells >= 2 && end < lines.size() && cells(lines.get(end)).size() == cells) {
        end++;
      }
      if (end - k >= 3 || end - k == 2 && line.contains("|")) {
        // 以前 | 现在 over its rows, 项目　约定内容　执行时间 over its: a table, its first line the header
        for (int r = k; r < end; r++) {
          out.add("| " + String.join(" | ", cells(lines.get(r))) + " |");
          if (r == k) {
            out.add(
                "| " + String.join(" | ", cells(line).stream().map(c -> "---").toList()) + " |");
          }
        }
        out.add("");
        k = end - 1;
      } else if (quiz.reset(line).matches()) {
        out.add("问：" + quiz.group(1)); // a question and answer pair, its answer the line after it
      } else if (QUIZ_ANSWER.matcher(line).lookingAt()) {
        out.add("答：" + QUIZ_ANSWER.matcher(line).replaceFirst(""));
      } else if (NOTE.matcher(line).lookingAt()) {
        out.add(LINE + NOTE.matcher(line).replaceFirst(""));
      } else if (SUB_BULLET.matcher(line).lookingAt() && out.size() > 1) {
        String above = out.remove(out.size() - 1);
        String sub = SUB_BULLET.matcher(line).replaceFirst("");
        out.add(above + (above.contains("：") ? "，" : "：") + sub);
      } else if (NUMBERED.matcher(line).lookingAt() || TextRepair.bullet(line) >= 0) {
        out.add(ITEM + TextRepair.line(line)); // a line of the slide's list, bulleted or numbered
      } else if (SPEAKER.matcher(lines.get(k - 1)).lookingAt() && !line.contains("：")) {
        out.add(out.remove(out.size() - 1) + "，" + line); // 主讲人：谭静宜，…权益保障部副部长
      } else {
        out.add(LINE + line);
      }
    }
    return out;
  }

  private static List<String> cells(String line) {
    return List.of(CELLS.split(line.strip().replaceAll("^[|｜]|[|｜]$", "")));
  }
}
