package org.unionbot.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Arrays;
import org.unionbot.http.HttpError;
import org.unionbot.http.Request;

/**
 * The limit on {@code /api/chat} per client address (setting {@code chat-rate-per-minute},
 * docs/operations.md "Limits"), checked on the request's head ({@link HeadGate}): a token bucket
 * per address (Bucket4j) that holds a minute's worth of requests and refills evenly, so a client
 * may send that many at once and then one every 60/N s. An IPv6 client counts by its /64 network,
 * which one subscriber usually holds whole. The buckets live in a bounded cache (Caffeine), each
 * forgotten after a minute unused, when it would be full again anyway. A refusal is 429 with {@code
 * Retry-After} and a message in Chinese that the chat page shows the worker. Thread-safe.
 */
final class ChatRateLimit implements Routes.HeadCheck {
  /** The most addresses remembered at once. */
  static final int MAX_ADDRESSES = 100_000;

  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final Bandwidth bandwidth;
  private final TimeMeter clock;
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder()
          .maximumSize(MAX_ADDRESSES)
          .expireAfterAccess(MINUTE)
          .recordStats()
          .build();

  /**
   * @param perMinute requests per minute from one address, and as many at once; at least 1
   * @param clock the time the buckets refill by ({@link TimeMeter#SYSTEM_NANOTIME}; tests move
   *     their own)
   */
  ChatRateLimit(int perMinute, TimeMeter clock) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("perMinute must be at least 1");
    }
    this.bandwidth =
        Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, MINUTE).build();
    this.clock = clock;
  }

  /** The limit of {@code chat-rate-per-minute}: none for 0. */
  static Routes.HeadCheck of(int perMinute) {
    return of(perMinute, TrustedProxies.NONE);
  }

  /** The limit of {@code chat-rate-per-minute}, not counting the addresses of {@code exempt}. */
  static Routes.HeadCheck of(int perMinute, TrustedProxies exempt) {
    return of(perMinute, exempt, new SimpleMeterRegistry());
  }

  /**
   * {@link #of(int, TrustedProxies)}, its cache of addresses measured in {@code registry} as {@code
   * chat_rate_buckets}.
   */
  static Routes.HeadCheck of(int perMinute, TrustedProxies exempt, MeterRegistry registry) {
    if (perMinute == 0) {
      return Routes.HeadCheck.NONE;
    }
    ChatRateLimit limit = new ChatRateLimit(perMinute, TimeMeter.SYSTEM_NANOTIME);
    CaffeineCacheMetrics.monitor(registry, limit.buckets, "chat_rate_buckets");
    return exempt.isEmpty() ? limit : head -> exempt(head, exempt, limit);
  }

  private static void exempt(Request head, TrustedProxies exempt, ChatRateLimit limit) {
    byte[] address = TrustedProxies.bytes(head.remote());
    if (address == null || !exempt.contains(address)) {
      limit.check(head);
    }
  }

  /**
   * @throws HttpError 429 when the address has used up its requests
   */
  @Override
  public void check(Request head) {
    Bucket bucket = buckets.get(key(head.remote()), address -> newBucket());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
      throw HttpError.tooManyRequests(
          "消息发得太快了，请等" + seconds + "秒再发。", seconds, "chat rate limit, from " + head.remote());
    }
  }

  private Bucket newBucket() {
    return Bucket.builder().addLimit(bandwidth).withCustomTimePrecision(clock).build();
  }

  /** An address as the limit counts it: IPv4 whole, IPv6 by its /64 network. */
  static String key(String remote) {
    byte[] address = TrustedProxies.bytes(remote);
    if (address == null || address.length == 4) {
      return remote;
    }
    Arrays.fill(address, 8, 16, (byte) 0);
    return TrustedProxies.text(address) + "/64";
  }
}
