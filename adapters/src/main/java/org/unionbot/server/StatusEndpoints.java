package org.unionbot.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
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
    return request ->
        CompletableFuture.completedFuture(
            Response.json(
                200,
                JsonNodeFactory.instance
                    .objectNode()
                    .put("status", "ok")
                    .put("kbVersion", knowledge.version())
                    .put("semantic", semantic.get())
                    .toString()));
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
