package org.unionbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The 问答对 and 未答问题 tabs in headless Chromium, on a laptop and a phone (issue 15): add a pair with
 * an alternative wording and a two-line answer, attach a worker's rephrasing from 未答问题 to it (the
 * nearest pair proposed first) and see the rephrasing answered by {@code /api/chat}, ignore one
 * question, and ignore all noise at once. Leaves {@code target/screenshots/faq-*.png}.
 */
class FaqPageBrowserIT extends AdminPageServer {

  /** One run: a screen size and a pair of its own (the runs share a server). */
  record Run(
      String name,
      int width,
      int height,
      String question,
      String alternative,
      String answer,
      String rephrasing,
      String other,
      List<String> noise) {}

  static Stream<Run> runs() {
    return Stream.of(
        new Run(
            "laptop",
            1366,
            900,
            "高温津贴每个月多少钱",
            "防暑降温费一个月发几百",
            "每月300元。\n6月至9月随工资发放。",
            "高温津贴的发放标准是什么",
            "停车场晚上几点关门",
            List.of("测试一下", "在么在么")),
        new Run(
            "phone",
            390,
            844,
            "工会会员证丢了怎么办",
            "会员证找不到了",
            "到所在基层工会登记补办。\n一般5个工作日办好。",
            "补办会员证要带什么",
            "食堂几点开饭",
            List.of("好滴", "嗯呢嗯呢")));
  }

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private WebDriverWait wait;

  @ParameterizedTest
  @MethodSource("runs")
  void attachARephrasingToAPairThenIgnoreNoise(Run run) throws Exception {
    driver = Browser.start(run.width(), run.height());
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    logIn();

    // a pair with an alternative wording (one a line) and a two-line answer
    tab("faq");
    driver.findElement(By.id("faq-question")).sendKeys(run.question());
    driver.findElement(By.id("faq-alternatives")).sendKeys(run.alternative());
    driver.findElement(By.id("faq-answer")).sendKeys(run.answer());
    driver.findElement(By.id("faq-submit")).click();
    awaitFlash("已添加问答对");
    WebElement added = row("faq-list", run.question());
    assertThat(added.getText()).contains("其他问法：" + run.alternative());
    assertThat(added.getText()).contains(run.answer()); // both lines, as written
    assertThat(chat(run.alternative()).get("text").asText()).isEqualTo(run.answer());

    // workers ask a rephrasing the bot cannot place, another question, and noise
    assertThat(chat(run.rephrasing()).get("text").asText()).isNotEqualTo(run.answer());
    chat(run.other());
    run.noise().forEach(FaqPageBrowserIT::chat);

    // 未答问题: attach the rephrasing to the pair, proposed first
    tab("unanswered");
    WebElement item = awaitRow("unanswered-list", run.rephrasing());
    item.findElement(By.xpath(".//button[text()='归入已有问答']")).click();
    WebElement form =
        wait.until(d -> d.findElement(By.cssSelector("#unanswered-list tr.formrow form")));
    WebElement pick = form.findElement(By.tagName("select"));
    Select select = new Select(pick);
    assertThat(select.getFirstSelectedOption().getText()).isEqualTo("（相近）" + run.question());
    Browser.screenshot(driver, "faq-attach-" + run.name());
    form.findElement(By.xpath(".//button[text()='归入']")).click();
    awaitFlash("已把「" + run.rephrasing() + "」归入问答「" + run.question() + "」");
    assertThat(driver.findElement(By.id("unanswered-list")).getText())
        .doesNotContain(run.rephrasing());

    JsonNode answered = chat(run.rephrasing());
    assertThat(answered.get("kind").asText()).isEqualTo("answer");
    assertThat(answered.get("text").asText()).isEqualTo(run.answer());

    // ignore one question, then all noise
    WebElement other = awaitRow("unanswered-list", run.other());
    other.findElement(By.xpath(".//button[text()='忽略']")).click();
    awaitFlash("已忽略「" + run.other() + "」");
    // the runs share a server, and ignoring noise holds from then on: only the first sees it listed
    if (run.name().equals("laptop")) {
      for (String n : run.noise()) {
        awaitRow("unanswered-list", n);
      }
    }
    Browser.screenshot(driver, "faq-unanswered-" + run.name());
    driver.findElement(By.id("ignore-noise")).click();
    wait.until(ExpectedConditions.alertIsPresent()).accept();
    awaitFlash("条寒暄和无意义内容");
    String left = driver.findElement(By.id("unanswered-list")).getText();
    assertThat(left).doesNotContain(run.other());
    run.noise().forEach(n -> assertThat(left).doesNotContain(n));
    Browser.screenshot(driver, "faq-ignored-" + run.name());

    tab("faq");
    row("faq-list", run.question());
    Browser.screenshot(driver, "faq-list-" + run.name());
    assertThat(Browser.consoleErrors(driver)).isEmpty();
  }

  private static JsonNode chat(String text) {
    try {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(server.url("/api/chat")))
                  .timeout(Duration.ofSeconds(30))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          JSON.writeValueAsString(Map.of("user", "faq-it", "text", text))))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return JSON.readTree(r.body());
    } catch (Exception e) {
      throw new AssertionError("asking " + text, e);
    }
  }

  private void tab(String name) {
    WebElement b = driver.findElement(By.cssSelector("button[data-tab='" + name + "']"));
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click()", b);
    wait.until(d -> d.findElement(By.id("tab-" + name)).isDisplayed());
  }

  private WebElement row(String list, String text) {
    return wait.until(
        d ->
            d.findElements(By.cssSelector("#" + list + " tr")).stream()
                .filter(r -> r.getText().contains(text))
                .findFirst()
                .orElse(null));
  }

  /** The row of a question the log may not have written yet: reloads the tab until it is there. */
  private WebElement awaitRow(String list, String text) {
    return wait.until(
        d -> {
          var found =
              d.findElements(By.cssSelector("#" + list + " tr")).stream()
                  .filter(r -> r.getText().contains(text))
                  .findFirst();
          if (found.isEmpty()) {
            tab("faq");
            tab("unanswered");
          }
          return found.orElse(null);
        });
  }

  private void logIn() {
    new AdminPage(driver).logIn(server.url("/admin/"), TOKEN);
  }

  private void awaitFlash(String text) {
    new AdminPage(driver).awaitMessage(text);
  }
}
