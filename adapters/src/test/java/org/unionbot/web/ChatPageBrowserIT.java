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
 * The chat page in headless Chromium against the real server, on a phone's screen (390×844): the
 * welcome on a first visit with its example question (a button, and the text box's hint) answered,
 * a question from the bundled notice answered with its source shown once, a quiz question whose
 * options show only as buttons answered by tapping one, its grade shown once, a finished round that
 * puts "我" on the leaderboard, and the conversation kept across a reload. Leaves {@code
 * target/screenshots/chat.png}, {@code chat-leaderboard.png} and {@code chat-reloaded.png}.
 */
class ChatPageBrowserIT {

  @TempDir Path dir;

  private ServeProcess server;
  private ChromeDriver driver;

  @BeforeEach
  void start() throws Exception {
    // web users ranked too, so the page's own user can find "我" on the board
    server = ServeProcess.serve(dir, dir.resolve("data"), "--ranked-channels", "wechat,wecom,web");
    driver = Browser.start(390, 844); // a phone's screen
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
    assertThat(answer.getText()).contains("群众路线", "摘自「五个方面深入领会和学习");
    // the text names the source: no second source line under it
    assertThat(ChatPage.sources(answer)).isEmpty();
    assertThat(ChatPage.count(answer, "五个方面深入领会和学习")).isEqualTo(1);
    assertThat(driver.findElements(By.cssSelector(".row.me .bubble")).get(1).getText())
        .isEqualTo("工会干部要践行什么路线");

    WebElement question = chat.tapMenu("QUIZ");
    assertThat(ChatPage.kind(question)).isEqualTo("quiz");
    WebElement graded = answerUntilAChoiceIsTapped(chat, question);
    assertThat(ChatPage.kind(graded)).isEqualTo("grade");
    WebElement grade = graded.findElement(By.cssSelector(".grade"));
    assertThat(grade.getAttribute("class")).isIn("grade ok", "grade bad");
    assertThat(grade.getText()).containsPattern("^[✔✘] 回答(正确|错误)");
    // the grade once: the badge, not again in the text
    assertThat(ChatPage.count(graded, "回答正确") + ChatPage.count(graded, "回答错误")).isEqualTo(1);
    assertThat(driver.findElements(By.cssSelector(".options button.chosen"))).hasSize(1);
    assertThat(driver.findElements(By.cssSelector(".options button.chosen:enabled"))).isEmpty();
    // options once: as buttons, not again as lines of the text
    for (WebElement reply : chat.replies()) {
      for (WebElement option : reply.findElements(By.cssSelector(".options button"))) {
        assertThat(ChatPage.count(reply, option.getText())).as(option.getText()).isEqualTo(1);
      }
    }

    Browser.screenshot(driver, "chat");

    // a finished round ranks this page's user: the leaderboard marks "我"
    chat.finishRound(graded);
    WebElement board = chat.ask("排行榜");
    assertThat(ChatPage.kind(board)).isEqualTo("leaderboard");
    assertThat(board.findElements(By.cssSelector("mark.me")))
        .singleElement()
        .satisfies(me -> assertThat(me.getText()).contains("（我）"));
    WebElement standing = chat.tapMenu("SCORE");
    assertThat(standing.getText()).contains("总积分", "排名第", "正确率", "连续");
    Browser.screenshot(driver, "chat-leaderboard");

    // the conversation is kept across a reload
    int rows = driver.findElements(By.cssSelector(".row")).size();
    String last = chat.replies().get(chat.replies().size() - 1).getText();
    driver.navigate().refresh();
    new ChatPage(driver).awaitReply(1);
    assertThat(driver.findElements(By.cssSelector(".row"))).hasSize(rows);
    assertThat(chat.replies().get(chat.replies().size() - 1).getText()).isEqualTo(last);
    assertThat(driver.findElements(By.cssSelector(".options button:enabled"))).isEmpty();
    Browser.screenshot(driver, "chat-reloaded");

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
