package org.unionbot.core.admin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.unionbot.knowledge.Faq;
import org.unionbot.knowledge.Synonym;
import org.unionbot.knowledge.quiz.QuizItem;

/**
 * What a rollback from the version serving ({@code current}) to {@code target} would change: per
 * kind, what would come back ({@code added}), go ({@code removed}) or change back ({@code
 * changed}); and quiz items that would be disabled or enabled again. Items are named by title (a
 * document's title, an FAQ's question, "term → canonical", a quiz prompt) beside their ids.
 *
 * @param current the version serving
 * @param target the version a rollback would restore
 * @param documents the documents
 * @param faqs the FAQ pairs
 * @param synonyms the synonyms (id: the term)
 * @param quiz the curated quiz items
 * @param quizDisabled quiz items asked now that would no longer be asked
 * @param quizEnabled quiz items not asked now that would be asked again
 */
public record VersionDiff(
    long current,
    long target,
    Part documents,
    Part faqs,
    Part synonyms,
    Part quiz,
    List<Item> quizDisabled,
    List<Item> quizEnabled) {

  public VersionDiff {
    quizDisabled = List.copyOf(quizDisabled);
    quizEnabled = List.copyOf(quizEnabled);
  }

  /** One thing that differs: its id and what the page calls it. */
  public record Item(String id, String title) {}

  /** What differs in one kind of content. */
  public record Part(List<Item> added, List<Item> removed, List<Item> changed) {
    public Part {
      added = List.copyOf(added);
      removed = List.copyOf(removed);
      changed = List.copyOf(changed);
    }

    boolean isEmpty() {
      return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
  }

  /** Whether the rollback would change nothing. */
  public boolean isEmpty() {
    return documents.isEmpty()
        && faqs.isEmpty()
        && synonyms.isEmpty()
        && quiz.isEmpty()
        && quizDisabled.isEmpty()
        && quizEnabled.isEmpty();
  }

  /** The diff in plain Chinese, one sentence per thing that would change. */
  public List<String> lines() {
    if (isEmpty()) {
      return List.of("版本 " + target + " 的内容和现在一样，回滚不会改变任何内容。");
    }
    List<String> out = new ArrayList<>();
    describe(out, documents, "文档");
    describe(out, faqs, "问答");
    describe(out, synonyms, "同义词");
    describe(out, quiz, "题目");
    quizDisabled.forEach(i -> out.add("停用题目" + History.quote(i.title())));
    quizEnabled.forEach(i -> out.add("重新启用题目" + History.quote(i.title())));
    return out;
  }

  /** "回滚到版本 5 会：删除文档「…」；恢复问答「…」。" */
  public String summary() {
    return isEmpty() ? lines().get(0) : "回滚到版本 " + target + " 会：" + String.join("；", lines()) + "。";
  }

  private void describe(List<String> out, Part part, String noun) {
    part.removed().forEach(i -> out.add("删除" + noun + History.quote(i.title())));
    part.added().forEach(i -> out.add("恢复" + noun + History.quote(i.title())));
    part.changed()
        .forEach(i -> out.add("把" + noun + History.quote(i.title()) + "改回版本 " + target + " 的样子"));
  }

  /**
   * The diff from {@code now} to {@code then}; {@code generated} finds the prompt of a generated
   * quiz item (disabled ones are named by it).
   */
  static VersionDiff of(KbState now, KbState then, Function<String, Optional<QuizItem>> generated) {
    Part documents =
        part(
            now.documents(),
            then.documents(),
            KbState.Doc::id,
            KbState.Doc::title,
            VersionDiff::sameDoc);
    Part faqs = part(now.faqs(), then.faqs(), Faq::id, Faq::question, Objects::equals);
    Part synonyms =
        part(
            now.synonyms(),
            then.synonyms(),
            Synonym::term,
            s -> s.term() + " → " + s.canonical(),
            Objects::equals);
    Part quiz = part(now.quiz(), then.quiz(), QuizItem::id, QuizItem::prompt, Objects::equals);
    Function<String, String> prompt =
        id ->
            find(then.quiz(), id)
                .or(() -> find(now.quiz(), id))
                .or(() -> generated.apply(id))
                .map(QuizItem::prompt)
                .orElse("一道已不在题库里的题目");
    List<Item> disabled = new ArrayList<>();
    List<Item> enabled = new ArrayList<>();
    then.disabled().stream()
        .filter(id -> !now.disabled().contains(id))
        .sorted()
        .forEach(id -> disabled.add(new Item(id, prompt.apply(id))));
    Set<String> gone = new HashSet<>();
    quiz.removed().forEach(i -> gone.add(i.id())); // not asked either way
    now.disabled().stream()
        .filter(id -> !then.disabled().contains(id) && !gone.contains(id))
        .sorted()
        .forEach(id -> enabled.add(new Item(id, prompt.apply(id))));
    return new VersionDiff(
        now.version(), then.version(), documents, faqs, synonyms, quiz, disabled, enabled);
  }

  private static boolean sameDoc(KbState.Doc a, KbState.Doc b) {
    return a.title().equals(b.title()) && a.text().equals(b.text());
  }

  private static Optional<QuizItem> find(List<QuizItem> items, String id) {
    return items.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  /** Added, removed and changed between {@code now} and {@code then}, by id. */
  private static <T> Part part(
      List<T> now,
      List<T> then,
      Function<T, String> id,
      Function<T, String> title,
      java.util.function.BiPredicate<T, T> same) {
    Map<String, T> before = new LinkedHashMap<>();
    now.forEach(x -> before.put(id.apply(x), x));
    Map<String, T> after = new LinkedHashMap<>();
    then.forEach(x -> after.put(id.apply(x), x));
    List<Item> added = new ArrayList<>();
    List<Item> removed = new ArrayList<>();
    List<Item> changed = new ArrayList<>();
    after.forEach(
        (k, x) -> {
          T old = before.get(k);
          if (old == null) {
            added.add(new Item(k, title.apply(x)));
          } else if (!same.test(old, x)) {
            changed.add(new Item(k, title.apply(x)));
          }
        });
    before.forEach(
        (k, x) -> {
          if (!after.containsKey(k)) {
            removed.add(new Item(k, title.apply(x)));
          }
        });
    return new Part(added, removed, changed);
  }
}
