package org.unionbot.core.admin;

import java.util.Optional;

/**
 * The history in plain Chinese: one sentence per version or audit entry, built from its actor,
 * action and target, with the target named by its title (a document's title, an FAQ's question, a
 * quiz item's prompt) as it was in that version, never by its id. An action this class does not
 * know reads as a generic change, so that a new kind of change never shows a code word.
 */
public final class History {

  /** The longest title a sentence quotes; a longer one is cut with "…". */
  static final int MAX_QUOTE = 30;

  private History() {}

  /** Where a sentence finds the titles of what a change touched. */
  interface Titles {

    /** The title of document {@code id} in {@code version}, or in the latest version before. */
    Optional<String> document(String id, long version);

    /** The question of FAQ {@code id} in {@code version}, or in the latest version before. */
    Optional<String> faq(String id, long version);

    /** The word synonym {@code term} stood for in {@code version}, or in the latest before. */
    Optional<String> synonym(String term, long version);

    /** The prompt of quiz item {@code id} in {@code version}, or the one asked now. */
    Optional<String> quiz(String id, long version);
  }

  /** "王丽 修改了题目「……」" for {@code actor}'s {@code action} on {@code target}. */
  static String sentence(String actor, String action, String target, long version, Titles t) {
    return who(actor) + " " + what(action, target, version, t);
  }

  /** The actor as the page names it: the admin's own name, or what the service calls itself. */
  static String who(String actor) {
    return switch (actor) {
      case "system" -> "系统";
      case "cli" -> "命令行";
      case "admin", "admin-token", "" -> "管理员";
      default -> actor;
    };
  }

  private static String what(String action, String target, long version, Titles t) {
    return switch (action) {
      case "seed" -> "建立了知识库" + t.document(target, version).map(d -> "，收入通知" + quote(d)).orElse("");
      case "add-document" -> named("上传了", "一份", "文档", t.document(target, version));
      case "replace-document" -> named("更新了", "一份", "文档", t.document(target, version));
      case "remove-document" -> named("删除了", "一份", "文档", t.document(target, version - 1));
      case "add-faq" -> named("新增", "一条", "问答", t.faq(target, version));
      case "faq-from-unanswered" -> named("把", "一个", "未答问题", t.faq(target, version)) + "加为问答";
      case "update-faq" -> named("修改了", "一条", "问答", t.faq(target, version));
      case "remove-faq" -> named("删除了", "一条", "问答", t.faq(target, version - 1));
      case "put-synonym" ->
          "设置同义词"
              + quote(target)
              + t.synonym(target, version).map(c -> "，当作" + quote(c) + "来理解").orElse("");
      case "remove-synonym" -> "删除了同义词" + quote(target);
      case "add-quiz" -> named("新增", "一道", "题目", t.quiz(target, version));
      case "update-quiz" -> named("修改了", "一道", "题目", t.quiz(target, version));
      case "disable-quiz" -> named("停用了", "一道", "题目", t.quiz(target, version));
      case "enable-quiz" -> named("重新启用了", "一道", "题目", t.quiz(target, version));
      case "rollback" -> "回滚到版本 " + target;
      case "import" -> "导入了一整套知识库内容";
      case "put-menu" -> "保存了公众号菜单";
      case "put-referral" -> "修改了转介提示（通知以外的工会问题怎么答）";
      case "attach-unanswered" -> "把一个新问法归入" + named("", "一条", "问答", t.faq(target, version));
      case "ignore-unanswered" -> "忽略了未答问题" + quote(target);
      case "ignore-unanswered-kind" -> "忽略了所有寒暄和无意义的未答问题";
      case "publish-menu" -> "把菜单发布到" + channels(target);
      default -> "修改了知识库";
    };
  }

  /** Where a menu publication went, from its target {@code menu@1a2b3c4d:wechat,wecom}. */
  private static String channels(String target) {
    String to = target.substring(target.indexOf(':') + 1);
    boolean wechat = to.contains("wechat");
    boolean wecom = to.contains("wecom");
    return wechat && wecom ? "公众号和企业微信" : wecom ? "企业微信" : "公众号";
  }

  /** "删除了文档「title」", or "删除了一份文档" when the title is not known. */
  static String named(String verb, String measure, String noun, Optional<String> title) {
    return title
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(s -> verb + noun + quote(s))
        .orElse(verb + measure + noun);
  }

  /** 「title」 on one line, cut to {@value #MAX_QUOTE} characters. */
  static String quote(String title) {
    return "「" + cut(title.strip()) + "」";
  }

  private static String cut(String s) {
    String line = s.replaceAll("\\s+", " ");
    return line.codePointCount(0, line.length()) <= MAX_QUOTE
        ? line
        : line.substring(0, line.offsetByCodePoints(0, MAX_QUOTE - 1)) + "…";
  }
}
