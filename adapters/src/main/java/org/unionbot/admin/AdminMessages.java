package org.unionbot.admin;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.http.HttpError;

/**
 * The admin API's refusals in plain Chinese, for the officers who read them on the admin page. The
 * knowledge base, the body parser and the server word their refusals in English for the log and the
 * command line; {@link #chinese} rewrites each known one into a Chinese sentence that says what to
 * do next and names no internal id, and any other into a Chinese line for its status. A message
 * already in Chinese stays as it is. Status codes and the {@code {"error":"…"}} shape do not
 * change.
 */
public final class AdminMessages {

  private record Rule(Pattern pattern, Function<Matcher, String> text) {}

  /** What the checks call a field, in the page's words. */
  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("title", "标题"),
          Map.entry("text", "正文"),
          Map.entry("question", "问题"),
          Map.entry("answer", "答案"),
          Map.entry("accepted answer", "也算对的答案"),
          Map.entry("accepted", "也算对的答案"),
          Map.entry("alternatives", "其他问法"),
          Map.entry("term", "词"),
          Map.entry("canonical", "标准词"),
          Map.entry("canonical word", "标准词"),
          Map.entry("prompt", "题目"),
          Map.entry("option", "选项"),
          Map.entry("options", "选项"),
          Map.entry("source", "出处原句"),
          Map.entry("type", "题型"),
          Map.entry("version", "版本号"),
          Map.entry("days", "天数"),
          Map.entry("limit", "条数"),
          Map.entry("faq", "问答"),
          Map.entry("menu", "菜单"),
          Map.entry("name", "名称"),
          Map.entry("key", "按键"),
          Map.entry("url", "网址"),
          Map.entry("referral", "转介话术"));

  /** The refusal of a path the admin API does not have. */
  public static final String NO_SUCH_ROUTE = "没有这个功能地址，请刷新页面后再试。";

  private static final String REFRESH = "可能已被别人删除或改动，请刷新页面后再试。";

  private static final List<Rule> RULES =
      List.of(
          rule("wrong admin token", m -> "管理令牌不对，请核对后重新输入。"),
          rule("admin token required", m -> "请先输入管理令牌登录。"),
          rule(
              "too many failed logins; try again in (\\d+) s",
              m -> "令牌输错次数太多，请 " + m.group(1) + " 秒后再试，并核对令牌。"),
          rule(
              "request body too large.*|request too large",
              m -> "上传的内容太大：最多 1 MB。Word 文件里如有大图片，请删去图片后另存再上传，或把正文复制粘贴到“正文”框里。"),
          rule("request line too long", m -> "网址太长了，请缩短后再试。"),
          rule("request headers too large", m -> "请求头太大，请关掉浏览器重新打开后再试。"),
          rule("malformed (HTTP request|URL)", m -> "请求的格式不对，请刷新页面后再试。"),
          rule("not found", m -> NO_SUCH_ROUTE),
          rule("method not allowed", m -> "这个地址不支持这种操作，请刷新页面后再试。"),
          rule("server busy, try again", m -> "服务器正忙，请稍等几秒再试。"),
          rule("internal error", m -> "服务器出了问题，这次操作没有完成。请稍后再试；一直不行请联系技术人员。"),
          rule("no document .*", m -> "找不到这份文档，" + REFRESH),
          rule("no FAQ pair .*", m -> "找不到这条问答，" + REFRESH),
          rule("FAQ pair .* already has this question", m -> "已经有一条问答是这个问题了，请修改那一条，或换一种问法。"),
          rule("no version .*", m -> "没有这个版本，请刷新版本列表后再选。"),
          rule("no quiz item .*", m -> "找不到这道题，" + REFRESH),
          rule("no synonym for (.*)", m -> "没有「" + m.group(1) + "」这个同义词，" + REFRESH),
          rule(
              "a word cannot be its own synonym: (.*)",
              m -> "「" + m.group(1) + "」不能作自己的同义词，请填一个不同的标准词。"),
          rule(
              "the knowledge base needs at least one document.*",
              m -> "知识库里至少要留一份文档：请先添加新文档，再删除这一份。"),
          rule(
              "the title “(.*)” is already taken by document .*",
              m -> "标题「" + m.group(1) + "」已被另一份文档使用，请换一个标题。"),
          rule("the text looks binary.*", m -> "正文里有乱码或二进制内容。请上传 Word、PDF 或文本文件，或把正文复制粘贴进来。"),
          rule(
              "the (.+) has (\\d+) characters; the limit is (\\d+)",
              m ->
                  field(m.group(1))
                      + "有 "
                      + m.group(2)
                      + " 个字，最多 "
                      + m.group(3)
                      + " 个字，请删短一些（正文太长可分成几份文档）。"),
          rule("the (.+) is empty", m -> field(m.group(1)) + "不能是空的，请填写。"),
          rule(
              "the (.+) contains a (line break or )?control character",
              m -> field(m.group(1)) + "里有换行或看不见的控制字符，请删掉后再试。"),
          rule("the quiz item is missing", m -> "请填写题目。"),
          rule(
              "a choice needs (\\d+) to (\\d+) options",
              m -> "选择题要有 " + m.group(1) + " 到 " + m.group(2) + " 个选项，每行一个。"),
          rule("the option “(.*)” is given twice", m -> "选项「" + m.group(1) + "」重复了，请删掉一个。"),
          rule("the answer must be one of the options", m -> "答案必须和某一个选项一字不差。"),
          rule("only a blank takes other accepted answers", m -> "只有填空题能填“也算对的答案”，选择题请留空。"),
          rule("a blank has no options", m -> "填空题没有选项，请把选项清空。"),
          rule("\"type\" must be choice or blank", m -> "题型只能是选择题或填空题。"),
          rule("body is not valid JSON.*|body must be a JSON object", m -> "提交的内容格式不对，请刷新页面后再试。"),
          rule("the upload is not UTF-8 text", m -> "读不出这个文件的文字，请另存为 UTF-8 文本或 Word 文件后再上传。"),
          rule("\"(\\w+)\" is required", m -> "请填写" + field(m.group(1)) + "。"),
          rule("\"(\\w+)\" must be a whole number", m -> field(m.group(1)) + "应是一个整数。"),
          rule(
              "\"(\\w+)\" must be a (string|list of strings)",
              m -> field(m.group(1)) + "的格式不对，请刷新页面后再试。"),
          rule("\"(\\w+)\" is not valid Unicode.*", m -> field(m.group(1)) + "里有无法识别的字符，请重新输入。"),
          rule(
              "(\\w+) must be a number from (\\d+) to (\\d+)",
              m -> field(m.group(1)) + "应是 " + m.group(2) + " 到 " + m.group(3) + " 之间的数。"),
          rule("days must be 1 to 366.*", m -> "天数应是 1 到 366 之间的数。"),
          rule("the limit must not be negative", m -> "条数不能是负数。"),
          rule("menu is not valid JSON", m -> "菜单不是有效的 JSON，请检查括号、逗号和引号。"),
          rule("menu .*", m -> "菜单的格式不对：最外层要是 {\"button\":[…]}。"),
          rule(
              "button (\\d+)(?:\\.(\\d+))?: (.*)",
              m ->
                  "第 "
                      + m.group(1)
                      + " 个按钮"
                      + (m.group(2) == null ? "" : "的第 " + m.group(2) + " 个子按钮")
                      + "："
                      + menuProblem(m.group(3))));

  private static final List<Rule> MENU_RULES =
      List.of(
          rule(
              "(name|key|url) is (\\d+) bytes, at most (\\d+)",
              m ->
                  field(m.group(1))
                      + "太长："
                      + m.group(2)
                      + " 字节，最多 "
                      + m.group(3)
                      + " 字节（一个汉字算 3 字节）。"),
          rule("the bot does not act on key .*", m -> "机器人不认识这个按键，请从列表里选一个。"),
          rule("url must start with http:// or https://", m -> "网址要以 http:// 或 https:// 开头。"),
          rule(
              "has (\\d+) sub-buttons, WeChat takes 1 to (\\d+)",
              m -> "子按钮有 " + m.group(1) + " 个，微信只允许 1 到 " + m.group(2) + " 个。"),
          rule("\"(\\w+)\" is missing or empty", m -> "请填写" + field(m.group(1)) + "。"),
          rule("sub-menus do not nest", m -> "子按钮下面不能再有子按钮。"));

  private AdminMessages() {}

  private static Rule rule(String regex, Function<Matcher, String> text) {
    return new Rule(Pattern.compile(regex), text);
  }

  private static String menuProblem(String problem) {
    for (Rule rule : MENU_RULES) {
      Matcher matcher = rule.pattern().matcher(problem);
      if (matcher.matches()) {
        return rule.text().apply(matcher);
      }
    }
    return "写法不对，请对照说明修改。";
  }

  private static String field(String what) {
    return FIELDS.getOrDefault(what, "这一项");
  }

  /** {@code error} with its message in Chinese; the same status and headers. */
  public static HttpError chinese(HttpError error) {
    String text = chinese(error.status(), error.getMessage());
    return text.equals(error.getMessage()) ? error : error.withMessage(text);
  }

  /** The Chinese for a refusal's {@code message}. */
  static String chinese(int status, String message) {
    String m = message == null ? "" : message.strip();
    for (Rule rule : RULES) {
      Matcher matcher = rule.pattern().matcher(m);
      if (matcher.matches()) {
        return rule.text().apply(matcher);
      }
    }
    if (m.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      return m;
    }
    return switch (status) {
      case 401 -> "请重新登录。";
      case 404 -> "要找的内容不存在，" + REFRESH;
      case 413 -> "上传的内容太大：最多 1 MB。";
      case 429 -> "操作太频繁，请稍后再试。";
      default ->
          status >= 500 ? "服务器出了问题，这次操作没有完成。请稍后再试；一直不行请联系技术人员。" : "这次操作没有完成：填写的内容不符合要求，请检查后再试。";
    };
  }
}
