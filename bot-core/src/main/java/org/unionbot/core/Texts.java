package org.unionbot.core;

/** Every fixed sentence the bot says, in one place. */
final class Texts {

  static final String HELP =
      "我是工会学习助手，可以回答关于工会十八大精神学习通知的问题。\n"
          + "您可以这样问：\n"
          + "· 学深悟透分为几个步骤？\n"
          + "· 要推进什么服务站建设？\n"
          + "· 市总工会是哪天发出通知的？\n"
          + "发送“要点”看通知的提纲，发送“帮助”再看这条说明。";

  static final String WELCOME =
      "欢迎关注！我是工会学习助手。\n"
          + "直接发问题给我，我从市总工会的学习通知里找答案，例如：“学深悟透分为几个步骤？”\n"
          + "发送“要点”看通知提纲，发送“帮助”查看全部用法。";

  static final String COMING_SOON = "这个功能马上就来，先试试直接提问吧。发送“帮助”查看用法。";

  static final String EMPTY = "请直接输入您的问题，例如：“学深悟透分为几个步骤？”";

  private Texts() {}
}
