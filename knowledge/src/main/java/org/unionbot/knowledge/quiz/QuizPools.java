package org.unionbot.knowledge.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.unionbot.knowledge.analysis.Token;

/**
 * Where distractors come from: things of the same kind found anywhere in the knowledge base
 * (counts, dates, quoted names, list members, terms sharing a head morpheme, institutions, people,
 * topic-sentence endings, outline items and short clauses). Filled once per build, then read.
 */
final class QuizPools {

  final Set<Integer> counts = new LinkedHashSet<>();
  final Set<String> dates = new LinkedHashSet<>();
  final Set<String> names = new LinkedHashSet<>();
  final Set<String> members = new LinkedHashSet<>();
  final Set<String> terms = new LinkedHashSet<>();
  final Set<String> institutions = new LinkedHashSet<>();
  final Set<String> people = new LinkedHashSet<>();
  final Set<String> topicEnds = new LinkedHashSet<>();
  final Set<String> outlineItems = new LinkedHashSet<>();
  final Set<String> topics = new LinkedHashSet<>();
  final Set<String> clauses = new LinkedHashSet<>();

  /**
   * Counts for a count's distractors, written like it (五个方面 → 三个方面): other counts in the text that
   * are near it, then the count plus and minus a step (1 under 20, 10 under 100).
   */
  List<List<String>> countTiers(QuizFacts.Count c) {
    int n = c.value();
    int step = n < 20 ? 1 : n < 100 ? 10 : (int) Math.pow(10, String.valueOf(n).length() - 1) / 2;
    List<String> fromText = new ArrayList<>();
    for (int v : counts) {
      if (v != n && v >= 2 && Math.abs(v - n) <= Math.max(3, n / 2)) {
        fromText.add(render(c, v));
      }
    }
    List<String> near = new ArrayList<>();
    for (int k = 1; k <= 3; k++) {
      for (int v : new int[] {n + k * step, n - k * step}) {
        if (v >= 2) {
          near.add(render(c, v));
        }
      }
    }
    return List.of(fromText, near);
  }

  private static String render(QuizFacts.Count c, int v) {
    return QuizForms.numeral(v, c.numeral(), !c.classifier().isEmpty())
        + c.more()
        + c.classifier()
        + c.unit();
  }

  /** Single words and two-word compounds of a sentence, for "same head" distractors (X精神). */
  void addTerms(List<Token> words) {
    for (int i = 0; i < words.size(); i++) {
      Token t = words.get(i);
      if (t.isPunctuation()) {
        continue;
      }
      if (t.word().length() >= 2 && content(t.pos())) {
        terms.add(t.word());
      }
      if (i > 0 && content(t.pos()) && content(words.get(i - 1).pos())) {
        String pair = words.get(i - 1).word() + t.word();
        if (pair.length() <= 8) {
          terms.add(pair);
        }
      }
    }
  }

  /** Terms ending with the head (劳模精神 → X精神), longer than the head itself. */
  List<String> withHead(String head) {
    if (head.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String m : members) {
      if (m.endsWith(head) && m.length() > head.length()) {
        out.add(m);
      }
    }
    for (String t : terms) {
      if (t.endsWith(head) && t.length() > head.length()) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Up to {@code n} candidates that {@code fits} accepts, taken tier by tier, each tier shuffled
   * with the seed; none equal to, inside or around one of {@code avoid} (the answer) or another.
   */
  static List<String> pick(
      List<String> avoid, List<List<String>> tiers, int n, long seed, Predicate<String> fits) {
    Random random = new Random(seed);
    List<String> out = new ArrayList<>();
    for (List<String> tier : tiers) {
      List<String> shuffled = new ArrayList<>(new LinkedHashSet<>(tier));
      Collections.shuffle(shuffled, random);
      for (String c : shuffled) {
        if (out.size() == n) {
          return out;
        }
        if (avoid.stream().noneMatch(a -> overlaps(a, c))
            && out.stream().noneMatch(o -> overlaps(o, c))
            && fits.test(c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static boolean overlaps(String a, String b) {
    return a.contains(b) || b.contains(a);
  }

  private static boolean content(String pos) {
    return pos.startsWith("n") && !pos.equals("nx")
        || pos.equals("vn")
        || pos.equals("j")
        || pos.equals("l")
        || pos.equals("b");
  }
}
