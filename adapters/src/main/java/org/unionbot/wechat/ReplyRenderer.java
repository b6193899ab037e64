package org.unionbot.wechat;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.unionbot.core.Reply;
import org.unionbot.core.intent.PhoneText;
import org.unionbot.http.Response;

/**
 * Step 6 of a push, render: the bot's reply, cut to one phone screen ({@link PhoneText}), as the
 * push's response, a passive text reply ({@link ReplyXml#textReplyUtf8}, the one writer for both
 * modes) sealed by {@link ReplyEncryptor} when the push came encrypted. A reply without text is
 * {@link #SUCCESS}. Immutable and thread-safe.
 */
final class ReplyRenderer {
  /** The response that tells WeChat "no reply": it then shows nothing and does not retry. */
  static final Response SUCCESS = Response.text(200, WeChatXml.NO_REPLY);

  private final Clock clock;

  ReplyRenderer(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * {@code reply} to {@code message}, encrypted with {@code replyCrypto} if present.
   *
   * @param message the push answered: the reply goes to its sender from its account
   */
  Response render(InboundMessage message, Reply reply, Optional<MessageCrypto> replyCrypto) {
    if (reply.kind() == Reply.Kind.NONE || reply.text().isEmpty()) {
      return SUCCESS;
    }
    long now = clock.instant().getEpochSecond();
    byte[] xml =
        ReplyXml.textReplyUtf8(message.fromUser(), message.toUser(), now, PhoneText.of(reply));
    if (replyCrypto.isEmpty()) {
      return new Response(200, Response.XML, xml, Map.of());
    }
    return Response.of(200, Response.XML, ReplyEncryptor.seal(replyCrypto.get(), xml, now));
  }
}
