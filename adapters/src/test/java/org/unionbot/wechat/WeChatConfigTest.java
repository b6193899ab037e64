package org.unionbot.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WeChatConfigTest {
  private static final String KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

  @Test
  void plaintextHasNoCryptoAndNoCustomerService() {
    WeChatConfig config = WeChatConfig.plaintext("token1");

    assertThat(config.crypto()).isEmpty();
    assertThat(config.customerService()).isFalse();
    assertThat(config.replyTimeout()).isEqualTo(Duration.ofMillis(4500));
  }

  @Test
  void encryptionAndCustomerServiceAreTurnedOnByTheirSettings() {
    WeChatConfig config =
        WeChatConfig.plaintext("token1")
            .withEncryption(KEY, "wx1")
            .withCustomerService("wx1", "secret!", URI.create("http://127.0.0.1:1"));

    assertThat(config.crypto()).isPresent();
    assertThat(config.customerService()).isTrue();
  }

  @Test
  void toStringHidesEverySecret() {
    WeChatConfig config =
        WeChatConfig.plaintext("token1")
            .withEncryption(KEY, "wx1")
            .withCustomerService("wx1", "secret!", URI.create("http://127.0.0.1:1"));

    assertThat(config.toString()).doesNotContain("token1", KEY, "secret!").contains("wx1");
  }

  @Test
  void refusesMalformedValuesWithoutEchoingThem() {
    assertThatThrownBy(() -> WeChatConfig.plaintext("t").withEncryption("short-key", "wx1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("short-key");
    assertThatThrownBy(() -> WeChatConfig.plaintext(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WeChatConfig.plaintext("t").withReplyTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
