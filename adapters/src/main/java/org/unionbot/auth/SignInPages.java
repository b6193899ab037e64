package org.unionbot.auth;

import org.unionbot.http.Response;
import org.unionbot.web.WebPages;

/**
 * The pages a worker sees when signing in through WeChat goes wrong: what happened and what to do,
 * in Chinese, with a button that opens the chat page again (which starts a new sign-in). Styled by
 * the chat page's stylesheet; nothing inline, so the pages pass the strict Content-Security-Policy.
 */
final class SignInPages {
  private SignInPages() {}

  /** The state is missing, forged or expired, or the callback lacks the code. */
  static Response expired(int status) {
    return page(status, "登录链接已失效或不完整。请点下方按钮重新打开，或从公众号菜单重新打开本页面。");
  }

  /** WeChat refused the code or could not be reached. */
  static Response failed(int errcode) {
    String because = errcode == 0 ? "暂时连不上微信" : "微信没有确认您的身份（错误码 " + errcode + "）";
    return page(502, "登录没有成功：" + because + "。请稍后点下方按钮重试，或从公众号菜单重新打开本页面。");
  }

  /** The request does not say which host it was sent to, so no way back can be given to WeChat. */
  static Response noHost() {
    return page(400, "无法确定本站地址，不能通过微信登录。请从公众号菜单重新打开本页面。");
  }

  private static Response page(int status, String message) {
    String html =
        "<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>工会学习助手</title>\n"
            + "<link rel=\"stylesheet\" href=\"/assets/chat.css\">\n</head>\n<body>\n"
            + "<div class=\"page\">\n<header class=\"bar\"><h1>工会学习助手</h1></header>\n"
            + "<main class=\"log\">\n<p class=\"note error signin\" id=\"signin-error\">"
            + message
            + "</p>\n<a class=\"retry\" href=\"/\">重新打开</a>\n</main>\n</div>\n</body>\n</html>\n";
    return WebPages.secure(
        Response.of(status, "text/html; charset=utf-8", html)
            .withHeader("Cache-Control", "no-store"));
  }
}
