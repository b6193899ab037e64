package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.index.Passage;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.NoticeParser;

/**
 * Answers of who sent a message of a thread, and when: a chat export's messages, each under its
 * sender's line (星湾区总工会-周老师 2027/5/6 09:03), or an e-mail thread's, each under its header (发件人：温若溪
 * &lt;…&gt; / 发送时间：2027年9月14日 星期二 16:20). A question names the message by what it says (群公告是谁发的,
 * 更正是哪天发的, 答复陆振华的邮件是谁发的) or by when it came (最新一封邮件是谁发的, 原始通知是哪天发的), or asks a sender's unit
 * (李姐是哪个单位的), which a chat's name says before the name (区医院工会 李姐) and an e-mail's signature under
 * it.
 */
final class Messages {

  /** One message: who sent it, their unit if known, when, and its sentences' range. */
  private record Message(
      String sender, String name, String unit, String sent, long when, int first, int last) {}

  /** An e-mail's sender line: 发件人：温若溪 &lt;wenruoxi@…&gt;. */
  private static final Pattern MAIL_SENDER =
      Pattern.compile("^(?:发件人|From)\\s*[：:]\\s*([^<＜]+?)\\s*(?:[<＜].*)?$");

  /** An e-mail's time line: 发送时间：2027年9月14日 星期二 16:20. */
  private static final Pattern MAIL_SENT =
      Pattern.compile(
          "^(?:发送时间|发送日期|时间|日期|Sent|Date)\\s*[：:]\\s*((\\d{4})年(\\d{1,2})月(\\d{1,2})日"
              + "(?:\\s*星期.)?\\s*(\\d{1,2}):(\\d{2}))");

  /** A question of who sent something: 谁发的, 是谁发的, 谁写的, 谁回的. */
  private static final Pattern WHO_SENT = Pattern.compile("谁(发|写|回|寄)|由谁发");

  /** A question of when something was sent: 什么时候发的, 哪天发的, 几点发出的, 什么时候改的. */
  private static final Pattern WHEN_SENT = Pattern.compile("(什么时候|何时|哪天|几号|几点|哪一天)(发|寄|改|更正|回)");

  /** The newest message: 最新一封, 最后一封, 最近的. */
  private static final Pattern NEWEST = Pattern.compile("最新|最后|最近");

  /** The oldest message: 最早, 第一封, 头一封, 原始. */
  private static final Pattern OLDEST = Pattern.compile("最早|第一封|头一封|原始|最初");

  /** A question of a person's unit: 李姐是哪个单位的, 温若溪是哪个部门的. */
  private static final Pattern UNIT_ASKED =
      Pattern.compile("^(.{1,8}?)是?(哪个|哪家|什么)(单位|部门|公司|企业|工会|厂)的?$");

  /** Where a chat name's unit ends and the name starts: 星湾区总工会-周老师, 区医院工会 李姐. */
  private static final Pattern NAME_AFTER_UNIT =
      Pattern.compile("^(.+?)[-－—_\\s　]+([^-－—_\\s　]{1,6})$");

  /** A unit a signature line names: 霁川市总工会宣传教育部. */
  private static final Pattern UNIT_LINE =
      Pattern.compile("^\\p{IsHan}{4,30}(部|会|局|中心|处|科|室|办公室|公司)$");

  /** A department's name: …宣传教育部, …办公室, …科. */
  private static final Pattern DEPARTMENT = Pattern.compile("(部|处|科|室|办)$");

  /** Least share of the question's words a message says to be the one it asks of. */
  private static final double NAMED = 0.5;

  private Messages() {}

  /** Whether a question asks who sent a message, when, or a sender's unit. */
  static boolean asks(Question q) {
    String t = q.text();
    return WHO_SENT.matcher(t).find()
        || WHEN_SENT.matcher(t).find()
        || UNIT_ASKED.matcher(t).matches();
  }

  static Optional<Answer> answer(Snapshot kb, Question q, Weights w) {
    if (!asks(q)) {
      return Optional.empty();
    }
    String t = q.text();
    boolean who = WHO_SENT.matcher(t).find();
    Matcher unit = UNIT_ASKED.matcher(t);
    boolean ofUnit = unit.matches();
    for (Notice n : kb.notices) {
      List<Message> messages = messages(kb, n);
      if (messages.size() < 2) {
        continue;
      }
      if (ofUnit) {
        Optional<Answer> a = unit(kb, n, messages, unit.group(1), unit.group(3));
        if (a.isPresent()) {
          return a;
        }
        continue;
      }
      Optional<Message> asked = asked(kb, q, w, messages);
      if (asked.isPresent()) {
        Message m = asked.get();
        String text =
            who
                ? "是" + m.sender() + "发的（" + m.sent() + "）。"
                : m.sender() + "的这条消息发于" + m.sent() + "。";
        return Optional.of(
            Replies.answer(text + Replies.whose(kb, n), n, "消息", m.sender() + " " + m.sent()));
      }
    }
    return Optional.empty();
  }

  /**
   * When the message a sentence is in was sent, as a number that orders messages (year, month, day,
   * hour, minute); 0 for a sentence of no dated message. Each notice's messages are read once.
   */
  static ToLongFunction<Passage> sentAt(Snapshot kb) {
    Map<Notice, List<Message>> read = new HashMap<>();
    return p ->
        read.computeIfAbsent(p.notice(), n -> messages(kb, n)).stream()
            .filter(m -> m.first() <= p.id() && p.id() <= m.last())
            .mapToLong(Message::when)
            .findFirst()
            .orElse(0);
  }

  /**
   * The message a question asks of: the newest or oldest it names, else the one that says its
   * words.
   */
  private static Optional<Message> asked(
      Snapshot kb, Question q, Weights w, List<Message> messages) {
    Comparator<Message> byTime = Comparator.comparingLong(Message::when);
    if (NEWEST.matcher(q.text()).find()) {
      return messages.stream().max(byTime);
    }
    if (OLDEST.matcher(q.text()).find()) {
      return messages.stream().min(byTime);
    }
    if (w.isEmpty()) {
      return Optional.empty();
    }
    return SoleBest.of(
            messages,
            m -> {
              StringBuilder said = new StringBuilder();
              for (int k = m.first(); k <= m.last(); k++) {
                said.append(kb.passages.get(k).canonical());
              }
              return w.coverage(said.toString());
            })
        .filter(b -> b.score() >= NAMED)
        .map(SoleBest::item);
  }

  /** A sender's unit, by the name the question gives: 李姐是哪个单位的 → 区医院工会. */
  private static Optional<Answer> unit(
      Snapshot kb, Notice n, List<Message> messages, String asked, String kind) {
    String name = Canonical.text(asked);
    // 周老师是哪个部门的 of 星湾区总工会-周老师: a union names no department
    boolean department = kind.equals("部门");
    List<Message> named =
        messages.stream()
            .filter(m -> !m.unit().isEmpty())
            .filter(m -> !department || DEPARTMENT.matcher(m.unit()).find())
            .filter(m -> Canonical.text(m.name()).equals(name))
            .toList();
    if (named.stream().map(Message::sender).distinct().count() != 1) {
      return Optional.empty(); // no one of the name, or two who go by it
    }
    Message m = named.get(0);
    return Optional.of(
        Replies.answer(
            m.name() + "是" + m.unit() + "的（" + m.sender() + "）。" + Replies.whose(kb, n),
            n,
            "消息",
            m.sender()));
  }

  /** The messages of a notice, in the order of its text; empty when it is no thread. */
  private static List<Message> messages(Snapshot kb, Notice n) {
    List<Passage> of = kb.passages.stream().filter(p -> p.notice() == n).toList();
    List<Message> heads = new ArrayList<>();
    for (int i = 0; i < of.size(); i++) {
      Passage p = of.get(i);
      Matcher chat = NoticeParser.CHAT_SENDER.matcher(p.text());
      Matcher mail = MAIL_SENDER.matcher(p.text());
      if (chat.matches()) {
        String sender = chat.group("who").strip();
        Matcher split = NAME_AFTER_UNIT.matcher(sender);
        boolean unit = split.matches();
        long when =
            time(
                chat.group("y"),
                chat.group("mo"),
                chat.group("d"),
                chat.group("h"),
                chat.group("mi"));
        heads.add(
            new Message(
                sender,
                unit ? split.group(2) : sender,
                unit ? split.group(1) : "",
                chat.group("sent"),
                when,
                p.id(),
                -1));
      } else if (mail.matches() && i + 1 < of.size()) {
        Matcher sent = MAIL_SENT.matcher(of.get(i + 1).text());
        if (sent.find()) {
          String sender = mail.group(1).strip();
          long when =
              time(sent.group(2), sent.group(3), sent.group(4), sent.group(5), sent.group(6));
          heads.add(
              new Message(
                  sender, sender, signedUnit(of, i, sender), sent.group(1), when, p.id(), -1));
        }
      }
    }
    // a message runs to the next one's heading, the last to the notice's end
    List<Message> out = new ArrayList<>();
    for (int k = 0; k < heads.size(); k++) {
      Message m = heads.get(k);
      int last = k + 1 < heads.size() ? heads.get(k + 1).first() - 1 : of.get(of.size() - 1).id();
      out.add(new Message(m.sender(), m.name(), m.unit(), m.sent(), m.when(), m.first(), last));
    }
    return out;
  }

  /** The unit an e-mail's sender signs with: the line under their name, below the header. */
  private static String signedUnit(List<Passage> of, int header, String sender) {
    for (int k = header + 1; k + 1 < of.size(); k++) {
      if (MAIL_SENDER.matcher(of.get(k).text()).matches()) {
        break;
      }
      if (of.get(k).text().equals(sender) && UNIT_LINE.matcher(of.get(k + 1).text()).matches()) {
        return of.get(k + 1).text();
      }
    }
    return "";
  }

  private static long time(String year, String month, String day, String hour, String minute) {
    return ((Long.parseLong(year) * 100 + Long.parseLong(month)) * 100 + Long.parseLong(day))
            * 10_000
        + Long.parseLong(hour) * 100
        + Long.parseLong(minute);
  }
}
