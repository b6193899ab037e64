package org.unionbot.knowledge.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A notice copied out of the PDF of an official document (红头文件): lines broken at the page's width
 * in mid-sentence and mid-word (时间为5月10 / 日至5月21日), page footers (— 1 —, 第1页), a letterhead
 * (青川市总工会文件) and a document number (青工发〔2027〕9号) above a title centred over two lines. Undone on
 * the notice's lines before they are read, so the parser sees the paragraphs a reader sees.
 */
final class PdfPaste {

  /** A page footer: — 1 —, - 2 -, 第1页, 第1页 共3页, 1/3. */
  private static final Pattern PAGE_FOOTER =
      Pattern.compile(
          "^(?:[—－\\-–]{1,2}\\s*\\d{1,3}\\s*[—－\\-–]{1,2}"
              + "|第\\s*\\d{1,3}\\s*页(?:\\s*[，,/]?\\s*共\\s*\\d{1,3}\\s*页)?"
              + "|\\d{1,3}\\s*/\\s*\\d{1,3})$");

  /** The letterhead of a red-header document: 青川市总工会文件, 中华全国总工会办公厅文件. */
  private static final Pattern LETTERHEAD = Pattern.compile("^\\p{IsHan}{2,24}文件$");

  /** A document number: 青工发〔2027〕9号, 总工办发[2026]12号, 市工发（2027）3号, 云工信复〔2027〕第14号. */
  private static final Pattern DOCUMENT_NUMBER =
      Pattern.compile("^\\S{1,12}[〔\\[［（(]\\d{4}[〕\\]］）)]\\s*第?\\d{1,4}\\s*号$");

  /** What the document number is said after, on a line of its own under the title. */
  private static final String NUMBER_LABEL = "文号：";

  /** True for the line that says the document number ({@link #head}): 文号：青工发〔2027〕9号. */
  static boolean isNumberLine(String line) {
    return line.startsWith(NUMBER_LABEL)
        && DOCUMENT_NUMBER.matcher(line.substring(NUMBER_LABEL.length())).matches();
  }

  /**
   * The line that says the document number, labelled as {@link #head} labels it: 云工发〔2027〕11号 under
   * the title of a notice another forwards; empty for any other line.
   */
  static Optional<String> numberLine(String line) {
    return isNumberLine(line)
        ? Optional.of(line)
        : DOCUMENT_NUMBER.matcher(line).matches()
            ? Optional.of(NUMBER_LABEL + line)
            : Optional.empty();
  }

  /** How a document's title ends: …的通知, …的意见, …办法. */
  private static final Pattern TITLE_END =
      Pattern.compile("(通知|意见|办法|方案|决定|函|通报|公告|报告|规定|细则|纪要|批复)$");

  /** The longest second line of a title centred over two (…健康体检的通知). */
  private static final int TITLE_TAIL = 20;

  /**
   * How many lines must break off mid-phrase at the page's width before the text counts as wrapped.
   */
  private static final int WRAPPED_LINES = 3;

  /** The narrowest page a document is wrapped at, in half-width columns (20 Chinese characters). */
  private static final int NARROWEST_PAGE = 40;

  /**
   * A line that ends on a label after a comma (…治未病中心，地址：), its value on the next line: the page,
   * not the writer, broke it there. An addressee line (…，各产业工会：) names more than a label.
   */
  private static final Pattern LABEL_AT_END = Pattern.compile("[，,、]\\p{IsHan}{2,3}：$");

  /** One line in this many may run past a wrapped page's width (a link, a line set wide). */
  private static final int WIDER_LINES = 10;

  /** How far short of the page's width (in half-width columns) a line still fills it. */
  private static final int SLACK = 8;

  private PdfPaste() {}

  /** The lines as the document reads: footers gone, the title whole, wrapped paragraphs joined. */
  static List<String> repair(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      if (!PAGE_FOOTER.matcher(l).matches()) {
        out.add(l);
      }
    }
    return unwrap(head(out));
  }

  /**
   * The head of a document: a title centred over two lines (关于组织…先进职工 / 健康体检的通知) made one, and for
   * a red-header one, without its letterhead (the issuer signs the end too) and with the document
   * number as a labelled fact after the title (文号：青工发〔2027〕9号).
   */
  private static List<String> head(List<String> lines) {
    int i = 0;
    String number = null;
    while (i < Math.min(3, lines.size())) {
      String l = lines.get(i).replaceAll("\\s+", "");
      if (DOCUMENT_NUMBER.matcher(l).matches()) {
        number = l;
      } else if (!LETTERHEAD.matcher(l).matches()) { // a letterhead goes: the issuer signs the end
        break;
      }
      i++;
    }
    List<String> out = new ArrayList<>();
    if (i < lines.size()) {
      String title = lines.get(i++);
      if (i < lines.size()
          && title.startsWith("关于")
          && !TITLE_END.matcher(title).find()
          && TITLE_END.matcher(lines.get(i)).find()
          && lines.get(i).length() <= TITLE_TAIL
          && !NoticeParser.endsSentence(lines.get(i))) {
        title += lines.get(i++);
      }
      out.add(title);
    }
    // 鹭川市云湖区总工会 / 信访事项处理意见书 / 云工信复〔2027〕第14号: a number under the title's lines
    for (int k = i; number == null && k < Math.min(i + 2, lines.size()); k++) {
      String l = lines.get(k).replaceAll("\\s+", "");
      if (DOCUMENT_NUMBER.matcher(l).matches()) {
        number = l;
        out.addAll(lines.subList(i, k));
        i = k + 1;
      } else if (l.length() > TITLE_TAIL || NoticeParser.endsSentence(l)) {
        break;
      }
    }
    if (number != null) {
      out.add(NUMBER_LABEL + number);
    }
    out.addAll(lines.subList(i, lines.size()));
    return out;
  }

  /**
   * Lines joined where the page, not the writer, broke them: when at least {@link #WRAPPED_LINES}
   * lines, and a third of those that fill the page's width, break off mid-phrase, each line that
   * fills it and does not end a sentence runs on into the next, unless the next opens a heading, an
   * article, a contact or an attachment line.
   */
  private static List<String> unwrap(List<String> lines) {
    if (!NoticeParser.chatSenders(lines).isEmpty()) {
      return lines; // a chat's messages end where their writers stopped, with a mark or without
    }
    if (lines.stream().anyMatch(l -> l.startsWith(Slides.TITLE))) {
      return lines; // a slide's lines are its fragments, each ended where its writer ended it
    }
    int width = 0;
    for (String l : lines) {
      if (!NoticeParser.endsSentence(l) && !standsAlone(l)) {
        width = Math.max(width, width(l));
      }
    }
    int full = width - SLACK;
    int broken = 0;
    int filled = 0;
    int wider = 0;
    for (String l : lines) {
      int w = width(l);
      if (w >= full && !standsAlone(l)) {
        filled++;
        broken += midWord(l) ? 1 : 0;
        wider += w > width + SLACK ? 1 : 0;
      }
    }
    // a page breaks lines wherever they reach its edge: in a word as often as after a comma; and
    // no more than a few of its lines run past it (a name and a title per line are no page)
    if (broken < WRAPPED_LINES
        || 3 * broken < filled
        || width < NARROWEST_PAGE
        || WIDER_LINES * wider > lines.size()) {
      return lines;
    }
    List<String> out = new ArrayList<>();
    String physical = null; // the last line as the page had it
    for (String l : lines) {
      // a line short of the page by a few digits' width runs on when it breaks off in a word, but
      // for the title, which ends in a word (…的通知) wherever the page is
      if (physical != null
          && !Tables.isRow(physical)
          && !opensAPart(l)
          && (!NoticeParser.endsSentence(physical)
                  && (width(physical) >= full
                      || midWord(physical) && 4 * width(physical) >= 3 * width && out.size() > 1)
              || LABEL_AT_END.matcher(physical).find())) {
        out.set(out.size() - 1, out.get(out.size() - 1) + l);
      } else {
        out.add(l);
      }
      physical = l;
    }
    return out;
  }

  /**
   * True for a line that breaks off in a word: its last character a letter or a digit, no mark. A
   * page whose lines hold more or fewer half-width digits breaks them short of its width by a few
   * columns (…于4月27日前将体检日期和 / 体检点反馈各单位).
   */
  private static boolean midWord(String l) {
    return Character.isLetterOrDigit(l.charAt(l.length() - 1));
  }

  /**
   * A line a tag in 【】, a bullet or a number opens, a line of an agenda or a table's row: a
   * headline, a line of a list or a numbered heading (（三）第9号提案：关于…的提案), never a page's wrap.
   */
  private static boolean standsAlone(String l) {
    return l.startsWith("【")
        || Tables.isRow(l)
        || l.startsWith(NoticeParser.LISTED)
        || Headings.numberedLevel(l) > 0
        || NoticeParser.agendaLine(l);
  }

  private static boolean opensAPart(String l) {
    return standsAlone(l)
        || isNumberLine(l)
        || Headings.articleLabel(l).isPresent()
        || Headings.division(l).isPresent()
        || OfficialLines.isContact(l)
        || OfficialLines.attachmentsStart(l).isPresent()
        || OfficialLines.isDate(l);
  }

  /** A line's width in half-width columns: Chinese characters and full-width forms take two. */
  static int width(String l) {
    int w = 0;
    for (int i = 0; i < l.length(); i++) {
      w += columns(l.charAt(i));
    }
    return w;
  }

  private static int columns(char c) {
    return c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF00 && c <= 0xFF60
        ? 2
        : c == '—' || c == '“' || c == '”' || c == '‘' || c == '’' ? 2 : 1;
  }
}
