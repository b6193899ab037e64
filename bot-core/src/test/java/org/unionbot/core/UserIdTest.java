package org.unionbot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UserIdTest {

  @Test
  void aKeyNamesTheChannelSoNoChannelCanNameAnothersUser() {
    String openid = "o6_bmjrPTlm6_2sgVt7hMZOPfL2M";

    assertThat(UserId.of(UserId.WECHAT, openid).key()).isEqualTo("wechat:" + openid);
    assertThat(UserId.of(UserId.WEB, openid).key()).isEqualTo("web:" + openid);
    assertThat(UserId.of(UserId.WEB, "wechat:" + openid).key())
        .isEqualTo("web:wechat:" + openid)
        .isNotEqualTo(UserId.of(UserId.WECHAT, openid).key());
  }

  @Test
  void twoSpellingsOfOneIdAreOneUser() {
    String composed = "张三é"; // é as one code point
    String decomposed = "张三e\u0301"; // e and a combining acute accent

    assertThat(UserId.of(UserId.WEB, decomposed)).isEqualTo(UserId.of(UserId.WEB, composed));
    assertThat(UserId.of(UserId.WEB, "  bob ").id()).isEqualTo("bob");
  }

  /** Issue 11 (F5): "s\ud800" and "s\udbff" were both stored as "s?", one score row. */
  @Test
  void loneSurrogatesAreRefused() {
    assertThatThrownBy(() -> UserId.of(UserId.WEB, "s\ud800"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unpaired surrogate");
    assertThatThrownBy(() -> UserId.of(UserId.WECHAT, "\udbffs")).hasMessageContaining("Unicode");
    assertThat(UserId.of(UserId.WEB, "s\ud83d\ude00").id()).isEqualTo("s😀");
  }

  @Test
  void unpairedSurrogateFindsTheFirstOne() {
    assertThat(Unicode.unpairedSurrogate("ok😀")).isEmpty();
    assertThat(Unicode.unpairedSurrogate("a\udc00b")).contains(1);
    assertThat(Unicode.unpairedSurrogate("ab\ud800")).contains(2);
  }

  static Stream<Arguments> refusedIds() {
    return Stream.of(
        Arguments.of(UserId.WEB, Named.of("blank", "  "), "empty"),
        Arguments.of(
            UserId.WEB,
            Named.of("one character too long", "x".repeat(UserId.MAX_ID + 1)),
            "at most"),
        Arguments.of("sms", Named.of("x", "x"), "unknown channel"));
  }

  @ParameterizedTest(name = "{0} id {1}: {2}")
  @MethodSource("refusedIds")
  void emptyTooLongOrUnknownIsRefused(String channel, String id, String message) {
    assertThatThrownBy(() -> UserId.of(channel, id)).hasMessageContaining(message);
  }

  @Test
  void parseAndChannelOfReadAKey() {
    assertThat(UserId.parse("wecom:zhangsan")).isEqualTo(new UserId(UserId.WECOM, "zhangsan"));
    assertThat(UserId.channelOf("web:x:y")).contains("web");
    assertThat(UserId.channelOf("legacy")).isEmpty();
  }
}
