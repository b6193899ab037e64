package org.unionbot.wechat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
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

  /** What a user reads when the bot failed on their message (the error itself is logged). */
  static final String APOLOGY_TEXT = "抱歉，系统暂时出了点问题，请稍后再试。";

  private static final Reply APOLOGY = Reply.of(Reply.Kind.HELP, APOLOGY_TEXT);
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
  private final Deadlines deadlines;
  private final InFlight late = new InFlight();
  private final Map<Reply.Kind, Counter> replyCounters = new EnumMap<>(Reply.Kind.class);
  private final Counter dedupeHits;
  private final Counter sentLater;
  private final Counter sendFailures;
  private final Counter botFailures;

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
    CaffeineCacheMetrics.monitor(meters, replies.cache(), "wechat_replies");
    this.token = config.token();
    this.crypto = config.crypto();
    this.bot = Objects.requireNonNull(bot, "bot");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.api = Objects.requireNonNull(api, "api");
    this.replyTimeout = api.isPresent() ? config.replyTimeout() : MAX_WAIT;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.deadlines = new Deadlines(replyTimeout);
    for (Reply.Kind kind : Reply.Kind.values()) {
      replyCounters.put(
          kind,
          Counter.builder("unionbot.replies")
              .description("Bot replies by channel and kind (answer, fallback, ...)")
              .tag("channel", "wechat")
              .tag("kind", kind.wireName())
              .register(meters));
    }
    this.botFailures =
        Counter.builder("unionbot.bot.failures")
            .description("Messages the bot failed on; the user got an apology")
            .tag("channel", "wechat")
            .register(meters);
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
    CompletableFuture<Reply> reply = pending.reply();
    if (reply.isDone() && !reply.isCompletedExceptionally()) {
      // a fixed reply, or a retry of one already answered: no deadline to watch
      return CompletableFuture.completedFuture(
          respond(message, pending, reply.join(), replyCrypto));
    }
    Push push = new Push(message, pending, replyCrypto);
    deadlines.add(push);
    reply.whenComplete(push);
    return push;
  }

  /**
   * The response to one push: completed by its reply or, if that is not ready in time, by its
   * deadline, whichever comes first. Being its own deadline and its own reply callback keeps the
   * per-push garbage to this one object.
   */
  private final class Push extends CompletableFuture<Response>
      implements Deadlines.Deadline, BiConsumer<Reply, Throwable> {
    private final InboundMessage message;
    private final ReplyCache.Pending pending;
    private final Optional<MessageCrypto> replyCrypto;

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
      if (failure != null) {
        completeExceptionally(failure); // the bot could not even start: the server is saturated
      } else {
        complete(respond(message, pending, reply, replyCrypto));
      }
    }

    @Override
    public boolean settled() {
      return isDone();
    }

    /** The reply missed the deadline: answer {@code success} now and send it later if we can. */
    @Override
    public void expire() {
      if (!complete(SUCCESS)) {
        return; // the reply won the race
      }
      if (api.isPresent() && pending.handOver()) {
        LOG.info(
            "reply not ready within {} ms; it goes out through the customer-service API",
            replyTimeout.toMillis());
        late.begin();
        pending.reply().whenComplete((reply, failure) -> sendLater(message.fromUser(), reply));
      }
    }
  }

  private Response respond(
      InboundMessage message,
      ReplyCache.Pending pending,
      Reply reply,
      Optional<MessageCrypto> replyCrypto) {
    return pending.handedOver() ? SUCCESS : render(message, reply, replyCrypto);
  }

  private CompletableFuture<Reply> start(WeChatMessages.Action action, ReplyCache.Key key) {
    if (action instanceof WeChatMessages.Fixed fixed) {
      return CompletableFuture.completedFuture(fixed.reply());
    }
    Message message = ((WeChatMessages.Ask) action).message();
    CompletableFuture<Reply> reply = new CompletableFuture<>();
    executor.execute(() -> reply.complete(firstHere(key) ? ask(message) : Reply.none()));
    return reply;
  }

  /**
   * Whether this node is the first to handle a push its reply cache has not seen: always on one
   * node; with nodes sharing a database, the one that claims it there. A push claimed elsewhere is
   * answered {@code success}. If the claim cannot be checked, the push is handled here: a rare
   * double answer beats a lost one.
   */
  private boolean firstHere(ReplyCache.Key key) {
    if (claims == Claims.LOCAL) {
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

  /** Sends a late reply (null if it failed to start) and counts the outcome. */
  private void sendLater(String openId, Reply reply) {
    if (reply == null || reply.kind() == Reply.Kind.NONE || reply.text().isEmpty()) {
      late.end();
      return;
    }
    CompletableFuture<Void> sent;
    try {
      sent = api.orElseThrow().sendText(openId, reply.text());
    } catch (RuntimeException e) {
      sent = CompletableFuture.failedFuture(e);
    }
    sent.whenComplete(
        (ok, failure) -> {
          if (failure == null) {
            sentLater.increment();
          } else {
            sendFailures.increment();
            LOG.warn("customer-service send failed: {}", rootMessage(failure));
          }
          late.end();
        });
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
    int pending = late.pending();
    if (pending > 0) {
      LOG.info("stopping: waiting for {} late reply(s) to the customer-service API", pending);
    }
    if (late.awaitNone(timeout)) {
      return true;
    }
    LOG.warn(
        "stopping: {} late reply(s) not sent after {} ms; they are lost",
        late.pending(),
        timeout.toMillis());
    return false;
  }

  private Response render(
      InboundMessage message, Reply reply, Optional<MessageCrypto> replyCrypto) {
    if (reply.kind() == Reply.Kind.NONE || reply.text().isEmpty()) {
      return SUCCESS;
    }
    long now = clock.instant().getEpochSecond();
    if (replyCrypto.isEmpty()) {
      byte[] xml = WeChatXml.textReplyUtf8(message.fromUser(), message.toUser(), now, reply.text());
      return new Response(200, Response.XML, xml, Map.of());
    }
    String xml = WeChatXml.textReply(message.fromUser(), message.toUser(), now, reply.text());
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

  /** A count of late replies not yet sent, that a shutdown can wait on. Thread-safe. */
  private static final class InFlight {
    private int pending;

    synchronized void begin() {
      pending++;
    }

    synchronized void end() {
      if (--pending == 0) {
        notifyAll();
      }
    }

    synchronized int pending() {
      return pending;
    }

    synchronized boolean awaitNone(Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (pending > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        wait(Math.max(1, left / 1_000_000));
      }
      return true;
    }
  }
}
