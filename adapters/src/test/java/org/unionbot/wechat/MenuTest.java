package org.unionbot.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Stream;
import me.chanjar.weixin.common.bean.menu.WxMenu;
import me.chanjar.weixin.common.bean.menu.WxMenuButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MenuTest {
  private static final Set<String> KEYS = Set.of("QUIZ", "OUTLINE", "SCORE", "HELP");

  @Test
  void theDefaultMenuHasTheFourKeysAndWeChatReadsIt() {
    Menu menu = Menu.defaults();
    WxMenu wx = WxMenu.fromJson("{\"menu\":" + menu.json() + "}");
    assertThat(wx.getButtons()).hasSize(3);
    assertThat(
            wx.getButtons().stream()
                .flatMap(
                    b ->
                        b.getSubButtons().isEmpty()
                            ? java.util.stream.Stream.of(b)
                            : b.getSubButtons().stream())
                .map(WxMenuButton::getKey))
        .containsExactly("QUIZ", "OUTLINE", "SCORE", "HELP");
  }

  @Test
  void whatWxJavaBuildsIsAccepted() {
    WxMenu wx = new WxMenu();
    WxMenuButton quiz = new WxMenuButton();
    quiz.setType("click");
    quiz.setName("每日一测");
    quiz.setKey("QUIZ");
    WxMenuButton site = new WxMenuButton();
    site.setType("view");
    site.setName("工会官网");
    site.setUrl("https://example.org/union");
    wx.getButtons().add(quiz);
    wx.getButtons().add(site);
    Menu menu = Menu.parse(wx.toJson(), KEYS);
    assertThat(menu.json()).contains("\"QUIZ\"", "https://example.org/union");
  }

  @Test
  void theWrappedFormOfMenuGetIsAccepted() {
    String wrapped = "{\"menu\":" + Menu.defaults().json() + "}";
    assertThat(Menu.parse(wrapped, KEYS)).isEqualTo(Menu.defaults());
  }

  /** Every limit WeChat sets on a menu, with the words the refusal names it by. */
  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of("not json", "not valid JSON"),
        Arguments.of("{\"buttons\":[]}", "\"button\" array"),
        Arguments.of("{\"button\":[]}", "1 to 3"),
        Arguments.of(
            "{\"button\":["
                + click("A", "QUIZ")
                + ","
                + click("B", "QUIZ")
                + ","
                + click("C", "QUIZ")
                + ","
                + click("D", "QUIZ")
                + "]}",
            "has 4 buttons"),
        Arguments.of(
            "{\"button\":[" + click("学习二十大精神", "QUIZ") + "]}", "name is 21 bytes, at most 16"),
        Arguments.of(
            "{\"button\":[{\"name\":\"我的\",\"sub_button\":[]}]}", "button 1: has 0 sub-buttons"),
        Arguments.of(
            "{\"button\":[{\"name\":\"我的\",\"sub_button\":["
                + String.join(",", java.util.Collections.nCopies(6, click("积分", "SCORE")))
                + "]}]}",
            "has 6 sub-buttons"),
        Arguments.of(
            "{\"button\":[{\"name\":\"我的\",\"type\":\"click\",\"sub_button\":["
                + click("积分", "SCORE")
                + "]}]}",
            "only a name"),
        Arguments.of("{\"button\":[{\"type\":\"click\",\"name\":\"答题\"}]}", "\"key\" is missing"),
        Arguments.of(
            "{\"button\":[" + click("答题", "LOTTERY") + "]}", "does not act on key LOTTERY"),
        Arguments.of("{\"button\":[{\"type\":\"view\",\"name\":\"官网\"}]}", "\"url\" is missing"),
        Arguments.of(
            "{\"button\":[{\"type\":\"view\",\"name\":\"官网\",\"url\":\"javascript:alert(1)\"}]}",
            "http:// or https://"),
        Arguments.of(
            "{\"button\":[{\"type\":\"view\",\"name\":\"官网\",\"url\":\"https://x.org/"
                + "a".repeat(1100)
                + "\"}]}",
            "at most 1024"),
        Arguments.of("{\"button\":[{\"type\":\"dance\",\"name\":\"跳舞\"}]}", "unknown button type"),
        Arguments.of(
            "{\"button\":[" + click("答题", "QUIZ").replace("}", ",\"colour\":\"red\"}") + "]}",
            "unknown field"),
        Arguments.of(
            "{\"button\":[{\"type\":\"scancode_push\",\"name\":\"扫码\",\"key\":\""
                + "k".repeat(129)
                + "\"}]}",
            "key is 129 bytes"));
  }

  @ParameterizedTest(name = "refused, naming: {1}")
  @MethodSource("refusals")
  void everyLimitIsNamed(String json, String reason) {
    assertRefused(json, reason);
  }

  @Test
  void aSubMenuNameMayBeLongerThanATopName() {
    String sub =
        "{\"button\":[{\"name\":\"我的\",\"sub_button\":[" + click("查看我的答题积分", "SCORE") + "]}]}";
    assertThat(Menu.parse(sub, KEYS).json()).contains("查看我的答题积分");
    assertRefused(
        "{\"button\":[{\"name\":\"我的\",\"sub_button\":["
            + click("一二三四五六七八九十一二三四五六七八九十一", "SCORE")
            + "]}]}",
        "at most 60");
  }

  private static String click(String name, String key) {
    return "{\"type\":\"click\",\"name\":\"" + name + "\",\"key\":\"" + key + "\"}";
  }

  private static void assertRefused(String json, String reason) {
    assertThatThrownBy(() -> Menu.parse(json, KEYS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(reason);
  }
}
