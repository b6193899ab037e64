package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.Source;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.index.Passage;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.Numerals;
import org.unionbot.knowledge.notice.Section;

/**
 * Answers what a named department is in charge of: "法律保障部负责哪些工作", "组织部牵头什么". A work plan names who
 * does each task in a line of its own under the task (（责任部门：法律保障部、宣教部）), or in the task's own words
 * (由组织部牵头); the tasks that name the department answer, by their headings, or by their sentences
 * where a task has no heading of its own. The reverse of "集体协商由哪个部门负责", which the ranking answers
 * from the line under the task.
 */
final class Duties {

  /** What a department is in charge of: 法律保障部负责哪些工作, 组织部主要牵头什么. */
  private static final Pattern ASKED =
      Pattern.compile("^(?:请问)?(.{2,16}?)(?:主要)?(?:负责|牵头|承担|分管|主抓)(?:的)?(?:哪些|什么|啥|哪几)");

  /** A task's own words naming who leads it: 由组织部牵头, 由财务部负责. */
  private static final Pattern LEADS = Pattern.compile("由([^，,。；、由]{2,12}?)(?:牵头|负责)");

  private Duties() {}

  /** The tasks of the department the question names; empty when no task names it. */
  static Optional<Answer> answer(Snapshot kb, Question q) {
    Matcher m = ASKED.matcher(q.text());
    if (!m.find()) {
      return Optional.empty();
    }
    String body = Canonical.text(m.group(1).replaceFirst("^由", ""));
    Map<String, Passage> tasks = tasks(kb, body, true);
    if (tasks.isEmpty()) {
      tasks = tasks(kb, body, false); // 办公室 of 经费审查委员会办公室, when no task names 办公室 alone
    }
    if (tasks.isEmpty() || tasks.values().stream().map(Passage::notice).distinct().count() > 1) {
      return Optional.empty();
    }
    return Optional.of(reply(kb, m.group(1), tasks));
  }

  /** The tasks, by heading or sentence, that name the department exactly or by its last words. */
  private static Map<String, Passage> tasks(Snapshot kb, String body, boolean exactly) {
    Map<String, Passage> tasks = new LinkedHashMap<>();
    for (Section s : kb.sections) {
      for (Passage p : kb.passagesOf(s)) {
        // （责任部门：法律保障部、宣教部） under the task it is of
        Matcher label = Candidates.IN_CHARGE_LABEL.matcher(p.canonical());
        if (label.find() && names(label.group(3), body, exactly) && !s.title().isBlank()) {
          tasks.putIfAbsent(s.title(), p);
        }
      }
    }
    if (tasks.isEmpty()) {
      for (Passage p : kb.passages) {
        Matcher leads = LEADS.matcher(p.canonical());
        while (leads.find()) {
          if (names(leads.group(1), body, exactly)) {
            tasks.putIfAbsent(task(p, leads.start()), p);
            break;
          }
        }
      }
    }
    return tasks;
  }

  /** The count an inline item opens with: 一是, 二是. */
  private static final Pattern INLINE_ORDINAL = Pattern.compile("^[一二三四五六七八九十]是");

  /**
   * The task a sentence names before it says who leads it (二是开展女职工“两癌”免费筛查，全年…，由女职工部牵头 →
   * 开展女职工“两癌”免费筛查); its section's title where the sentence opens with who leads (由组织部牵头，…).
   */
  private static String task(Passage p, int leadsAt) {
    String before = p.canonical().substring(0, leadsAt);
    String first = INLINE_ORDINAL.matcher(before.split("[，,；;]")[0].strip()).replaceFirst("");
    if (!first.isEmpty() && p.text().contains(first)) {
      return first;
    }
    String title = p.section().title().replaceFirst("^关于", "").replaceAll("[。．.]$", "");
    return title.isBlank() ? Spans.tidy(p.text()) : title;
  }

  /** True when a list of departments (经济技术部、宣教部) has the one asked about. */
  private static boolean names(String list, String body, boolean exactly) {
    for (String one : list.split("[、，,和及与]")) {
      String d = one.strip();
      if (d.equals(body) || (!exactly && body.length() >= 3 && d.endsWith(body))) {
        return true;
      }
    }
    return false;
  }

  private static Answer reply(Snapshot kb, String body, Map<String, Passage> tasks) {
    List<String> names = new ArrayList<>(tasks.keySet());
    List<Source> sources = tasks.values().stream().map(Passage::source).toList();
    StringBuilder text = new StringBuilder(body.replaceFirst("^由", "")).append("负责");
    if (names.size() == 1) {
      text.append("：").append(names.get(0));
    } else {
      text.append("的工作共")
          .append(names.size() == 2 ? "两" : Numerals.chinese(names.size()))
          .append("项：");
      for (int i = 0; i < names.size(); i++) {
        text.append(i == 0 ? "" : "；").append(i + 1).append('.').append(names.get(i));
      }
    }
    if (!text.toString().matches("(?s).*[。！？]$")) {
      text.append('。');
    }
    // with several notices loaded, which one says it, as every other reply does
    text.append(Replies.whose(kb, tasks.values().iterator().next().notice()));
    return new Answer(Answer.Kind.ANSWER, text.toString(), sources, List.of());
  }
}
