package org.unionbot.wechat;

import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import io.netty.util.TimerTask;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionbot.core.Reply;
import org.unionbot.http.Response;

/**
 * The 5-second rule (docs/WECHAT.md §1.6): a push is answered with its rendered reply or, if that
 * is not ready within the timeout, with {@code success}, and the reply is then handed to {@link
 * LateReplies}, once per message, when they are enabled. A retry whose reply went out late is
 * answered {@code success} too.
 *
 * <p>Deadlines run on one Netty {@link HashedWheelTimer} shared by the process (a daemon thread
 * ticking every {@link #TICK}), so a deadline fires at most one tick late. Thread-safe.
 */
final class ReplyRace {
  /** Logs as the endpoint, whose log lines these are. */
  private static final Logger LOG = LoggerFactory.getLogger(WeChatEndpoint.class);

  /** The deadline timer's resolution. */
  static final Duration TICK = Duration.ofMillis(20);

  /** One timer for every endpoint, started on first use; its thread is a daemon, never stopped. */
  private static final class Deadlines {
    static final HashedWheelTimer TIMER =
        new HashedWheelTimer(
            new DefaultThreadFactory("unionbot-wechat-deadlines", true),
            TICK.toMillis(),
            TimeUnit.MILLISECONDS);
  }

  private final Duration timeout;
  private final ReplyRenderer renderer;
  private final LateReplies late;

  /**
   * @param timeout how long a push waits for its reply
   * @param renderer turns the reply into the push's response
   * @param late sends the replies that missed the timeout, if enabled
   */
  ReplyRace(Duration timeout, ReplyRenderer renderer, LateReplies late) {
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.late = Objects.requireNonNull(late, "late");
  }

  /** The response to {@code message}, whose reply is {@code pending}. */
  CompletableFuture<Response> respond(
      InboundMessage message, ReplyCache.Pending pending, Optional<MessageCrypto> replyCrypto) {
    CompletableFuture<Reply> reply = pending.reply();
    if (reply.isDone() && !reply.isCompletedExceptionally()) {
      // a fixed reply, or a retry of one already answered: no deadline to watch
      return CompletableFuture.completedFuture(render(message, pending, reply.join(), replyCrypto));
    }
    Push push = new Push(message, pending, replyCrypto);
    push.deadline = Deadlines.TIMER.newTimeout(push, timeout.toNanos(), TimeUnit.NANOSECONDS);
    reply.whenComplete(push);
    return push;
  }

  private Response render(
      InboundMessage message,
      ReplyCache.Pending pending,
      Reply reply,
      Optional<MessageCrypto> replyCrypto) {
    return pending.handedOver()
        ? ReplyRenderer.SUCCESS
        : renderer.render(message, reply, replyCrypto);
  }

  /**
   * The response to one push: completed by its reply or by its deadline, whichever comes first.
   * Being its own timer task and its own reply callback keeps the per-push garbage small.
   */
  private final class Push extends CompletableFuture<Response>
      implements TimerTask, BiConsumer<Reply, Throwable> {
    private final InboundMessage message;
    private final ReplyCache.Pending pending;
    private final Optional<MessageCrypto> replyCrypto;

    /** Set before the reply callback is registered, so {@link #accept} always sees it. */
    private Timeout deadline;

    Push(InboundMessage message, ReplyCache.Pending pending, Optional<MessageCrypto> replyCrypto) {
      this.message = message;
      this.pending = pending;
      this.replyCrypto = replyCrypto;
    }

    @Override
    public void accept(Reply reply, Throwable failure) {
      if (isDone()) {
        return; // the deadline answered first
      }
      deadline.cancel();
      if (failure != null) {
        completeExceptionally(failure); // the bot could not even start: the server is saturated
      } else {
        complete(render(message, pending, reply, replyCrypto));
      }
    }

    /**
     * The reply missed the deadline: answer {@code success} now and send it later if we can. The
     * late send's place is held before {@code success} goes out: a shutdown that starts as soon as
     * the client has read it must find the reply still owed and wait for it.
     */
    @Override
    public void run(Timeout expired) {
      CompletableFuture<Void> owed = late.enabled() ? late.reserve() : null;
      try {
        if (!complete(ReplyRenderer.SUCCESS)) {
          return; // the reply won the race
        }
        if (owed != null && pending.handOver()) {
          LOG.info(
              "reply not ready within {} ms; it goes out through the customer-service API",
              timeout.toMillis());
          late.send(message.fromUser(), pending.reply(), owed);
          owed = null;
        }
      } catch (RuntimeException e) {
        LOG.error("a reply deadline failed", e);
      } finally {
        if (owed != null) {
          late.release(owed);
        }
      }
    }
  }
}
