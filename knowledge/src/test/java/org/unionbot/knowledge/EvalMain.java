package org.unionbot.knowledge;

import java.util.List;
import java.util.Optional;

/** Development aid: prints each failing row of a question set. */
public final class EvalMain {
  public static void main(String[] args) {
    String set = args[0];
    KnowledgeBase kb =
        args.length > 1
            ? KnowledgeBase.of(List.of(new NoticeText("n", Optional.empty(), QaSet.text(args[1]))))
            : KnowledgeBase.bundled();
    QaSet qa = QaSet.load(set);
    int ok = 0;
    int refusals = 0;
    int refused = 0;
    for (QaSet.Row r : qa.rows()) {
      Answer a = kb.answer(r.question());
      if (r.refusal()) {
        refusals++;
      }
      if (r.passes(a)) {
        ok++;
        if (r.refusal()) {
          refused++;
        }
      } else {
        System.out.println(
            "FAIL "
                + r.question()
                + "  ["
                + r.gold()
                + "]  ("
                + QaSet.concise(a.text())
                + ")\n     "
                + a.kind()
                + " "
                + a.text().replace("\n", " / "));
      }
    }
    System.out.printf(
        "%s: %d/%d (answerable %d/%d, refusals %d/%d)%n",
        set, ok, qa.rows().size(), ok - refused, qa.rows().size() - refusals, refused, refusals);
  }
}
