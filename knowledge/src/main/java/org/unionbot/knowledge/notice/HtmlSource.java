package org.unionbot.knowledge.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A notice pasted as the HTML source of a website editor (its 源代码 view): the text a reader of the
 * page sees, a line a block, as the parser reads any notice's. Styles, scripts and comments go (an
 * editor's comment is no part of the notice); entities are their characters; a span is part of its
 * line however many there are; a {@code <br>} breaks a line; an ordered list's items are numbered
 * (1. …) and an unordered list's bulleted (• …) as a browser shows them; a table's rows are a
 * Markdown table's, the first row its header; a picture is a caption line (▲…) of the paragraph
 * under it if that paragraph names it, else of its alt text, and a link is its text.
 */
final class HtmlSource {

  /**
   * The end tags of blocks: five or more, with most lines opening on a tag, make a page's source.
   */
  private static final Pattern BLOCK_END =
      Pattern.compile(
          "</(?:p|div|li|td|tr|th|h[1-6]|table|section|article)\\s*>|<br\\s*/?>",
          Pattern.CASE_INSENSITIVE);

  private static final int FEWEST_BLOCKS = 5;

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "table",
          "tbody",
          "thead",
          "tfoot",
          "tr",
          "blockquote",
          "section",
          "article",
          "header",
          "footer",
          "dl",
          "dt",
          "dd",
          "pre",
          "hr",
          "figure",
          "figcaption",
          "caption",
          "center",
          "form");

  /**
   * Source whitespace over a line break between two Chinese characters: the editor's break, which a
   * browser shows as nothing worth a space.
   */
  private static final Pattern SOURCE_BREAK =
      Pattern.compile("(?<=[\\p{IsHan}，。；：、！？）》”])[ \\t\\r]*\\n[ \\t\\r\\n]*(?=[\\p{IsHan}（《“])");

  /** Other source whitespace: one space, as a browser shows it (a no-break space is kept). */
  private static final Pattern SOURCE_SPACE = Pattern.compile("[ \\t\\r\\n]+");

  /** The fewest Chinese characters of an alt text that says what a picture shows. */
  private static final int TELLING_ALT = 4;

  private HtmlSource() {}

  /** True when {@code text} is a page's HTML source rather than a notice's text. */
  static boolean is(String text) {
    int blocks = 0;
    var m = BLOCK_END.matcher(text);
    while (m.find() && blocks < FEWEST_BLOCKS) {
      blocks++;
    }
    if (blocks < FEWEST_BLOCKS) {
      return false;
    }
    long lines = text.lines().filter(l -> !l.isBlank()).count();
    long tagged = text.lines().filter(l -> l.stripLeading().startsWith("<")).count();
    return tagged * 2 > lines;
  }

  /** The lines a reader of the page sees, when {@code text} is HTML source; else {@code text}. */
  static String text(String text) {
    if (!is(text)) {
      return text;
    }
    Element body = Jsoup.parse(text).body();
    body.select("style, script, noscript, template").remove();
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    blocks(body, line, lines);
    flush(line, lines);
    return String.join("\n", captions(lines));
  }

  private static void blocks(Element element, StringBuilder line, List<String> lines) {
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode t) {
        line.append(t.getWholeText());
      } else if (child instanceof Element e) {
        String tag = e.normalName();
        switch (tag) {
          case "br" -> flush(line, lines);
          case "img" -> {
            flush(line, lines);
            lines.add(PICTURE + e.attr("alt").strip());
          }
          case "table" -> {
            flush(line, lines);
            table(e, lines);
          }
          case "li" -> {
            flush(line, lines);
            Element list = e.parent();
            line.append(
                list != null && list.normalName().equals("ol")
                    ? (e.elementSiblingIndex() + 1) + ". "
                    : "• ");
            blocks(e, line, lines);
            flush(line, lines);
          }
          default -> {
            boolean block = BLOCKS.contains(tag);
            if (block) {
              flush(line, lines);
            }
            blocks(e, line, lines);
            if (block) {
              flush(line, lines);
            }
          }
        }
      }
    }
  }

  /** A table's rows as a Markdown table's: | 阶段 | 时间 |, a rule under the first. */
  private static void table(Element table, List<String> lines) {
    boolean first = true;
    for (Element row : table.select("tr")) {
      List<String> cells = new ArrayList<>();
      for (Element cell : row.children()) {
        if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
          List<String> parts = new ArrayList<>();
          StringBuilder part = new StringBuilder();
          blocks(cell, part, parts);
          flush(part, parts);
          cells.add(String.join(" ", parts).replace("|", "｜"));
        }
      }
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      lines.add("| " + String.join(" | ", cells) + " |");
      if (first) {
        lines.add("|" + " --- |".repeat(cells.size()));
        first = false;
      }
    }
  }

  /** Marks a picture's alt text until {@link #captions} places it. */
  private static final String PICTURE = "\u0001";

  /**
   * A picture's caption: the line under it when that line says what the alt text says (the
   * paragraph a page puts under its photo: most of the alt's characters are in it), else the alt
   * text if it says what the picture shows (not 图片1 or a file's name), else none.
   */
  private static List<String> captions(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (!l.startsWith(PICTURE)) {
        out.add(l);
        continue;
      }
      String alt = l.substring(PICTURE.length());
      long han = alt.codePoints().filter(HtmlSource::han).count();
      if (han >= TELLING_ALT && i + 1 < lines.size() && says(lines.get(i + 1), alt)) {
        out.add("▲" + lines.get(++i));
      } else if (han >= TELLING_ALT) {
        out.add("▲" + alt);
      }
    }
    return out;
  }

  /** True when most of the Chinese characters of {@code alt} are in {@code line}. */
  private static boolean says(String line, String alt) {
    int[] chars = alt.codePoints().filter(HtmlSource::han).toArray();
    long found = java.util.Arrays.stream(chars).filter(c -> line.indexOf(c) >= 0).count();
    return found * 3 >= chars.length * 2L;
  }

  private static boolean han(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static void flush(StringBuilder line, List<String> lines) {
    String text = SOURCE_BREAK.matcher(line).replaceAll("");
    text = SOURCE_SPACE.matcher(text).replaceAll(" ").replace('\u00A0', ' ').strip();
    line.setLength(0);
    if (!text.isEmpty()) {
      lines.add(text);
    }
  }
}
