package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.index.Passage;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.Numerals;
import org.unionbot.knowledge.notice.Section;

/**
 * A question bank's test questions asked by their number (第3题的答案是什么, 第1题有哪些选项, 第4题依据哪条): the
 * question numbered so, its blank filled with its keyed options, its options, or the explanation
 * under its key. Only where one test question of the knowledge base has that number; a bank that
 * numbers each part from 1 leaves the question to retrieval. Where no test question has it, a
 * questionnaire's question (8. 您平时通过哪些渠道了解工会活动：[多选题]) is asked by its number or by what it asks
 * (哪道题问收入), with its options or the one asked.
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
      return whichAsks(kb, q);
    }
    String before = q.text().substring(0, asked.start());
    if (before.endsWith("倒数") || before.contains("题")) {
      return Optional.empty(); // 倒数第二题, 判断题第一题: counted from the end, or within a part
    }
    int n = Numerals.parse(asked.group(1));
    List<Numbered> numbered = numbered(kb, n);
    if (numbered.size() != 1) {
      return surveyed(kb, q, n);
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

  /** How many options a question has: 几个选项, 多少个选项. */
  private static final Pattern COUNT_ASKED = Pattern.compile("(几|多少)个?选项");

  /** A questionnaire's kind of question: [单选题], [多选题], [填空题], [矩阵量表题]. */
  private static final Pattern SURVEY_MARK =
      Pattern.compile("[\\[【](单选|多选|填空|简答|排序|(矩阵)?量表)题[\\]】]");

  /** An option's line: ○男, □同事介绍, A. 初中及以下. */
  private static final Pattern OPTION_LINE = Pattern.compile("^([○◯●□■☐]|[A-Ha-h][.．、])");

  /** One option asked by its place: 第三个选项, 倒数第二个选项, 最后一个选项, 第1项. */
  private static final Pattern OPTION_PLACE =
      Pattern.compile("(倒数)?第(\\d{1,2}|[一二三四五六七八九十]{1,3})个?(?:选项|项)|(最后|末)[一1]?个?(?:选项|项)");

  /**
   * A questionnaire's question asked by its number (第8题问什么, 第2题的第三个选项, 第6题选否跳到哪题): the one heading
   * numbered so that a questionnaire's mark ([单选题]) or its option lines (○…, A. …) show for a
   * question, as written, with its options or the one asked. Empty where no one heading is.
   */
  private static Optional<Answer> surveyed(Snapshot kb, Question q, int n) {
    List<Section> asked = questions(kb);
    List<Section> numbered = asked.stream().filter(s -> Integer.parseInt(number(s)) == n).toList();
    if (numbered.size() > 1) {
      return Optional.empty(); // two questionnaires, or parts that number from 1 each
    }
    return numbered.isEmpty() ? past(kb, asked, n) : render(kb, q, numbered.get(0));
  }

  /** Every questionnaire's question the knowledge base has, in order. */
  private static List<Section> questions(Snapshot kb) {
    List<Section> out = new ArrayList<>();
    for (Notice notice : kb.notices) {
      for (Section s : notice.sections()) {
        if (NUMBERED.matcher(s.heading().strip()).find() && isAsked(s)) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /**
   * That a questionnaire has no question of a number past its last (第5题 of three): where the
   * knowledge base has one questionnaire, numbered 1 to its last; empty otherwise.
   */
  private static Optional<Answer> past(Snapshot kb, List<Section> asked, int n) {
    for (int i = 0; i < asked.size(); i++) {
      if (Integer.parseInt(number(asked.get(i))) != i + 1) {
        return Optional.empty();
      }
    }
    if (asked.size() < 2 || n <= asked.size()) {
      return Optional.empty();
    }
    String text =
        "问卷共有" + Outline.count(asked.size()) + "道题，没有第" + Numerals.chinese(Math.min(n, 99)) + "题。";
    List<Passage> said = kb.passagesOf(asked.get(0));
    return said.isEmpty()
        ? Optional.empty()
        : Optional.of(Replies.answer(kb, new Replies.Found(said.get(0), text, 1, 1)));
  }

  /**
   * A questionnaire's question as written with as many of its options as a reply holds, or the one
   * option the question asks.
   */
  private static Optional<Answer> render(Snapshot kb, Question q, Section found) {
    int n = Integer.parseInt(number(found));
    String heading = asked(found);
    List<String> options = options(found);
    String name = "第" + Numerals.chinese(n) + "题";
    Optional<String> one = optionAsked(q, name, options);
    String text;
    if (one.isPresent()) {
      text = one.get();
    } else {
      // the question as written, then as many of its options as a reply holds
      StringBuilder b = new StringBuilder(name).append("：").append(heading);
      String joiner =
          options.isEmpty()
              ? ""
              : "\n"
                  + (COUNT_ASKED.matcher(q.text()).find()
                      ? "共" + Outline.count(options.size()) + "个选项："
                      : "选项：");
      for (String option : options) {
        if (b.length() + joiner.length() + option.length() > Spans.MAX_SPAN) {
          b.append("……");
          break;
        }
        b.append(joiner).append(option);
        joiner = "；";
      }
      text = b.append("。").toString();
    }
    List<Passage> said = kb.passagesOf(found);
    if (said.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Replies.answer(kb, new Replies.Found(said.get(0), text, 1, 1)));
  }

  /**
   * The option a question asks by its letter (C选项) or place (第三个选项, 最后一个选项, 倒数第二个选项), or how many
   * there are where it has no such; empty when it asks none.
   */
  private static Optional<String> optionAsked(Question q, String name, List<String> options) {
    if (options.isEmpty()) {
      return Optional.empty();
    }
    Matcher letter = ONE_OPTION.matcher(q.text());
    Matcher place = OPTION_PLACE.matcher(q.text());
    String asked;
    int k;
    if (letter.find() && letter.group(1) != null) {
      String l = letter.group(1).toUpperCase(Locale.ROOT);
      asked = l + "选项";
      k = 1;
      while (k <= options.size() && !options.get(k - 1).toUpperCase(Locale.ROOT).startsWith(l)) {
        k++;
      }
    } else if (place.find()) {
      if (place.group(3) != null) {
        asked = "最后一个选项";
        k = options.size();
      } else {
        int counted = Numerals.parse(place.group(2));
        boolean fromTheEnd = place.group(1) != null;
        asked = (fromTheEnd ? "倒数第" : "第") + Numerals.chinese(counted) + "个选项";
        k = fromTheEnd ? options.size() + 1 - counted : counted;
      }
    } else {
      return Optional.empty();
    }
    if (k < 1 || k > options.size()) {
      return Optional.of(name + "共有" + Outline.count(options.size()) + "个选项，没有" + asked + "。");
    }
    return Optional.of(name + "的" + asked + "是：" + options.get(k - 1) + "。");
  }

  /** Which question asks something: 哪道题问收入, 哪一题问是不是工会会员, 暖心驿站在第几题. */
  private static final Pattern WHICH_ASKS =
      Pattern.compile("哪[一1]?[道个]?题(?:是)?问(?:的是)?(.{2,14})|(.{2,14}?)(?:那道题?)?(?:是|在)第几[道个]?题");

  /** Least share of the question's words the one question it finds must say. */
  private static final double SAYS_ENOUGH = 0.5;

  /**
   * The questionnaire's one question that says most of what a question asks it about (哪道题问单位性质 of
   * 4. 您所在单位的性质：[单选题]), as written with its options; empty where the question asks no such thing or
   * no one question says enough of it.
   */
  private static Optional<Answer> whichAsks(Snapshot kb, Question q) {
    Matcher m = WHICH_ASKS.matcher(q.text());
    if (!m.find()) {
      return Optional.empty();
    }
    String about = m.group(1) != null ? m.group(1) : m.group(2);
    Weights w = Weights.of(kb, new QuestionParser(kb.segmenter, kb::contains).parse(about));
    if (w.isEmpty()) {
      return Optional.empty();
    }
    return SoleBest.of(questions(kb), s -> w.coverage(Canonical.text(asked(s))))
        .filter(best -> best.score() >= SAYS_ENOUGH)
        .flatMap(best -> render(kb, q, best.item()));
  }

  /** The number a questionnaire's question's heading opens with. */
  private static String number(Section s) {
    Matcher number = NUMBERED.matcher(s.heading().strip());
    return number.find() ? number.group(1) : "0";
  }

  /** True for a heading a questionnaire asks: marked as such, or over two option lines or more. */
  private static boolean isAsked(Section s) {
    return SURVEY_MARK.matcher(asked(s)).find() || options(s).size() >= 2;
  }

  /** The option lines under a questionnaire's question, as written. */
  private static List<String> options(Section s) {
    return s.paragraphs().stream()
        .filter(p -> p.listed() || OPTION_LINE.matcher(p.text().strip()).find())
        .map(p -> p.text().strip())
        .toList();
  }

  /**
   * The question as the questionnaire writes it: its heading, or where the heading is the question
   * without its mark (1. 您的性别 over 您的性别：[单选题]), its number with the line that has it.
   */
  private static String asked(Section s) {
    String heading = s.heading().strip();
    return s.paragraphs().stream()
        .map(p -> p.text().strip())
        .findFirst()
        .filter(t -> t.startsWith(s.title()) && SURVEY_MARK.matcher(t).find())
        .map(t -> heading.substring(0, heading.length() - s.title().length()) + t)
        .orElse(heading);
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
