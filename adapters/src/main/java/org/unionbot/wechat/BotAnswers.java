package org.unionbot.wechat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionbot.core.Message;
import org.unionbot.core.Reply;

/**
 * Step 5 of a push, answer: a fixed reply at once, or the bot's reply from the executor (never the
 * Netty event loop). A bot that throws is logged once and the user gets {@link #APOLOGY_TEXT}.
 *
 * <p>Counts {@code unionbot.replies} (by channel and kind) and {@code unionbot.bot.failures}.
 * Thread-safe.
 */
final class BotAnswers {
  /** Logs as the endpoint, whose log lines these are. */
  private static final Logger LOG = LoggerFactory.getLogger(WeChatEndpoint.class);

  /** What a user reads when the bot failed on their message (the error itself is logged). */
  static final String APOLOGY_TEXT = "抱歉，系统暂时出了点问题，请稍后再试。";

  private static final Reply APOLOGY = Reply.of(Reply.Kind.HELP, APOLOGY_TEXT);

  private final Function<Message, Reply> bot;
  private final Executor executor;
  private final Map<Reply.Kind, Counter> replyCounters = new EnumMap<>(Reply.Kind.class);
  private final Counter botFailures;

  BotAnswers(
      String channel, Function<Message, Reply> bot, Executor executor, MeterRegistry meters) {
    this.bot = Objects.requireNonNull(bot, "bot");
    this.executor = Objects.requireNonNull(executor, "executor");
    for (Reply.Kind kind : Reply.Kind.values()) {
      replyCounters.put(
          kind,
          Counter.builder("unionbot.replies")
              .description("Bot replies by channel and kind (answer, fallback, ...)")
              .tag("channel", channel)
              .tag("kind", kind.wireName())
              .register(meters));
    }
    this.botFailures =
        Counter.builder("unionbot.bot.failures")
            .description("Messages the bot failed on; the user got an apology")
            .tag("channel", channel)
            .register(meters);
  }

  /**
   * The reply to {@code action}. The bot is asked on the executor, and only if {@code firstHere}
   * holds there; otherwise the reply is {@link Reply#none()}. Fails if the executor refuses.
   */
  CompletableFuture<Reply> start(WeChatMessages.Action action, BooleanSupplier firstHere) {
    if (action instanceof WeChatMessages.Fixed fixed) {
      return CompletableFuture.completedFuture(fixed.reply());
    }
    Message message = ((WeChatMessages.Ask) action).message();
    CompletableFuture<Reply> reply = new CompletableFuture<>();
    executor.execute(() -> reply.complete(firstHere.getAsBoolean() ? ask(message) : Reply.none()));
    return reply;
  }

  /** The bot's reply, or an apology if the bot failed: logged here, once per message. */
  private Reply ask(Message message) {
    Reply reply;
    try {
      reply = bot.apply(message);
    } catch (RuntimeException e) {
      LOG.error("the bot failed on a WeChat message; the user gets an apology", e);
      botFailures.increment();
      return APOLOGY;
    }
    replyCounters.get(reply.kind()).increment();
    return reply;
  }
}
