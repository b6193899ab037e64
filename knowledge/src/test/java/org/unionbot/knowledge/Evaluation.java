package org.unionbot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.unionbot.knowledge.answer.Recall;
import org.unionbot.knowledge.index.Semantic;

/**
 * The question sets and how the knowledge base does on them: for each answerable row, right, wrong
 * (an answer without the gold, or too long to hold it in a phone-sized reply) or refused; for each
 * refusal row, refused or wrongly answered.
 */
final class Evaluation {

  /**
   * A question set and the notice it asks about (null for the bundled notice); {@code beside} puts
   * the bundled notice in the knowledge base too, as when an admin adds a notice to the default
   * one.
   */
  record QuestionSet(String name, String questions, String notice, boolean beside) {

    QuestionSet(String name, String questions, String notice) {
      this(name, questions, notice, false);
    }

    KnowledgeBase knowledgeBase(Recall recall) {
      List<NoticeText> texts = new ArrayList<>();
      if (notice == null || beside) {
        texts.add(KnowledgeBase.bundledNotice());
      }
      if (notice != null) {
        texts.add(new NoticeText("n", Optional.empty(), QaSet.text(notice)));
      }
      Content content = new Content(texts, List.of(), List.of(), List.of(), Set.of());
      Semantic semantic = recall == Recall.LEXICAL ? Semantic.off() : Semantic.current();
      return KnowledgeBase.of(content, 1, semantic, recall);
    }
  }

  /**
   * Blind sets not yet in {@link #SETS}: {@code EvalMain} scores them, the tests do not, until
   * their confidently wrong answers are few enough to keep the limit over all sets
   * (eval/README.md).
   */
  static final List<QuestionSet> PENDING =
      List.of(
          new QuestionSet("notice-bb", "/eval/qa-notice-bb.tsv", "/eval/notice-bb.md"),
          new QuestionSet("notice-bd", "/eval/qa-notice-bd.tsv", "/eval/notice-bd.md"),
          new QuestionSet("notice-be", "/eval/qa-notice-be.tsv", "/eval/notice-be.md"),
          new QuestionSet("notice-bg", "/eval/qa-notice-bg.tsv", "/eval/notice-bg.txt"),
          new QuestionSet("notice-bj", "/eval/qa-notice-bj.tsv", "/eval/notice-bj.md"),
          new QuestionSet("notice-bm", "/eval/qa-notice-bm.tsv", "/eval/notice-bm.txt"),
          new QuestionSet("notice-bn", "/eval/qa-notice-bn.tsv", "/eval/notice-bn.txt"),
          new QuestionSet("notice-br", "/eval/qa-notice-br.tsv", "/eval/notice-br.md"),
          new QuestionSet("notice-bu", "/eval/qa-notice-bu.tsv", "/eval/notice-bu.txt"),
          new QuestionSet("notice-bv", "/eval/qa-notice-bv.tsv", "/eval/notice-bv.txt"),
          new QuestionSet("notice-bw", "/eval/qa-notice-bw.tsv", "/eval/notice-bw.txt"),
          new QuestionSet("notice-bx", "/eval/qa-notice-bx.tsv", "/eval/notice-bx.txt"),
          new QuestionSet("notice-ca", "/eval/qa-notice-ca.tsv", "/eval/notice-ca.txt"),
          new QuestionSet("notice-cc", "/eval/qa-notice-cc.tsv", "/eval/notice-cc.txt"),
          new QuestionSet("notice-cd", "/eval/qa-notice-cd.tsv", "/eval/notice-cd.txt"),
          new QuestionSet("notice-ce", "/eval/qa-notice-ce.tsv", "/eval/notice-ce.txt"),
          new QuestionSet("notice-cf", "/eval/qa-notice-cf.tsv", "/eval/notice-cf.txt"),
          new QuestionSet("notice-cg", "/eval/qa-notice-cg.tsv", "/eval/notice-cg.txt"),
          new QuestionSet("notice-ch", "/eval/qa-notice-ch.tsv", "/eval/notice-ch.txt"),
          new QuestionSet("notice-ci", "/eval/qa-notice-ci.tsv", "/eval/notice-ci.txt"),
          new QuestionSet("notice-cj", "/eval/qa-notice-cj.tsv", "/eval/notice-cj.txt"),
          new QuestionSet("notice-ck", "/eval/qa-notice-ck.tsv", "/eval/notice-ck.txt"));

  static final List<QuestionSet> SETS =
      List.of(
          new QuestionSet("dev", "/qa/qa-dev.tsv", null),
          new QuestionSet("extended", "/eval/qa-extended.tsv", null),
          new QuestionSet("reworded", "/eval/qa-reworded.tsv", null),
          new QuestionSet("notice-b", "/eval/qa-notice-b.tsv", "/eval/notice-b.txt"),
          new QuestionSet("notice-c", "/eval/qa-notice-c.tsv", "/eval/notice-c.md"),
          new QuestionSet("notice-d", "/eval/qa-notice-d.tsv", "/eval/notice-d.txt"),
          new QuestionSet("notice-e", "/eval/qa-notice-e.tsv", "/eval/notice-e.txt"),
          new QuestionSet("notice-f", "/eval/qa-notice-f.tsv", "/eval/notice-f.txt"),
          new QuestionSet("notice-g", "/eval/qa-notice-g.tsv", "/eval/notice-g.md"),
          new QuestionSet("notice-h", "/eval/qa-notice-h.tsv", "/eval/notice-h.txt"),
          new QuestionSet("notice-i", "/eval/qa-notice-i.tsv", "/eval/notice-i.md"),
          new QuestionSet("notice-j", "/eval/qa-notice-j.tsv", "/eval/notice-j.txt"),
          new QuestionSet("notice-k", "/eval/qa-notice-k.tsv", "/eval/notice-k.txt"),
          new QuestionSet("notice-l", "/eval/qa-notice-l.tsv", "/eval/notice-l.txt"),
          new QuestionSet("notice-m", "/eval/qa-notice-m.tsv", "/eval/notice-m.txt"),
          new QuestionSet("notice-n", "/eval/qa-notice-n.tsv", "/eval/notice-n.txt"),
          new QuestionSet("notice-o", "/eval/qa-notice-o.tsv", "/eval/notice-o.md"),
          new QuestionSet("notice-p", "/eval/qa-notice-p.tsv", "/eval/notice-p.txt"),
          new QuestionSet("notice-q", "/eval/qa-notice-q.tsv", "/eval/notice-q.txt"),
          new QuestionSet("notice-r", "/eval/qa-notice-r.tsv", "/eval/notice-r.txt"),
          new QuestionSet("notice-s", "/eval/qa-notice-s.tsv", "/eval/notice-s.txt"),
          new QuestionSet("notice-t", "/eval/qa-notice-t.tsv", "/eval/notice-t.md"),
          new QuestionSet("notice-u", "/eval/qa-notice-u.tsv", "/eval/notice-u.txt"),
          new QuestionSet("notice-v", "/eval/qa-notice-v.tsv", "/eval/notice-v.md"),
          new QuestionSet("notice-w", "/eval/qa-notice-w.tsv", "/eval/notice-w.txt"),
          new QuestionSet("notice-x", "/eval/qa-notice-x.tsv", "/eval/notice-x.txt"),
          new QuestionSet("notice-y", "/eval/qa-notice-y.tsv", "/eval/notice-y.txt"),
          new QuestionSet("notice-z", "/eval/qa-notice-z.tsv", "/eval/notice-z.txt"),
          new QuestionSet("notice-aa", "/eval/qa-notice-aa.tsv", "/eval/notice-aa.txt"),
          new QuestionSet("notice-ab", "/eval/qa-notice-ab.tsv", "/eval/notice-ab.md"),
          new QuestionSet("notice-ac", "/eval/qa-notice-ac.tsv", "/eval/notice-ac.txt"),
          new QuestionSet("notice-ad", "/eval/qa-notice-ad.tsv", "/eval/notice-ad.txt"),
          new QuestionSet("notice-ae", "/eval/qa-notice-ae.tsv", "/eval/notice-ae.txt"),
          new QuestionSet("notice-af", "/eval/qa-notice-af.tsv", "/eval/notice-af.md"),
          new QuestionSet("notice-ag", "/eval/qa-notice-ag.tsv", "/eval/notice-ag.txt"),
          new QuestionSet("notice-ah", "/eval/qa-notice-ah.tsv", "/eval/notice-ah.md"),
          new QuestionSet("notice-ai", "/eval/qa-notice-ai.tsv", "/eval/notice-ai.txt"),
          new QuestionSet("notice-aj", "/eval/qa-notice-aj.tsv", "/eval/notice-aj.md"),
          new QuestionSet("notice-ak", "/eval/qa-notice-ak.tsv", "/eval/notice-ak.txt"),
          new QuestionSet("notice-al", "/eval/qa-notice-al.tsv", "/eval/notice-al.md"),
          new QuestionSet("notice-am", "/eval/qa-notice-am.tsv", "/eval/notice-am.txt"),
          new QuestionSet("notice-an", "/eval/qa-notice-an.tsv", "/eval/notice-an.txt"),
          new QuestionSet("notice-ao", "/eval/qa-notice-ao.tsv", "/eval/notice-ao.txt"),
          new QuestionSet("notice-ap", "/eval/qa-notice-ap.tsv", "/eval/notice-ap.txt"),
          new QuestionSet("notice-ar", "/eval/qa-notice-ar.tsv", "/eval/notice-ar.txt"),
          new QuestionSet("notice-aq", "/eval/qa-notice-aq.tsv", "/eval/notice-aq.md"),
          new QuestionSet("notice-at", "/eval/qa-notice-at.tsv", "/eval/notice-at.txt"),
          new QuestionSet("notice-as", "/eval/qa-notice-as.tsv", "/eval/notice-as.txt"),
          new QuestionSet("notice-au", "/eval/qa-notice-au.tsv", "/eval/notice-au.txt"),
          new QuestionSet("notice-av", "/eval/qa-notice-av.tsv", "/eval/notice-av.txt"),
          new QuestionSet("notice-aw", "/eval/qa-notice-aw.tsv", "/eval/notice-aw.txt"),
          new QuestionSet("notice-ax", "/eval/qa-notice-ax.tsv", "/eval/notice-ax.txt"),
          new QuestionSet("notice-ay", "/eval/qa-notice-ay.tsv", "/eval/notice-ay.md"),
          new QuestionSet("notice-az", "/eval/qa-notice-az.tsv", "/eval/notice-az.txt"),
          new QuestionSet("notice-ba", "/eval/qa-notice-ba.tsv", "/eval/notice-ba.txt"),
          new QuestionSet("notice-bc", "/eval/qa-notice-bc.tsv", "/eval/notice-bc.txt"),
          new QuestionSet("notice-bh", "/eval/qa-notice-bh.tsv", "/eval/notice-bh.md"),
          new QuestionSet("notice-bi", "/eval/qa-notice-bi.tsv", "/eval/notice-bi.txt"),
          new QuestionSet("notice-bf", "/eval/qa-notice-bf.tsv", "/eval/notice-bf.txt"),
          new QuestionSet("notice-bl", "/eval/qa-notice-bl.tsv", "/eval/notice-bl.md"),
          new QuestionSet("notice-bp", "/eval/qa-notice-bp.tsv", "/eval/notice-bp.md"),
          new QuestionSet("notice-bt", "/eval/qa-notice-bt.tsv", "/eval/notice-bt.md"),
          new QuestionSet("notice-bo", "/eval/qa-notice-bo.tsv", "/eval/notice-bo.txt"),
          new QuestionSet("notice-bk", "/eval/qa-notice-bk.tsv", "/eval/notice-bk.txt"),
          new QuestionSet("notice-by", "/eval/qa-notice-by.tsv", "/eval/notice-by.txt"),
          new QuestionSet("notice-bz", "/eval/qa-notice-bz.tsv", "/eval/notice-bz.txt"),
          new QuestionSet("notice-cb", "/eval/qa-notice-cb.tsv", "/eval/notice-cb.txt"),
          new QuestionSet("notice-bq", "/eval/qa-notice-bq.tsv", "/eval/notice-bq.txt"),
          new QuestionSet("notice-bs", "/eval/qa-notice-bs.tsv", "/eval/notice-bs.txt"),
          new QuestionSet("b+bundled", "/eval/qa-notice-b.tsv", "/eval/notice-b.txt", true),
          new QuestionSet("e+bundled", "/eval/qa-notice-e.tsv", "/eval/notice-e.txt", true),
          new QuestionSet("q+bundled", "/eval/qa-notice-q.tsv", "/eval/notice-q.txt", true));

  /** The outcome of one set under one recall, with the rows that went wrong. */
  record Score(
      String set,
      Recall recall,
      int right,
      int wrong,
      int confidentlyWrong,
      int refusedAnswerable,
      int refusedOffTopic,
      int answeredOffTopic,
      int refusedNearDomain,
      int answeredNearDomain,
      int rewordedRight,
      int reworded,
      List<String> failures) {

    int answerable() {
      return right + wrong + refusedAnswerable;
    }

    int offTopic() {
      return refusedOffTopic + answeredOffTopic;
    }

    int nearDomain() {
      return refusedNearDomain + answeredNearDomain;
    }

    /** One line of the confusion table. */
    String row() {
      int everyday = answerable() - reworded;
      return String.format(
          "| %-9s | %-8s | %3d/%-3d (%5.1f%%) | %2d (%4.1f%%) | %2d | %2d | %s | %s | %s | %s |",
          set,
          recall.name().toLowerCase(java.util.Locale.ROOT),
          right,
          answerable(),
          100.0 * right / answerable(),
          confidentlyWrong,
          100.0 * confidentlyWrong / answerable(),
          wrong - confidentlyWrong,
          refusedAnswerable,
          offTopic() == 0 ? "-" : refusedOffTopic + "/" + offTopic(),
          nearDomain() == 0 ? "-" : refusedNearDomain + "/" + nearDomain(),
          everyday == 0 ? "-" : (right - rewordedRight) + "/" + everyday,
          reworded == 0 ? "-" : rewordedRight + "/" + reworded);
    }
  }

  static final String HEADER =
      "| set | recall | right | confidently wrong | wrong, marked unsure | refused though answerable"
          + " | off-topic refused | not in the notice, refused | right, everyday wording | right,"
          + " reworded |\n"
          + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |";

  private Evaluation() {}

  static Score score(QuestionSet set, Recall recall) {
    return score(set.name(), set.knowledgeBase(recall), set.questions(), recall);
  }

  static Score score(String name, KnowledgeBase kb, String questions, Recall recall) {
    int right = 0;
    int wrong = 0;
    int confidentlyWrong = 0;
    int refusedAnswerable = 0;
    int refusedOffTopic = 0;
    int answeredOffTopic = 0;
    int refusedNearDomain = 0;
    int answeredNearDomain = 0;
    int rewordedRight = 0;
    int reworded = 0;
    List<String> failures = new ArrayList<>();
    for (QaSet.Row r : QaSet.load(questions).rows()) {
      Answer a = kb.answer(r.question());
      boolean pass = r.passes(a);
      reworded += !r.refusal() && r.reworded() ? 1 : 0;
      if (r.refusal() && r.offTopic()) {
        refusedOffTopic += pass ? 1 : 0;
        answeredOffTopic += pass ? 0 : 1;
      } else if (r.refusal()) {
        refusedNearDomain += pass ? 1 : 0;
        answeredNearDomain += pass ? 0 : 1;
      } else if (pass) {
        right++;
        rewordedRight += r.reworded() ? 1 : 0;
      } else if (a.answered()) {
        wrong++;
        confidentlyWrong += a.lowConfidence() ? 0 : 1;
      } else {
        refusedAnswerable++;
      }
      if (!pass) {
        failures.add(
            (r.reworded() ? "~" : " ")
                + (r.refusal() ? "ANSWERED " : a.answered() ? "WRONG    " : "REFUSED  ")
                + r.question()
                + "  ["
                + r.gold()
                + "]\n      "
                + a.text().replace("\n", " / ")
                + String.format("  (%.2f)", a.confidence()));
      }
    }
    return new Score(
        name,
        recall,
        right,
        wrong,
        confidentlyWrong,
        refusedAnswerable,
        refusedOffTopic,
        answeredOffTopic,
        refusedNearDomain,
        answeredNearDomain,
        rewordedRight,
        reworded,
        failures);
  }
}
