package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unionbot.http.HttpError;
import org.unionbot.http.Response;

/**
 * A route's head check refuses a request before its body is read: the refusal goes out at once (in
 * its turn), the body is dropped as it arrives, and the connection closes once it has.
 */
class HeadGateTest {
  private static final Executor DIRECT = Runnable::run;
  private static final int MIB = 1024 * 1024;

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final List<Integer> bodies = new CopyOnWriteArrayList<>();
  private final CompletableFuture<Response> slow = new CompletableFuture<>();
  private final EmbeddedHttp http =
      new EmbeddedHttp(EmbeddedHttp.context(routes(), DIRECT, registry));

  private Routes routes() {
    return new Routes(
        List.of(
            Routes.Route.of(
                    "/admin/*",
                    Routes.Errors.JSON,
                    head -> {
                      if (!head.header("Authorization")
                          .equals(java.util.Optional.of("Bearer ok"))) {
                        throw HttpError.of(401, "admin token required", "from " + head.remote());
                      }
                    })
                .on(
                    Set.of("GET", "POST"),
                    r -> {
                      bodies.add(r.body().length);
                      return CompletableFuture.completedFuture(Response.json(200, "{}"));
                    }),
            new Routes.Route("/slow", Set.of("GET"), r -> slow)));
  }

  @AfterEach
  void close() {
    http.close();
  }

  private static String upload(String authorization, int length) {
    return "POST /admin/documents HTTP/1.1\r\nHost: localhost\r\n"
        + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
        + "Content-Type: text/plain\r\nContent-Length: "
        + length
        + "\r\n\r\n";
  }

  @Test
  void aRefusedUploadIsAnsweredOnItsHeadAndItsBodyIsDropped() {
    List<EmbeddedHttp.Got> got = http.send(upload(null, MIB));

    assertThat(got).hasSize(1);
    assertThat(got.get(0).status()).isEqualTo(401);
    assertThat(got.get(0).body())
        .isEqualTo("{\"error\":\"请先输入管理令牌登录。\"}"); // /admin/ answers in Chinese
    assertThat(got.get(0).header("connection")).isEqualTo("close");
    assertThat(http.isOpen()).as("reading the body, so the client reads the 401").isTrue();

    assertThat(http.send(new byte[MIB / 2])).isEmpty();
    assertThat(http.isOpen()).isTrue();
    http.send(new byte[MIB / 2]);

    assertThat(http.isOpen()).isFalse();
    assertThat(bodies).as("the endpoint never saw it").isEmpty();
  }

  @Test
  void theRightTokenGetsItsBodyRead() {
    http.send(upload("Bearer ok", MIB));
    List<EmbeddedHttp.Got> got = http.send(new byte[MIB]);

    assertThat(got).extracting(EmbeddedHttp.Got::status).containsExactly(200);
    assertThat(bodies).containsExactly(MIB);
    assertThat(http.isOpen()).isTrue();
  }

  @Test
  void aBodyLargerThanAnyLimitIsCutOff() {
    http.send(
        "POST /admin/documents HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n");
    String chunk = "100000\r\n" + "x".repeat(0x100000) + "\r\n";
    http.send(chunk);
    assertThat(http.isOpen()).isTrue();

    http.send("1\r\nx\r\n");

    assertThat(http.isOpen()).isFalse();
  }

  @Test
  void aClientThatWaitsFor100ContinueIsRefusedWithoutOne() {
    String head = upload(null, MIB).replace("\r\n\r\n", "\r\nExpect: 100-continue\r\n\r\n");

    assertThat(http.send(head)).extracting(EmbeddedHttp.Got::status).containsExactly(401);
    assertThat(http.isOpen()).isFalse();
  }

  @Test
  void theRefusalWaitsItsTurnBehindARequestInFlight() {
    List<EmbeddedHttp.Got> got =
        http.send("GET /slow HTTP/1.1\r\nHost: localhost\r\n\r\n" + upload(null, 0));
    assertThat(got).isEmpty();

    slow.complete(Response.text(200, "slow"));
    got = http.advance(java.time.Duration.ZERO);

    assertThat(got).extracting(EmbeddedHttp.Got::status).containsExactly(200, 401);
    assertThat(http.isOpen()).isFalse();
  }
}
