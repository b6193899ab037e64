package org.unionbot.wechat;

import java.time.Clock;
import java.util.Objects;
import org.unionbot.http.HttpError;
import org.unionbot.http.Request;

/**
 * Step 1 of a push, verify: the {@code signature} query parameter and the timestamp window
 * (docs/WECHAT.md §1.2). A missing parameter is 400, a bad signature or a timestamp more than 300 s
 * off is 403.
 *
 * <p>A channel whose requests carry only {@code msg_signature} (WeCom) uses {@link #require} and
 * {@link #requireFresh} and leaves the signature to {@link PushDecryptor}. Immutable and
 * thread-safe.
 */
public final class OriginCheck {
  private final String token;
  private final Clock clock;

  public OriginCheck(String token, Clock clock) {
    this.token = Objects.requireNonNull(token, "token");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Checks {@code signature} and the timestamp window; 400 when a parameter is missing. */
  void check(Request request) {
    String signature = require(request, "signature");
    String timestamp = require(request, "timestamp");
    String nonce = require(request, "nonce");
    if (!Signature.verify(signature, token, timestamp, nonce)) {
      throw HttpError.of(403, "signature check failed", "bad signature");
    }
    requireFresh(timestamp);
  }

  /** 403 unless {@code timestamp} is within the window around now. */
  public void requireFresh(String timestamp) {
    if (!Signature.isFresh(timestamp, clock)) {
      throw HttpError.of(403, "stale timestamp");
    }
  }

  /** A non-empty query parameter; 400 when it is missing or empty. */
  public static String require(Request request, String name) {
    return request
        .param(name)
        .filter(value -> !value.isEmpty())
        .orElseThrow(() -> HttpError.badRequest("missing query parameter " + name));
  }
}
