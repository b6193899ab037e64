package org.unionbot.wechat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.unionbot.core.Message;
import org.unionbot.core.Reply;
import org.unionbot.core.UserId;
import org.unionbot.http.Response;

/**
 * Steps 3 to 7 of a push, once it is verified and in plaintext, for every channel that speaks
 * WeChat's push protocol ({@code /wechat}, and WeCom's {@code /wecom}): parse ({@link PushParser})
 * → dedupe and claim ({@link PushDedupe}) → answer ({@link BotAnswers}) → render ({@link
 * ReplyRenderer}) → encrypt ({@link ReplyEncryptor}), with the 5-second rule raced in {@link
 * ReplyRace} and late replies sent by {@link LateReplies}.
 *
 * <p>The channel names the users ({@code wechat:<OpenID>}, {@code wecom:<UserID>}: {@link UserId})
 * and the meters ({@code unionbot.<channel>.dedupe.hits}, {@code unionbot.<channel>.async.sends},
 * the cache {@code <channel>_replies}, and the tag {@code channel} of {@code unionbot.replies}).
 * Thread-safe.
 */
public final class PushPipeline {
  /** The longest a push waits for its reply when there is no API to send it late through. */
  public static final Duration MAX_WAIT = Duration.ofSeconds(15);

  private final String channel;
  private final PushDedupe dedupe;
  private final BotAnswers answers;
  private final ReplyRace race;
  private final LateReplies late;

  /**
   * @param channel {@link UserId#WECHAT} or {@link UserId#WECOM}
   * @param bot answers messages
   * @param executor runs the bot (never the Netty event loop)
   * @param api sends late replies; empty when the channel's secret is not configured, and then a
   *     push waits for its reply up to {@link #MAX_WAIT}
   * @param replyTimeout how long a push waits for its reply before it is answered {@code success}
   *     and the reply goes through {@code api}
   * @param meters where to count replies, dedupe hits and late sends
   * @param clock writes the replies' CreateTime
   * @param claims claims each push this node's cache has not seen, for nodes sharing a database
   */
  public PushPipeline(
      String channel,
      Function<Message, Reply> bot,
      Executor executor,
      Optional<? extends TextSender> api,
      Duration replyTimeout,
      MeterRegistry meters,
      Clock clock,
      WeChatEndpoint.Claims claims) {
    if (!UserId.WECHAT.equals(channel) && !UserId.WECOM.equals(channel)) {
      throw new IllegalArgumentException("pushes come from wechat or wecom, not " + channel);
    }
    this.channel = channel;
    this.dedupe = new PushDedupe(channel, claims, clock, meters);
    this.answers = new BotAnswers(channel, bot, executor, meters);
    this.late = new LateReplies(channel, api.map(TextSender.class::cast), meters);
    Duration timeout = api.isPresent() ? Objects.requireNonNull(replyTimeout) : MAX_WAIT;
    this.race = new ReplyRace(timeout, new ReplyRenderer(clock), late);
  }

  /**
   * The response to a verified push.
   *
   * @param xml the push in plaintext
   * @param replyCrypto encrypts the reply; empty for a plaintext push
   * @throws org.unionbot.http.HttpError 400 for a malformed or hostile push
   */
  public CompletableFuture<Response> answer(String xml, Optional<MessageCrypto> replyCrypto) {
    PushParser.Parsed push = PushParser.parse(xml, channel);
    ReplyCache.Pending pending =
        dedupe.pending(push.message(), firstHere -> answers.start(push.action(), firstHere));
    return race.respond(push.message(), pending, replyCrypto);
  }

  /**
   * Waits, at most {@code timeout}, until every late reply handed to the API has been sent (or has
   * failed), for a graceful shutdown.
   *
   * @return true if none is pending any more
   */
  public boolean drain(Duration timeout) throws InterruptedException {
    return late.drain(timeout);
  }
}
