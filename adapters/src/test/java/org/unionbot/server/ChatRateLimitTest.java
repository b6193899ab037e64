package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.unionbot.http.HttpError;
import org.unionbot.http.Request;

/** 60 chat requests a minute per address, as many at once, refilled evenly. */
class ChatRateLimitTest {
  private final AtomicLong nanos = new AtomicLong();
  private final ChatRateLimit limit =
      new ChatRateLimit(
          60,
          new TimeMeter() {
            @Override
            public long currentTimeNanos() {
              return nanos.get();
            }

            @Override
            public boolean isWallClockBased() {
              return false;
            }
          });

  private static Request from(String remote) {
    return new Request(
        "POST", "/api/chat", Map.of(), Optional.empty(), new byte[0], Map.of(), remote);
  }

  private HttpError refusal(String remote) {
    try {
      limit.check(from(remote));
    } catch (HttpError e) {
      return e;
    }
    throw new AssertionError("expected a refusal");
  }

  @Test
  void aMinutesWorthAtOnceThenOneASecond() {
    for (int i = 0; i < 60; i++) {
      limit.check(from("203.0.113.7"));
    }
    HttpError refused = refusal("203.0.113.7");
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.toResponse(true).headers()).containsEntry("Retry-After", "1");
    assertThat(new String(refused.toResponse(true).body(), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("{\"error\":\"消息发得太快了，请等1秒再发。\"}");
    // another address has its own minute
    assertThatCode(() -> limit.check(from("203.0.113.8"))).doesNotThrowAnyException();

    nanos.addAndGet(Duration.ofSeconds(1).toNanos());
    limit.check(from("203.0.113.7"));
    assertThat(refusal("203.0.113.7").status()).isEqualTo(429);

    nanos.addAndGet(Duration.ofMinutes(1).toNanos());
    for (int i = 0; i < 60; i++) {
      limit.check(from("203.0.113.7"));
    }
  }

  @Test
  void theWaitIsWhatTheBucketNeeds() {
    ChatRateLimit slow =
        new ChatRateLimit(
            2,
            new TimeMeter() {
              @Override
              public long currentTimeNanos() {
                return nanos.get();
              }

              @Override
              public boolean isWallClockBased() {
                return false;
              }
            });
    slow.check(from("198.51.100.1"));
    slow.check(from("198.51.100.1"));
    try {
      slow.check(from("198.51.100.1"));
      throw new AssertionError("expected a refusal");
    } catch (HttpError e) {
      assertThat(e.toResponse(true).headers()).containsEntry("Retry-After", "30");
      assertThat(e.getMessage()).isEqualTo("消息发得太快了，请等30秒再发。");
    }
  }

  @Test
  void anIpv6ClientCountsByItsSlash64() {
    for (int i = 0; i < 60; i++) {
      limit.check(from("2001:db8:1:2::" + Integer.toHexString(i + 1)));
    }
    assertThat(refusal("2001:db8:1:2:ffff::1").status()).isEqualTo(429);
    assertThatCode(() -> limit.check(from("2001:db8:1:3::1"))).doesNotThrowAnyException();
    assertThat(ChatRateLimit.key("2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1:2::/64");
    assertThat(ChatRateLimit.key("203.0.113.7")).isEqualTo("203.0.113.7");
  }

  @Test
  void zeroIsNoLimit() {
    assertThat(ChatRateLimit.of(0)).isSameAs(Routes.HeadCheck.NONE);
  }

  /** A load test's address is left out, so that the limits' cost can be measured under load. */
  @Test
  void anExemptAddressIsNotCountedAndOthersStillAre() {
    Routes.HeadCheck exempting = ChatRateLimit.of(2, TrustedProxies.parse("127.0.0.1, 10.0.0.0/8"));
    for (int i = 0; i < 100; i++) {
      exempting.check(from("127.0.0.1"));
      exempting.check(from("10.1.2.3"));
    }
    exempting.check(from("203.0.113.7"));
    exempting.check(from("203.0.113.7"));

    assertThatThrownBy(() -> exempting.check(from("203.0.113.7")))
        .isInstanceOfSatisfying(HttpError.class, e -> assertThat(e.status()).isEqualTo(429));
  }
}
