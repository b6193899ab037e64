package org.unionbot.wechat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionbot.core.Reply;
import org.unionbot.core.intent.PhoneText;

/**
 * Replies that missed the 5 seconds, sent through the customer-service API once they are ready
 * (docs/WECHAT.md §3). Each send in flight is a future in a concurrent set, so a graceful shutdown
 * can wait for them all ({@link #drain}).
 *
 * <p>Counts {@code unionbot.<channel>.async.sends} by outcome ({@code ok}, {@code failed}).
 * Thread-safe.
 */
final class LateReplies {
  /** Logs as the endpoint, whose log lines these are. */
  private static final Logger LOG = LoggerFactory.getLogger(WeChatEndpoint.class);

  private final Optional<TextSender> api;
  private final Set<CompletableFuture<Void>> inFlight = ConcurrentHashMap.newKeySet();
  private final Counter sent;
  private final Counter failed;

  /**
   * @param channel names the meters: {@code wechat} or {@code wecom}
   * @param api the customer-service (or WeCom message) API; empty when the secret is not configured
   */
  LateReplies(String channel, Optional<TextSender> api, MeterRegistry meters) {
    this.api = Objects.requireNonNull(api, "api");
    this.sent = sends(meters, channel, "ok");
    this.failed = sends(meters, channel, "failed");
  }

  private static Counter sends(MeterRegistry meters, String channel, String outcome) {
    return Counter.builder("unionbot." + channel + ".async.sends")
        .description("Late replies sent through the customer-service API")
        .tag("outcome", outcome)
        .register(meters);
  }

  /** Whether late replies can be sent at all. */
  boolean enabled() {
    return api.isPresent();
  }

  /**
   * Holds a place among the sends in flight before the caller knows whether it will send, so a
   * {@link #drain} that starts in between waits for it. Pass it to {@link #send} or {@link
   * #release}.
   */
  CompletableFuture<Void> reserve() {
    CompletableFuture<Void> done = new CompletableFuture<>();
    inFlight.add(done);
    return done;
  }

  /** Gives back a place {@link #reserve reserved} for a reply that is not sent after all. */
  void release(CompletableFuture<Void> reserved) {
    finish(reserved);
  }

  /**
   * Sends {@code reply} to {@code openId} once it is ready, in a place already {@link #reserve
   * reserved}; nothing if it fails or is empty.
   */
  void send(String openId, CompletableFuture<Reply> reply, CompletableFuture<Void> reserved) {
    reply.whenComplete((text, failure) -> sendNow(openId, text, reserved));
  }

  /**
   * Sends a late reply (null if it failed to start), counts the outcome and finishes {@code done}.
   */
  private void sendNow(String openId, Reply reply, CompletableFuture<Void> done) {
    if (reply == null || reply.kind() == Reply.Kind.NONE || reply.text().isEmpty()) {
      finish(done);
      return;
    }
    CompletableFuture<Void> sending;
    try {
      sending = api.orElseThrow().sendText(openId, PhoneText.of(reply));
    } catch (RuntimeException e) {
      sending = CompletableFuture.failedFuture(e);
    }
    sending.whenComplete(
        (ok, failure) -> {
          if (failure == null) {
            sent.increment();
          } else {
            failed.increment();
            LOG.warn("customer-service send failed: {}", rootMessage(failure));
          }
          finish(done);
        });
  }

  private void finish(CompletableFuture<Void> done) {
    inFlight.remove(done); // before completing, so a drain woken by it sees the set without it
    done.complete(null);
  }

  /**
   * Waits, at most {@code timeout}, until every late reply has been sent (or has failed).
   *
   * @return true if none is pending any more
   */
  boolean drain(Duration timeout) throws InterruptedException {
    int pending = inFlight.size();
    if (pending > 0) {
      LOG.info("stopping: waiting for {} late reply(s) to the customer-service API", pending);
    }
    if (awaitNone(timeout)) {
      return true;
    }
    LOG.warn(
        "stopping: {} late reply(s) not sent after {} ms; they are lost",
        inFlight.size(),
        timeout.toMillis());
    return false;
  }

  private boolean awaitNone(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!inFlight.isEmpty()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      CompletableFuture<?>[] now = inFlight.toArray(CompletableFuture<?>[]::new);
      try {
        CompletableFuture.allOf(now).get(left, TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        return false;
      } catch (ExecutionException e) {
        throw new IllegalStateException("a late reply tracker failed", e); // unreachable
      }
    }
    return true;
  }

  private static String rootMessage(Throwable failure) {
    Throwable t = failure;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
