package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unionbot.http.HttpError;
import org.unionbot.http.Response;

/** The pipeline's own behaviour on an EmbeddedChannel: routing, errors, limits, keep-alive. */
class UnionbotServerHandlerTest {
  private static final Executor DIRECT = Runnable::run;

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private EmbeddedHttp http = new EmbeddedHttp(EmbeddedHttp.context(routes(), DIRECT, registry));

  private static Routes routes() {
    return new Routes(
        List.of(
            new Routes.Route(
                "/ok",
                Set.of("GET"),
                r -> CompletableFuture.completedFuture(Response.text(200, "ok"))),
            new Routes.Route(
                "/boom",
                Set.of("GET"),
                r -> {
                  throw new IllegalStateException("secret internals");
                }),
            new Routes.Route(
                "/refused",
                Set.of("GET"),
                r -> CompletableFuture.failedFuture(HttpError.of(403, "no", "why, for the log"))),
            new Routes.Route(
                "/params",
                Set.of("GET"),
                r ->
                    CompletableFuture.completedFuture(
                        Response.text(200, new TreeMap<>(r.query()).toString()))),
            Routes.Route.of("/api/echo", Routes.Errors.JSON, Routes.HeadCheck.NONE)
                .on(
                    Set.of("POST", "PUT"),
                    r ->
                        CompletableFuture.completedFuture(
                            Response.json(200, "{\"bytes\":" + r.body().length + "}")))));
  }

  @AfterEach
  void close() {
    http.close();
  }

  @Test
  void routesARequest() {
    EmbeddedHttp.Got got = http.exchange("GET", "/ok", "");

    assertThat(got.status()).isEqualTo(200);
    assertThat(got.body()).isEqualTo("ok");
    assertThat(got.header("content-type")).isEqualTo("text/plain; charset=utf-8");
    assertThat(got.header("content-length")).isEqualTo("2");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/params?signature=ab12&timestamp=1700000000&nonce=42 | {nonce=42, signature=ab12, timestamp=1700000000}",
        "/params?a=1&a=2 | {a=1}",
        "/params?a=x%20y&b=c+d | {a=x y, b=c d}",
        "/params?a=1=2&b | {a=1=2, b=}",
        "/params?a=1&&b=2 | {a=1, b=2}",
        "/params | {}",
        "/para%6Ds?x=1 | {x=1}"
      })
  void readsQueryParametersAsDecoded(String uri, String expected) {
    EmbeddedHttp.Got got = http.exchange("GET", uri, "");

    assertThat(got.status()).isEqualTo(200);
    assertThat(got.body()).isEqualTo(expected);
  }

  @Test
  void unknownPathIs404InShortText() {
    EmbeddedHttp.Got got = http.exchange("GET", "/nope?x=1", "");

    assertThat(got.status()).isEqualTo(404);
    assertThat(got.body()).isEqualTo("not found\n");
    assertThat(http.isOpen()).isTrue();
  }

  @Test
  void wrongMethodIs405WithAllow() {
    EmbeddedHttp.Got got = http.exchange("DELETE", "/api/echo", "");

    assertThat(got.status()).isEqualTo(405);
    assertThat(got.header("allow")).isEqualTo("POST, PUT");
    assertThat(got.body()).isEqualTo("{\"error\":\"method not allowed\"}");
    assertThat(got.header("content-type")).startsWith("application/json");
  }

  @Test
  void anEndpointFailureIs500WithoutAStackTrace() {
    EmbeddedHttp.Got got = http.exchange("GET", "/boom", "");

    assertThat(got.status()).isEqualTo(500);
    assertThat(got.body()).isEqualTo("internal error\n");
    assertThat(http.exchange("GET", "/ok", "").status()).isEqualTo(200);
  }

  @Test
  void anHttpErrorKeepsItsStatusAndHidesItsDetail() {
    EmbeddedHttp.Got got = http.exchange("GET", "/refused", "");

    assertThat(got.status()).isEqualTo(403);
    assertThat(got.body()).isEqualTo("no\n");
  }

  @Test
  void aFullExecutorIs503() {
    http.close();
    Executor full =
        r -> {
          throw new RejectedExecutionException("full");
        };
    http = new EmbeddedHttp(EmbeddedHttp.context(routes(), full, registry));

    EmbeddedHttp.Got got = http.exchange("GET", "/ok", "");

    assertThat(got.status()).isEqualTo(503);
    assertThat(got.body()).isEqualTo("server busy, try again\n");
  }

  @Test
  void aGarbledRequestLineIs400AndClosesTheConnection() {
    EmbeddedHttp.Got got = http.exchange("GET\r\n\r\n");

    assertThat(got.status()).isEqualTo(400);
    assertThat(got.body()).isEqualTo("malformed HTTP request\n");
    assertThat(http.isOpen()).isFalse();
  }

  @Test
  void aMalformedUrlIs400() {
    EmbeddedHttp.Got got = http.exchange("GET", "/ok?x=%zz", "");

    assertThat(got.status()).isEqualTo(400);
    assertThat(got.body()).isEqualTo("malformed URL\n");
  }

  @Test
  void anOverlongRequestLineIs414() {
    EmbeddedHttp.Got got = http.exchange("GET", "/ok?x=" + "a".repeat(10_000), "");

    assertThat(got.status()).isEqualTo(414);
  }

  @Test
  void overlargeHeadersAre431() {
    String raw = "GET /ok HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(10_000) + "\r\n\r\n";

    assertThat(http.exchange(raw).status()).isEqualTo(431);
  }

  @Test
  void anAnnouncedBodyOver64KibIs413BeforeItArrives() {
    String raw =
        "POST /api/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 2097152\r\nConnection: close\r\n\r\n";

    EmbeddedHttp.Got got = http.exchange(raw);

    assertThat(got.status()).isEqualTo(413);
    assertThat(got.body()).isEqualTo("request body too large (limit 65536 bytes)\n");
    assertThat(registry.find("unionbot.http.requests").tag("status", "413").timer().count())
        .isEqualTo(1);
  }

  @Test
  void aChunkedBodyOver64KibIs413() {
    String chunk = "a".repeat(40_000);
    String size = Integer.toHexString(chunk.length());
    String raw =
        "POST /api/echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
            + size
            + "\r\n"
            + chunk
            + "\r\n"
            + size
            + "\r\n"
            + chunk
            + "\r\n0\r\n\r\n";

    assertThat(http.exchange(raw).status()).isEqualTo(413);
  }

  @Test
  void aBodyAtTheLimitIsAccepted() {
    EmbeddedHttp.Got got = http.exchange("POST", "/api/echo", "a".repeat(64 * 1024));

    assertThat(got.status()).isEqualTo(200);
    assertThat(got.body()).isEqualTo("{\"bytes\":65536}");
  }

  @Test
  void keepAliveServesManyRequestsOnOneConnection() {
    for (int i = 0; i < 3; i++) {
      assertThat(http.exchange("GET", "/ok", "").status()).isEqualTo(200);
    }
    assertThat(http.isOpen()).isTrue();
  }

  @Test
  void connectionCloseIsHonoured() {
    EmbeddedHttp.Got got =
        http.exchange("GET /ok HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

    assertThat(got.header("connection")).isEqualTo("close");
    assertThat(http.isOpen()).isFalse();
  }

  @Test
  void http10WithoutKeepAliveIsClosed() {
    EmbeddedHttp.Got got = http.exchange("GET /ok HTTP/1.0\r\n\r\n");

    assertThat(got.status()).isEqualTo(200);
    assertThat(http.isOpen()).isFalse();
  }

  @Test
  void pipelinedRequestsAreAnsweredInOrder() {
    String raw =
        EmbeddedHttp.request("GET", "/ok", "")
            + EmbeddedHttp.request("GET", "/nope", "")
            + EmbeddedHttp.request("POST", "/api/echo", "abc");

    List<EmbeddedHttp.Got> got = http.send(raw);

    assertThat(got).extracting(EmbeddedHttp.Got::status).containsExactly(200, 404, 200);
    assertThat(got.get(2).body()).isEqualTo("{\"bytes\":3}");
  }

  @ParameterizedTest
  @CsvSource({"/ok, 200", "/nope, 404", "/boom, 500"})
  void everyRequestIsTimedByEndpointAndStatus(String path, int status) {
    http.exchange("GET", path, "");

    String endpoint = "/nope".equals(path) ? "other" : path;
    assertThat(
            registry
                .find("unionbot.http.requests")
                .tags("endpoint", endpoint, "method", "GET", "status", Integer.toString(status))
                .timer()
                .count())
        .isEqualTo(1);
  }
}
