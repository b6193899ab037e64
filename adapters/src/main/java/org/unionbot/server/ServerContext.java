package org.unionbot.server;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * What every connection's pipeline shares: the routes, the executor that runs the endpoints (never
 * the event loop), the request metrics and the open connections.
 */
record ServerContext(
    Routes routes, Executor executor, HttpMetrics metrics, Connections connections) {
  ServerContext {
    Objects.requireNonNull(routes, "routes");
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(connections, "connections");
  }
}
