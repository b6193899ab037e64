package org.unionbot.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.unionbot.core.admin.Stats;

/**
 * One line of plain Chinese per figure of the stats, so that an officer reads what a share means
 * and what it was computed from ("回答率 = 有答案的提问 ÷ 全部提问 = 12 ÷ 24").
 */
final class StatsNotes {

  private StatsNotes() {}

  static void into(ObjectNode out, Stats s) {
    String window = "近 " + s.days() + " 天";
    out.put(
        "answeredShare",
        "回答率 = 有答案的提问 ÷ 全部提问 = "
            + s.answered()
            + " ÷ "
            + s.questions()
            + share(s.questions(), s.answeredShare())
            + "。“有答案”指从通知或问答里找到了答案，"
            + window
            + "。");
    out.put("perDay", "每天的提问数（柱）和其中有答案的提问（深色部分）；没有提问的日子为空。");
    out.put("topQuestions", window + "被问得最多的问题，相近的问法算作同一个问题；“有答案”是其中答上的次数。");
    out.put("topUnanswered", window + "最常没答上的问题：可在“未答问题”里把它们做成问答，或补充到通知里。");
    out.put("quizPlayers", "答题人数 = " + window + "答完至少一轮题的职工人数（每人只算一次）。");
    out.put("quizRounds", "答题轮数 = " + window + "答完的轮数，一个人可以答多轮。");
    out.put(
        "quizAccuracy",
        "答对率 = 答对的题 ÷ 作答的题 = "
            + s.quizCorrect()
            + " ÷ "
            + s.quizAnswers()
            + share(s.quizAnswers(), s.quizAccuracy())
            + "。");
    if (s.droppedQuestions() > 0) {
      out.put(
          "droppedQuestions",
          "服务器太忙时有 " + s.droppedQuestions() + " 个提问没来得及记入统计（自启动以来），上面的数字比实际略少。");
    }
  }

  private static String share(long total, double share) {
    return total == 0 ? "（还没有数据）" : " ≈ " + String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
