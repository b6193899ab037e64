package org.unionbot.knowledge.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The items of one build as they are made: a blank or a choice per fact (whichever the parity of
 * the fact's id prefers and the material allows), distractors picked with {@link
 * QuizValidator#fits}, options shuffled by the item's id, and at most {@link #PER_SENTENCE} items
 * per sentence. Not thread-safe.
 */
final class QuizItems {

  /** Where an item comes from; {@code prefix} goes before the prompt cut from the source. */
  record At(String doc, String section, String source, String prefix) {}

  static final int DISTRACTORS = QuizValidator.CHOICES - 1;

  /** Most items drawn from one sentence; more would retell it. */
  static final int PER_SENTENCE = 4;

  private final QuizValidator validator;
  private final List<QuizItem> out = new ArrayList<>();

  /** The kind of fact each item in {@link #out} asks about, for {@link #limit}. */
  private final List<String> kinds = new ArrayList<>();

  private String kind = "";

  QuizItems(QuizValidator validator) {
    this.validator = validator;
  }

  /** The kind of fact the next items ask about ("count", "list@12", …). */
  void kind(String kind) {
    this.kind = kind;
  }

  /** A mark to {@link #limit} the items added after it. */
  int mark() {
    return out.size();
  }

  List<QuizItem> all() {
    return List.copyOf(out);
  }

  /** Adds the blank or the choice of one fact, whichever the fact's id prefers and can be made. */
  void ask(At at, int where, Supplier<QuizItem> blank, Supplier<QuizItem> choice) {
    String key = QuizForms.id(at.doc(), at.source(), "fact", String.valueOf(where));
    boolean preferBlank = (QuizForms.seed(key) & 1) == 0;
    QuizItem item = preferBlank ? blank.get() : choice.get();
    if (item == null) {
      item = preferBlank ? choice.get() : blank.get();
    }
    add(item);
  }

  void add(QuizItem item) {
    if (item != null) {
      out.add(item);
      kinds.add(kind);
    }
  }

  /**
   * Keeps at most {@link #PER_SENTENCE} of the items added since {@code mark}, taking the kinds in
   * turn (a count, a name, a list member, …) and keeping their order.
   */
  void limit(int mark) {
    if (out.size() - mark <= PER_SENTENCE) {
      return;
    }
    Map<String, List<Integer>> byKind = new LinkedHashMap<>();
    for (int i = mark; i < out.size(); i++) {
      byKind.computeIfAbsent(kinds.get(i), k -> new ArrayList<>()).add(i);
    }
    Set<Integer> keep = new HashSet<>();
    for (int round = 0; keep.size() < PER_SENTENCE; round++) {
      for (List<Integer> group : byKind.values()) {
        if (round < group.size() && keep.size() < PER_SENTENCE) {
          keep.add(group.get(round));
        }
      }
    }
    List<QuizItem> items = new ArrayList<>();
    List<String> itemKinds = new ArrayList<>();
    for (int i = mark; i < out.size(); i++) {
      if (keep.contains(i)) {
        items.add(out.get(i));
        itemKinds.add(kinds.get(i));
      }
    }
    out.subList(mark, out.size()).clear();
    kinds.subList(mark, kinds.size()).clear();
    out.addAll(items);
    kinds.addAll(itemKinds);
  }

  QuizItem blank(At at, String prompt, String answer, List<String> forms) {
    return item(at, QuizItem.Type.BLANK, prompt, answer, forms);
  }

  /** A choice of the answer and three distractors that fit, or null when there are too few. */
  QuizItem choice(
      At at, String prompt, String answer, List<String> forms, List<List<String>> tiers) {
    QuizItem draft = item(at, QuizItem.Type.CHOICE, prompt, answer, forms);
    List<String> distractors =
        QuizPools.pick(
            List.of(answer),
            tiers,
            DISTRACTORS,
            QuizForms.seed(draft.id()),
            c -> validator.fits(draft, c));
    return distractors.size() < DISTRACTORS ? null : withOptions(draft, distractors);
  }

  /**
   * "Which is not one of these": the shown members and one outsider from the tiers, the answer;
   * null when no outsider makes a valid item.
   */
  QuizItem notOneOf(At at, String prompt, List<String> shown, List<List<String>> tiers, long seed) {
    List<String> outsider =
        QuizPools.pick(
            shown,
            tiers,
            1,
            seed,
            o -> validator.problem(withOptions(outsider(at, prompt, o), shown)).isEmpty());
    return outsider.isEmpty() ? null : withOptions(outsider(at, prompt, outsider.get(0)), shown);
  }

  private static QuizItem outsider(At at, String prompt, String answer) {
    return item(at, QuizItem.Type.CHOICE, prompt, answer, QuizForms.textForms(answer));
  }

  private static QuizItem item(
      At at, QuizItem.Type type, String prompt, String answer, List<String> forms) {
    return new QuizItem(
        QuizForms.id(at.doc(), at.source(), answer),
        type,
        prompt,
        List.of(),
        answer,
        forms,
        at.source(),
        at.section(),
        at.doc());
  }

  private static QuizItem withOptions(QuizItem draft, List<String> others) {
    List<String> options = new ArrayList<>(others);
    options.add(draft.answer());
    Collections.shuffle(options, new Random(QuizForms.seed(draft.id())));
    return new QuizItem(
        draft.id(),
        draft.type(),
        draft.prompt(),
        options,
        draft.answer(),
        draft.accepted(),
        draft.source(),
        draft.section(),
        draft.doc());
  }
}
