package org.unionbot.wechat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionbot.core.Reply;

/**
 * Step 4 of a push, dedupe and claim: a retry of a push (same MsgId, or for events the same sender,
 * time, event and key) shares the first attempt's pending reply in a {@link ReplyCache}, so the bot
 * runs once per message. With nodes sharing a database, the first attempt also claims the push
 * there before asking the bot ({@link WeChatEndpoint.Claims}); a push another node claimed first is
 * answered {@code success}.
 *
 * <p>Counts {@code unionbot.<channel>.dedupe.hits} and {@code unionbot.<channel>.dedupe.elsewhere},
 * and the cache as {@code <channel>_replies} ({@code wechat} or {@code wecom}). Thread-safe.
 */
final class PushDedupe {
  /** Logs as the endpoint, whose log lines these are. */
  private static final Logger LOG = LoggerFactory.getLogger(WeChatEndpoint.class);

  /** How long replies are remembered for retries (WeChat's 3 tries end within about 15 s). */
  static final Duration TTL = Duration.ofSeconds(30);

  /**
   * Replies remembered at most. A campaign peak of 100,000 followers sending 10 messages in 30
   * minutes is about 560 messages a second, or about 17,000 within the TTL; beyond that the oldest
   * go first, and the heap stays small under -Xmx256m.
   */
  static final long MAX_ENTRIES = 30_000;

  private final ReplyCache replies = new ReplyCache(TTL, MAX_ENTRIES);
  private final WeChatEndpoint.Claims claims;
  private final Clock clock;
  private final Counter hits;
  private final Counter claimedElsewhere;

  /**
   * @param channel names the meters: {@code wechat} or {@code wecom}
   */
  PushDedupe(String channel, WeChatEndpoint.Claims claims, Clock clock, MeterRegistry meters) {
    this.claims = Objects.requireNonNull(claims, "claims");
    this.clock = Objects.requireNonNull(clock, "clock");
    CaffeineCacheMetrics.monitor(meters, replies.cache(), channel + "_replies");
    this.hits =
        Counter.builder("unionbot." + channel + ".dedupe.hits")
            .description("WeChat retries answered from the reply cache")
            .register(meters);
    this.claimedElsewhere =
        Counter.builder("unionbot." + channel + ".dedupe.elsewhere")
            .description("WeChat pushes another node claimed first (answered success)")
            .register(meters);
  }

  /**
   * The pending reply to {@code message}: a retry's is the first attempt's; a first attempt's is
   * what {@code answer} returns, given the claim check to make before asking the bot.
   */
  ReplyCache.Pending pending(
      InboundMessage message, Function<BooleanSupplier, CompletableFuture<Reply>> answer) {
    ReplyCache.Key key = ReplyCache.Key.of(message);
    ReplyCache.Claim claim = replies.claim(key, () -> answer.apply(() -> firstHere(key)));
    if (claim.duplicate()) {
      hits.increment();
    }
    return claim.pending();
  }

  /**
   * Whether this node is the first to handle a push its reply cache has not seen: always on one
   * node; with nodes sharing a database, the one that claims it there. If the claim cannot be
   * checked, the push is handled here: a rare double answer beats a lost one. May block on the
   * database, so it runs on the bot's executor.
   */
  private boolean firstHere(ReplyCache.Key key) {
    if (claims == WeChatEndpoint.Claims.LOCAL) {
      return true;
    }
    try {
      if (claims.claim(key.account() + "/" + key.user() + "/" + key.id(), clock.instant())) {
        return true;
      }
    } catch (RuntimeException e) {
      LOG.warn("cannot claim a WeChat push in the database, handling it here: {}", e.toString());
      return true;
    }
    claimedElsewhere.increment();
    return false;
  }
}
