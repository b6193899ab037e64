package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.index.Passage;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.Numerals;

/**
 * A question bank's test questions asked by their number (第3题的答案是什么, 第1题有哪些选项, 第4题依据哪条): the
 * question numbered so, its blank filled with its keyed options, its options, or the explanation
 * under its key. Only where one test question of the knowledge base has that number; a bank that
 * numbers each part from 1 leaves the question to retrieval.
 */
final class NumberedQuestions {

  /** The number a question names a test question by: 第3题, 第十一道题. */
  private static final Pattern ASKED = Pattern.compile("第(\\d{1,3}|[一二三四五六七八九十]{1,3})道?题");

  /** A test question's number at the start of its paragraph: 3., 12、. */
  private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})[.．、]");

  private static final Pattern ASKS_OPTIONS = Pattern.compile("选项");

  /** One option asked by its letter (D选项) or as the last (最后一个选项). */
  private static final Pattern ONE_OPTION = Pattern.compile("([A-Ha-h])选项|(最后1?个?)选项");

  private static final Pattern ASKS_BASIS = Pattern.compile("依据|解析|哪条|哪1条|哪部|法律|条例|规定|出处");

  private static final Pattern TRAILING_BLANK = Pattern.compile(ByShape.BLANK.pattern() + "\\s*$");

  private NumberedQuestions() {}

  static Optional<Answer> answer(Snapshot kb, Question q) {
    Matcher asked = ASKED.matcher(q.text());
    if (!asked.find()) {
      return Optional.empty();
    }
    String before = q.text().substring(0, asked.start());
    if (before.endsWith("倒数") || before.contains("题")) {
      return Optional.empty(); // 倒数第二题, 判断题第一题: counted from the end, or within a part
    }
    int n = Numerals.parse(asked.group(1));
    List<Numbered> numbered = numbered(kb, n);
    if (numbered.size() != 1) {
      return Optional.empty();
    }
    Numbered one = numbered.get(0);
    List<String> options = one.question().options();
    Optional<String> explanation = ByShape.explanation(kb, one.stem(), one.question());
    String name = "第" + Numerals.chinese(n) + "题";
    Optional<String> text;
    if (ASKS_OPTIONS.matcher(q.text()).find() && !options.isEmpty()) {
      text = optionsAsked(q, name, options);
    } else if (ASKS_BASIS.matcher(q.text()).find() && explanation.isPresent()) {
      text = Optional.of(name + "的" + Spans.withoutEnd(explanation.get()) + "。");
    } else {
      text = Optional.of(name + "：" + keyedStem(one));
    }
    return text.map(t -> Replies.answer(kb, new Replies.Found(one.stem(), t, 1, 1)));
  }

  /**
   * A test question: the first sentence of its paragraph, and the options and key that follow the
   * paragraph's last sentence.
   */
  private record Numbered(Passage stem, ByShape.TestQuestion question) {}

  /** The test questions numbered n: paragraphs opening with n. that options and a key follow. */
  private static List<Numbered> numbered(Snapshot kb, int n) {
    List<Numbered> out = new ArrayList<>();
    for (Passage p : kb.passages) {
      Matcher m = NUMBERED.matcher(p.paragraphOf().text().strip());
      if (p.sentence() != 0 || !m.find() || Integer.parseInt(m.group(1)) != n) {
        continue;
      }
      Passage last = p;
      while (last.id() + 1 < kb.passages.size()
          && kb.passages.get(last.id() + 1).paragraphOf() == p.paragraphOf()) {
        last = kb.passages.get(last.id() + 1);
      }
      ByShape.testQuestion(kb, last).ifPresent(t -> out.add(new Numbered(p, t)));
    }
    return out;
  }

  /**
   * Every option, or the one asked by its letter (D选项) or as the last; empty for a letter it lacks.
   */
  private static Optional<String> optionsAsked(Question q, String name, List<String> options) {
    Matcher one = ONE_OPTION.matcher(q.text());
    if (!one.find()) {
      return Optional.of(name + "的选项：" + String.join("；", options) + "。");
    }
    if (one.group(1) == null) {
      return Optional.of(name + "的最后一个选项是：" + options.get(options.size() - 1) + "。");
    }
    String letter = one.group(1).toUpperCase(Locale.ROOT);
    return options.stream()
        .filter(o -> o.startsWith(letter))
        .findFirst()
        .map(o -> name + "的" + letter + "选项是：" + o + "。");
  }

  /** The question without its number, its keyed options in its blank or its verdict after it. */
  private static String keyedStem(Numbered one) {
    String paragraph = one.stem().paragraphOf().text().strip();
    Matcher number = NUMBERED.matcher(paragraph);
    number.find();
    String question = paragraph.substring(number.end());
    if (one.question().options().isEmpty()) {
      // a true-or-false item's blank after its sentence (…只能约定一次试用期。（　　）) gives way to its verdict
      question = TRAILING_BLANK.matcher(question).replaceFirst("");
    }
    return ByShape.keyed(question.strip(), one.question());
  }
}
