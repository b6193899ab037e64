package org.unionbot.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Times every request by endpoint, method and status: {@code unionbot_http_requests_seconds} in
 * Prometheus, whose {@code _count} is the number of requests and whose buckets are the latency
 * histogram; and counts what never became a request: connections refused, failed accepts, and
 * requests too slow to arrive. Labels stay bounded: unknown paths are {@code other}, unusual
 * methods {@code OTHER}. Each timer is looked up in the registry once and then kept, since building
 * its tags for every request showed in the profile. Thread-safe.
 */
final class HttpMetrics {
  private static final Set<String> METHODS =
      Set.of("GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH");

  private static final Duration[] BUCKETS = {
    Duration.ofMillis(1),
    Duration.ofMillis(2),
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(2500),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10)
  };

  private record Labels(String endpoint, String method, int status) {}

  private final MeterRegistry registry;
  private final ConcurrentMap<Labels, Timer> timers = new ConcurrentHashMap<>();
  private final Counter connectionsRefused;
  private final Counter acceptFailures;
  private final Counter headTimeouts;
  private final Counter bodyTimeouts;

  HttpMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.connectionsRefused =
        Counter.builder("unionbot.connections.refused")
            .description("Connections closed at once because max-connections were open")
            .register(registry);
    this.acceptFailures =
        Counter.builder("unionbot.accept.failures")
            .description("Failed accepts, e.g. out of file descriptors")
            .register(registry);
    this.headTimeouts = timeouts(registry, "head");
    this.bodyTimeouts = timeouts(registry, "body");
  }

  private static Counter timeouts(MeterRegistry registry, String phase) {
    return Counter.builder("unionbot.http.timeouts")
        .description("Connections closed because a request's head or body was too slow")
        .tag("phase", phase)
        .register(registry);
  }

  /** A connection closed because its request's {@code head} or {@code body} was too slow. */
  void timedOut(String phase) {
    (phase.equals("head") ? headTimeouts : bodyTimeouts).increment();
  }

  /** A connection closed at once: {@code max-connections} were open. */
  void connectionRefused() {
    connectionsRefused.increment();
  }

  /** Accepting a connection failed. */
  void acceptFailed() {
    acceptFailures.increment();
  }

  void record(String endpoint, String method, int status, long nanos) {
    Labels labels = new Labels(endpoint, METHODS.contains(method) ? method : "OTHER", status);
    Timer timer = timers.get(labels);
    if (timer == null) {
      timer = timers.computeIfAbsent(labels, this::register);
    }
    timer.record(nanos, TimeUnit.NANOSECONDS);
  }

  private Timer register(Labels labels) {
    return Timer.builder("unionbot.http.requests")
        .description("HTTP requests by endpoint, method and status")
        .tag("endpoint", labels.endpoint())
        .tag("method", labels.method())
        .tag("status", Integer.toString(labels.status()))
        .serviceLevelObjectives(BUCKETS)
        .register(registry);
  }
}
