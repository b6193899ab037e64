package org.unionbot.core.intent;

/**
 * Every fixed sentence the bot says, in one place (the help text names the command words {@link
 * Command} holds). An example question ({@code %s} in HELP, WELCOME, EMPTY and NO_LAST_ANSWER)
 * comes from the knowledge base now serving, so it is always one it answers.
 */
final class Texts {

  /** What the bot can do, listing the command words from {@link Command}. */
  static final String HELP =
      "我是工会学习助手，可以：\n"
          + "· 回答关于工会十八大精神学习通知的问题，直接发问题即可，例如：%s\n"
          + ("· 发送" + Command.QUIZ.quoted(0) + "或" + Command.QUIZ.quoted(1))
          + ("：每轮5道题，回复字母或答案，" + Command.SKIP.quoted() + Command.QUIT.quoted() + "随时可用\n")
          + ("· 发送" + Command.SCORE.quoted() + "看我的成绩，")
          + (Command.LEADERBOARD.quoted() + "看前" + Leaderboard.SIZE + "名\n")
          + ("· 发送" + Command.OUTLINE.quoted() + "看通知提纲；")
          + ("答完一问后发送" + Command.DETAIL.quoted() + "看原段落，" + Command.SOURCE.quoted() + "看原句");

  static final String WELCOME =
      "欢迎关注！我是工会学习助手。\n"
          + "直接发问题给我，我从市总工会的学习通知里找答案，例如：%s\n"
          + "发送“答题”开始一轮5道题的测验，答对得积分；发送“帮助”查看全部用法。";

  static final String EMPTY = "请直接输入您的问题，例如：%s\n发送“帮助”查看全部用法。";

  static final String QUIZ_STARTS = "开始答题！本轮共%d题，答对1题得1分，完成当天第一轮再加分。";
  static final String QUIZ_CONTINUES = "继续本轮答题：";
  static final String QUIZ_EMPTY = "题库暂时是空的，请稍后再试。";
  static final String PROGRESS = "第%d/%d题：";
  static final String HOW_TO_CHOOSE = "（回复A、B、C或D；发送“跳过”或“退出”）";
  static final String HOW_TO_FILL = "（直接回复答案；发送“跳过”或“退出”）";
  static final String RIGHT = "✔ 回答正确！+%d分";
  static final String WRONG = "✘ 回答错误。正确答案：%s\n原文：%s";
  static final String SKIPPED = "已跳过。正确答案：%s";
  static final String ROUND_OVER = "本轮结束：%d题答对%d题，本轮得%d分。";
  static final String BONUS = "（含完成奖励%d分）";
  static final String TOTAL = "\n您的总积分：%d分，排名第%d名。发送“答题”再来一轮。";
  static final String QUIT = "已退出答题。本轮答了%d题，答对%d题，得%d分；总积分%d分。";
  static final String ROUND_INTERRUPTED = "您上一轮答题因服务切换中断了，已答题目的积分都已记下。回复“答题”重新开始。";
  static final String IN_ROUND = "\n\n（答题进行中：第%d/%d题，回复答案继续答题，或发送“跳过”“退出”）";

  static final String NO_SCORE = "您还没有积分。发送“答题”开始第一轮吧！";
  static final String STANDING = "您的总积分：%d分，排名第%d名。\n共答%d题，答对%d题，正确率%d%%%s";
  static final String STREAK = "；已连续%d天完成答题";
  static final String LEADERBOARD_EMPTY = "排行榜还是空的。发送“答题”来争第一吧！";
  static final String LEADERBOARD = "积分排行榜（前%d名）：";

  static final String NO_LAST_ANSWER = "还没有可以展开的回答。先问一个关于通知的问题吧，例如：%s";
  static final String SOURCE = "出自《%s》“%s”：\n%s";
  static final String DETAIL = "原文段落（%s）：\n%s";
  static final String NO_SUCH_SUGGESTION = "没有这个编号的问题。请直接输入您的问题，或发送“帮助”。";

  private Texts() {}
}
