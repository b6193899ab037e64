package org.unionbot.wechat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One access token, cached on this node until shortly before it expires and fetched once however
 * many calls need it at the same moment: the public account's stable token, or WeCom's corp token.
 * A call refused because the token is no good refreshes it once and is tried once more ({@link
 * #call}). Thread-safe; the token never appears in a message or {@link #toString()}.
 */
public final class TokenCache {
  /** Refresh this long before the token expires (WeChat hands out a new one in its last 5 min). */
  static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);

  private record Token(String value, Instant refreshAt) {}

  private final Supplier<CompletableFuture<JsonNode>> fetch;
  private final Set<Integer> badToken;
  private final Clock clock;
  private final AtomicReference<CompletableFuture<Token>> token = new AtomicReference<>();

  /**
   * @param fetch asks the API for a token: an answer with {@code access_token} and {@code
   *     expires_in} (seconds)
   * @param badToken the errcodes that mean "this token is no good" (invalid, expired, not the
   *     latest)
   * @param clock decides when the cached token is due for a refresh
   */
  public TokenCache(
      Supplier<CompletableFuture<JsonNode>> fetch, Set<Integer> badToken, Clock clock) {
    this.fetch = Objects.requireNonNull(fetch, "fetch");
    this.badToken = Set.copyOf(badToken);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Runs {@code call} with the current token. If it fails with one of the bad-token errcodes, the
   * token is dropped (unless another caller already replaced it), fetched again, and {@code call}
   * runs once more with the new one; a second failure is final.
   */
  public <T> CompletableFuture<T> call(Function<String, CompletableFuture<T>> call) {
    return call(call, true);
  }

  /**
   * {@link #call} of {@code POST} {@code json} to {@code pathAndQuery} with the token appended as
   * {@code access_token}; completes when the API answered errcode 0.
   */
  public CompletableFuture<Void> post(ApiCalls api, String pathAndQuery, String json, String what) {
    String join = pathAndQuery.indexOf('?') < 0 ? "?" : "&";
    return call(
        token ->
            api.post(pathAndQuery + join + "access_token=" + ApiCalls.encode(token), json, what)
                .thenApply(reply -> null));
  }

  private <T> CompletableFuture<T> call(
      Function<String, CompletableFuture<T>> call, boolean mayRetry) {
    CompletableFuture<Token> used = current();
    return used.thenCompose(t -> call.apply(t.value()))
        .handle(
            (result, failure) -> {
              Throwable cause = failure == null ? null : ApiCalls.unwrap(failure);
              if (cause instanceof WeChatApiException e
                  && badToken.contains(e.errcode())
                  && mayRetry) {
                token.compareAndSet(used, null);
                return call(call, false);
              }
              return cause == null
                  ? CompletableFuture.completedFuture(result)
                  : CompletableFuture.<T>failedFuture(cause);
            })
        .thenCompose(f -> f);
  }

  /** The cached token if it is fresh, else one fetch shared by every caller that needs it. */
  private CompletableFuture<Token> current() {
    while (true) {
      CompletableFuture<Token> cached = token.get();
      if (cached != null && (!cached.isDone() || isFresh(cached))) {
        return cached;
      }
      CompletableFuture<Token> next = new CompletableFuture<>();
      if (token.compareAndSet(cached, next)) {
        Instant asked = clock.instant();
        CompletableFuture<JsonNode> answer;
        try {
          answer = fetch.get();
        } catch (RuntimeException e) {
          answer = CompletableFuture.failedFuture(e);
        }
        answer.whenComplete(
            (reply, failure) -> {
              try {
                if (failure != null) {
                  throw failure instanceof RuntimeException r
                      ? r
                      : new IllegalStateException(failure);
                }
                next.complete(token(reply, asked));
              } catch (RuntimeException e) {
                token.compareAndSet(next, null);
                next.completeExceptionally(ApiCalls.unwrap(e));
              }
            });
        return next;
      }
    }
  }

  private boolean isFresh(CompletableFuture<Token> done) {
    return !done.isCompletedExceptionally() && done.join().refreshAt().isAfter(clock.instant());
  }

  private static Token token(JsonNode reply, Instant asked) {
    String value = reply.path("access_token").asText("");
    long seconds = reply.path("expires_in").asLong(0);
    if (value.isEmpty() || seconds <= 0) {
      throw new WeChatApiException(-1, "access token: no token in the answer");
    }
    Duration life = Duration.ofSeconds(seconds);
    Duration margin =
        life.compareTo(REFRESH_MARGIN.multipliedBy(2)) > 0 ? REFRESH_MARGIN : life.dividedBy(2);
    return new Token(value, asked.plus(life).minus(margin));
  }

  @Override
  public String toString() {
    return "TokenCache[" + (token.get() == null ? "empty" : "cached") + "]";
  }
}
