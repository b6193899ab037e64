package org.unionbot.knowledge.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.Faq;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.analysis.Segmenter;
import org.unionbot.knowledge.analysis.Synonyms;
import org.unionbot.knowledge.index.Passage;
import org.unionbot.knowledge.index.Snapshot;

/**
 * Answers questions over one knowledge-base version: its index, the admins' synonyms and FAQ pairs,
 * and the questions suggested for its sections. Immutable apart from its cache of hot answers;
 * thread-safe.
 */
public final class Answerer {

  final Snapshot index;
  final QuestionParser questions;
  final Synonyms synonyms;
  final Faqs faqs;
  final Recall recall;

  /** The sentences of this version that say a change ({@link Amendments#said}). */
  final List<Passage> changes;

  /**
   * What each section's notice is about, by position in {@link Snapshot#sections}, for the lead of
   * a notice without headings ({@link Suggestions#leadSubject}); "" for every other section.
   */
  final List<String> leadSubjects;

  /**
   * Each {@link #leadSubjects lead subject} as a question is normalised, without punctuation, for
   * {@link Divisions}; "" where there is none.
   */
  final List<String> leadKeys;

  /**
   * The question a refusal offers for each section, by position in {@link Snapshot#sections}; ""
   * for a section it does not offer ({@link Suggestions#offer}).
   */
  final List<String> sectionQuestions;

  /**
   * For each section, by position, the position of the section a refusal would offer for it: its
   * top-level ancestor (itself when top-level or not offered).
   */
  final int[] offeredSection;

  /** The question help texts offer, worked out once for this version ({@link #example()}). */
  private final String example;

  /**
   * Hot answers: workers ask the same questions again and again, and an answer depends only on the
   * question and this version, so it is kept here and dies with the version.
   */
  private final Cache<String, Answer> answers = Caffeine.newBuilder().maximumSize(20_000).build();

  private Answerer(Snapshot index, Synonyms synonyms, List<Faq> faqs, Recall recall) {
    this.index = index;
    this.recall = recall;
    this.changes = Amendments.said(index);
    this.synonyms = synonyms;
    this.questions = new QuestionParser(index.segmenter, index::contains);
    this.leadSubjects =
        IntStream.range(0, index.sections.size())
            .mapToObj(
                i ->
                    index.sections.get(i).heading().isEmpty()
                        ? Suggestions.leadSubject(index.sectionNotices.get(i)).orElse("")
                        : "")
            .toList();
    this.leadKeys =
        leadSubjects.stream()
            .map(l -> Canonical.question(l).replaceAll("[\\p{P}\\p{S}]+", ""))
            .toList();
    this.sectionQuestions =
        IntStream.range(0, index.sections.size())
            .mapToObj(i -> Suggestions.offer(index, i, leadSubjects.get(i)))
            .toList();
    this.offeredSection = offeredSections(index, sectionQuestions);
    this.faqs = Faqs.of(this, faqs);
    this.example = example(index, sectionQuestions);
  }

  /** True when a refusal may offer the section at position {@code i}. */
  boolean offers(int i) {
    return !sectionQuestions.get(i).isEmpty();
  }

  private static int[] offeredSections(Snapshot index, List<String> offered) {
    int[] out = new int[index.sections.size()];
    for (int i = 0; i < out.length; i++) {
      int top = i;
      for (int guard = 0; guard < 8; guard++) {
        org.unionbot.knowledge.notice.Section s = index.sections.get(top);
        if (!offered.get(top).isEmpty() || s.parent() < 0) {
          break;
        }
        int parent = i - (s.index() - s.parent());
        if (parent < 0 || parent >= out.length) {
          break;
        }
        top = parent;
      }
      out[i] = top;
    }
    return out;
  }

  /** An answerer over this index with the admins' synonyms and FAQ pairs (already checked). */
  public static Answerer of(Snapshot index, Synonyms synonyms, List<Faq> faqs) {
    return new Answerer(index, synonyms, faqs, Recall.FUSED);
  }

  /** An answerer that recalls as given, for measuring each signal apart. */
  public static Answerer of(Snapshot index, Synonyms synonyms, List<Faq> faqs, Recall recall) {
    return new Answerer(index, synonyms, faqs, recall);
  }

  /** The vector of a question as asked (synonyms applied), or null without semantic recall. */
  float[] vector(String question) {
    String normalized = Segmenter.normalize(question.strip());
    if (index.embedder.isEmpty() || !normalized.codePoints().anyMatch(Character::isLetterOrDigit)) {
      return null;
    }
    return index.embedder.get().question(normalized);
  }

  /** Answers a question (stripped and cut to length by the caller); never throws for any text. */
  public Answer answer(String question) {
    return answers.get(question, asked -> AnswerEngine.answer(this, asked));
  }

  /**
   * A question this version answers, for help texts and the chat page's hint: the shortest of the
   * questions a refusal would suggest for the sections it offers (the first, of equal length), so
   * it fits a phone's text box; for notices without headings, their contact, else the question
   * offered for a lead, else their title.
   */
  public String example() {
    return example;
  }

  private static String example(Snapshot index, List<String> sectionQuestions) {
    Optional<String> shortest = Optional.empty();
    for (int i = 0; i < index.sections.size(); i++) {
      String q = sectionQuestions.get(i);
      if (Suggestions.headedTopLevel(index.sections.get(i))
          && shortest.map(s -> q.length() < s.length()).orElse(true)) {
        shortest = Optional.of(q);
      }
    }
    if (shortest.isPresent()) {
      return shortest.get();
    }
    boolean contact =
        index.passages.stream().anyMatch(p -> TypeFit.PHONE.matcher(p.canonical()).find());
    if (contact) {
      return "联系电话是多少？";
    }
    Optional<String> lead = sectionQuestions.stream().filter(q -> !q.isEmpty()).findFirst();
    if (lead.isPresent()) {
      return lead.get();
    }
    boolean titled = index.notices.stream().anyMatch(n -> !n.title().isBlank());
    return titled ? "通知的标题是什么？" : "这份通知是发给谁的？";
  }

  /** The outline of the notices: sections and their counted items ("要点"). */
  public String outline() {
    return Outline.text(index);
  }

  /**
   * The FAQ pairs nearest a question (synonyms applied), nearest first, at most {@code limit}, each
   * with a score in [0, 1]: the cosine of the question and the pair's nearest wording with semantic
   * recall, their word coverage without. For proposing where an unanswered question belongs.
   */
  public List<Faqs.Match> nearestFaqs(String question, int limit) {
    String raw = synonyms.rewrite(question.strip(), index.segmenter);
    Question q = questions.parse(raw);
    return faqs.nearest(q, Weights.of(index, q), recall.vector() ? vector(raw) : null, limit);
  }

  /**
   * The form two FAQ questions are the same in: normalised, without punctuation, whitespace or
   * trailing particles.
   */
  public static String faqKey(String question) {
    return Faqs.key(question);
  }
}
