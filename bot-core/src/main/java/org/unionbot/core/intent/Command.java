package org.unionbot.core.intent;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every command word, with its synonyms, in one place. The first word of each command is the one
 * the help text shows ({@link Texts#HELP}); the first four commands are the menu keys, named as the
 * constants are.
 */
enum Command {
  QUIZ(true, "答题", "测验", "开始答题", "每日答题", "开始测验"),
  OUTLINE(true, "要点", "提纲", "大纲"),
  SCORE(true, "积分", "我的积分", "我的成绩", "成绩"),
  HELP(true, "帮助", "菜单", "help", "使用说明", "怎么用"),
  SKIP(false, "跳过", "下一题"),
  QUIT(false, "退出", "退出答题", "结束答题"),
  LEADERBOARD(false, "排行榜", "排名"),
  SOURCE(false, "出处", "原文", "来源", "原句", "哪里说的", "在哪里说的", "哪儿说的", "出自哪里", "出自哪", "从哪看到的"),
  DETAIL(
      false, "详细说说", "详细", "展开", "展开说说", "具体说说", "具体点", "具体一点", "详细点", "详细一点", "说详细点", "展开讲讲",
      "具体讲讲", "详细讲讲", "全文", "看全文"),
  MORE(false, "还有呢", "还有吗", "还有", "还有别的吗", "还有其他的吗", "其他呢", "然后呢", "下一段", "继续"),
  PRACTICE(false, "考考我", "考我", "出道题", "来道题", "测测我", "考考我吧"),
  MISTAKES(false, "错题", "错题本", "我的错题", "复习错题", "错题复习");

  /** The menu keys, in the menu's order; they always work. */
  static final List<String> MENU_KEYS =
      List.of(values()).stream().filter(c -> c.menu).map(Command::name).toList();

  /** Punctuation, symbols and white space, which do not change the word a message names. */
  static final Pattern NOISE = Pattern.compile("[\\p{P}\\p{S}\\s]+");

  private static final Map<String, Command> BY_WORD = new HashMap<>();

  static {
    for (Command c : values()) {
      for (String w : c.words) {
        if (BY_WORD.put(w, c) != null) {
          throw new IllegalStateException("word " + w + " names two commands");
        }
      }
    }
  }

  private final boolean menu;
  private final List<String> words;

  Command(boolean menu, String... words) {
    this.menu = menu;
    this.words = List.of(words);
  }

  /** The words that name this command, the one shown in the help text first. */
  List<String> words() {
    return words;
  }

  /** The first of this command's words in quotes: “答题”. */
  String quoted() {
    return quoted(0);
  }

  /** This command's {@code i}-th word in quotes. */
  String quoted(int i) {
    return "“" + words.get(i) + "”";
  }

  /**
   * The command that {@code normalized} (see {@link
   * org.unionbot.knowledge.KnowledgeBase#normalize}) names, whatever its punctuation, symbols,
   * spaces and case.
   */
  static Optional<Command> named(String normalized) {
    String key = NOISE.matcher(normalized).replaceAll("");
    return Optional.ofNullable(BY_WORD.get(key.toLowerCase(Locale.ROOT)));
  }

  /** The command a menu key stands for, whatever its case; help for a key that is not one. */
  static Command ofMenuKey(String key) {
    String k = key.toUpperCase(Locale.ROOT);
    for (Command c : values()) {
      if (c.menu && c.name().equals(k)) {
        return c;
      }
    }
    return HELP;
  }
}
