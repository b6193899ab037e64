package org.unionbot.wechat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.unionbot.core.Message;
import org.unionbot.core.Reply;
import org.unionbot.core.UserId;
import org.unionbot.http.Endpoint;
import org.unionbot.http.Request;
import org.unionbot.http.Response;

/**
 * {@code /wechat}: the WeChat Official Account server URL (docs/WECHAT.md §1–2).
 *
 * <ul>
 *   <li>{@code GET}: URL verification; echoes {@code echostr} when {@code signature} holds.
 *   <li>{@code POST}: a pushed message in plaintext, compatible or safe mode. {@code signature} is
 *       checked on every request and {@code msg_signature} before decrypting ({@code
 *       encrypt_type=aes}); a timestamp more than 300 s off is refused. The reply is encrypted
 *       whenever the request was.
 * </ul>
 *
 * <p>A push goes one way through the steps, each a class of its own: verify ({@link OriginCheck}) →
 * decrypt ({@link PushDecryptor}) → then the {@link PushPipeline} shared with WeCom: parse ({@link
 * PushParser}) → dedupe and claim ({@link PushDedupe}) → answer ({@link BotAnswers}) → render
 * ({@link ReplyRenderer}) → encrypt ({@link ReplyEncryptor}), with the 5-second rule raced in
 * {@link ReplyRace} and late replies sent by {@link LateReplies}.
 *
 * <p>Refusals: missing parameters or a malformed body are 400; a bad signature, a bad {@code
 * msg_signature} or a ciphertext that does not decrypt are one 403 ("signature check failed"); a
 * stale timestamp is 403 too. Nothing tells which check of the ciphertext failed.
 *
 * <p>Replies are kept in a {@link ReplyCache}, so WeChat's retries get the same reply and the bot
 * runs once per message. When a reply is not ready within {@link WeChatConfig#replyTimeout()} and
 * the customer-service API is configured, the push is answered {@code success} and the reply sent
 * through that API when it is ready; without the API, the push waits (and WeChat's retries wait on
 * the same reply) for up to {@link #MAX_WAIT}. Thread-safe.
 */
public final class WeChatEndpoint implements Endpoint {

  /**
   * Tells whether this node handles a push that its reply cache has not seen: false when another
   * node sharing the database claimed it first (a retry that moved), which is then answered {@code
   * success} instead of running the bot twice. In production {@code Store::claimMessage}.
   */
  @FunctionalInterface
  public interface Claims {
    boolean claim(String key, Instant at);

    /** One node: the reply cache is enough. */
    Claims LOCAL = (key, at) -> true;
  }

  /** The longest a push waits for its reply when there is no customer-service API to fall on. */
  static final Duration MAX_WAIT = PushPipeline.MAX_WAIT;

  private final OriginCheck origin;
  private final PushDecryptor decryptor;
  private final PushPipeline pipeline;

  /**
   * @param config the account's Token, keys and timeouts
   * @param bot answers messages; in production {@code bot::handle}, in tests maybe slower
   * @param executor runs the bot (never the Netty event loop)
   * @param api sends late replies; empty when the AppSecret is not configured
   * @param meters where to count replies, dedupe hits and asynchronous sends
   * @param clock judges the freshness of timestamps
   * @param claims claims each push this node's cache has not seen, for nodes sharing a database;
   *     {@link Claims#LOCAL} on one node
   */
  public WeChatEndpoint(
      WeChatConfig config,
      Function<Message, Reply> bot,
      Executor executor,
      Optional<WeChatApiClient> api,
      MeterRegistry meters,
      Clock clock,
      Claims claims) {
    this.origin = new OriginCheck(config.token(), clock);
    this.decryptor = new PushDecryptor(config.crypto());
    this.pipeline =
        new PushPipeline(
            UserId.WECHAT, bot, executor, api, config.replyTimeout(), meters, clock, claims);
  }

  /**
   * True: {@link #handle} checks, decrypts and parses (bounded work, no I/O) and runs the bot on
   * the executor.
   */
  @Override
  public boolean nonBlocking() {
    return true;
  }

  @Override
  public CompletableFuture<Response> handle(Request request) {
    origin.check(request);
    if ("GET".equals(request.method())) {
      String echo = OriginCheck.require(request, "echostr");
      return CompletableFuture.completedFuture(Response.text(200, echo));
    }
    PushDecryptor.Opened opened = decryptor.open(request);
    return pipeline.answer(opened.xml(), opened.replyCrypto());
  }

  /**
   * Waits, at most {@code timeout}, until every late reply that was handed to the customer-service
   * API has been sent (or has failed): for a graceful shutdown, so that a push already answered
   * {@code success} still gets its reply.
   *
   * @return true if none is pending any more
   */
  @Override
  public boolean drain(Duration timeout) throws InterruptedException {
    return pipeline.drain(timeout);
  }
}
