package org.unionbot.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.unionbot.http.Endpoint;
import org.unionbot.http.Response;
import org.unionbot.knowledge.KnowledgeBase;

/** {@code GET /healthz} and {@code GET /metrics}. */
final class StatusEndpoints {

  /** The Prometheus text exposition format that {@code /metrics} serves. */
  static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  /** How long {@code /healthz} waits for the store's check before it calls the store failing. */
  static final Duration STORE_CHECK_TIMEOUT = Duration.ofSeconds(2);

  /** How {@code /healthz}'s reason starts when the store's check failed or gave no answer. */
  private static final String CHECK_FAILED = "database check failed: ";

  private StatusEndpoints() {}

  /**
   * {@code {"status":"ok","kbVersion":N,"semantic":"on","version":"0.1.0"}}: the server only
   * listens once the knowledge base is built, so answering at all means ready. {@code semantic} is
   * the recall the process answers with: {@code on}, {@code off} (configured so) or {@code
   * unavailable} (the embedding model could not load here; lexical recall only). {@code version} is
   * this build's ({@link BuildInfo}).
   */
  static Endpoint health(KnowledgeBase knowledge, Supplier<String> semantic) {
    return health(knowledge, semantic, Optional::empty, Runnable::run);
  }

  /**
   * {@link #health(KnowledgeBase, Supplier)}, but 503 {@code
   * {"status":"failing","reason":"…","kbVersion":N,"semantic":"on","version":"0.1.0"}} while {@code
   * store} reports a problem ({@code Store.healthProblem}: the database file was deleted or
   * replaced, or the database does not answer a query), or does not answer within {@link
   * #STORE_CHECK_TIMEOUT} (the reason then also names what the latest check to finish found), so
   * that a balancer or supervisor takes the node out and an operator looks. The check runs on
   * {@code executor}.
   */
  static Endpoint health(
      KnowledgeBase knowledge,
      Supplier<String> semantic,
      Supplier<Optional<String>> store,
      Executor executor) {
    // what the latest check to finish found, in time or late: a check that times out names it
    AtomicReference<Optional<String>> lastFinished = new AtomicReference<>(Optional.empty());
    Supplier<Optional<String>> recorded =
        () -> {
          Optional<String> problem = store.get();
          lastFinished.set(problem);
          return problem;
        };
    return request ->
        CompletableFuture.supplyAsync(recorded, executor)
            .orTimeout(STORE_CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
            .exceptionally(e -> Optional.of(checkFailed(e, lastFinished.get())))
            .thenApply(
                problem -> {
                  ObjectNode body = JsonNodeFactory.instance.objectNode();
                  body.put("status", problem.isPresent() ? "failing" : "ok");
                  problem.ifPresent(reason -> body.put("reason", reason));
                  body.put("kbVersion", knowledge.version())
                      .put("semantic", semantic.get())
                      .put("version", BuildInfo.CURRENT.version());
                  return Response.json(problem.isPresent() ? 503 : 200, body.toString());
                });
  }

  /**
   * Why the store's check gave no answer: it timed out (naming what the latest check to finish
   * found, such as the database's refusal, which the pool reports only once its own, longer, wait
   * ends) or threw.
   */
  private static String checkFailed(Throwable e, Optional<String> lastFinished) {
    Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    if (cause instanceof TimeoutException) {
      return CHECK_FAILED
          + "no answer within "
          + STORE_CHECK_TIMEOUT.toSeconds()
          + " s"
          + lastFinished
              .map(p -> p.startsWith(CHECK_FAILED) ? p.substring(CHECK_FAILED.length()) : p)
              .map(p -> "; the latest check to finish: " + p)
              .orElse("");
    }
    return CHECK_FAILED + cause;
  }

  /** Every meter of {@code registry} in Prometheus text; empty for other registries (tests). */
  static Endpoint metrics(MeterRegistry registry) {
    return request ->
        CompletableFuture.completedFuture(
            Response.of(
                200,
                PROMETHEUS_TEXT,
                registry instanceof PrometheusMeterRegistry prometheus ? prometheus.scrape() : ""));
  }
}
