package org.unionbot.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.unionbot.http.Endpoint;
import org.unionbot.http.Response;
import org.unionbot.knowledge.KnowledgeBase;

/** {@code GET /healthz} and {@code GET /metrics}. */
final class StatusEndpoints {

  /** The Prometheus text exposition format that {@code /metrics} serves. */
  static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private StatusEndpoints() {}

  /**
   * {@code {"status":"ok","kbVersion":N,"semantic":"on"}}: the server only listens once the
   * knowledge base is built, so answering at all means ready. {@code semantic} is the recall the
   * process answers with: {@code on}, {@code off} (configured so) or {@code unavailable} (the
   * embedding model could not load here; lexical recall only).
   */
  static Endpoint health(KnowledgeBase knowledge, Supplier<String> semantic) {
    return health(knowledge, semantic, Optional::empty);
  }

  /**
   * {@link #health(KnowledgeBase, Supplier)}, but 503 {@code
   * {"status":"failing","reason":"…","kbVersion":N,"semantic":"on"}} while {@code store} has a
   * problem ({@code Admin.storeProblem}: the database file was deleted or replaced, so nothing can
   * be written), so that a balancer or supervisor takes the node out and an operator restarts it.
   */
  static Endpoint health(
      KnowledgeBase knowledge, Supplier<String> semantic, Supplier<Optional<String>> store) {
    return request -> {
      Optional<String> problem = store.get();
      ObjectNode body = JsonNodeFactory.instance.objectNode();
      body.put("status", problem.isPresent() ? "failing" : "ok");
      problem.ifPresent(reason -> body.put("reason", reason));
      body.put("kbVersion", knowledge.version()).put("semantic", semantic.get());
      return CompletableFuture.completedFuture(
          Response.json(problem.isPresent() ? 503 : 200, body.toString()));
    };
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
