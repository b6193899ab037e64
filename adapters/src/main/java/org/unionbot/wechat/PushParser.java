package org.unionbot.wechat;

import org.unionbot.http.HttpError;

/**
 * Step 3 of a push, parse: plaintext XML → {@link InboundMessage} ({@link WeChatXml}) → what to do
 * with it ({@link WeChatMessages}). A malformed or hostile body is 400 "malformed message"; a
 * {@code FromUserName} that is no usable user id is 400 too. Stateless.
 */
final class PushParser {

  /** A parsed push and what to do with it. */
  record Parsed(InboundMessage message, WeChatMessages.Action action) {}

  private PushParser() {}

  /**
   * @param channel whose user sent it ({@link org.unionbot.core.UserId#WECHAT} or {@code WECOM})
   */
  static Parsed parse(String xml, String channel) {
    InboundMessage message;
    try {
      message = WeChatXml.parse(xml);
    } catch (WeChatProtocolException e) {
      throw HttpError.of(400, "malformed message", e.getMessage());
    }
    return new Parsed(message, WeChatMessages.route(message, channel));
  }
}
