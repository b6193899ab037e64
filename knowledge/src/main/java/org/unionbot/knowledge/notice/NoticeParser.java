package org.unionbot.knowledge.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads a notice's plain text or Markdown into a {@link Notice}. Stateless and thread-safe.
 *
 * <p>Line by line: the first line (or a Markdown {@code #}) is the title; a line opening with □ or
 * naming 记者/通讯员 is the byline; ▲ lines and short date-led lines without end punctuation are photo
 * captions; Markdown headings, numbered headings (一、/（一）/1.) and short lines announcing a count
 * (「四个步骤“学深悟透”」, 「三项重点任务」) open sections. Other short lines without end punctuation are headings
 * only in notices that have no numbered or counted headings at all, and captions otherwise. A
 * paragraph that does not end in sentence punctuation continues on the next text line, which
 * repairs paragraphs split mid-sentence or mid-word by blank lines.
 */
public final class NoticeParser {

  /** Longest line that can be a heading or caption. */
  static final int SHORT_LINE = 40;

  private static final Pattern BYLINE =
      Pattern.compile("^([□■◇]|[（(【]?\\s*(记者|通讯员|作者|撰稿|供稿|来源|文/图|文图)[\\s：:）)】])");
  private static final Pattern CAPTION_MARK = Pattern.compile("^[▲△▼▽↑]");
  private static final Pattern DATE_LED =
      Pattern.compile("^(\\d{4}年)?\\d{1,2}月\\d{1,2}日|^\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}");

  /** A Markdown list item: "1. …", "- …", "* …". */
  private static final Pattern LIST_ITEM = Pattern.compile("^(\\d{1,2}[.、．)]|[-*+])\\s*");

  /** Characters a heading or caption never ends with: the line breaks off mid-sentence. */
  private static final String CONTINUES = "为的和与及对把将在从向给要是了着或并而且以被让使、，,";

  private static final String END_MARKS = "。！？；…!?;";
  private static final String CLOSERS = "”’」』）)》";

  /** Parses a notice; {@code title} overrides the title line when not blank. */
  public Notice parse(String id, String text, Optional<String> title) {
    List<Line> lines = classify(text);
    boolean patterned = lines.stream().anyMatch(l -> l.kind == Kind.HEADING);
    Builder b = new Builder();
    for (Line l : lines) {
      switch (l.kind) {
        case TITLE -> b.title(l.text);
        case BYLINE -> b.byline = Optional.of(l.text);
        case CAPTION -> b.caption(l.text);
        case HEADING -> b.heading(l.text, l.level);
        case SHORT -> {
          if (b.continuesParagraph()) {
            b.text(l.text);
          } else if (patterned) {
            b.caption(l.text);
          } else {
            b.heading(l.text, 1);
          }
        }
        case TEXT -> b.text(l.text);
        case ITEM -> b.item(l.text);
      }
    }
    String finalTitle = title.filter(t -> !t.isBlank()).map(String::strip).orElse(b.title);
    return new Notice(id, finalTitle, b.byline, b.captions, b.finish());
  }

  private enum Kind {
    TITLE,
    BYLINE,
    CAPTION,
    HEADING,
    SHORT,
    TEXT,
    ITEM
  }

  private record Line(Kind kind, String text, int level) {}

  private static List<Line> classify(String text) {
    List<Line> out = new ArrayList<>();
    boolean titled = false;
    String[] rawLines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n");
    boolean markdown = false;
    for (String raw : rawLines) {
      markdown |= Headings.markdownLevel(raw.strip()) > 0;
    }
    for (String raw : rawLines) {
      String line = TextRepair.line(raw.replace('\u3000', ' '));
      if (line.isEmpty() || line.chars().allMatch(c -> c == '-' || c == '*' || c == '=')) {
        continue;
      }
      int md = Headings.markdownLevel(line);
      if (md > 0) {
        String h = Headings.stripNumbering(line);
        if (!titled && md == 1) {
          out.add(new Line(Kind.TITLE, h, 0));
          titled = true;
        } else {
          out.add(new Line(Kind.HEADING, h, Math.max(1, md - 1)));
        }
        continue;
      }
      if (!titled) {
        out.add(new Line(Kind.TITLE, TextRepair.collapseSpaces(line), 0));
        titled = true;
        continue;
      }
      boolean shortLine = line.length() <= SHORT_LINE && !endsSentence(line);
      if (BYLINE.matcher(line).find() && line.length() <= SHORT_LINE) {
        out.add(new Line(Kind.BYLINE, line.replaceFirst("^[□■◇]\\s*", "").strip(), 0));
      } else if (CAPTION_MARK.matcher(line).find()) {
        out.add(new Line(Kind.CAPTION, line.substring(1).strip(), 0));
      } else if (shortLine && DATE_LED.matcher(line).find()) {
        out.add(new Line(Kind.CAPTION, line, 0));
      } else if (markdown && LIST_ITEM.matcher(line).find()) {
        out.add(new Line(Kind.ITEM, line, 0));
      } else if (Headings.numberedLevel(line) > 0) {
        addNumbered(out, line);
      } else if (shortLine && Headings.startsWithCount(line)) {
        out.add(new Line(Kind.HEADING, line, 1));
      } else if (shortLine && CONTINUES.indexOf(line.charAt(line.length() - 1)) >= 0) {
        out.add(new Line(Kind.TEXT, line, 0));
      } else if (shortLine) {
        out.add(new Line(Kind.SHORT, line, 1));
      } else {
        out.add(new Line(Kind.TEXT, line, 0));
      }
    }
    return out;
  }

  /** A numbered line is a heading, or a heading sentence followed by its paragraph text. */
  private static void addNumbered(List<Line> out, String line) {
    int level = Headings.numberedLevel(line);
    if (line.length() <= SHORT_LINE && !endsSentence(line)) {
      out.add(new Line(Kind.HEADING, line, level));
      return;
    }
    int end = firstSentenceEnd(line);
    if (end > 0 && end < line.length() && end <= SHORT_LINE) {
      out.add(new Line(Kind.HEADING, line.substring(0, end - 1), level));
      out.add(new Line(Kind.TEXT, line.substring(end).strip(), 0));
    } else {
      out.add(new Line(Kind.TEXT, line, 0));
    }
  }

  private static int firstSentenceEnd(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ("。！？!?".indexOf(s.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return -1;
  }

  static boolean endsSentence(String s) {
    int i = s.length() - 1;
    while (i > 0 && CLOSERS.indexOf(s.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && (END_MARKS.indexOf(s.charAt(i)) >= 0 || s.charAt(i) == '：');
  }

  /** Accumulates sections as lines arrive. */
  private static final class Builder {
    String title = "";
    Optional<String> byline = Optional.empty();
    final List<String> captions = new ArrayList<>();
    final List<Section> sections = new ArrayList<>();
    final int[] openAtLevel = {-1, -1, -1, -1, -1, -1, -1};
    String heading = "";
    int level = 0;
    int parent = -1;
    final List<Paragraph> paragraphs = new ArrayList<>();
    StringBuilder pending = new StringBuilder();

    void title(String t) {
      title = t;
    }

    void caption(String c) {
      captions.add(c);
    }

    boolean continuesParagraph() {
      return pending.length() > 0 && !endsSentence(pending.toString());
    }

    void text(String t) {
      if (pending.length() > 0 && endsSentence(pending.toString())) {
        flushParagraph();
      }
      pending.append(t);
    }

    /** A list item is a paragraph of its own, whatever its punctuation. */
    void item(String t) {
      flushParagraph();
      paragraphs.add(Sentences.paragraph(t.replaceFirst("^[-*+]\\s*", "")));
    }

    void heading(String h, int newLevel) {
      flushSection();
      int lv = Math.max(1, Math.min(newLevel, openAtLevel.length - 1));
      int p = -1;
      for (int i = lv - 1; i >= 1; i--) {
        if (openAtLevel[i] >= 0) {
          p = openAtLevel[i];
          break;
        }
      }
      heading = h;
      level = lv;
      parent = p;
      openAtLevel[lv] = sections.size();
      for (int i = lv + 1; i < openAtLevel.length; i++) {
        openAtLevel[i] = -1;
      }
    }

    void flushParagraph() {
      if (pending.length() > 0) {
        paragraphs.add(Sentences.paragraph(pending.toString()));
        pending = new StringBuilder();
      }
    }

    void flushSection() {
      flushParagraph();
      if (!heading.isEmpty() || !paragraphs.isEmpty()) {
        OptionalInt count = heading.isEmpty() ? OptionalInt.empty() : Headings.count(heading);
        sections.add(
            new Section(sections.size(), level, heading, parent, count, List.copyOf(paragraphs)));
      }
      paragraphs.clear();
    }

    List<Section> finish() {
      flushSection();
      return sections;
    }
  }
}
