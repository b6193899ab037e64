package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.Content;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.NoticeText;
import org.unionbot.knowledge.QaSet;
import org.unionbot.knowledge.analysis.Segmenter;
import org.unionbot.knowledge.index.Embedder;
import org.unionbot.knowledge.index.Passage;
import org.unionbot.knowledge.index.Semantic;
import org.unionbot.knowledge.index.Snapshot;

/**
 * Development aid: how the embedding ranks the answer sentence of each question of a set, beside
 * the lexical answer. Args: the set's resource, then the notice's resource (or none for the bundled
 * notice). -Dverbose=true prints every row.
 */
public final class RecallMain {

  private RecallMain() {}

  /**
   * A lexical knowledge base over the notice named by a dev aid's arguments: {@code args[1]}, or
   * the bundled notice when there is none.
   */
  static KnowledgeBase lexical(String[] args) {
    NoticeText notice =
        args.length > 1
            ? new NoticeText("n", Optional.empty(), QaSet.text(args[1]))
            : KnowledgeBase.bundledNotice();
    Content content =
        new Content(List.of(notice), List.of(), List.of(), List.of(), java.util.Set.of());
    return KnowledgeBase.of(content, 1, Semantic.off());
  }

  public static void main(String[] args) {
    String set = args[0];
    KnowledgeBase kb = lexical(args);
    Embedder e = Semantic.current().embedder().orElseThrow();
    Snapshot s = Snapshot.build(1, kb.notices(), List.of(), Optional.of(e));
    boolean verbose = Boolean.getBoolean("verbose");
    int answerable = 0, hit1 = 0, hit3 = 0, lexical = 0, found = 0;
    List<Double> refusalTop = new ArrayList<>();
    List<Double> answerTop = new ArrayList<>();
    for (QaSet.Row r : QaSet.load(set).rows()) {
      float[] q = e.question(Segmenter.normalize(r.question()));
      List<double[]> ranked = new ArrayList<>();
      for (Passage p : s.passages) {
        ranked.add(new double[] {s.cosine(p, q), p.id()});
      }
      ranked.sort((a, b) -> Double.compare(b[0], a[0]));
      Answer a = kb.answer(r.question());
      double top = ranked.get(0)[0];
      double second = ranked.get(1)[0];
      double mean = ranked.stream().mapToDouble(x -> x[0]).average().orElse(0);
      double sd =
          Math.sqrt(
              ranked.stream().mapToDouble(x -> (x[0] - mean) * (x[0] - mean)).average().orElse(0));
      boolean topGold = !r.refusal() && r.heldBy(s.passages.get((int) ranked.get(0)[1]).text());
      if (System.getProperty("csv") != null) {
        System.out.printf(
            "CSV,%s,%s,%s,%.4f,%.4f,%.4f,%s%n",
            set,
            r.refusal() ? "refuse" : "answer",
            topGold ? "gold" : "other",
            top,
            top - second,
            (top - mean) / sd,
            r.passes(a) ? "lexok" : "lexbad");
      }
      if (r.refusal()) {
        refusalTop.add(ranked.get(0)[0]);
        if (verbose) {
          System.out.printf(
              "REFUSE %-28s top %.3f %s | lex %s%n",
              r.question(),
              ranked.get(0)[0],
              s.passages.get((int) ranked.get(0)[1]).text(),
              a.kind());
        }
        continue;
      }
      answerable++;
      boolean lex = r.passes(a);
      lexical += lex ? 1 : 0;
      int rank = -1;
      for (int i = 0; i < ranked.size(); i++) {
        if (r.heldBy(s.passages.get((int) ranked.get(i)[1]).text())) {
          rank = i + 1;
          break;
        }
      }
      if (rank > 0) {
        found++;
      }
      hit1 += rank == 1 ? 1 : 0;
      hit3 += rank >= 1 && rank <= 3 ? 1 : 0;
      answerTop.add(ranked.get(0)[0]);
      if (verbose || !lex) {
        System.out.printf(
            "%s rank %2d top %.3f  %-30s %s%n",
            lex ? "LEX-OK " : "LEX-BAD",
            rank,
            ranked.get(0)[0],
            r.question(),
            lex ? "" : "| " + s.passages.get((int) ranked.get(0)[1]).text());
      }
    }
    System.out.printf(
        "%s: answerable %d, lexical %d, gold sentence found %d, vector hit@1 %d, hit@3 %d%n",
        set, answerable, lexical, found, hit1, hit3);
    System.out.println("refusal top cosines " + stats(refusalTop));
    System.out.println("answerable top cosines " + stats(answerTop));
  }

  private static String stats(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    s.sort(null);
    if (s.isEmpty()) {
      return "-";
    }
    return String.format(
        "n=%d min %.3f p10 %.3f median %.3f p90 %.3f max %.3f",
        s.size(),
        s.get(0),
        s.get(s.size() / 10),
        s.get(s.size() / 2),
        s.get(s.size() * 9 / 10),
        s.get(s.size() - 1));
  }
}
