package org.unionbot.admin;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.unionbot.http.HttpError;
import org.unionbot.http.Request;

/**
 * Checks the admin bearer token, in constant time, and slows down guessing: the {@value
 * #FREE_FAILURES}th failure from one address pauses that address, so its next request is refused
 * with 429 (and a {@code Retry-After}) for 1 s, even with the right token; each failure after a
 * pause doubles it, up to {@link #MAX_PAUSE}. A success clears the address's record; records expire
 * after an hour without failures. Thread-safe.
 */
final class AdminAuth {
  static final int FREE_FAILURES = 5;
  static final Duration MAX_PAUSE = Duration.ofMinutes(5);
  private static final Duration FORGET_AFTER = Duration.ofHours(1);
  private static final String SCHEME = "Bearer ";

  /** Failures of one address and when it may try again (ticker nanos). */
  private record Failures(int count, long pausedUntil) {}

  private final byte[] tokenDigest;
  private final Ticker ticker;
  private final Cache<String, Failures> failures;

  AdminAuth(String token, Ticker ticker) {
    Objects.requireNonNull(token, "token");
    this.tokenDigest = sha256(token);
    this.ticker = ticker;
    this.failures =
        Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(FORGET_AFTER)
            .ticker(ticker)
            .recordStats()
            .build();
  }

  /** The failures by address, for the cache's metrics. */
  Cache<?, ?> failures() {
    return failures;
  }

  /**
   * Lets the request through or refuses it.
   *
   * @throws HttpError 429 while its address is paused, 401 for a missing or wrong token
   */
  void check(Request request) {
    String address = request.remote();
    long now = ticker.read();
    Failures past = failures.getIfPresent(address);
    if (past != null && past.pausedUntil() > now) {
      long seconds = Math.max(1, Duration.ofNanos(past.pausedUntil() - now).toSeconds());
      throw HttpError.tooManyRequests(
          "too many failed logins; try again in " + seconds + " s", seconds, "from " + address);
    }
    Optional<String> presented =
        request
            .header("Authorization")
            .filter(h -> h.regionMatches(true, 0, SCHEME, 0, SCHEME.length()))
            .map(h -> h.substring(SCHEME.length()).strip());
    // Compare digests: equal lengths, so MessageDigest.isEqual takes the same time for any token.
    if (presented.isPresent() && MessageDigest.isEqual(tokenDigest, sha256(presented.get()))) {
      if (past != null) {
        failures.invalidate(address);
      }
      return;
    }
    failures.asMap().compute(address, (a, old) -> next(old, now));
    throw HttpError.of(
        401, presented.isEmpty() ? "admin token required" : "wrong admin token", "from " + address);
  }

  /** The record after one more failure; {@code old} is null for the first. */
  private static Failures next(Failures old, long now) {
    int count = old == null ? 1 : old.count() + 1;
    if (count < FREE_FAILURES) {
      return new Failures(count, 0);
    }
    long pause =
        Math.min(
            MAX_PAUSE.toNanos(),
            Duration.ofSeconds(1).toNanos() << Math.min(20, count - FREE_FAILURES));
    return new Failures(count, now + pause);
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}
