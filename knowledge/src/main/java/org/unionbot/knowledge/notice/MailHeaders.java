package org.unionbot.knowledge.notice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header blocks of an e-mail thread pasted as text (发件人：… / 发送时间：… / 收件人：… / 主题：回复：关于…的通知),
 * newest message first as mail programs quote: the thread is titled by its subject without the
 * replies' 回复：/RE:, its header lines are facts of their own, and the oldest message, last, is the
 * notice the others answer, so its attachments are the notice's and its salutation whom the notice
 * addresses. Immutable.
 *
 * @param lines the indices of header lines
 * @param subject the first block's subject without 回复：/RE:/转发：, or "" when there is none
 * @param lastBlock the index of the last block's first line, or -1 when the text is no thread
 * @param attachments the index of the last block's 附件： line, or -1
 */
record MailHeaders(Set<Integer> lines, String subject, int lastBlock, int attachments) {

  /** The line a header block opens with: 发件人：温若溪 <…>, From: …. */
  private static final Pattern OPENS = Pattern.compile("^(发件人|From)\\s*[：:]");

  /** A header line: a field a mail program writes over each message, and its value. */
  private static final Pattern FIELD =
      Pattern.compile(
          "^(发件人|发送时间|发送日期|时间|日期|收件人|抄送|密送|主题|附件|From|Sent|Date|To|Cc|CC|Bcc|Subject"
              + "|Attachments?)\\s*[：:]\\s*(.*)$");

  /** The subject's field. */
  private static final Pattern SUBJECT = Pattern.compile("主题|Subject");

  /** What replies and forwards put before a subject: 回复：回复：, RE:, 转发：, Fwd:. */
  private static final Pattern REPLIED =
      Pattern.compile("^((回复|答复|转发|RE|Re|re|FW|Fw|FWD|Fwd|fwd)\\s*[：:]\\s*)+");

  /** None: the text is no e-mail thread. */
  static final MailHeaders NONE = new MailHeaders(Set.of(), "", -1, -1);

  MailHeaders {
    lines = Set.copyOf(lines);
  }

  /** The header blocks of a text's lines, or {@link #NONE}. */
  static MailHeaders of(List<String> text) {
    Set<Integer> lines = new HashSet<>();
    List<Integer> blocks = new ArrayList<>();
    String subject = "";
    int attachments = -1;
    for (int i = 0; i < text.size(); i++) {
      if (!OPENS.matcher(text.get(i)).find()) {
        continue;
      }
      int end = i + 1;
      while (end < text.size() && FIELD.matcher(text.get(end)).matches()) {
        end++;
      }
      if (end - i < 2) {
        continue; // a sender alone is a line of text
      }
      blocks.add(i);
      attachments = -1;
      for (int k = i; k < end; k++) {
        lines.add(k);
        Matcher field = FIELD.matcher(text.get(k));
        field.matches();
        if (blocks.size() == 1 && subject.isEmpty() && SUBJECT.matcher(field.group(1)).matches()) {
          subject = REPLIED.matcher(field.group(2).strip()).replaceFirst("").strip();
        }
        if (field.group(1).startsWith("附件") || field.group(1).startsWith("Attachment")) {
          attachments = k;
        }
      }
      i = end - 1;
    }
    if (blocks.isEmpty()) {
      return NONE;
    }
    return new MailHeaders(lines, subject, blocks.get(blocks.size() - 1), attachments);
  }

  /** A line a reply quotes the message it answers with: > 1.我区快递…能参加吗？. */
  private static final Pattern QUOTED = Pattern.compile("^>+\\s*");

  /**
   * The lines of an e-mail thread with the quote marks of its replies gone, a quoted sentence that
   * ran on over two lines made one; any other text as it was.
   */
  static List<String> unquoted(List<String> text) {
    if (!of(text).present()) {
      return text;
    }
    List<String> out = new ArrayList<>();
    boolean runsOn = false;
    for (String line : text) {
      Matcher quoted = QUOTED.matcher(line);
      if (!quoted.lookingAt()) {
        out.add(line);
        runsOn = false;
        continue;
      }
      String said = line.substring(quoted.end()).strip();
      if (runsOn) {
        out.set(out.size() - 1, out.get(out.size() - 1) + said);
      } else {
        out.add(said);
      }
      runsOn = !said.isEmpty() && !NoticeParser.endsSentence(said);
    }
    return out;
  }

  /** Whether the text is an e-mail thread. */
  boolean present() {
    return lastBlock >= 0;
  }

  /** The names an attachment field lists: 1.讲座安排表.xlsx 2.回执.docx → 讲座安排表.xlsx, 回执.docx. */
  static List<String> attached(String value) {
    List<String> out = new ArrayList<>();
    for (String item : value.split("\\s{2,}|　+|[；;]")) {
      String name = OfficialLines.itemName(item.strip());
      if (!name.isEmpty()) {
        out.add(name);
      }
    }
    return out;
  }
}
