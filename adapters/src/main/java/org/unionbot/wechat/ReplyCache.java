package org.unionbot.wechat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.unionbot.core.Reply;

/**
 * Remembers the reply to every handled push for a while, so that WeChat's retries (after 5 s, up to
 * three tries) get the same reply and the bot never runs twice for one message (docs/WECHAT.md
 * §1.6).
 *
 * <p>The key is MsgId for messages and FromUserName+CreateTime for events (plus the event and its
 * key, so two different clicks in one second stay apart), always with our account id. A retry that
 * arrives while the first attempt is still running waits on the same future. A reply that failed is
 * forgotten, so a retry tries again. Bounded in size, entries expire after a TTL. Thread-safe.
 */
final class ReplyCache {

  /** One push's identity. {@code id} is {@code m<MsgId>} or {@code e<CreateTime>/<event>/<key>}. */
  record Key(String account, String user, String id) {
    static Key of(InboundMessage m) {
      String id =
          m.msgId()
              .map(msgId -> "m" + msgId)
              .orElseGet(
                  () ->
                      "e"
                          + m.createTime()
                          + "/"
                          + m.event().orElse("")
                          + "/"
                          + m.eventKey().orElse(""));
      return new Key(m.toUser(), m.fromUser(), id);
    }
  }

  /** The reply to one push, possibly still running, and whether it went out asynchronously. */
  static final class Pending {
    private final CompletableFuture<Reply> reply = new CompletableFuture<>();
    private final AtomicBoolean handedOver = new AtomicBoolean();

    CompletableFuture<Reply> reply() {
      return reply;
    }

    /** Claims the one asynchronous delivery of this reply; true for the first caller only. */
    boolean handOver() {
      return handedOver.compareAndSet(false, true);
    }

    /** Whether the reply was (or will be) delivered through the customer-service API. */
    boolean handedOver() {
      return handedOver.get();
    }
  }

  /** A pending reply and whether another attempt had already started it. */
  record Claim(Pending pending, boolean duplicate) {}

  private final Cache<Key, Pending> cache;

  ReplyCache(Duration ttl, long maximumSize) {
    this.cache =
        Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maximumSize).recordStats().build();
  }

  /** The cache itself, for its metrics. */
  Cache<?, ?> cache() {
    return cache;
  }

  /**
   * The pending reply for {@code key}: an existing one (a retry), or a new one completed by what
   * {@code start} returns, which runs only if there was none.
   */
  Claim claim(Key key, Supplier<CompletableFuture<Reply>> start) {
    Objects.requireNonNull(key, "key");
    Pending fresh = new Pending();
    Pending existing = cache.asMap().putIfAbsent(key, fresh);
    if (existing != null) {
      return new Claim(existing, true);
    }
    CompletableFuture<Reply> running;
    try {
      running = start.get();
    } catch (RuntimeException e) {
      running = CompletableFuture.failedFuture(e);
    }
    running.whenComplete(
        (reply, failure) -> {
          if (failure != null) {
            cache.asMap().remove(key, fresh);
            fresh.reply.completeExceptionally(failure);
          } else {
            fresh.reply.complete(reply);
          }
        });
    return new Claim(fresh, false);
  }

  long size() {
    cache.cleanUp();
    return cache.estimatedSize();
  }
}
