package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.index.Passage;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.NoticeParser;
import org.unionbot.knowledge.notice.Numerals;
import org.unionbot.knowledge.notice.Paragraph;
import org.unionbot.knowledge.notice.Section;

/**
 * Answers who asked and who answered in a transcript (问答实录, 恳谈会实录): the parser makes each worker's
 * question a section headed by the question after who asked it (顺捷快递城东营业部 快递员 张某问：…？) over what
 * they said before asking and the answers, each opening with a sentence that names who gives it
 * (市人社局工伤保险处处长 钱立新回答。). A question asks of an exchange by its place (第二个问题是谁提的, 第一个问题由谁回答), by the
 * askers (有哪些职工提问) or by an asker's name (张某问了什么, 谁回答了张某的问题, 张某是做什么工作的, 王某追问了什么).
 */
final class Transcript {

  /** One worker's question and who answered it. */
  private record Exchange(
      Section section, String asker, List<String> names, String asked, List<String> answerers) {}

  /** A turn of a transcript: who asked, 问：, what. */
  private static final Pattern ASKS = Pattern.compile("^(.{2,60}?)问：(.+)$");

  /** The sentence an answer opens with that names who gives it: 市人社局工伤保险处处长 钱立新回答。. */
  private static final Pattern ANSWERS = NoticeParser.WHO_ANSWERS;

  /** A question about the questions asked: 第二个问题, 第一个提问的, 问的第三个. */
  private static final Pattern OF_THE_QUESTIONS = Pattern.compile("问题|提问|发问|问的|提的");

  /** A question of who answered: 由谁回答, 谁答复的, 哪位解答. */
  private static final Pattern ANSWERED = Pattern.compile("回答|答复|解答|作答|回复|答的|答问");

  /** A question of whom: 谁, 哪位, 哪两位, 什么人. */
  private static final Pattern WHOM = Pattern.compile("谁|哪[一两几]?位|什么人|哪个职工|哪名职工");

  /** A question of what someone asked: 张某问了什么, 刘某和陈某问的是什么, 王某遇到了什么问题. */
  private static final Pattern WHAT_ASKED =
      Pattern.compile("问[了的过]?(什么|啥)|问的是(什么|啥)|提了(什么|啥|哪些)|什么问题|啥问题|反映了");

  /** A question of where an asker works and as what: 是做什么工作的, 在哪里工作, 什么工种, 哪个平台的骑手. */
  private static final Pattern WORK =
      Pattern.compile("做什么|干什么|干啥|什么工作|哪里工作|哪儿上班|哪个单位|哪家|哪个公司|什么工种|什么职业|哪个平台|什么岗位");

  private static final String FOLLOW_UP = "追问：";

  /** Longest list of answerers given with their posts; a longer one names them only. */
  private static final int LONG_LIST = 90;

  /** Which ones, of several: 哪些, 哪几位, 哪两位. */
  private static final Pattern WHICH = Pattern.compile("哪[些几两]");

  /** A question of who answered, not of one exchange: 有哪些负责人回答了, 有谁回答了, 哪几位回答了. */
  private static final Pattern ANSWERERS = Pattern.compile("哪些|哪几|有谁|都有谁");

  /** The body a post opens with: 市人社局, 市总工会, 市医保局. */
  private static final Pattern BODY = Pattern.compile("^[^ ]{1,10}?(局|总工会|工会|委员会|中心|政府)");

  /** A question of someone's post: 是什么职务, 哪个部门的, 是干什么的. */
  private static final Pattern POST =
      Pattern.compile("职务|职位|什么官|哪个部门|哪个单位|什么单位|哪个局|干什么的|做什么的|什么身份|什么领导");

  private Transcript() {}

  static Optional<Answer> answer(Snapshot kb, Question q) {
    Notice found = null;
    List<Exchange> foundExchanges = List.of();
    for (Notice each : kb.notices) {
      List<Exchange> of = exchanges(each);
      if (of.size() >= 2) {
        if (found != null) {
          return Optional.empty(); // two transcripts: which one is asked of is not said
        }
        found = each;
        foundExchanges = of;
      }
    }
    if (found == null) {
      return Optional.empty();
    }
    Notice n = found;
    List<Exchange> exchanges = foundExchanges;
    String t = q.text();
    boolean answered = ANSWERED.matcher(t).find();
    boolean whom = WHOM.matcher(t).find();
    if (q.ordinal().isPresent() && OF_THE_QUESTIONS.matcher(t).find() && whom) {
      int k = Question.place(q.ordinal().getAsInt(), exchanges.size());
      if (k < 1 || k > exchanges.size()) {
        return Optional.of(
            reply(
                n,
                "",
                "实录里一共有"
                    + Numerals.chinese(exchanges.size())
                    + "个职工提的问题，没有第"
                    + Numerals.chinese(Math.min(k, 99))
                    + "个。"));
      }
      Exchange e = exchanges.get(k - 1);
      String ordinal = "第" + Numerals.chinese(k) + "个问题";
      return Optional.of(
          answered
              ? reply(n, e, ordinal + "由" + String.join("、", e.answerers()) + "回答。")
              : reply(n, e, ordinal + "是" + who(e) + "提的：" + e.asked()));
    }
    if (q.ordinal().isEmpty()
        && !answered
        && t.contains("提问")
        && (whom || q.type() == QuestionType.LIST || WHICH.matcher(t).find())) {
      // 有哪些职工提问, 哪两位职工共同提问: each exchange's askers, in order
      StringBuilder list = new StringBuilder("提问的职工依次是：");
      for (int k = 0; k < exchanges.size(); k++) {
        Exchange e = exchanges.get(k);
        list.append(k == 0 ? "" : "；")
            .append(k + 1)
            .append('.')
            .append(String.join("、", e.names()));
        list.append(e.asker().contains("共同") ? "（共同提问）" : "");
      }
      return Optional.of(reply(n, "", list + "。"));
    }
    if (q.ordinal().isEmpty() && answered && ANSWERERS.matcher(t).find()) {
      // 有哪些负责人回答了问题, 市人社局有哪几位回答了问题: who answered, of the body the question names
      Set<String> all = new LinkedHashSet<>();
      exchanges.forEach(e -> all.addAll(e.answerers()));
      List<String> of = all.stream().filter(a -> t.contains(bodyOf(a))).toList();
      List<String> answerers = of.isEmpty() ? List.copyOf(all) : of;
      String listed = String.join("、", answerers);
      if (listed.length() > LONG_LIST) {
        listed = String.join("、", answerers.stream().map(Transcript::nameOf).toList());
      }
      return Optional.of(reply(n, "", "回答问题的有：" + listed + "。"));
    }
    for (Exchange e : exchanges) {
      for (String a : e.answerers()) {
        String name = nameOf(a);
        if (name.length() < a.length() && t.contains(name) && POST.matcher(t).find()) {
          // 林雪梅是什么职务: the post said before the name of who answered
          String post = a.substring(0, a.length() - name.length()).strip();
          return Optional.of(
              reply(n, e, post + name + "回答了" + String.join("、", e.names()) + "的问题。"));
        }
      }
    }
    List<Exchange> named =
        exchanges.stream().filter(e -> e.names().stream().anyMatch(t::contains)).toList();
    if (named.size() != 1) {
      return Optional.empty();
    }
    Exchange e = named.get(0);
    String names = String.join("、", e.names());
    if (answered && whom) {
      return Optional.of(reply(n, e, names + "的问题由" + String.join("、", e.answerers()) + "回答。"));
    }
    if (t.contains(FOLLOW_UP.substring(0, 2))) {
      // 王某追问了什么: the turn that asks again
      return e.section().paragraphs().stream()
          .map(Paragraph::text)
          .filter(p -> p.contains(FOLLOW_UP))
          .findFirst()
          .map(p -> reply(n, e, p));
    }
    if (WHAT_ASKED.matcher(t).find()) {
      // 王某遇到了什么问题: what the turn says before its question too (包工头跑了，…。该找谁？)
      return Optional.of(reply(n, e, names + "问：" + saidBefore(e.section()) + e.asked()));
    }
    if (WORK.matcher(t).find()) {
      return Optional.of(reply(n, e, "提问的是" + who(e) + "。"));
    }
    return Optional.empty();
  }

  /**
   * What a worker said before asking, under their question's heading (包工头跑了，…还欠着。 before 该找谁？); ""
   * when the section opens with the sentence naming who answers.
   */
  static String saidBefore(Section s) {
    List<Paragraph> said = s.paragraphs();
    return said.isEmpty() || ANSWERS.matcher(said.get(0).sentences().get(0)).matches()
        ? ""
        : said.get(0).text();
  }

  /**
   * The passage that answers a section's own question: in a transcript, the first sentence after
   * the one naming who answers (not what the worker said before asking); else the section's first.
   */
  static Optional<Passage> firstAnswer(List<Passage> section) {
    for (int i = 0; i + 1 < section.size(); i++) {
      if (namesTheAnswerer(section.get(i))) {
        return Optional.of(section.get(i + 1));
      }
    }
    return section.stream().findFirst();
  }

  /**
   * True for the sentence that only names who answers (…钱立新回答。) under a transcript's question: it
   * answers who, which {@link #answer} does, and nothing the answer itself says.
   */
  static boolean namesTheAnswerer(Passage p) {
    return p.sentence() == 0
        && ASKS.matcher(p.section().heading()).matches()
        && ANSWERS.matcher(p.text()).matches();
  }

  private static Answer reply(Notice n, Exchange e, String text) {
    return reply(n, e.section().title(), text);
  }

  private static Answer reply(Notice n, String section, String text) {
    return Replies.answer(text, n, section, "");
  }

  /** The body a post is of: 市人社局 of 市人社局职业能力建设处处长, 市总工会 of 市总工会副主席; the post when none. */
  private static String bodyOf(String answerer) {
    Matcher m = BODY.matcher(answerer);
    return m.find() ? m.group() : answerer;
  }

  /** The name a speaker's post ends with: 钱立新 of 市人社局工伤保险处处长 钱立新. */
  private static String nameOf(String speaker) {
    return speaker.substring(speaker.lastIndexOf(' ') + 1);
  }

  /** Who asked, without a clause that says they asked together (…陈某，两人共同提问). */
  private static String who(Exchange e) {
    return e.asker().split("[，,]")[0];
  }

  /**
   * The names of a turn's speakers, each the last word of its part (刘某、陈某 of “速达外卖”骑手
   * 刘某、“畅行出行”网约车司机 陈某，两人共同提问); the speaker as given when a part ends in no name.
   */
  private static List<String> names(String speaker) {
    List<String> names = new ArrayList<>();
    for (String part : speaker.split("[，,]")[0].split("、")) {
      String[] words = part.strip().split(" ");
      String last = words[words.length - 1];
      if (!last.matches("\\p{IsHan}{2,4}")) {
        return List.of(speaker);
      }
      names.add(last);
    }
    return names;
  }

  /** A notice's exchanges in order: its sections headed by who asked, with a turn that answers. */
  private static List<Exchange> exchanges(Notice n) {
    List<Exchange> out = new ArrayList<>();
    for (Section s : n.sections()) {
      Matcher asks = ASKS.matcher(s.heading());
      if (!asks.matches()) {
        continue;
      }
      Set<String> answerers = new LinkedHashSet<>();
      for (Paragraph p : s.paragraphs()) {
        Matcher answers = ANSWERS.matcher(p.sentences().isEmpty() ? "" : p.sentences().get(0));
        if (answers.matches()) {
          String who = answers.group(1).strip();
          String name = who.substring(who.lastIndexOf(' ') + 1);
          if (answerers.stream().noneMatch(a -> a.endsWith(name))) {
            answerers.add(who);
          }
        }
      }
      if (!answerers.isEmpty()) {
        String asker = asks.group(1).strip();
        out.add(new Exchange(s, asker, names(asker), asks.group(2), List.copyOf(answerers)));
      }
    }
    return out;
  }
}
