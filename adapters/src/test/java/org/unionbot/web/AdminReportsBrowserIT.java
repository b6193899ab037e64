package org.unionbot.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.unionbot.admin.NoticeDocs;

/**
 * Issue 15 in headless Chromium against the real server, at 1366×900 and 390×844: a Word file, a
 * GBK text file and a text PDF are each previewed with their outline (title, sections, sentences),
 * stored, and answered on {@code /api/chat}; the history reads as Chinese sentences, a rollback
 * shows what it would change before it runs; the stats tab draws its chart. Screenshots go to
 * {@code target/screenshots/reports-*.png}.
 */
class AdminReportsBrowserIT extends AdminPageServer {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One upload: its file, the title the page should read, a question only it answers. */
  private record Upload(String file, byte[] bytes, String title, String question, String answer) {}

  private WebDriverWait wait;

  private void open(int width, int height) {
    driver = Browser.start(width, height);
    // headless Chromium keeps windows at least 500 px wide: emulate the phone's own viewport
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 500));
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class); // a list redrawn while it is read
  }

  @Test
  void wordGbkTextAndPdfAreOutlinedBeforeTheyAreStoredThenAnswered() throws Exception {
    assumeTrue(
        NoticeDocs.hasChineseFont(), "the PDF needs fonts-wqy-microhei (src/test/provision)");
    List<Upload> uploads =
        List.of(
            new Upload(
                "rest.docx",
                NoticeDocs.docx(
                    """
                    关于组织开展职工疗休养活动的通知

                    一、活动安排

                    疗休养活动安排在10月15日至10月20日，地点为大丰荷兰花海职工疗休养基地。

                    二、报名方式

                    职工通过所在基层工会报名，报名截止日期为9月30日。
                    """,
                    Optional.empty()),
                "关于组织开展职工疗休养活动的通知",
                "疗休养基地在哪里",
                "荷兰花海"),
            new Upload(
                "pingpong.txt",
                """
                关于举办职工乒乓球比赛的通知

                一、比赛时间和地点

                比赛于11月8日在市工人文化宫三楼体育馆举行。

                二、参赛办法

                每个基层工会可报男女选手各两名，报名截止日期为10月25日。
                """
                    .getBytes(Charset.forName("GBK")),
                "关于举办职工乒乓球比赛的通知",
                "乒乓球比赛在哪里举行",
                "体育馆"),
            new Upload(
                "summer.pdf",
                NoticeDocs.pdf(
                    """
                    关于开展职工子女暑期托管服务的通知

                    一、托管时间

                    托管服务从7月10日开始，到8月20日结束，每个工作日上午八点到下午五点。

                    二、托管地点

                    托管地点设在市总工会职工服务中心二楼活动室。
                    """),
                "关于开展职工子女暑期托管服务的通知",
                "暑期托管地点在哪里",
                "职工服务中心二楼"));
    open(1366, 900);
    logIn();
    for (Upload u : uploads) {
      Path file = dir.resolve(u.file());
      Files.write(file, u.bytes());
      driver.findElement(By.id("doc-file")).sendKeys(file.toAbsolutePath().toString());
      WebElement outline =
          wait.until(
              d -> {
                WebElement o = d.findElement(By.id("doc-outline"));
                return o.isDisplayed() && o.getText().contains(u.title()) ? o : null;
              });
      // the outline: title, two headed sections besides the lead, and the sentences counted
      assertThat(outline.getText()).contains("标题：" + u.title(), "句");
      assertThat(outline.findElements(By.cssSelector("ol.outline li")).size())
          .isGreaterThanOrEqualTo(2);
      assertThat(outline.getText()).doesNotContain("没有读出");
      Browser.screenshot(driver, "reports-upload-" + u.file().replace('.', '-'));
      driver.findElement(By.id("doc-submit")).click();
      wait.until(d -> d.findElement(By.id("doc-list")).getText().contains(u.title()));
      assertThat(driver.findElement(By.id("doc-outline")).isDisplayed()).isFalse();
      // the file's "read, please check" note went with the outline
      assertThat(driver.findElement(By.tagName("body")).getText())
          .doesNotContain("已读入 " + u.file());

      JsonNode reply = ask(u.question());
      assertThat(reply.get("kind").asText()).as(reply.toString()).isEqualTo("answer");
      assertThat(reply.toString()).contains(u.answer());
    }
    assertThat(Browser.consoleErrors(driver)).isEmpty();
  }

  @Test
  void onAPhoneTheRollbackSaysWhatItWouldUndoFirstAndTheStatsDrawTheirChart() throws Exception {
    for (int[] size : new int[][] {{390, 844}, {1366, 900}}) {
      open(size[0], size[1]);
      String tag = size[0] + "";
      logIn();
      String title = "关于举办第" + tag + "期职工书法培训班的通知";
      WebElement docTitle = driver.findElement(By.id("doc-title"));
      docTitle.sendKeys(title);
      driver
          .findElement(By.id("doc-text"))
          .sendKeys(title + "\n\n培训班每周三晚上七点在工人文化宫二楼上课，共八次课，学费全免。\n");
      driver.findElement(By.id("doc-submit")).click();
      wait.until(d -> d.findElement(By.id("doc-list")).getText().contains(title));

      assertThat(ask("培训班在哪里上课").get("kind").asText()).isEqualTo("answer");

      // the history reads as sentences, not code words
      tab("versions");
      WebElement newest =
          wait.until(
                  d -> {
                    List<WebElement> rows = d.findElements(By.cssSelector("#version-list tr"));
                    return rows.size() > 1 && rows.get(0).getText().contains(title) ? rows : null;
                  })
              .get(0);
      assertThat(newest.getText()).contains("浏览器测试 上传了文档「" + title + "」");
      String table = driver.findElement(By.id("version-list")).getText();
      assertThat(table).contains("系统 建立了知识库").doesNotContain("add-document", "seed");

      // roll back to the version before the upload: the panel says what goes, then it runs
      WebElement before = driver.findElements(By.cssSelector("#version-list tr")).get(1);
      String target = before.findElement(By.cssSelector("td")).getText();
      before.findElement(By.xpath(".//button[contains(text(),'回滚')]")).click();
      WebElement panel =
          wait.until(d -> d.findElement(By.id("rollback-panel")).isDisplayed() ? d : null)
              .findElement(By.id("rollback-panel"));
      assertThat(panel.getText()).contains("回滚到版本 " + target, "删除文档「" + title + "」");
      Browser.screenshot(driver, "reports-rollback-" + tag);
      panel.findElement(By.id("rollback-confirm")).click();
      wait.until(d -> firstRow("#version-list").contains("回滚到版本 " + target));
      assertThat(driver.findElement(By.id("rollback-panel")).isDisplayed()).isFalse();
      tab("audit");
      wait.until(
          d -> d.findElement(By.id("audit-list")).getText().contains("浏览器测试 回滚到版本 " + target));

      // stats: ask a little, then the chart has its bars and the shares their explanation
      ask("今天食堂吃什么呀");
      tab("stats");
      wait.until(d -> d.findElements(By.cssSelector("#stats-chart svg rect")).size() > 2);
      String summary = driver.findElement(By.id("stats-summary")).getText();
      assertThat(summary).contains("回答率 = 有答案的提问 ÷ 全部提问", "答对率 = 答对的题 ÷ 作答的题");
      assertThat(driver.findElement(By.id("stats-top")).getText()).contains("培训班在哪里上课");
      Browser.screenshot(driver, "reports-stats-" + tag);
      assertThat(Browser.consoleErrors(driver)).isEmpty();
      driver.quit();
      driver = null;
    }
  }

  /** The first row's text, read in one script call (the list may be redrawn meanwhile). */
  private String firstRow(String tbody) {
    Object text =
        driver.executeScript(
            "var r = document.querySelector(arguments[0] + ' tr'); return r ? r.textContent : '';",
            tbody);
    return String.valueOf(text);
  }

  private void tab(String name) {
    driver.findElement(By.cssSelector("#tabs [data-tab=" + name + "]")).click();
  }

  private JsonNode ask(String text) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.url("/api/chat")))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            JSON.writeValueAsString(Map.of("user", "w-reports", "text", text)),
                            UTF_8))
                    .build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
    return JSON.readTree(r.body());
  }

  private void logIn() {
    new AdminPage(driver).logIn(server.url("/admin/"), TOKEN);
  }
}
