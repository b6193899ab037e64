package org.unionbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.unionbot.server.ServeProcess;

/**
 * The chat page in headless Chromium against the real server: the welcome on a first visit with its
 * example question (a button, and the text box's hint) answered, a question from the bundled notice
 * answered with its source, and a quiz question answered by tapping an option. Leaves {@code
 * target/screenshots/chat.png}.
 */
class ChatPageBrowserIT {

  @TempDir Path dir;

  private ServeProcess server;
  private ChromeDriver driver;

  @BeforeEach
  void start() throws Exception {
    server = ServeProcess.serve(dir, dir.resolve("data"));
    driver = Browser.start(412, 860); // a phone's width
  }

  @AfterEach
  void stop() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void askAQuestionAndAnswerAQuizQuestion() {
    ChatPage chat = new ChatPage(driver).open(server.url("/"));

    WebElement welcome = chat.awaitReply(1);
    assertThat(ChatPage.kind(welcome)).isEqualTo("welcome");
    String id = (String) driver.executeScript("return localStorage.getItem('unionbot_user')");
    assertThat(id).matches("web-[0-9a-f]{8}");
    // the server knows the page by a signed cookie that no script can read (issue 11)
    org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed("unionbot_user");
    assertThat(cookie.isHttpOnly()).isTrue();
    assertThat(cookie.getValue()).matches("[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{22}");
    assertThat(driver.executeScript("return document.cookie")).isEqualTo("");

    // the welcome offers a question the notice answers, as a button and as the text box's hint
    WebElement example = welcome.findElement(By.cssSelector(".chips button"));
    assertThat(driver.findElement(By.id("text")).getAttribute("placeholder"))
        .isEqualTo("输入问题，如：" + example.getText());
    WebElement exampleAnswer = chat.tap(example);
    assertThat(ChatPage.kind(exampleAnswer)).isEqualTo("answer");
    assertThat(ChatPage.sources(exampleAnswer)).isNotEmpty();

    // a sentence of the notice's section on deepening union reform, asked in our own words
    WebElement answer = chat.ask("工会干部要践行什么路线");
    assertThat(ChatPage.kind(answer)).isEqualTo("answer");
    assertThat(answer.getText()).contains("群众路线");
    assertThat(ChatPage.sources(answer)).contains("五个方面深入领会和学习", "市总工会下发《通知》");
    assertThat(driver.findElements(By.cssSelector(".row.me .bubble")).get(1).getText())
        .isEqualTo("工会干部要践行什么路线");

    WebElement question = chat.tapMenu("QUIZ");
    assertThat(ChatPage.kind(question)).isEqualTo("quiz");
    WebElement graded = answerUntilAChoiceIsTapped(chat, question);
    assertThat(ChatPage.kind(graded)).isEqualTo("grade");
    WebElement grade = graded.findElement(By.cssSelector(".grade"));
    assertThat(grade.getAttribute("class")).isIn("grade ok", "grade bad");
    assertThat(grade.getText()).containsPattern("答(对|错)了 · 本轮 \\d+ 分");
    assertThat(graded.getText()).containsPattern("回答(正确|错误)");
    assertThat(driver.findElements(By.cssSelector(".options button.chosen"))).hasSize(1);
    assertThat(driver.findElements(By.cssSelector(".options button.chosen:enabled"))).isEmpty();

    Browser.screenshot(driver, "chat");

    // the user's text is text, never markup
    String markup = "<img src=x onerror=\"document.title='xss'\">";
    chat.ask(markup);
    assertThat(driver.findElements(By.cssSelector("#log img"))).isEmpty();
    assertThat(driver.getTitle()).isEqualTo("工会学习助手");
    List<WebElement> mine = driver.findElements(By.cssSelector(".row.me .bubble"));
    assertThat(mine.get(mine.size() - 1).getText()).isEqualTo(markup);

    assertThat(Browser.consoleErrors(driver)).isEmpty();
  }

  /**
   * Questions are drawn at random, choice or blank: a blank gets a typed answer, until a choice
   * question's option is tapped. Returns the reply that grades the tapped option.
   */
  private static WebElement answerUntilAChoiceIsTapped(ChatPage chat, WebElement question) {
    WebElement current = question;
    for (int turn = 0; turn < 15; turn++) {
      List<WebElement> options = ChatPage.options(current);
      if (!options.isEmpty()) {
        return chat.tap(options.get(0));
      }
      boolean blank = !current.findElements(By.cssSelector(".hint")).isEmpty();
      current = blank ? chat.ask("不知道") : chat.tapMenu("QUIZ");
    }
    throw new AssertionError("no multiple-choice question in 15 draws");
  }
}
