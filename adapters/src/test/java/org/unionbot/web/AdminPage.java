package org.unionbot.web;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The admin page at {@code /admin/}, as an officer uses it: log in, open tabs, read messages. */
final class AdminPage {
  private final WebDriver driver;
  private final WebDriverWait wait;

  AdminPage(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    wait.ignoring(StaleElementReferenceException.class); // rows are rebuilt as the list reloads
  }

  WebDriverWait await() {
    return wait;
  }

  /** Opens the page at {@code url} and logs in with {@code token}; fails with the page's reason. */
  AdminPage logIn(String url, String token) {
    driver.get(url);
    wait.until(d -> d.findElement(By.id("token")).isDisplayed());
    driver.findElement(By.id("token")).sendKeys(token);
    driver.findElement(By.id("name")).sendKeys("浏览器测试");
    driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
    wait.until(
        d ->
            d.findElement(By.id("app")).isDisplayed()
                || !d.findElement(By.id("login-error")).getText().isEmpty());
    if (!driver.findElement(By.id("app")).isDisplayed()) {
      throw new AssertionError(
          "the admin page did not log in: " + driver.findElement(By.id("login-error")).getText());
    }
    return this;
  }

  /** The tab buttons, in order. */
  List<WebElement> tabs() {
    return driver.findElements(By.cssSelector("#tabs [role=tab]"));
  }

  /** Clicks the tab named {@code name} (its data-tab) and returns its panel once shown. */
  WebElement open(String name) {
    driver.findElement(By.cssSelector("#tabs [data-tab=" + name + "]")).click();
    WebElement panel = driver.findElement(By.id("tab-" + name));
    wait.until(d -> panel.isDisplayed() && panel.getAttribute("aria-busy") == null);
    return panel;
  }

  /**
   * Waits for the message right after the group of controls {@code control} is in (or inside its
   * table cell) to contain {@code text}, and returns it.
   */
  WebElement awaitNoteBeside(WebElement control, String text) {
    By note =
        By.xpath(
            "(ancestor::*[contains(concat(' ', @class, ' '), ' actions ') or self::label][1]"
                + "/following-sibling::*[1][contains(concat(' ', @class, ' '), ' note ')]"
                + " | ancestor::td[1]/*[contains(concat(' ', @class, ' '), ' note ')])");
    try {
      return wait.until(
          d ->
              control.findElements(note).stream()
                  .filter(n -> n.isDisplayed() && n.getText().contains(text))
                  .findFirst()
                  .orElse(null));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "expected \""
              + text
              + "\" beside the control, the page says "
              + driver.findElements(By.cssSelector(".flash")).stream()
                  .map(WebElement::getText)
                  .toList(),
          e);
    }
  }

  /**
   * Waits for a message that contains {@code text} wherever the page puts it: beside the control
   * that caused it, or at the window's foot.
   */
  void awaitMessage(String text) {
    try {
      wait.until(
          d ->
              d.findElements(By.cssSelector(".flash")).stream()
                  .anyMatch(f -> f.isDisplayed() && f.getText().contains(text)));
    } catch (TimeoutException e) {
      Browser.screenshot((TakesScreenshot) driver, "admin-message-missing");
      throw new AssertionError(
          "expected \""
              + text
              + "\", the page says "
              + driver.findElements(By.cssSelector(".flash")).stream()
                  .map(WebElement::getText)
                  .toList(),
          e);
    }
  }
}
