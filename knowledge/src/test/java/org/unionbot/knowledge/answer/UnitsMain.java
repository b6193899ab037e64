package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.NoticeText;
import org.unionbot.knowledge.QaSet;
import org.unionbot.knowledge.analysis.Segmenter;
import org.unionbot.knowledge.index.Embedder;
import org.unionbot.knowledge.index.Passage;
import org.unionbot.knowledge.index.Semantic;
import org.unionbot.knowledge.index.Snapshot;

/** Development aid: vector hit@1/hit@3 of the answer sentence under several unit definitions. */
public final class UnitsMain {

  private UnitsMain() {}

  public static void main(String[] args) {
    Embedder e = Semantic.current().embedder().orElseThrow();
    for (int a = 0; a < args.length; a += 2) {
      String set = args[a];
      String noticeRes = args[a + 1];
      NoticeText notice =
          noticeRes.equals("-")
              ? KnowledgeBase.bundledNotice()
              : new NoticeText("n", Optional.empty(), QaSet.text(noticeRes));
      KnowledgeBase kb = KnowledgeBase.of(List.of(notice));
      Snapshot s = Snapshot.build(1, kb.notices(), List.of(), Optional.empty());
      // unit texts per strategy: list of (passage id, text)
      List<int[]> owners = new ArrayList<>();
      List<String> sentence = new ArrayList<>();
      List<String> headed = new ArrayList<>();
      List<String> windows = new ArrayList<>();
      for (Passage p : s.passages) {
        String h = p.section().heading().isEmpty() ? "" : p.section().title() + "：";
        sentence.add(p.text());
        headed.add(h + p.text());
        List<String> cl = p.clauses();
        if (cl.size() <= 2) {
          windows.add(h + p.text());
          owners.add(new int[] {p.id()});
        } else {
          for (int i = 0; i + 1 < cl.size(); i++) {
            windows.add(h + cl.get(i) + cl.get(i + 1));
            owners.add(new int[] {p.id()});
          }
        }
      }
      List<float[]> vs = e.passages(sentence, x -> {});
      List<float[]> vh = e.passages(headed, x -> {});
      List<float[]> vw = e.passages(windows, x -> {});
      int[][] hits = new int[6][2];
      int n = 0;
      for (QaSet.Row r : QaSet.load(set).rows()) {
        if (r.refusal()) {
          continue;
        }
        boolean any = s.passages.stream().anyMatch(p -> r.heldBy(p.text()));
        if (!any) {
          continue;
        }
        n++;
        String norm = Segmenter.normalize(r.question());
        float[] qi = e.question(norm);
        float[] qp = e.passages(List.of(norm), x -> {}).get(0);
        int k = 0;
        for (float[] q : new float[][] {qi, qp}) {
          count(hits[k++], rankPassages(s, vs, q, r));
          count(hits[k++], rankPassages(s, vh, q, r));
          double[] best = new double[s.passages.size()];
          java.util.Arrays.fill(best, -2);
          for (int i = 0; i < vw.size(); i++) {
            int pid = owners.get(i)[0];
            best[pid] = Math.max(best[pid], Embedder.cosine(vw.get(i), q));
          }
          count(hits[k++], rank(s, best, r));
        }
      }
      String[] names = {
        "instr sentence",
        "instr headed",
        "instr windows",
        "plain sentence",
        "plain headed",
        "plain windows"
      };
      System.out.println(set + " (" + n + " rows with the gold in a sentence)");
      for (int i = 0; i < 6; i++) {
        System.out.printf("  %-16s hit@1 %3d hit@3 %3d%n", names[i], hits[i][0], hits[i][1]);
      }
    }
  }

  private static void count(int[] h, int rank) {
    h[0] += rank == 1 ? 1 : 0;
    h[1] += rank >= 1 && rank <= 3 ? 1 : 0;
  }

  private static int rankPassages(Snapshot s, List<float[]> vs, float[] q, QaSet.Row r) {
    double[] score = new double[vs.size()];
    for (int i = 0; i < vs.size(); i++) {
      score[i] = Embedder.cosine(vs.get(i), q);
    }
    return rank(s, score, r);
  }

  private static int rank(Snapshot s, double[] score, QaSet.Row r) {
    Integer[] idx = new Integer[score.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    java.util.Arrays.sort(idx, (a, b) -> Double.compare(score[b], score[a]));
    for (int i = 0; i < idx.length; i++) {
      if (r.heldBy(s.passages.get(idx[i]).text())) {
        return i + 1;
      }
    }
    return -1;
  }
}
