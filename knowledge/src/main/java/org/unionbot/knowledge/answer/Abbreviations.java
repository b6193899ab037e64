package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.index.Passage;
import org.unionbot.knowledge.index.Snapshot;

/**
 * Answers what a short name the notice defines stands for: "恒瑞公司的全称是什么", "“两癌”指的是什么" of
 * …鹭川恒瑞精密五金制品有限公司（以下简称恒瑞公司）… or …宫颈癌、乳腺癌（以下简称“两癌”）筛查服务. The clause that defines it is the answer,
 * as the notice says it.
 */
final class Abbreviations {

  /** A question of what a short name stands for: …指的是什么, …是指哪家, …的全称是什么. */
  private static final Pattern ASKED =
      Pattern.compile(
          "^(?:[^，。？?]{0,8}(?:里|中)的?)?[“\"「]?([^“”\"「」，。？?]{1,12}?)[”\"」]?"
              + "(?:(?:指的是|是指|指)(?:的是)?(?:什么|哪|啥)|的?(?:全称|全名)(?:是|叫)?(?:什么|啥)?|是什么意思)");

  /** Where a notice defines a short name: （以下简称恒瑞公司）, （以下简称“两癌”）, （简称“工会卡”）. */
  private static final Pattern DEFINES =
      Pattern.compile("[（(](?:以下)?简称[：:]?[“\"「]?([^“”\"「」）)]{1,12})[”\"」]?[）)]");

  /** What ends the clause before a definition. */
  private static final String CLAUSE_END = "，。；：！？,;:!?";

  private Abbreviations() {}

  /**
   * The clause that defines the short name a question asks of; empty when none or two define it.
   */
  static Optional<Answer> answer(Snapshot kb, Question q) {
    Matcher m = ASKED.matcher(q.text());
    if (!m.find()) {
      return Optional.empty();
    }
    String asked = m.group(1);
    List<Passage> defining = new ArrayList<>();
    List<String> clauses = new ArrayList<>();
    for (Passage p : kb.passages) {
      Matcher d = DEFINES.matcher(p.text());
      while (d.find()) {
        if (d.group(1).equals(asked)) {
          defining.add(p);
          clauses.add(clauseUpTo(p.text(), d.end()));
        }
      }
    }
    if (defining.size() != 1) {
      return Optional.empty();
    }
    Passage p = defining.get(0);
    String text = "「" + asked + "」是通知里的简称：" + clauses.get(0) + "。";
    return Optional.of(new Answer(Answer.Kind.ANSWER, text, List.of(p.source()), List.of()));
  }

  /** The clause of a text that ends at {@code end}: from the mark before it. */
  private static String clauseUpTo(String text, int end) {
    int from = end - 1;
    while (from > 0 && CLAUSE_END.indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    return text.substring(from, end).strip();
  }
}
