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
          + "· 回答学习通知里的问题，直接发问题即可，例如：%s\n"
          + ("· 发送" + Command.QUIZ.quoted(0) + "或" + Command.QUIZ.quoted(1))
          + ("：每轮5道题，回复字母或答案，" + Command.SKIP.quoted() + Command.QUIT.quoted() + "随时可用\n")
          + ("· 发送" + Command.SCORE.quoted() + "看我的成绩，")
          + (Command.LEADERBOARD.quoted() + "看前" + Leaderboard.SIZE + "名\n")
          + ("· 发送" + Command.MISTAKES.quoted() + "复习答错过的题，答对就移出错题本\n")
          + "· 发送“绑定单位 单位全称”加入本单位，“单位排行”看各单位成绩\n"
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
  static final String ROUND_EXPIRED = "这一轮已超时结束，这条回复没有计分。回复“答题”重新开始。";
  static final String NO_MISTAKES = "您的错题本是空的，继续保持！发送“答题”来一轮，答错的题会记在这里，方便复习。";
  static final String REVIEW_STARTS = "复习错题：错题本共%d道题，这次复习%d道。答对的题会移出错题本，复习不计积分。";
  static final String REVIEW_RIGHT = "✔ 回答正确！这道题已移出错题本。";
  static final String REVIEW_OVER = "本次复习答了%d题，答对%d题。";
  static final String REVIEW_LEFT = "错题本还有%d道题，发送“错题”继续复习。";
  static final String REVIEW_EMPTY = "错题本已经清空了，真棒！发送“答题”再来一轮。";
  static final String REVIEW_QUIT = "已退出错题复习。";
  static final String IN_ROUND = "\n\n（答题进行中：第%d/%d题，回复答案继续答题，或发送“跳过”“退出”）";

  static final String NO_SCORE = "您还没有积分。发送“答题”开始第一轮吧！";
  static final String STANDING = "您的总积分：%d分，%s。\n共答%d题，答对%d题，正确率%d%%；%s。";

  /** The streak in a standing: days in a row with a finished round, or how to start one. */
  static String streak(int days) {
    return days > 0 ? "已连续" + days + "天完成答题" : "连续答题0天，今天完成一轮“答题”就开始计算";
  }

  static final String RANK = "排名第%d名";
  static final String UNRANKED = "暂未上榜";
  static final String ME = "（我）";
  static final String MY_PLACE = "\n…\n我：第%d名  %d分";
  static final String LEADERBOARD_EMPTY = "排行榜还是空的。发送“答题”来争第一吧！";
  static final String LEADERBOARD = "积分排行榜（前%d名）：";

  static final String NO_LAST_ANSWER = "还没有可以展开的回答。先问一个关于通知的问题吧，例如：%s";
  static final String SOURCE = "出处：%s\n章节：%s\n原句：%s";
  static final String SOURCE_HEADING = "%s（本节标题，下分%d项）";
  static final String NO_SOURCE = "这是整份通知的摘要，不是某一句话。先问一个具体问题，再发送“出处”就能看到原句。";
  static final String DETAIL = "【%s】原文段落：\n%s";
  static final String ITEMS = "【%s】共%d项：";
  static final String ITEM = "第%d项：%s";
  static final String NO_SUCH_ITEM = "【%s】只有%d项，请换个序号，或发送“详细说说”看全部。";
  static final String MORE = "【%s】第%d/%d段：\n%s";
  static final String NO_MORE = "没有更多了。发送“要点”看通知的其他部分，或直接问新问题。";
  static final String NO_MORE_IN = "【%s】这一节没有更多内容了。发送“要点”看通知的其他部分，或直接问新问题。";
  static final String NO_SUCH_SUGGESTION = "没有这个编号的问题。请直接输入您的问题，或发送“帮助”。";

  static final String WHO = "我是工会学习助手，一个自动回答的小程序，不是人工客服。我能回答工会学习通知里的问题，还能出题考考您。例如可以问：%s";
  static final String ABILITY =
      "我可以：回答学习通知里的问题（例如：%s）；发送“这个通知讲了什么”看摘要，“要点”看提纲；" + "发送“答题”做一轮5道题，“积分”看成绩。";
  static final String GREETING = "您好！我是工会学习助手，可以回答学习通知里的问题，例如：%s\n发送“帮助”查看全部用法。";
  static final String THANKS = "不客气！还有问题随时问我，例如：%s";
  static final String BYE = "再见！想起问题随时来问，也可以发送“答题”学一学。";
  static final String PRAISE = "谢谢夸奖！再问我一个吧，例如：%s";
  static final String OKAY = "好的。还想了解什么，直接发问题给我，例如：%s";
  static final String LAUGH = "😄 开心就好！想学点什么，可以问我：%s";
  static final String EMOJI = "收到您的表情 😊 有问题请直接打字问我，例如：%s";
  static final String INSULT = "抱歉没能帮上忙。您可以换个说法再问一次，或者试试：%s";
  static final String NONSENSE = "没太看懂您的意思。请直接输入关于学习通知的问题，例如：%s\n发送“帮助”查看全部用法。";

  static final String AFTER_SUMMARY = "回复“详细说说”看每部分的要点，或直接问具体问题。";

  static final String PRACTICE_STARTS = "考考您【%s】这一节：";
  static final String PRACTICE_OVER = "您的总积分：%d分，%s。发送“答题”做一轮5道题。";
  static final String INVITE = "\n回复“考考我”，做一道这一节的题";
  static final String REFERRAL_DEFAULT =
      "工资、会费、劳动合同、投诉维权这类问题不在学习通知里。您可以拨打12351职工维权服务热线，或联系您所在单位的工会。";

  static final String ALSO_ASK = "关于学习通知，您可以问：";

  static final String HEARD = "我听到的是：“%s”。如果听错了，请再说一遍或打字提问。\n";
  static final String CUT = "\n回复“详细说说”看全文";
  static final String CUT_FULL = "\n回复“还有呢”看下一段";

  /** "排名第3名", or "暂未上榜" for rank 0 (no points yet, or a channel that is not ranked). */
  static String rank(int rank) {
    return rank > 0 ? String.format(RANK, rank) : UNRANKED;
  }

  private Texts() {}
}
