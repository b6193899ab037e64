package org.unionbot.core.intent;

/** What the bot says about contests, units and nicknames (issue 16). */
final class ContestTexts {

  static final String ROUND_STARTS = "【%s】竞赛答题开始！本轮共%d题，是您今天计入竞赛的第%d/%d轮。";
  static final String ROUNDS_USED = "【%s】您今天计入竞赛的%d轮已经答完，明天再来！这一轮只计入总积分。";
  static final String NOT_RANKED = "【%s】正在进行，竞赛只计入微信用户的成绩。这一轮只计入总积分。";
  static final String STARTS_AT = "【%s】将于%s开始，到时发送“答题”参赛。现在先来一轮普通答题：";
  static final String ENDED_RANKED = "【%s】已于%s结束，您的最终成绩：%d分，排名第%d名。现在是普通答题：";
  static final String ENDED_ABSENT = "【%s】已于%s结束，您没有参加这次竞赛。现在是普通答题：";
  static final String ROUND_OVER = "\n【%s】本轮计入竞赛%d分；竞赛总分%d分，排名第%d名。%s";
  static final String ROUNDS_LEFT = "今天还可计入%d轮。";
  static final String NO_ROUNDS_LEFT = "今天计入竞赛的轮次已答完。";

  static final String BOARD = "【%s】排行榜（前%d名）：";
  static final String BOARD_EMPTY = "【%s】还没有人答题。发送“答题”来争第一吧！";
  static final String MY_PLACE = "\n…\n我：第%d名  %d分";
  static final String NOT_PLAYED = "\n您还没有参加，发送“答题”参赛。";

  static final String UNIT_BOARD = "【%s】单位排行（按人均得分）：";
  static final String UNIT_LINE = "\n%d. %s  人均%.1f分，参与率%d%%（%d/%d人），共%d轮";
  static final String UNIT_MORE = "\n…（共%d个单位，完整名单请向工会索取）";
  static final String MY_UNIT_LINE = "\n我的单位：第%d名 %s";
  static final String NO_CONTEST = "现在没有进行中的竞赛，暂无单位排行。";
  static final String NO_UNITS = "工会还没有导入单位名单，暂时不能绑定单位。请联系工会管理员导入名单后再来绑定；答题不受影响，发送“答题”就能开始。";

  static final String BIND_HOW = "请发送“绑定单位 单位全称”，例如：绑定单位 %s";
  static final String BOUND = "已绑定单位：%s。您在竞赛中的得分会计入这个单位。";
  static final String CHANGED = "已改为单位：%s。之前的得分仍算原单位，今后的计入新单位；一周内不能再改。";
  static final String ALREADY = "您已经绑定在%s，不用重复绑定。";
  static final String TOO_SOON = "您已绑定%s，一周只能改一次单位，%s后可以再改。如确需调整，请联系工会管理员。";
  static final String CHOOSE = "找到几个相近的单位，请回复序号选择：";
  static final String NOT_FOUND = "没有找到“%s”。请发送单位全称，例如：绑定单位 %s";
  static final String NO_SUCH_CHOICE = "没有这个序号。请回复列出的序号，或重新发送“绑定单位 单位全称”。";

  static final String MY_UNIT = "您的单位：%s。%s";
  static final String MY_UNIT_NONE = "您还没有绑定单位。%s\n%s";
  static final String NICK_SHOWN = "排行榜上显示为：%s。";
  static final String NICK_HOW = "发送“设置昵称 您的昵称”可以改排行榜上显示的名字。";
  static final String NICK_SET = "昵称已设为：%s，排行榜上会这样显示。";

  static final String DISABLED = "单位和竞赛功能暂未开启。";

  private ContestTexts() {}
}
