package org.unionbot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.unionbot.knowledge.index.Semantic;

/**
 * Benchmark: the time to build a version of one long document, about 300,000 characters (the
 * notices of the evaluation sets, numbered as chapters of one compilation and marked by edition so
 * no two sentences are the same and nothing is embedded twice), with fused recall and, for
 * reference, lexical recall only; then the quiz bank, which is generated in the background after a
 * version serves. The progress of the embedding is in the log. Args: the number of characters
 * (default 300000). BENCHMARKS.md has the command and the numbers.
 */
public final class BuildMain {

  private BuildMain() {}

  public static void main(String[] args) {
    int chars = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
    String document = document(chars);
    System.out.printf("document: %,d characters%n", document.length());
    Semantic semantic = Semantic.current();
    semantic.embedder();
    warm();
    for (Semantic recall : List.of(Semantic.off(), semantic)) {
      Content content =
          new Content(
              List.of(new NoticeText("long", Optional.empty(), document)),
              List.of(),
              List.of(),
              List.of(),
              Set.of());
      long start = System.nanoTime();
      KnowledgeBase kb = KnowledgeBase.of(content, 1, recall);
      long built = System.nanoTime();
      int items = kb.quizItems().size();
      long quiz = System.nanoTime();
      System.out.printf(
          "%-8s answering after %,d ms; quiz bank of %d items after %,d ms more; %s%n",
          recall.enabled() ? "fused" : "lexical",
          (built - start) / 1_000_000,
          items,
          (quiz - built) / 1_000_000,
          kb.answer("学深悟透分为几个步骤").text().replace('\n', ' '));
    }
  }

  /** HanLP's dictionaries and the model load before the clock starts. */
  private static void warm() {
    KnowledgeBase.bundled().answer("学深悟透分为几个步骤");
  }

  static String document(int chars) {
    List<String> notices = new ArrayList<>();
    notices.add(KnowledgeBase.bundledNotice().text());
    for (String n : QaSet.EVAL_NOTICES) {
      notices.add(QaSet.text("/eval/" + n));
    }
    StringBuilder out = new StringBuilder("工会学习资料汇编\n\n");
    for (int part = 1; out.length() < chars; part++) {
      String n = notices.get(part % notices.size());
      String body = n.replaceAll("(?m)^#+\\s*", "").replace("。", "（第" + part + "辑）。");
      out.append("第").append(part).append("章 汇编第").append(part).append("辑\n\n");
      out.append(body).append("\n\n");
    }
    return out.toString();
  }
}
