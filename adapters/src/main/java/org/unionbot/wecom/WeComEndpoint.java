package org.unionbot.wecom;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
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
import org.unionbot.wechat.MessageCrypto;
import org.unionbot.wechat.OriginCheck;
import org.unionbot.wechat.PushDecryptor;
import org.unionbot.wechat.PushPipeline;
import org.unionbot.wechat.WeChatEndpoint;

/**
 * {@code /wecom}: the callback URL of a WeCom (企业微信) self-built app (docs/wechat-setup.md "WeCom").
 * WeCom speaks the public account's protocol in safe mode only, with the corp id as the receive id,
 * so this endpoint only verifies and decrypts, then hands the push to the same {@link PushPipeline}
 * as {@code /wechat}:
 *
 * <ul>
 *   <li>{@code GET}: URL verification: {@code msg_signature} over the Token, {@code timestamp},
 *       {@code nonce} and {@code echostr}; the decrypted {@code echostr} is echoed in plaintext.
 *   <li>{@code POST}: an encrypted push ({@code msg_signature} over its {@code <Encrypt>}): text,
 *       voice with {@code Recognition}, the events {@code enter_agent} (the bot's welcome), {@code
 *       click} (a menu key) and {@code view} (no reply). The reply is encrypted with the corp id.
 * </ul>
 *
 * <p>Refusals are {@code /wechat}'s: a missing parameter or a malformed body is 400; a bad {@code
 * msg_signature} or a ciphertext that does not decrypt is one 403 ("signature check failed"); a
 * timestamp more than 300 s off is 403; the server refuses bodies over 64 KiB (413), and the XML
 * reader refuses DTDs and entities. Retries share one reply, and a reply not ready within the reply
 * timeout goes out through the app message API when the app's Secret is configured. Users are
 * {@code wecom:<UserID>}. Thread-safe.
 */
public final class WeComEndpoint implements Endpoint {
  private final OriginCheck origin;
  private final MessageCrypto crypto;
  private final PushPipeline pipeline;

  /**
   * @param config the app's corp id, Token and key
   * @param bot answers messages
   * @param executor runs the bot (never the Netty event loop)
   * @param api sends late replies; empty when the app's Secret is not configured
   * @param replyTimeout how long a push may wait for its reply (the public account's setting)
   * @param meters where to count replies, dedupe hits ({@code unionbot.wecom.*}) and late sends
   * @param clock judges the freshness of timestamps
   * @param claims claims each push for nodes sharing a database; {@link
   *     WeChatEndpoint.Claims#LOCAL} on one node
   */
  public WeComEndpoint(
      WeComConfig config,
      Function<Message, Reply> bot,
      Executor executor,
      Optional<WeComApiClient> api,
      Duration replyTimeout,
      MeterRegistry meters,
      Clock clock,
      WeChatEndpoint.Claims claims) {
    this.origin = new OriginCheck(config.token(), clock);
    this.crypto = config.crypto();
    this.pipeline =
        new PushPipeline(UserId.WECOM, bot, executor, api, replyTimeout, meters, clock, claims);
  }

  /** True: checks, decryption and parsing are bounded work; the bot runs on the executor. */
  @Override
  public boolean nonBlocking() {
    return true;
  }

  @Override
  public CompletableFuture<Response> handle(Request request) {
    OriginCheck.require(request, "msg_signature");
    OriginCheck.require(request, "nonce");
    origin.requireFresh(OriginCheck.require(request, "timestamp"));
    if ("GET".equals(request.method())) {
      String echo = OriginCheck.require(request, "echostr");
      String plain = PushDecryptor.decrypt(crypto, request, echo).plaintext();
      return CompletableFuture.completedFuture(Response.text(200, plain));
    }
    PushDecryptor.Opened opened = PushDecryptor.openSealed(crypto, request);
    return pipeline.answer(opened.xml(), opened.replyCrypto());
  }

  /** Waits, at most {@code timeout}, until every late reply has been sent (or has failed). */
  @Override
  public boolean drain(Duration timeout) throws InterruptedException {
    return pipeline.drain(timeout);
  }
}
