package org.unionbot.knowledge.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unionbot.knowledge.analysis.Synonyms;

/**
 * Admins' quiz items: checked when a version is built, and merged with the generated bank.
 *
 * <p>A curated item needs a non-blank id (unique among curated items) and prompt. A choice has 2–4
 * distinct non-blank options, the answer among them, and no catch-all option such as "以上都是" ({@link
 * QuizValidator#banned}); a blank shows {@link QuizItem#BLANK} in its prompt and has a non-blank
 * answer. Unlike generated items, a curated item need not quote the notices: its source may be
 * anything the admin wants shown as the explanation.
 */
public final class CuratedQuiz {

  private static final int MIN_OPTIONS = 2;

  private CuratedQuiz() {}

  /**
   * Checks the admins' items.
   *
   * @throws IllegalArgumentException naming the first invalid item and what is wrong with it
   */
  public static void check(List<QuizItem> items) {
    Set<String> ids = new HashSet<>();
    for (QuizItem item : items) {
      String name = "题目「" + item.id() + "」";
      if (item.id().isBlank()) {
        throw new IllegalArgumentException("题目编号不能为空：" + item.prompt());
      }
      if (!ids.add(item.id())) {
        throw new IllegalArgumentException(name + "重复");
      }
      if (item.prompt().isBlank()) {
        throw new IllegalArgumentException(name + "的题干不能为空");
      }
      switch (item.type()) {
        case CHOICE -> checkChoice(name, item);
        case BLANK -> checkBlank(name, item);
        default -> throw new IllegalStateException("unknown type " + item.type());
      }
    }
  }

  private static void checkChoice(String name, QuizItem item) {
    List<String> options = item.options();
    if (options.size() < MIN_OPTIONS || options.size() > QuizValidator.CHOICES) {
      throw new IllegalArgumentException(name + "要有 2–4 个选项，现在有 " + options.size() + " 个");
    }
    Set<String> seen = new HashSet<>();
    for (String o : options) {
      if (o.isBlank()) {
        throw new IllegalArgumentException(name + "有空选项");
      }
      if (!seen.add(Synonyms.normalize(o))) {
        throw new IllegalArgumentException(name + "有重复的选项：" + o);
      }
      if (QuizValidator.banned(o).isPresent()) {
        throw new IllegalArgumentException(name + "不能用“以上都是”一类的选项：" + o);
      }
    }
    if (!options.contains(item.answer())) {
      throw new IllegalArgumentException(name + "的答案「" + item.answer() + "」不在选项里");
    }
  }

  private static void checkBlank(String name, QuizItem item) {
    if (!item.prompt().contains(QuizItem.BLANK)) {
      throw new IllegalArgumentException(name + "的题干里要有填空处 " + QuizItem.BLANK);
    }
    if (item.answer().isBlank()) {
      throw new IllegalArgumentException(name + "的答案不能为空");
    }
  }

  /**
   * The whole bank: generated items in order, each replaced by the curated item with its id (an
   * edit), then the other curated items; every entry marked enabled unless its id is disabled.
   */
  static List<QuizEntry> merge(
      List<QuizItem> generated, List<QuizItem> curated, Set<String> disabled) {
    Map<String, QuizItem> edits = new LinkedHashMap<>();
    curated.forEach(c -> edits.put(c.id(), c));
    List<QuizEntry> out = new ArrayList<>();
    for (QuizItem g : generated) {
      QuizItem edit = edits.remove(g.id());
      QuizItem item = edit == null ? g : edit;
      QuizEntry.Origin origin = edit == null ? QuizEntry.Origin.GENERATED : QuizEntry.Origin.EDITED;
      out.add(new QuizEntry(item, origin, !disabled.contains(g.id())));
    }
    for (QuizItem c : edits.values()) {
      out.add(new QuizEntry(c, QuizEntry.Origin.CURATED, !disabled.contains(c.id())));
    }
    return List.copyOf(out);
  }
}
