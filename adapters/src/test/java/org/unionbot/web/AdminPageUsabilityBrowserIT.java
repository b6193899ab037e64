package org.unionbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 15's admin page in headless Chromium against the real server with its bundled notice. At
 * 1366×900: find a quiz item by search and edit it in its row; make a blank item by selecting its
 * answer in the sentence; edit the menu with the form, save it and try to publish it; save the
 * referral text. Each message must show beside the button that caused it, and a button must be
 * disabled while its change is made. At 1366×900 and on a phone (390×844): axe-core finds no
 * serious or critical WCAG 2.1 A/AA violation on the login form, on each tab and on the chat page;
 * no tab is wider than the phone's screen, and tables read as labelled cards there; the tabs are a
 * real tab list driven by the arrow keys. Leaves {@code target/screenshots/admin-quiz-*.png},
 * {@code admin-menu*.png} and {@code a11y-WIDTH-*.png}.
 */
class AdminPageUsabilityBrowserIT extends AdminPageServer {

  private AdminPage admin;
  private WebDriverWait wait;

  private void logIn() {
    driver = Browser.start(1366, 900);
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    wait.ignoring(StaleElementReferenceException.class);
    admin = new AdminPage(driver).logIn(server.url("/admin/"), TOKEN);
  }

  private List<WebElement> quizRows() {
    return driver.findElements(By.cssSelector("#quiz-list tr[data-id]"));
  }

  /** Records, for the button with this id, whether it was ever disabled from now on. */
  private void watchBusy(String id) {
    driver.executeScript(
        "var b = document.getElementById(arguments[0]); b.dataset.wasBusy = '';"
            + "new MutationObserver(function () { if (b.disabled) b.dataset.wasBusy = 'yes'; })"
            + ".observe(b, {attributes: true, attributeFilter: ['disabled']});",
        id);
  }

  private void assertWasBusyAndIsNot(String id) {
    WebElement b = driver.findElement(By.id(id));
    assertThat(b.getAttribute("data-was-busy")).as(id + " disabled while busy").isEqualTo("yes");
    assertThat(b.isEnabled()).as(id + " enabled again").isTrue();
  }

  @Test
  void anEmptyRequiredFieldIsNamedInChinese() {
    logIn();
    admin.open("documents");
    WebElement title = driver.findElement(By.id("doc-title"));

    // the browser here speaks English; the officer is still told in Chinese which field is empty
    driver.findElement(By.id("doc-submit")).click();
    assertThat(title.getAttribute("validationMessage")).isEqualTo("请填写“标题”");

    title.sendKeys("关于举办职工乒乓球比赛的通知");
    assertThat(title.getAttribute("validationMessage")).isEmpty();
    driver.findElement(By.id("doc-submit")).click();
    assertThat(driver.findElement(By.id("doc-text")).getAttribute("validationMessage"))
        .isEqualTo("请填写“正文”");
  }

  @Test
  void findAQuizItemBySearchAndEditItInItsRow() {
    logIn();
    admin.open("quiz");
    wait.until(d -> quizRows().size() > 3);
    String all = driver.findElement(By.id("quiz-count")).getText();

    // search for the answer of some item of the bank: every row shown then contains it
    String answer = quizRows().get(3).findElements(By.tagName("td")).get(2).getText();
    driver.findElement(By.id("quiz-search")).sendKeys(answer);
    wait.until(d -> !d.findElement(By.id("quiz-count")).getText().equals(all));
    List<WebElement> found = quizRows();
    assertThat(found).isNotEmpty();
    assertThat(found).allSatisfy(r -> assertThat(r.getText()).contains(answer));

    // edit the first match: the form opens in the row after it, not at the foot of the page
    WebElement first = found.get(0);
    String id = first.getAttribute("data-id");
    first.findElement(By.xpath(".//button[text()='编辑']")).click();
    WebElement form = driver.findElement(By.id("quiz-form"));
    assertThat(form.findElement(By.xpath("ancestor::tr[1]")).getAttribute("class"))
        .isEqualTo("editing");
    assertThat(driver.findElement(By.id("quiz-prompt")).getAttribute("value"))
        .isEqualTo(first.findElements(By.tagName("td")).get(1).getText().split("\n")[0]);
    WebElement accepted = driver.findElement(By.id("quiz-accepted"));
    accepted.sendKeys(Keys.END, "\n" + answer + "（另一种写法）");
    Browser.screenshot(driver, "admin-quiz-edit");
    watchBusy("quiz-submit");
    driver.findElement(By.id("quiz-submit")).click();

    // the message shows in the item's row, which now reads as edited by hand
    WebElement saved =
        wait.until(
            d ->
                quizRows().stream()
                    .filter(r -> r.getText().contains("已保存"))
                    .findFirst()
                    .orElse(null));
    assertThat(saved.getText()).contains("人工修改", "版本");
    assertThat(saved.getAttribute("class")).contains("saved");
    String savedId = saved.getAttribute("data-id");
    assertThat(driver.findElement(By.id("quiz-form")).getAttribute("hidden")).isNull();
    assertWasBusyAndIsNot("quiz-submit");
    Browser.screenshot(driver, "admin-quiz-saved");

    // without the search, the filters narrow by origin and state
    driver.findElement(By.id("quiz-search")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    wait.until(d -> quizRows().size() > found.size());
    new Select(driver.findElement(By.id("quiz-filter-origin"))).selectByValue("edited");
    wait.until(d -> quizRows().size() == 1);
    assertThat(quizRows().get(0).getAttribute("data-id")).isIn(id, savedId);
    new Select(driver.findElement(By.id("quiz-filter-enabled"))).selectByValue("off");
    wait.until(d -> quizRows().isEmpty());
    assertThat(driver.findElement(By.id("quiz-list")).getText()).contains("没有符合条件的题目");
  }

  @Test
  void makeABlankBySelectingTheAnswerInTheSentence() {
    logIn();
    admin.open("quiz");
    wait.until(d -> quizRows().size() > 3);

    // a choice item shows the options field; a blank one does not, and offers the blank maker
    Select type = new Select(driver.findElement(By.id("quiz-type")));
    assertThat(driver.findElement(By.id("quiz-options")).isDisplayed()).isTrue();
    assertThat(driver.findElement(By.id("quiz-make-blank")).isDisplayed()).isFalse();
    type.selectByValue("blank");
    assertThat(driver.findElement(By.id("quiz-options")).isDisplayed()).isFalse();

    // paste the sentence, select 十月 with the keyboard, press the button
    String sentence = "职工疗休养活动每年十月由市总工会统一组织。";
    WebElement source = driver.findElement(By.id("quiz-source"));
    source.sendKeys(sentence, Keys.HOME);
    for (int i = 0; i < sentence.indexOf("十月"); i++) {
      source.sendKeys(Keys.ARROW_RIGHT);
    }
    source.sendKeys(Keys.SHIFT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
    WebElement maker = driver.findElement(By.id("quiz-make-blank"));
    maker.click();
    admin.awaitNoteBeside(maker, "已挖空「十月」");
    assertThat(driver.findElement(By.id("quiz-prompt")).getAttribute("value"))
        .isEqualTo("职工疗休养活动每年（____）由市总工会统一组织。");
    assertThat(driver.findElement(By.id("quiz-answer")).getAttribute("value")).isEqualTo("十月");
    Browser.screenshot(driver, "admin-quiz-blank");

    WebElement submit = driver.findElement(By.id("quiz-submit"));
    submit.click();
    admin.awaitNoteBeside(submit, "已添加题目");
    driver.findElement(By.id("quiz-search")).sendKeys("疗休养");
    wait.until(d -> quizRows().size() == 1);
    assertThat(quizRows().get(0).getText()).contains("填空", "（____）", "十月", "人工添加");

    // with nothing selected, the button says what to do, beside itself
    type.selectByValue("blank");
    maker.click();
    assertThat(admin.awaitNoteBeside(maker, "请先").getAttribute("class")).contains("error");
  }

  @Test
  void editTheMenuWithTheFormSaveItAndPublishIt() {
    logIn();
    WebElement panel = admin.open("menu");
    wait.until(d -> panel.findElements(By.cssSelector(".menu-button")).size() == 3);
    List<WebElement> cards = panel.findElements(By.cssSelector(".menu-button"));

    // a name too long for WeChat is refused beside the button, in Chinese
    WebElement firstName = cards.get(0).findElement(By.cssSelector(".menu-name input"));
    firstName.clear();
    firstName.sendKeys("每日答题赢积分活动");
    WebElement save = driver.findElement(By.id("menu-save"));
    save.click();
    assertThat(admin.awaitNoteBeside(save, "名称太长").getText()).contains("按钮 1", "5 个汉字");
    firstName.clear();
    firstName.sendKeys("每日答题");

    // the third button's sub-menu gets a web page
    WebElement third = cards.get(2);
    third.findElement(By.xpath(".//button[text()='添加子按钮']")).click();
    third = panel.findElements(By.cssSelector(".menu-button")).get(2);
    List<WebElement> subs = third.findElements(By.cssSelector(".menu-sub"));
    WebElement sub = subs.get(subs.size() - 1);
    sub.findElement(By.cssSelector(".menu-name input")).sendKeys("工会官网");
    new Select(sub.findElement(By.tagName("select"))).selectByValue("view");
    save.click();
    assertThat(admin.awaitNoteBeside(save, "完整网址").getText()).contains("按钮 3 的子按钮 3");
    sub = panel.findElements(By.cssSelector(".menu-sub")).get(subs.size() - 1);
    sub.findElement(By.cssSelector(".menu-url input")).sendKeys("https://union.example.org/");
    Browser.screenshot(driver, "admin-menu-form");

    watchBusy("menu-save");
    save.click();
    admin.awaitNoteBeside(save, "已保存菜单");
    assertWasBusyAndIsNot("menu-save");

    // the JSON under 高级 follows the form, and the server kept it
    driver.findElement(By.cssSelector("#menu-advanced summary")).click();
    assertThat(driver.findElement(By.id("menu-json")).getAttribute("value"))
        .contains("\"每日答题\"", "\"工会官网\"", "https://union.example.org/", "\"QUIZ\"");
    WebElement reload = driver.findElement(By.id("menu-load"));
    reload.click();
    admin.awaitNoteBeside(reload, "已重新载入");
    assertThat(
            panel
                .findElements(By.cssSelector(".menu-button"))
                .get(0)
                .findElement(By.cssSelector(".menu-name input"))
                .getAttribute("value"))
        .isEqualTo("每日答题");

    // publishing says beside its button what happened: published, refused, or only stored
    WebElement publish = driver.findElement(By.id("menu-publish"));
    publish.click();
    WebElement said =
        wait.until(
            d ->
                publish
                    .findElements(
                        By.xpath(
                            "ancestor::div[1]/following-sibling::*[1][contains(@class, 'note')]"))
                    .stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null));
    assertThat(said.getText()).matches("(?s).*(已发布到|只保存在这里|菜单已保存|出错：\\p{IsHan}).*");
    assertThat(said.getText()).doesNotContain("HTTP", "Not Found", "error");
    Browser.screenshot(driver, "admin-menu-publish");

    // the referral text stays on this tab and saves with its message beside its button
    WebElement referral = driver.findElement(By.id("referral-text"));
    referral.clear();
    referral.sendKeys("工资、会费和维权的事，请找所在单位工会，或拨打职工服务热线。");
    WebElement saveReferral = driver.findElement(By.id("referral-save"));
    saveReferral.click();
    admin.awaitNoteBeside(saveReferral, "已保存转介话术");
    admin.open("quiz");
    admin.open("menu");
    wait.until(
        d ->
            d.findElement(By.id("referral-text"))
                .getAttribute("value")
                .equals("工资、会费和维权的事，请找所在单位工会，或拨打职工服务热线。"));
    Browser.screenshot(driver, "admin-menu");
    assertThat(Browser.consoleErrors(driver))
        .allSatisfy(e -> assertThat(e).contains("/admin/menu/publish"));
  }

  private void assertNoSeriousViolations(String where) {
    assertThat(Axe.seriousViolations(driver)).as("axe-core on " + where).isEmpty();
  }

  private long pageWidth() {
    return (Long) driver.executeScript("return document.documentElement.scrollWidth");
  }

  @ParameterizedTest(name = "{0}×{1}")
  @CsvSource({"1366, 900", "390, 844"})
  void everyPageAndTabPassesAxeAndFitsTheScreen(int width, int height) {
    driver = Browser.start(width, height);
    String size = "a11y-" + width;

    driver.get(server.url("/admin/"));
    new AdminPage(driver).await().until(d -> d.findElement(By.id("token")).isDisplayed());
    Browser.screenshot(driver, size + "-login");
    assertNoSeriousViolations("the login form at " + width);

    AdminPage admin = new AdminPage(driver).logIn(server.url("/admin/"), TOKEN);
    List<String> names = admin.tabs().stream().map(t -> t.getAttribute("data-tab")).toList();
    assertThat(names).contains("documents", "quiz", "menu");
    for (String name : names) {
      WebElement panel = admin.open(name);
      admin.await().until(d -> panel.getAttribute("aria-busy") == null); // loaded
      Browser.screenshot(driver, size + "-" + name);
      assertNoSeriousViolations("the " + name + " tab at " + width);
      assertThat(pageWidth()).as(name + " fits " + width + " px").isLessThanOrEqualTo(width);
    }

    driver.get(server.url("/"));
    new ChatPage(driver).awaitReply(1);
    Browser.screenshot(driver, size + "-chat");
    assertNoSeriousViolations("the chat page at " + width);
  }

  /** The check can fail: text a worker could hardly read, put on the chat page, is reported. */
  @Test
  void axeReportsTextWithTooLittleContrast() {
    driver = Browser.start(1366, 900);
    driver.get(server.url("/"));
    new ChatPage(driver).awaitReply(1);
    assertThat(Axe.seriousViolations(driver)).isEmpty();

    driver.executeScript(
        "var p = document.createElement('p'); p.textContent = '浅灰色的字看不清';"
            + "p.style.color = '#c8c8c8'; document.querySelector('.bar').appendChild(p);");

    assertThat(Axe.seriousViolations(driver))
        .singleElement()
        .asString()
        .startsWith("serious color-contrast");
  }

  @Test
  void onAPhoneTablesReadAsLabelledCards() {
    driver = Browser.start(390, 844);
    AdminPage admin = new AdminPage(driver).logIn(server.url("/admin/"), TOKEN);
    WebElement panel = admin.open("quiz");
    admin
        .await()
        .until(d -> panel.findElements(By.cssSelector("#quiz-list tr[data-id]")).size() > 1);

    WebElement row = panel.findElement(By.cssSelector("#quiz-list tr[data-id]"));
    assertThat(panel.findElement(By.tagName("thead")).getRect().getHeight()).isLessThanOrEqualTo(1);
    assertThat(row.getCssValue("display")).isEqualTo("block");
    assertThat(row.getRect().getWidth()).isGreaterThan(300).isLessThanOrEqualTo(390);
    List<WebElement> cells = row.findElements(By.tagName("td"));
    assertThat(cells.get(1).getAttribute("data-label")).isEqualTo("题目");
    assertThat(cells.get(2).getAttribute("data-label")).isEqualTo("答案");
    // a question reads on a line of its own width, not squeezed to a couple of characters
    assertThat(cells.get(1).getRect().getWidth()).isGreaterThan(250);
    Browser.screenshot(driver, "a11y-390-quiz-cards");

    // the search field and the filters take the full width
    assertThat(driver.findElement(By.id("quiz-search")).getRect().getWidth()).isGreaterThan(330);
  }

  @Test
  void theTabsAreATabListDrivenByTheArrowKeys() {
    driver = Browser.start(1366, 900);
    AdminPage admin = new AdminPage(driver).logIn(server.url("/admin/"), TOKEN);
    assertThat(driver.findElement(By.id("tabs")).getAttribute("role")).isEqualTo("tablist");

    List<WebElement> tabs = admin.tabs();
    WebElement first = tabs.get(0);
    WebElement second = tabs.get(1);
    assertThat(first.getAttribute("aria-selected")).isEqualTo("true");
    assertThat(second.getAttribute("aria-selected")).isEqualTo("false");
    WebElement panel = driver.findElement(By.id(first.getAttribute("aria-controls")));
    assertThat(panel.getAttribute("role")).isEqualTo("tabpanel");
    assertThat(panel.getAttribute("aria-labelledby")).isEqualTo(first.getAttribute("id"));

    first.click();
    first.sendKeys(Keys.ARROW_RIGHT);
    assertThat(second.getAttribute("aria-selected")).isEqualTo("true");
    assertThat(driver.switchTo().activeElement()).isEqualTo(second);
    assertThat(driver.findElement(By.id(second.getAttribute("aria-controls"))).isDisplayed())
        .isTrue();
    assertThat(panel.isDisplayed()).isFalse();
    second.sendKeys(Keys.END);
    assertThat(tabs.get(tabs.size() - 1).getAttribute("aria-selected")).isEqualTo("true");
    tabs.get(tabs.size() - 1).sendKeys(Keys.ARROW_RIGHT);
    assertThat(first.getAttribute("aria-selected")).isEqualTo("true");
    // only the selected tab is in the Tab order
    assertThat(tabs.stream().filter(t -> "0".equals(t.getAttribute("tabindex")))).hasSize(1);
  }
}
