package org.unionbot.knowledge.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.analysis.Segmenter;
import org.unionbot.knowledge.notice.Items;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.Numerals;
import org.unionbot.knowledge.notice.Paragraph;
import org.unionbot.knowledge.notice.Section;

/**
 * Checks quiz items against the notices they come from, before anyone sees them. Immutable and
 * thread-safe.
 *
 * <p>An item is valid when: its document, section and source sentence (or heading) exist as
 * written; the answer occurs in the source after canonical normalisation, or, when the source is a
 * counted heading, among that section's items (at the asked position for "第二步是？"); a blank shows
 * one visible blank; a choice has four distinct options with the answer once, no "以上都是"-style
 * option, options of the answer's kind (counts with counts, dates with dates, text of the answer's
 * part of speech: {@link QuizShapes}) and of similar length, and exactly one right option: no
 * distractor occurs in the source or fits the blank's context anywhere in the notice, and none
 * equals a form of the answer; the prompt does not give the answer away. A choice whose prompt asks
 * what does <em>not</em> belong ("下列哪一项不属于…") is right the other way round: the answer is the one
 * option outside the list. Across items, no two share a prompt or the same answer from the same
 * source.
 */
final class QuizValidator {

  /** One rejected item and why. */
  record Rejection(QuizItem item, String reason) {}

  /** The valid items, in input order, and the rejected ones with their reasons. */
  record Result(List<QuizItem> valid, List<Rejection> rejected) {}

  /** The phrase that turns a choice around: the answer is the option that is not in the list. */
  static final String NOT_ONE_OF = "不属于";

  static final int CHOICES = 4;

  /** The section name of a notice's lead, the text before its first heading. */
  static final String LEAD = "导语";

  private static final Pattern BANNED =
      Pattern.compile("以上|上述|都对|都不对|都是|都不是|全部|全都|均是|均不是|均正确|皆是|皆非|全选|都正确|都错");
  private static final Pattern ORDINAL =
      Pattern.compile("第([一二三四五六七八九十]{1,3}|\\d{1,2})(步|项|个|条|点|种|类|方面)");
  private static final int CONTEXT = 4;

  private final Map<String, Notice> docs = new HashMap<>();

  /** The sentences and headings (as written, and without numbering) of each document. */
  private final Map<String, Set<String>> texts = new HashMap<>();

  /** Canonical outline items of each section, keyed by doc and canonical heading or title. */
  private final Map<String, List<String>> items = new HashMap<>();

  /** Headings that more than one section of a document carries. */
  private final Set<String> ambiguous = new HashSet<>();

  private final String corpus;

  /** Canonical forms already computed; a build asks for the same strings many times. */
  private final Map<String, String> textForms = new ConcurrentHashMap<>();

  QuizValidator(List<Notice> notices) {
    StringBuilder all = new StringBuilder();
    for (Notice n : notices) {
      docs.put(n.id(), n);
      Set<String> own = new HashSet<>();
      for (Section s : n.sections()) {
        if (!s.heading().isEmpty()) {
          own.add(s.heading());
          own.add(s.title());
          all.append(Canonical.text(s.heading())).append('\n');
          List<String> listed = Items.of(n, s);
          List<String> canonical = listed.stream().map(Canonical::text).toList();
          for (String heading : new LinkedHashSet<>(List.of(s.heading(), s.title()))) {
            String key = key(n.id(), heading);
            if (!ambiguous.contains(key) && items.putIfAbsent(key, canonical) != null) {
              // two sections under one heading: which one's items an item means is unclear
              items.remove(key);
              ambiguous.add(key);
            }
          }
        }
        for (Paragraph p : s.paragraphs()) {
          own.addAll(p.sentences());
          p.sentences().forEach(x -> all.append(Canonical.text(x)).append('\n'));
        }
      }
      texts.put(n.id(), own);
    }
    this.corpus = all.toString();
  }

  /** Checks every item and drops the invalid ones and the duplicates. */
  Result validate(List<QuizItem> candidates) {
    List<QuizItem> valid = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    Set<String> prompts = new HashSet<>();
    Set<String> facts = new HashSet<>();
    for (QuizItem item : candidates) {
      Optional<String> problem = problem(item);
      if (problem.isPresent()) {
        rejected.add(new Rejection(item, problem.get()));
      } else if (!prompts.add(Canonical.text(item.prompt()))) {
        rejected.add(new Rejection(item, "duplicate: the same prompt as another item"));
      } else if (!facts.add(item.doc() + '\n' + item.source() + '\n' + canon(item.answer()))) {
        rejected.add(new Rejection(item, "duplicate: the same answer from the same source"));
      } else {
        valid.add(item);
      }
    }
    return new Result(List.copyOf(valid), List.copyOf(rejected));
  }

  /** What is wrong with one item on its own, if anything. */
  Optional<String> problem(QuizItem item) {
    if (item.id().isBlank()
        || item.prompt().isBlank()
        || item.answer().isBlank()
        || item.source().isBlank()
        || item.section().isBlank()) {
      return Optional.of("an empty id, prompt, answer, source or section");
    }
    Notice notice = docs.get(item.doc());
    if (notice == null) {
      return Optional.of("unknown document " + item.doc());
    }
    if (!item.section().equals(LEAD)
        && notice.sections().stream().noneMatch(s -> s.title().equals(item.section()))) {
      return Optional.of("no section " + item.section() + " in " + item.doc());
    }
    if (!texts.get(item.doc()).contains(item.source())) {
      return Optional.of("the source is not a sentence or heading of the document as written");
    }
    int blanks = count(item.prompt(), QuizItem.BLANK);
    if (item.type() == QuizItem.Type.BLANK && (blanks != 1 || !item.options().isEmpty())) {
      return Optional.of("a blank needs one visible blank and no options");
    }
    if (blanks > 1) {
      return Optional.of("more than one blank");
    }
    String shown = text(item.prompt().replace(QuizItem.BLANK, "\n"));
    for (String form : forms(item)) {
      String f = canon(form);
      if (f.length() >= 2 && shows(shown, f)) {
        return Optional.of("the prompt gives the answer away: " + form);
      }
    }
    boolean negative = item.type() == QuizItem.Type.CHOICE && item.prompt().contains(NOT_ONE_OF);
    List<String> listed = items.get(key(item.doc(), item.source()));
    int ordinal = ordinal(item.prompt());
    if (!negative && !right(item, item.answer(), listed, ordinal)) {
      return Optional.of("the answer does not occur in the source: " + item.answer());
    }
    if (negative && inList(item, item.answer(), listed)) {
      return Optional.of("the answer of a 不属于 item is in its own list: " + item.answer());
    }
    return item.type() == QuizItem.Type.CHOICE
        ? choiceProblem(item, negative, listed, ordinal)
        : Optional.empty();
  }

  private Optional<String> choiceProblem(
      QuizItem item, boolean negative, List<String> listed, int ordinal) {
    List<String> options = item.options();
    if (options.size() != CHOICES) {
      return Optional.of("a choice needs exactly " + CHOICES + " options, not " + options.size());
    }
    Set<String> distinct = new HashSet<>();
    for (String o : options) {
      if (o.isBlank() || !distinct.add(canon(o))) {
        return Optional.of("options are not distinct: " + options);
      }
    }
    if (options.indexOf(item.answer()) < 0) {
      return Optional.of("the answer is not among the options");
    }
    for (String o : options) {
      Optional<String> banned = banned(o);
      if (banned.isPresent()) {
        return banned;
      }
      if (o.equals(item.answer())) {
        continue;
      }
      Optional<String> unlike = unlike(item.answer(), o, named(item.prompt()));
      if (unlike.isPresent()) {
        return unlike;
      }
      if (negative) {
        if (!inList(item, o, listed)) {
          return Optional.of("two right options: " + o + " is not in the list either");
        }
      } else {
        Optional<String> right = alsoRight(item, o, listed, ordinal);
        if (right.isPresent()) {
          return right;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether an option can stand beside the answer of this draft item (whose options are ignored):
   * banned, unlike or also-right options cannot; for a 不属于 item, only options in the list can.
   */
  boolean fits(QuizItem draft, String option) {
    if (option.equals(draft.answer())
        || banned(option).isPresent()
        || unlike(draft.answer(), option, named(draft.prompt())).isPresent()) {
      return false;
    }
    List<String> listed = items.get(key(draft.doc(), draft.source()));
    if (draft.type() == QuizItem.Type.CHOICE && draft.prompt().contains(NOT_ONE_OF)) {
      return inList(draft, option, listed);
    }
    return alsoRight(draft, option, listed, ordinal(draft.prompt())).isEmpty();
  }

  /** Why a distractor would also be right for this item, if it would. */
  Optional<String> alsoRight(QuizItem item, String option, List<String> listed, int ordinal) {
    String o = canon(option);
    for (String form : forms(item)) {
      if (canon(form).equals(o)) {
        return Optional.of("two right options: " + option + " is a form of the answer");
      }
    }
    if (occurs(item.source(), option) || right(item, option, listed, ordinal)) {
      return Optional.of("two right options: " + option + " occurs in the source");
    }
    int at = item.prompt().indexOf(QuizItem.BLANK);
    if (at >= 0) {
      String before = item.prompt().substring(0, at);
      String after = item.prompt().substring(at + QuizItem.BLANK.length());
      before = before.substring(Math.max(0, before.length() - CONTEXT));
      after = after.substring(0, Math.min(CONTEXT, after.length()));
      if (corpus.contains(text(before + option + after))) {
        return Optional.of(
            "two right options: " + option + " fits the blank elsewhere in the text");
      }
    }
    return Optional.empty();
  }

  /** Whether an option is the right one for a positive item. */
  private boolean right(QuizItem item, String option, List<String> listed, int ordinal) {
    if (listed == null) {
      return occurs(item.source(), option);
    }
    if (ordinal > 0) {
      return ordinal <= listed.size() && listed.get(ordinal - 1).contains(canon(option));
    }
    return occurs(item.source(), option) || inItems(listed, option);
  }

  private boolean inList(QuizItem item, String option, List<String> listed) {
    return occurs(item.source(), option) || listed != null && inItems(listed, option);
  }

  private boolean inItems(List<String> listed, String option) {
    String o = canon(option);
    return listed.stream().anyMatch(i -> i.contains(o));
  }

  /** True when the text shows the form; a number only as a whole number (30 is not in 3000). */
  private static boolean shows(String text, String form) {
    if (!form.chars().allMatch(Character::isDigit)) {
      return text.contains(form);
    }
    for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      int end = at + form.length();
      boolean alone =
          (at == 0 || !Character.isDigit(text.charAt(at - 1)))
              && (end == text.length() || !Character.isDigit(text.charAt(end)));
      if (alone) {
        return true;
      }
    }
    return false;
  }

  /** Options that must not be offered: "以上都是", "都不对" and the like, or a blank. */
  static Optional<String> banned(String option) {
    if (BANNED.matcher(option).find()) {
      return Optional.of("a catch-all option: " + option);
    }
    if (option.contains("____")) {
      return Optional.of("an option holds a blank: " + option);
    }
    return Optional.empty();
  }

  /**
   * Why a distractor is not of the answer's kind and length, if it is not: a count beside counts
   * and a date beside dates (within ±3 characters or ±50%); other text of the same part of speech
   * and similar length ({@link QuizShapes#unlike}), or, for a quoted name, any name of similar
   * length.
   */
  static Optional<String> unlike(String answer, String option, boolean name) {
    QuizForms.Kind kind = QuizForms.kind(answer);
    if (kind != QuizForms.kind(option)) {
      return Optional.of("a distractor of another kind: " + option + " for " + answer);
    }
    if (kind == QuizForms.Kind.TEXT && !name) {
      return QuizShapes.unlike(answer, option);
    }
    int a = answer.length();
    if (Math.abs(option.length() - a) > Math.max(3, a / 2)) {
      return Optional.of("a distractor of another length: " + option + " for " + answer);
    }
    return Optional.empty();
  }

  /**
   * Whether the prompt blanks a quoted name (“（____）”, ‘（____）’, 《（____）》), whose kind is "a name".
   */
  static boolean named(String prompt) {
    return prompt.contains("“" + QuizItem.BLANK + "”")
        || prompt.contains("‘" + QuizItem.BLANK + "’")
        || prompt.contains("《" + QuizItem.BLANK + "》");
  }

  /** True when the text occurs in the source, compared in canonical form or as written. */
  boolean occurs(String source, String text) {
    return text(source).contains(canon(text))
        || Segmenter.normalizeChars(source).contains(Segmenter.normalizeChars(text));
  }

  /** The answer and its equivalent forms: those the item lists, and a date's 日/号 forms. */
  private static List<String> forms(QuizItem item) {
    List<String> out = new ArrayList<>(item.accepted());
    out.add(item.answer());
    out.addAll(QuizForms.dateForms(item.answer()));
    return out;
  }

  /** Canonical form of an answer or option; items hold simplified text, as the notices do. */
  private String canon(String s) {
    return text(s);
  }

  /** Canonical form of notice text. */
  private String text(String s) {
    return textForms.computeIfAbsent(s, Canonical::text);
  }

  private String key(String doc, String heading) {
    return doc + '\n' + text(heading);
  }

  /** The position a prompt asks for ("第二步" → 2), or 0. */
  private static int ordinal(String prompt) {
    Matcher m = ORDINAL.matcher(prompt);
    int k = 0;
    while (m.find()) {
      k = Numerals.parse(m.group(1));
    }
    return Math.max(k, 0);
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int at = s.indexOf(part); at >= 0; at = s.indexOf(part, at + part.length())) {
      n++;
    }
    return n;
  }
}
