package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unionbot.http.Response;

/**
 * Slow requests on the real pipeline, on an EmbeddedChannel's clock: a head must arrive within 10
 * s, a body within 60 s of its head, however often a byte comes.
 */
class RequestTimeoutsTest {
  private static final Executor DIRECT = Runnable::run;
  private static final Duration SECOND = Duration.ofSeconds(1);

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final EmbeddedHttp http =
      new EmbeddedHttp(
          EmbeddedHttp.context(
              new Routes(
                  List.of(
                      new Routes.Route(
                          "/ok",
                          Set.of("GET", "POST"),
                          r -> CompletableFuture.completedFuture(Response.text(200, "ok"))))),
              DIRECT,
              registry));

  @AfterEach
  void close() {
    http.close();
  }

  private double timeouts(String phase) {
    return registry.get("unionbot.http.timeouts").tag("phase", phase).counter().count();
  }

  @Test
  void aHeadSentAByteAtATimeIsCutOffTenSecondsAfterItsStart() {
    String head = "GET /ok HTTP/1.1\r\nHost: localhost\r\n\r\n";
    for (int i = 0; i < 9; i++) {
      http.send(head.substring(i, i + 1));
      http.advance(SECOND); // well within an idle timeout, each time
    }
    assertThat(http.isOpen()).isTrue();

    http.send(head.substring(9, 10));
    http.advance(SECOND);

    assertThat(http.isOpen()).isFalse();
    assertThat(timeouts("head")).isEqualTo(1.0);
  }

  @Test
  void aConnectionThatSendsNothingIsClosedAfterTheHeaderTimeout() {
    http.advance(Duration.ofMillis(9_900));
    assertThat(http.isOpen()).isTrue();

    http.advance(Duration.ofMillis(100));

    assertThat(http.isOpen()).isFalse();
  }

  @Test
  void betweenRequestsOnlyTheIdleTimeoutRunsAndTheNextHeadHasItsOwnTenSeconds() {
    assertThat(http.exchange("GET", "/ok", "").status()).isEqualTo(200);
    http.advance(Duration.ofSeconds(30));
    assertThat(http.isOpen()).as("idle keep-alive: 60 s").isTrue();

    http.send("GET /ok HTTP/1.1\r\n");
    http.advance(Duration.ofSeconds(9));
    assertThat(http.exchange("Host: localhost\r\n\r\n").status()).isEqualTo(200);
    http.send("GET /ok HTTP/1.1\r\n");
    http.advance(Duration.ofSeconds(10));

    assertThat(http.isOpen()).isFalse();
    assertThat(timeouts("head")).isEqualTo(1.0);
  }

  @Test
  void aBodySentAByteAtATimeIsCutOffAMinuteAfterItsHead() {
    http.send("POST /ok HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100\r\n\r\n");
    for (int i = 0; i < 59; i++) {
      http.send("x");
      http.advance(SECOND);
    }
    assertThat(http.isOpen()).isTrue();

    http.send("x");
    http.advance(SECOND);

    assertThat(http.isOpen()).isFalse();
    assertThat(timeouts("body")).isEqualTo(1.0);
    assertThat(timeouts("head")).isZero();
  }

  @Test
  void aRequestThatArrivesInTimeIsAnswered() {
    http.send("POST /ok HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\n\r\n");
    http.advance(Duration.ofSeconds(59));

    assertThat(http.send("xx")).extracting(EmbeddedHttp.Got::status).containsExactly(200);
    http.advance(Duration.ofSeconds(30));
    assertThat(http.isOpen()).isTrue();
  }
}
