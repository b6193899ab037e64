package org.unionbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.unionbot.admin.NoticeDocs;
import org.unionbot.knowledge.Titles;

/**
 * The admin page in headless Chromium against the real server (issue 5, "Web pages"): log in with
 * the admin token, upload a notice from a Word file, ask about it on the chat page and see it
 * answered from that document, delete it, and see the same question fall back. Leaves {@code
 * target/screenshots/admin.png}.
 */
class AdminPageBrowserIT extends AdminPageServer {

  private static final String TITLE = "2025年度职工疗休养活动通知";

  /** A short notice of our own: nothing in the bundled notice mentions 疗休养. */
  private static final String NOTICE =
      """
      关于组织开展2025年度职工疗休养活动的通知

      各基层工会：

      为关心关爱一线职工身心健康，市总工会决定组织开展2025年度职工疗休养活动。

      一、活动安排

      疗休养活动安排在10月15日至10月20日，地点为大丰荷兰花海职工疗休养基地。

      二、报名方式

      职工通过所在基层工会向市总工会职工服务中心报名，报名截止日期为9月30日。每个基层工会限报2名一线职工。
      """;

  private static final String QUESTION = "疗休养基地在哪里";

  private WebDriverWait wait;

  @BeforeEach
  void startBrowser() {
    driver = Browser.start(1100, 900);
    wait = new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  @Test
  void uploadANoticeAskAboutItThenDeleteIt() throws Exception {
    Path file = dir.resolve("leave-notice.docx");
    Files.write(file, NoticeDocs.docx(NOTICE, Optional.empty()));

    logIn();

    // upload a Word file: the server reads it, the page shows title and text for checking
    WebElement picker = driver.findElement(By.id("doc-file"));
    assertThat(picker.getAttribute("accept")).contains(".docx", ".pdf", ".txt", ".md");
    picker.sendKeys(file.toAbsolutePath().toString());
    wait.until(d -> d.findElement(By.id("doc-text")).getAttribute("value").contains("荷兰花海"));
    awaitFlash("已读入 leave-notice.docx");
    WebElement title = driver.findElement(By.id("doc-title"));
    assertThat(title.getAttribute("value")).isEqualTo("关于组织开展2025年度职工疗休养活动的通知");
    title.clear();
    title.sendKeys(TITLE);
    driver.findElement(By.id("doc-submit")).click();
    awaitFlash("已添加「" + TITLE + "」");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("doc-list"), TITLE));
    Browser.screenshot(driver, "admin");

    // the chat page answers from it at once, naming it
    ChatPage chat = new ChatPage(driver).open(server.url("/"));
    chat.awaitReply(1); // the welcome
    WebElement answer = chat.ask(QUESTION);
    assertThat(ChatPage.kind(answer)).as(answer.getText()).isEqualTo("answer");
    assertThat(answer.getText()).contains("荷兰花海");
    // named once, by its label in the answer's text, not again in a source line under it
    assertThat(ChatPage.count(answer, Titles.label(TITLE))).isEqualTo(1);
    assertThat(ChatPage.sources(answer)).isEmpty();

    // delete it: the login survives the round trip (sessionStorage, same tab)
    driver.get(server.url("/admin/"));
    WebElement row =
        wait.until(
            d ->
                d.findElements(By.cssSelector("#doc-list tr")).stream()
                    .filter(r -> r.getText().contains(TITLE))
                    .findFirst()
                    .orElse(null));
    row.findElement(By.xpath(".//button[text()='删除']")).click();
    wait.until(ExpectedConditions.alertIsPresent()).accept();
    awaitFlash("已删除「" + TITLE + "」");
    assertThat(driver.findElement(By.id("doc-list")).getText()).doesNotContain(TITLE);

    // and the question falls back
    chat.open(server.url("/"));
    WebElement after = chat.ask(QUESTION);
    assertThat(ChatPage.kind(after)).as(after.getText()).isEqualTo("fallback");
    assertThat(after.getText()).doesNotContain("荷兰花海");

    assertThat(Browser.consoleErrors(driver)).isEmpty();
  }

  @Test
  void aWrongTokenStaysOnTheLoginFormWithTheReason() {
    driver.get(server.url("/admin/"));
    driver.findElement(By.id("token")).sendKeys("not-the-token");
    driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
    wait.until(d -> !d.findElement(By.id("login-error")).getText().isEmpty());
    assertThat(driver.findElement(By.id("login-error")).getText()).contains("管理令牌不对");
    assertThat(driver.findElement(By.id("app")).isDisplayed()).isFalse();
  }

  /**
   * Issue 11: after 5 wrong tokens the page says in Chinese how long to wait, not the API's text.
   */
  @Test
  void afterFiveWrongTokensThePageSaysHowLongToWait() throws Exception {
    driver.get(server.url("/admin/"));
    for (int i = 1; i <= 6; i++) {
      WebElement token = driver.findElement(By.id("token"));
      token.clear();
      token.sendKeys("wrong-" + i);
      // submitting clears the message; the server's answer (401, then 429) writes one again
      driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
      wait.until(d -> !d.findElement(By.id("login-error")).getText().isEmpty());
    }
    wait.until(d -> d.findElement(By.id("login-error")).getText().contains("秒后再试"));
    assertThat(driver.findElement(By.id("login-error")).getText())
        .contains("令牌输错次数太多")
        .doesNotContain("too many");
    Browser.screenshot(driver, "admin-lockout");

    Thread.sleep(1_500); // the first pause is 1 s; the right token then clears the record
    logIn();
  }

  private void logIn() {
    try {
      new AdminPage(driver).logIn(server.url("/admin/"), TOKEN);
    } catch (AssertionError e) {
      Browser.screenshot(driver, "admin-login-failed");
      throw new AssertionError(
          e.getMessage() + " (this test needs the admin API: GET /admin/documents and the rest)",
          e);
    }
  }

  private void awaitFlash(String text) {
    new AdminPage(driver).awaitMessage(text);
  }
}
