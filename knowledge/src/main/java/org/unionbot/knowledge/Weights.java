package org.unionbot.knowledge;

import java.util.ArrayList;
import java.util.List;
import org.unionbot.knowledge.analysis.Segmenter;
import org.unionbot.knowledge.analysis.Token;

/**
 * Question terms with their weights. A term the knowledge base holds weighs its inverse sentence
 * frequency; a term it lacks (after trying HanLP's exact synonyms) weighs the most any term can, so
 * one missing key word sinks coverage, which is how off-topic questions are told apart.
 */
final class Weights {

  /** A term, the canonical forms that count as matching it, and its weight. */
  record Term(String word, List<String> forms, double weight, boolean known) {

    boolean in(String canonicalText) {
      for (String f : forms) {
        if (canonicalText.contains(f)) {
          return true;
        }
      }
      return false;
    }
  }

  private static final double SINGLE_CHAR_OOV = Double.parseDouble(System.getProperty("t.single", "0.35"));

  /**
   * A missing verb or adjective (印发 for 发出, 提升 for 增强) is more often a paraphrase than a
   * change of topic, so it weighs less than a missing noun (会费, 天气, 火车票).
   */
  private static final double VERB_OOV = Double.parseDouble(System.getProperty("t.verb", "0.5"));

  final List<Term> terms;
  final double total;

  private Weights(List<Term> terms) {
    this.terms = List.copyOf(terms);
    this.total = terms.stream().mapToDouble(Term::weight).sum();
  }

  static Weights of(Snapshot kb, Question q) {
    double n = kb.size();
    double max = Math.log(1 + n);
    List<Term> out = new ArrayList<>();
    for (String word : expand(kb, q.terms())) {
      String c = Canonical.text(word);
      if (c.isEmpty()) {
        continue;
      }
      List<String> forms = new ArrayList<>(List.of(c));
      boolean known = kb.contains(c);
      if (!known) {
        for (String syn : Segmenter.synonyms(word)) {
          String s = Canonical.text(syn);
          if (kb.contains(s)) {
            forms.add(s);
            known = true;
          }
        }
      }
      double w;
      if (known) {
        int df = forms.stream().mapToInt(kb::frequency).max().orElse(0);
        w = Math.log(1 + n / (1 + df));
      } else if (c.length() < 2) {
        w = max * SINGLE_CHAR_OOV;
      } else {
        w = q.nouns().contains(word) ? max : max * VERB_OOV;
      }
      if (word.equals(q.unit())) {
        w *= 0.6;
      }
      out.add(new Term(word, List.copyOf(forms), w, known));
    }
    return new Weights(out);
  }

  /**
   * Splits a term the knowledge base lacks into the parts it has: a question may join words the
   * notice keeps apart (发出通知 for 发出专门通知).
   */
  private static List<String> expand(Snapshot kb, List<String> words) {
    List<String> out = new ArrayList<>();
    for (String word : words) {
      String c = Canonical.text(word);
      if (c.length() < 3 || kb.contains(c)) {
        out.add(word);
        continue;
      }
      List<String> parts = new ArrayList<>();
      boolean[] covered = new boolean[word.length()];
      for (Token t : kb.segmenter.indexWords(word)) {
        if (t.sub() && t.word().length() >= 2 && kb.contains(Canonical.text(t.word()))) {
          parts.add(t.word());
          for (int i = t.start(); i < t.end() && i < covered.length; i++) {
            covered[i] = true;
          }
        }
      }
      boolean whole = true;
      for (boolean b : covered) {
        whole &= b;
      }
      if (parts.isEmpty() || !whole) {
        out.add(word);
      } else {
        parts.stream().filter(p -> !out.contains(p)).forEach(out::add);
      }
    }
    return out;
  }

  boolean isEmpty() {
    return terms.isEmpty();
  }

  /** Share of the question's weight found anywhere in the knowledge base. */
  double known() {
    return share(terms.stream().filter(Term::known).mapToDouble(Term::weight).sum());
  }

  /** Share of the question's weight found in the canonical text. */
  double coverage(String canonicalText) {
    double hit = 0;
    for (Term t : terms) {
      if (t.in(canonicalText)) {
        hit += t.weight();
      }
    }
    return share(hit);
  }

  private double share(double hit) {
    return total <= 0 ? 0 : hit / total;
  }
}
