package org.unionbot.knowledge;

import java.util.ArrayList;
import java.util.List;
import org.unionbot.knowledge.answer.Recall;

/**
 * Development aid: the confusion table of every question set, the pending blind ones too
 * (Evaluation.PENDING), under each recall (or those named with -Drecall=lexical,weighted), and with
 * -Dfailures=true the rows that went wrong. Args: set names to run (all when none).
 */
public final class EvalMain {

  private EvalMain() {}

  public static void main(String[] args) {
    List<String> only = List.of(args);
    List<Recall> recalls = new ArrayList<>();
    for (String r : System.getProperty("recall", "lexical,vector,rrf,weighted").split(",")) {
      recalls.add(Recall.valueOf(r.strip().toUpperCase(java.util.Locale.ROOT)));
    }
    List<String> lines = new ArrayList<>();
    List<Evaluation.QuestionSet> sets = new ArrayList<>(Evaluation.SETS);
    sets.addAll(Evaluation.PENDING);
    for (Evaluation.QuestionSet set : sets) {
      if (!only.isEmpty() && !only.contains(set.name())) {
        continue;
      }
      for (Recall recall : recalls) {
        Evaluation.Score s = Evaluation.score(set, recall);
        lines.add(s.row());
        if (Boolean.getBoolean("failures")) {
          System.out.println("== " + set.name() + " " + recall);
          s.failures().forEach(f -> System.out.println("  " + f));
        }
      }
    }
    System.out.println(Evaluation.HEADER);
    lines.forEach(System.out::println);
  }
}
