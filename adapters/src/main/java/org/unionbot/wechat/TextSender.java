package org.unionbot.wechat;

import java.util.concurrent.CompletableFuture;

/**
 * Sends a text message to one user outside a push's response: WeChat's customer-service API ({@link
 * WeChatApiClient}) or WeCom's application message API. {@link LateReplies} sends the replies that
 * missed the 5 seconds through it. Implementations are non-blocking and thread-safe.
 */
@FunctionalInterface
public interface TextSender {
  /**
   * Sends {@code text} to {@code user}, the push's {@code FromUserName}.
   *
   * @return completes when the API accepted the message, or exceptionally with a {@link
   *     WeChatApiException}
   */
  CompletableFuture<Void> sendText(String user, String text);
}
