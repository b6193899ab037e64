package org.unionbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The chat page at {@code /}, as a worker uses it: type and send, tap menu keys and options. */
final class ChatPage {
  private static final By REPLIES = By.cssSelector(".row.bot .bubble:not(.typing)");
  private static final By ERRORS = By.cssSelector(".note.error");

  private final WebDriver driver;
  private final WebDriverWait wait;

  ChatPage(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  /** Opens the page at {@code url}. */
  ChatPage open(String url) {
    driver.get(url);
    wait.until(d -> d.findElement(By.id("text")).isDisplayed());
    return this;
  }

  /** The bot's replies so far, oldest first. */
  List<WebElement> replies() {
    return driver.findElements(REPLIES);
  }

  /** Waits for the {@code n}th reply (1-based) and returns it; an error note fails at once. */
  WebElement awaitReply(int n) {
    return wait.until(
        d -> {
          List<WebElement> errors = d.findElements(ERRORS);
          if (!errors.isEmpty()) {
            throw new AssertionError("the chat page shows an error: " + errors.get(0).getText());
          }
          List<WebElement> replies = d.findElements(REPLIES);
          return replies.size() >= n ? replies.get(n - 1) : null;
        });
  }

  /** Types {@code text} into the box, sends it and returns the reply. */
  WebElement ask(String text) {
    int before = replies().size();
    WebElement box = driver.findElement(By.id("text"));
    box.clear();
    box.sendKeys(text);
    driver.findElement(By.id("send")).click();
    return awaitReply(before + 1);
  }

  /** Taps a menu key ({@code QUIZ}, {@code OUTLINE}, {@code SCORE}, {@code HELP}). */
  WebElement tapMenu(String key) {
    int before = replies().size();
    driver.findElement(By.cssSelector("#menu button[data-key='" + key + "']")).click();
    return awaitReply(before + 1);
  }

  /** Taps a button inside a reply (an option or a chip) and returns the next reply. */
  WebElement tap(WebElement button) {
    int before = replies().size();
    button.click();
    return awaitReply(before + 1);
  }

  static String kind(WebElement reply) {
    return reply.getAttribute("data-kind");
  }

  /** The source line under a reply; empty when it has none. */
  static String sources(WebElement reply) {
    List<WebElement> sources = reply.findElements(By.cssSelector(".source"));
    return sources.isEmpty() ? "" : sources.get(0).getText();
  }

  /** How often {@code part} occurs in what a reply shows, buttons included. */
  static int count(WebElement reply, String part) {
    String shown = reply.getText();
    int n = 0;
    for (int i = shown.indexOf(part); i >= 0; i = shown.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }

  /** The option buttons of a reply's quiz question that can still be tapped. */
  static List<WebElement> options(WebElement reply) {
    return reply.findElements(By.cssSelector(".options button:enabled"));
  }

  /**
   * Answers the round's questions until it ends, from the reply {@code graded} on: the first
   * option, or a guess for a blank. Returns the reply that ends the round.
   */
  WebElement finishRound(WebElement graded) {
    WebElement current = graded;
    for (int turn = 0;
        turn < 10 && !current.findElements(By.cssSelector(".quiz-actions")).isEmpty();
        turn++) {
      List<WebElement> options = options(current);
      current = options.isEmpty() ? ask("不知道") : tap(options.get(0));
    }
    assertThat(current.getText()).contains("本轮结束");
    return current;
  }
}
