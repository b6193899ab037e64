package org.unionbot.core.contest;

import java.util.Optional;

/** Checks on names people type: unit names and leaderboard nicknames. */
final class Names {

  /** The longest nickname, in characters (code points). */
  static final int MAX_NICKNAME = 12;

  private Names() {}

  /** Whether {@code s} holds a control, format or unassigned character (or a lone surrogate). */
  static boolean hasControl(String s) {
    return s.codePoints()
        .anyMatch(
            cp -> {
              int type = Character.getType(cp);
              return type == Character.CONTROL
                  || type == Character.FORMAT
                  || type == Character.UNASSIGNED
                  || type == Character.SURROGATE
                  || type == Character.LINE_SEPARATOR
                  || type == Character.PARAGRAPH_SEPARATOR;
            });
  }

  /**
   * {@code raw} as a leaderboard nickname, stripped; empty when it is one, else why not (in
   * Chinese).
   */
  static Optional<String> nicknameProblem(String nickname) {
    int n = nickname.codePointCount(0, nickname.length());
    if (n == 0) {
      return Optional.of("昵称不能为空。请发送“设置昵称 您的昵称”，例如：设置昵称 张师傅");
    }
    if (n > MAX_NICKNAME) {
      return Optional.of("昵称最多" + MAX_NICKNAME + "个字，请换个短一点的。");
    }
    if (hasControl(nickname)) {
      return Optional.of("昵称里有无法显示的字符，请只用文字、数字和常见符号。");
    }
    if (nickname.contains("***")) {
      return Optional.of("昵称不能含“***”，以免和别人的编号混淆。");
    }
    return Optional.empty();
  }

  /** {@code s} cut short for a message. */
  static String shown(String s) {
    return s.length() <= 30 ? s : s.substring(0, 30) + "…";
  }
}
