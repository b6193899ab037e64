package org.unionbot.knowledge.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unionbot.knowledge.Synonym;

/**
 * The admins' synonyms of one knowledge-base version, checked and resolved: in a question, a term
 * is read as its canonical word (外卖骑手 → 新就业形态劳动者) before the question is parsed. Immutable.
 *
 * <p>Terms and canonical words are compared after question normalisation (traditional → simplified,
 * full-width → half-width, lower case, no whitespace). A chain (A → B, B → C) reads A as C; a term
 * is replaced only where it is a whole word of the question (one word or a run of words of the
 * version's segmenter, whose dictionary holds every term), so 工人 is not found inside 员工人数, and the
 * replacement is never rewritten again.
 */
public final class Synonyms {

  public static final Synonyms NONE = new Synonyms(Map.of());

  /** A run of at most this many segmenter words can make one term. */
  private static final int MAX_RUN = 4;

  /** Normalised term → normalised canonical word, chains resolved. */
  private final Map<String, String> canonical;

  private Synonyms(Map<String, String> canonical) {
    this.canonical = Map.copyOf(canonical);
  }

  /**
   * Checks and resolves the admins' list.
   *
   * @throws IllegalArgumentException for a blank term or canonical word, a term shorter than two
   *     characters, a term that equals its canonical word, a term with two different canonical
   *     words, or a cycle (A → B → A)
   */
  public static Synonyms of(List<Synonym> synonyms) {
    if (synonyms.isEmpty()) {
      return NONE;
    }
    Map<String, String> direct = new LinkedHashMap<>();
    for (Synonym s : synonyms) {
      String term = normalize(s.term());
      String word = normalize(s.canonical());
      if (term.isEmpty() || word.isEmpty()) {
        throw new IllegalArgumentException("同义词不能为空：「" + s.term() + "」→「" + s.canonical() + "」");
      }
      if (term.codePointCount(0, term.length()) < 2) {
        throw new IllegalArgumentException("同义词「" + s.term() + "」太短：至少要两个字");
      }
      if (term.equals(word)) {
        throw new IllegalArgumentException("同义词「" + s.term() + "」和它的标准词相同");
      }
      String before = direct.putIfAbsent(term, word);
      if (before != null && !before.equals(word)) {
        throw new IllegalArgumentException(
            "同义词「" + s.term() + "」有两个标准词：「" + before + "」和「" + word + "」");
      }
    }
    Map<String, String> resolved = new HashMap<>();
    for (String term : direct.keySet()) {
      List<String> path = new ArrayList<>(List.of(term));
      String word = direct.get(term);
      while (direct.containsKey(word)) {
        if (path.contains(word)) {
          path.add(word);
          throw new IllegalArgumentException("同义词成环：" + String.join(" → ", path));
        }
        path.add(word);
        word = direct.get(word);
      }
      resolved.put(term, word);
    }
    return new Synonyms(resolved);
  }

  /** The form terms and questions are compared in. */
  public static String normalize(String text) {
    return Segmenter.normalize(text).replaceAll("\\s+", "");
  }

  public boolean isEmpty() {
    return canonical.isEmpty();
  }

  /** Terms and canonical words: the segmenter keeps them whole. */
  public Set<String> words() {
    Set<String> out = new LinkedHashSet<>(canonical.keySet());
    out.addAll(canonical.values());
    return out;
  }

  /**
   * The question with every term that is a whole word (or run of words) read as its canonical word,
   * normalised; the question itself when there is no synonym to apply.
   */
  public String rewrite(String question, Segmenter segmenter) {
    if (canonical.isEmpty()) {
      return question;
    }
    String q = Segmenter.normalize(question);
    List<Token> words = segmenter.words(q);
    StringBuilder out = new StringBuilder();
    int copied = 0;
    boolean changed = false;
    for (int i = 0; i < words.size(); i++) {
      StringBuilder run = new StringBuilder();
      for (int j = i; j < Math.min(words.size(), i + MAX_RUN); j++) {
        if (j > i && words.get(j).start() != words.get(j - 1).end()) {
          break;
        }
        run.append(words.get(j).word());
        String word = canonical.get(run.toString());
        if (word != null) {
          out.append(q, copied, words.get(i).start()).append(word);
          copied = words.get(j).end();
          i = j;
          changed = true;
          break;
        }
      }
    }
    if (!changed) {
      return question;
    }
    return out.append(q.substring(copied)).toString();
  }
}
