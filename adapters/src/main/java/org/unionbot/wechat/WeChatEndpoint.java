package org.unionbot.wechat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionbot.core.Message;
import org.unionbot.core.Reply;
import org.unionbot.http.Endpoint;
import org.unionbot.http.HttpError;
import org.unionbot.http.Request;
import org.unionbot.http.Response;

/**
 * {@code /wechat}: the WeChat Official Account server URL (WECHAT.md §1–2).
 *
 * <ul>
 *   <li>{@code GET}: URL verification; echoes {@code echostr} when {@code signature} holds.
 *   <li>{@code POST}: a pushed message in plaintext, compatible or safe mode. {@code signature} is
 *       checked on every request and {@code msg_signature} before decrypting ({@code
 *       encrypt_type=aes}); a timestamp more than 300 s off is refused. The reply is encrypted
 *       whenever the request was.
 * </ul>
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
   * success} instead of running the bot twice. In production {@code Admin::claimMessage}.
   */
  @FunctionalInterface
  public interface Claims {
    boolean claim(String key, Instant at);

    /** One node: the reply cache is enough. */
    Claims LOCAL = (key, at) -> true;
  }

  private static final Logger LOG = LoggerFactory.getLogger(WeChatEndpoint.class);

  /** How long replies are remembered for retries (WeChat's 3 tries end within about 15 s). */
  static final Duration DEDUPE_TTL = Duration.ofSeconds(30);

  /**
   * Replies remembered at most. A campaign peak of 100,000 followers sending 10 messages in 30
   * minutes is about 560 messages a second, or about 17,000 within the TTL; beyond that the oldest
   * go first, and the heap stays small under -Xmx256m.
   */
  static final long DEDUPE_MAX_ENTRIES = 30_000;

  /** The longest a push waits for its reply when there is no customer-service API to fall on. */
  static final Duration MAX_WAIT = Duration.ofSeconds(15);

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Response SUCCESS = Response.text(200, WeChatXml.NO_REPLY);

  private final String token;
  private final Optional<MessageCrypto> crypto;
  private final Function<Message, Reply> bot;
  private final Executor executor;
  private final Optional<WeChatApiClient> api;
  private final Duration replyTimeout;
  private final Clock clock;
  private final ReplyCache replies = new ReplyCache(DEDUPE_TTL, DEDUPE_MAX_ENTRIES);
  private final Claims claims;
  private final Counter claimedElsewhere;
  private final MeterRegistry meters;
  private final Counter dedupeHits;
  private final Counter sentLater;
  private final Counter sendFailures;

  /**
   * @param config the account's Token, keys and timeouts
   * @param bot answers messages; in production {@code bot::handle}, in tests maybe slower
   * @param executor runs the bot (never the Netty event loop)
   * @param api sends late replies; empty when the AppSecret is not configured
   * @param meters where to count replies, dedupe hits and asynchronous sends
   * @param clock judges the freshness of timestamps
   */
  public WeChatEndpoint(
      WeChatConfig config,
      Function<Message, Reply> bot,
      Executor executor,
      Optional<WeChatApiClient> api,
      MeterRegistry meters,
      Clock clock) {
    this(config, bot, executor, api, meters, clock, Claims.LOCAL);
  }

  /**
   * @param claims claims each push this node's cache has not seen, for nodes sharing a database
   */
  public WeChatEndpoint(
      WeChatConfig config,
      Function<Message, Reply> bot,
      Executor executor,
      Optional<WeChatApiClient> api,
      MeterRegistry meters,
      Clock clock,
      Claims claims) {
    this.claims = Objects.requireNonNull(claims, "claims");
    this.token = config.token();
    this.crypto = config.crypto();
    this.bot = Objects.requireNonNull(bot, "bot");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.api = Objects.requireNonNull(api, "api");
    this.replyTimeout = api.isPresent() ? config.replyTimeout() : MAX_WAIT;
    this.meters = Objects.requireNonNull(meters, "meters");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.dedupeHits =
        Counter.builder("unionbot.wechat.dedupe.hits")
            .description("WeChat retries answered from the reply cache")
            .register(meters);
    this.claimedElsewhere =
        Counter.builder("unionbot.wechat.dedupe.elsewhere")
            .description("WeChat pushes another node claimed first (answered success)")
            .register(meters);
    this.sentLater = asyncSends(meters, "ok");
    this.sendFailures = asyncSends(meters, "failed");
  }

  private static Counter asyncSends(MeterRegistry meters, String outcome) {
    return Counter.builder("unionbot.wechat.async.sends")
        .description("Late replies sent through the customer-service API")
        .tag("outcome", outcome)
        .register(meters);
  }

  @Override
  public CompletableFuture<Response> handle(Request request) {
    if ("GET".equals(request.method())) {
      checkOrigin(request);
      String echo = require(request, "echostr");
      return CompletableFuture.completedFuture(Response.text(200, echo));
    }
    return push(request);
  }

  private CompletableFuture<Response> push(Request request) {
    checkOrigin(request);
    String encryptType = request.param("encrypt_type").orElse("raw");
    InboundMessage message;
    Optional<MessageCrypto> replyCrypto;
    if ("aes".equalsIgnoreCase(encryptType)) {
      MessageCrypto keys =
          crypto.orElseThrow(
              () ->
                  HttpError.badRequest(
                      "encrypted messages are not enabled: configure the EncodingAESKey"));
      String encrypt = parse(() -> WeChatXml.parseEncrypt(request.body()));
      MessageCrypto.Decrypted decrypted;
      try {
        decrypted =
            keys.decrypt(
                request.param("msg_signature").orElse(null),
                request.param("timestamp").orElse(null),
                request.param("nonce").orElse(null),
                encrypt);
      } catch (WeChatProtocolException e) {
        throw HttpError.of(403, "signature check failed", "msg_signature or ciphertext refused");
      }
      message = parse(() -> WeChatXml.parse(decrypted.plaintext()));
      replyCrypto = Optional.of(decrypted.replyCrypto());
    } else if ("raw".equalsIgnoreCase(encryptType)) {
      message = parse(() -> WeChatXml.parse(request.body()));
      replyCrypto = Optional.empty();
    } else {
      throw HttpError.badRequest("unsupported encrypt_type");
    }
    return answer(message, replyCrypto);
  }

  private CompletableFuture<Response> answer(
      InboundMessage message, Optional<MessageCrypto> replyCrypto) {
    WeChatMessages.Action action = WeChatMessages.route(message);
    ReplyCache.Key key = ReplyCache.Key.of(message);
    ReplyCache.Claim claim = replies.claim(key, () -> start(action, key));
    if (claim.duplicate()) {
      dedupeHits.increment();
    }
    ReplyCache.Pending pending = claim.pending();
    CompletableFuture<Optional<Reply>> ready = pending.reply().thenApply(Optional::of);
    ready.completeOnTimeout(Optional.empty(), replyTimeout.toMillis(), TimeUnit.MILLISECONDS);
    return ready.thenApply(
        reply -> {
          if (reply.isEmpty()) {
            return late(message, pending);
          }
          return pending.handedOver() ? SUCCESS : render(message, reply.get(), replyCrypto);
        });
  }

  private CompletableFuture<Reply> start(WeChatMessages.Action action, ReplyCache.Key key) {
    if (action instanceof WeChatMessages.Fixed fixed) {
      return CompletableFuture.completedFuture(fixed.reply());
    }
    Message message = ((WeChatMessages.Ask) action).message();
    String claimKey = key.account() + "/" + key.user() + "/" + key.id();
    return CompletableFuture.supplyAsync(
            () -> {
              if (!claims.claim(claimKey, clock.instant())) {
                claimedElsewhere.increment();
                return Reply.none();
              }
              return bot.apply(message);
            },
            executor)
        .thenApply(
            reply -> {
              Counter.builder("unionbot.replies")
                  .description("Bot replies by channel and kind (answer, fallback, ...)")
                  .tag("channel", "wechat")
                  .tag("kind", reply.kind().wireName())
                  .register(meters)
                  .increment();
              return reply;
            });
  }

  /** The reply missed the deadline: answer {@code success} now and send it later if we can. */
  private Response late(InboundMessage message, ReplyCache.Pending pending) {
    if (api.isPresent() && pending.handOver()) {
      LOG.info(
          "reply not ready within {} ms; it goes out through the customer-service API",
          replyTimeout.toMillis());
      pending.reply().thenAccept(reply -> sendLater(message.fromUser(), reply));
    }
    return SUCCESS;
  }

  private void sendLater(String openId, Reply reply) {
    if (reply.kind() == Reply.Kind.NONE || reply.text().isEmpty()) {
      return;
    }
    api.orElseThrow()
        .sendText(openId, reply.text())
        .whenComplete(
            (ok, failure) -> {
              if (failure == null) {
                sentLater.increment();
              } else {
                sendFailures.increment();
                LOG.warn("customer-service send failed: {}", rootMessage(failure));
              }
            });
  }

  private Response render(
      InboundMessage message, Reply reply, Optional<MessageCrypto> replyCrypto) {
    if (reply.kind() == Reply.Kind.NONE || reply.text().isEmpty()) {
      return SUCCESS;
    }
    long now = clock.instant().getEpochSecond();
    String xml = WeChatXml.textReply(message.fromUser(), message.toUser(), now, reply.text());
    if (replyCrypto.isEmpty()) {
      return Response.of(200, Response.XML, xml);
    }
    String nonce = Long.toString(RANDOM.nextLong() & Long.MAX_VALUE);
    return Response.of(
        200, Response.XML, replyCrypto.get().encryptReply(xml, Long.toString(now), nonce));
  }

  /** Checks {@code signature} and the timestamp window; 400 when a parameter is missing. */
  private void checkOrigin(Request request) {
    String signature = require(request, "signature");
    String timestamp = require(request, "timestamp");
    String nonce = require(request, "nonce");
    if (!Signature.verify(signature, token, timestamp, nonce)) {
      throw HttpError.of(403, "signature check failed", "bad signature");
    }
    if (!Signature.isFresh(timestamp, clock)) {
      throw HttpError.of(403, "stale timestamp");
    }
  }

  private static String require(Request request, String name) {
    return request
        .param(name)
        .filter(value -> !value.isEmpty())
        .orElseThrow(() -> HttpError.badRequest("missing query parameter " + name));
  }

  private static <T> T parse(Supplier<T> parser) {
    try {
      return parser.get();
    } catch (WeChatProtocolException e) {
      throw HttpError.of(400, "malformed message", e.getMessage());
    }
  }

  private static String rootMessage(Throwable failure) {
    Throwable t = failure;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
