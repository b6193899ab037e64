package org.unionbot.server;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * What every connection's pipeline shares: the routes, the executor that runs the endpoints (never
 * the event loop), the request metrics, the open connections and the limits.
 */
record ServerContext(
    Routes routes,
    Executor executor,
    HttpMetrics metrics,
    Connections connections,
    ServerConfig.Limits limits) {
  ServerContext {
    Objects.requireNonNull(routes, "routes");
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(connections, "connections");
    Objects.requireNonNull(limits, "limits");
  }

  /** A context with the default limits. */
  ServerContext(Routes routes, Executor executor, HttpMetrics metrics, Connections connections) {
    this(routes, executor, metrics, connections, ServerConfig.Limits.DEFAULTS);
  }
}
