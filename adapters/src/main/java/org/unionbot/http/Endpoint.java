package org.unionbot.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Serves the requests of one path. Called off the Netty event loop (unless {@link #nonBlocking}),
 * so it may block briefly; work that may take long should complete the returned future later
 * instead of blocking.
 *
 * <p>A refusal is an {@link HttpError}, thrown or completing the future exceptionally; any other
 * exception is a 500. Implementations are thread-safe.
 */
@FunctionalInterface
public interface Endpoint {
  CompletableFuture<Response> handle(Request request);

  /**
   * Whether {@link #handle} never blocks and does its slow work (the bot, a database) on an
   * executor of its own, so the server may call it on the event loop and save a thread hand-off.
   * False unless an endpoint says otherwise.
   */
  default boolean nonBlocking() {
    return false;
  }

  /**
   * On shutdown, after the last response went out: waits, at most {@code timeout}, for work the
   * endpoint still does on its own (late replies, say).
   *
   * @return true if nothing is left
   */
  default boolean drain(Duration timeout) throws InterruptedException {
    return true;
  }
}
