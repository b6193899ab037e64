package org.unionbot.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import me.chanjar.weixin.common.util.crypto.SHA1;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.unionbot.auth.FakeWeChatOAuth;
import org.unionbot.server.ServeProcess;

/**
 * The chat page opened inside WeChat (issue 17): headless Chromium with WeChat's user agent against
 * {@code serve}, whose WeChat API (authorize page and code exchange) is {@link FakeWeChatOAuth} on
 * loopback. The page goes through {@code /auth/wechat}, the authorize page and the callback, comes
 * back signed in as the fake's OpenID, and a quiz round finished on the page shows in that OpenID's
 * standing over {@code /wechat}. A forged state is refused with a Chinese page; a browser outside
 * WeChat keeps its random id. Leaves {@code target/screenshots/chat-wechat.png} and {@code
 * signin-refused.png}.
 */
class WeChatSignInBrowserIT {
  private static final String TOKEN = "signInItToken";
  private static final String WECHAT_UA =
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
          + " Chrome/120.0 Mobile Safari/537.36 MicroMessenger/8.0.49.2600(0x2800313B)"
          + " NetType/WIFI Language/zh_CN";
  private static final Pattern TOTAL = Pattern.compile("总积分：(\\d+)分");
  private static final Pattern ANSWERED = Pattern.compile("共答(\\d+)题，答对(\\d+)题");

  @TempDir static Path dir;

  private static FakeWeChatOAuth wechat;
  private static ServeProcess server;
  private ChromeDriver driver;

  @BeforeAll
  static void start() throws Exception {
    wechat = FakeWeChatOAuth.start();
    wechat.openid("oSignIn_IT-" + Long.toHexString(System.nanoTime()));
    server =
        ServeProcess.serve(
            dir,
            dir.resolve("data"),
            "--semantic",
            "off",
            "--wechat-token",
            TOKEN,
            "--wechat-app-id",
            FakeWeChatOAuth.APP_ID,
            "--wechat-app-secret",
            FakeWeChatOAuth.APP_SECRET,
            "--wechat-api-base",
            wechat.base().toString());
  }

  @AfterEach
  void quit() {
    if (driver != null) {
      driver.quit();
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    if (wechat != null) {
      wechat.close();
    }
  }

  @Test
  void insideWeChatThePageIsThePublicAccountUser() throws Exception {
    driver = Browser.start(390, 844, List.of("--user-agent=" + WECHAT_UA));
    // a phone's viewport exactly (a headless window is at least 500 pixels wide)
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    ChatPage chat = new ChatPage(driver).open(server.url("/"));

    // through /auth/wechat, the authorize page and the callback, back on the page
    // (a redirect without a fragment keeps the one before it: the authorize URL's #wechat_redirect)
    assertThat(driver.getCurrentUrl().replaceFirst("#.*", "")).isEqualTo(server.url("/"));
    assertThat(wechat.lastRedirect()).isEqualTo(server.url("/auth/wechat/callback"));
    assertThat(wechat.exchanges()).isEqualTo(1);
    Cookie session = driver.manage().getCookieNamed("unionbot_wechat");
    assertThat(session.isHttpOnly()).isTrue();
    assertThat(session.getValue()).startsWith(wechat.openid() + ".");
    assertThat(session.getSameSite()).isEqualTo("Lax");
    assertThat(driver.executeScript("return document.cookie")).isEqualTo("");
    assertThat(ChatPage.kind(chat.awaitReply(1))).isEqualTo("welcome");

    // a round finished on the page counts for the OpenID's public-account user
    WebElement question = chat.tapMenu("QUIZ");
    assertThat(ChatPage.kind(question)).isEqualTo("quiz");
    chat.finishRound(question);
    String onPage = chat.tapMenu("SCORE").getText();
    String inChat = scoreOverWeChat(wechat.openid());
    assertThat(number(TOTAL, onPage)).isPositive().isEqualTo(number(TOTAL, inChat));
    assertThat(number(ANSWERED, onPage))
        .isGreaterThanOrEqualTo(5)
        .isEqualTo(number(ANSWERED, inChat));
    Browser.screenshot(driver, "chat-wechat");
    assertThat(Browser.consoleErrors(driver)).isEmpty();

    // a callback with a state this browser was not given: refused before any code exchange
    int exchanges = wechat.exchanges();
    driver.get(
        server.url("/auth/wechat/callback?code=" + wechat.issueCode() + "&state=forgedState123"));
    WebElement error = driver.findElement(By.id("signin-error"));
    assertThat(error.getText()).contains("登录链接已失效", "从公众号菜单重新打开");
    assertThat(driver.findElement(By.cssSelector("a.retry")).getAttribute("href"))
        .isEqualTo(server.url("/"));
    assertThat(wechat.exchanges()).isEqualTo(exchanges);
    Browser.screenshot(driver, "signin-refused");
    // the session it already had still holds
    assertThat(driver.manage().getCookieNamed("unionbot_wechat").getValue())
        .isEqualTo(session.getValue());
  }

  @Test
  void outsideWeChatThePageKeepsItsRandomId() throws Exception {
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.url("/")))
                    .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0")
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("unionbot_user=");
    assertThat(page.body()).contains("<title>工会学习助手</title>");
  }

  private static int number(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    assertThat(m.find()).as(text).isTrue();
    return Integer.parseInt(m.group(1));
  }

  /** The user's standing as the public account shows it: the 积分 menu click over /wechat. */
  private String scoreOverWeChat(String openid) throws Exception {
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    String nonce = "n" + System.nanoTime();
    String xml =
        "<xml><ToUserName><![CDATA[gh_signin_it]]></ToUserName><FromUserName><![CDATA["
            + openid
            + "]]></FromUserName><CreateTime>"
            + timestamp
            + "</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[CLICK]]></Event>"
            + "<EventKey><![CDATA[SCORE]]></EventKey></xml>";
    // signed as WeChat signs a push: SHA-1 of the sorted token, timestamp and nonce (WxJava's)
    String query =
        String.format(
            "signature=%s&timestamp=%s&nonce=%s&openid=%s",
            SHA1.gen(TOKEN, timestamp, nonce), timestamp, nonce, URLEncoder.encode(openid, UTF_8));
    HttpResponse<String> reply =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.url("/wechat?" + query)))
                    .POST(HttpRequest.BodyPublishers.ofString(xml))
                    .header("Content-Type", "text/xml")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
    return reply.body();
  }
}
