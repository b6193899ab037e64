package org.unionbot.http;

import java.util.concurrent.CompletableFuture;

/**
 * Serves the requests of one path. Called off the Netty event loop, so it may block briefly; work
 * that may take long should complete the returned future later instead of blocking.
 *
 * <p>A refusal is an {@link HttpError}, thrown or completing the future exceptionally; any other
 * exception is a 500. Implementations are thread-safe.
 */
@FunctionalInterface
public interface Endpoint {
  CompletableFuture<Response> handle(Request request);
}
