package org.unionbot.knowledge.answer;

import java.util.List;
import java.util.OptionalInt;

/**
 * A parsed question.
 *
 * @param text the normalised question (simplified, half-width, numerals canonical)
 * @param type what it asks for
 * @param terms content words to match, question words and fillers removed
 * @param focus what the question is about: the verb of a "how" question (登录 of 怎么登录) and the noun
 *     after 的 (电话 of 王芳的联系电话); missing from the knowledge base, it weighs most
 * @param nouns those terms that name things (HanLP tags n*, vn, t, j): the topic of a question
 * @param unit the counted noun of "几个步骤" / "哪三种精神" / "第二步" (步骤, 精神, 步), or ""
 * @param measure the classifier of an asked count (家 of 多少家, 个 of 几个), or ""
 * @param count the count the question names ("哪三种" → 3, "五个方面" → 5), if any
 * @param ordinal the position it asks for ("第二步" → 2, "最后一步" → {@link #LAST}), if any
 * @param strict true when the answer must have the asked-for shape (a date for "哪天", a number for
 *     "多少个", a place for "哪个城市"); without it the knowledge base does not hold the answer
 * @param authorship true when it asks who wrote the notice
 * @param edge which end of a period a "when" question asks for: its start (几号开始), its end (哪天截止),
 *     or neither
 * @param caution true when it asks what to heed (要注意什么, 注意事项): an answer tells readers what to do
 *     or not
 */
record Question(
    String text,
    QuestionType type,
    List<String> terms,
    java.util.Set<String> nouns,
    java.util.Set<String> focus,
    String unit,
    String measure,
    OptionalInt count,
    OptionalInt ordinal,
    boolean strict,
    boolean authorship,
    Edge edge,
    boolean caution) {

  /** Which end of a period a question asks for, or both. */
  enum Edge {
    NONE,
    START,
    END,
    /** Both ends: 从什么时候到什么时候, 几号到几号. */
    RANGE
  }

  /** The ordinal of "最后一个"; "倒数第二个" is -2. */
  static final int LAST = -1;

  /**
   * The place, from 1, in a list of {@code size} things that an ordinal asks for: 第二 → 2, 最后 →
   * {@code size}, 倒数第二 → {@code size - 1}.
   */
  static int place(int ordinal, int size) {
    return ordinal < 0 ? size + 1 + ordinal : ordinal;
  }

  Question {
    terms = List.copyOf(terms);
    nouns = java.util.Set.copyOf(nouns);
    focus = java.util.Set.copyOf(focus);
  }
}
