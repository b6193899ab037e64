package org.unionbot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionbot.http.HttpError;
import org.unionbot.http.Request;

class AdminAuthTest {
  private final AtomicLong nanos = new AtomicLong();
  private final AdminAuth auth = new AdminAuth("s3cret-token", nanos::get);

  @ParameterizedTest(name = "Authorization: {0}")
  @ValueSource(strings = {"Bearer s3cret-token", "bearer s3cret-token"})
  void theRightTokenPasses(String authorization) {
    assertThatCode(() -> auth.check(request(authorization, "10.0.0.1"))).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "Authorization: {0} -> 401 {1}")
  @CsvSource(
      nullValues = "(none)",
      value = {
        "(none), admin token required",
        "Bearer s3cret-tokeN, wrong admin token",
        "Basic czNjcmV0LXRva2Vu, admin token required",
        "'Bearer ', wrong admin token",
        "Bearer s3cret-token-and-more, wrong admin token"
      })
  void aMissingOrWrongTokenIs401(String authorization, String message) {
    assertStatus(request(authorization, "10.0.0.1"), 401, message);
  }

  @Test
  void repeatedFailuresFromOneAddressAreSlowedDownThenForgiven() {
    for (int i = 0; i < AdminAuth.FREE_FAILURES; i++) {
      assertStatus(request("Bearer guess" + i, "10.0.0.9"), 401, "wrong");
    }
    // after the 5th failure the address is paused (docs/api.md "Wrong tokens"): even the right
    // token
    // waits, so guessing cannot go on at full speed
    HttpError paused = refusal(request("Bearer s3cret-token", "10.0.0.9"));
    assertThat(paused.status()).isEqualTo(429);
    assertThat(paused.toResponse(true).headers()).containsEntry("Retry-After", "1");
    // another address is not affected
    assertThatCode(() -> auth.check(request("Bearer s3cret-token", "10.0.0.10")))
        .doesNotThrowAnyException();

    nanos.addAndGet(Duration.ofSeconds(2).toNanos());
    assertStatus(request("Bearer guess-6", "10.0.0.9"), 401, "wrong");
    assertThat(refusal(request("Bearer s3cret-token", "10.0.0.9")).toResponse(true).headers())
        .containsEntry("Retry-After", "2");

    nanos.addAndGet(Duration.ofSeconds(3).toNanos());
    assertThatCode(() -> auth.check(request("Bearer s3cret-token", "10.0.0.9")))
        .doesNotThrowAnyException();
    // a success clears the record: the next mistake is a plain 401 again
    assertStatus(request("Bearer oops", "10.0.0.9"), 401, "wrong");
    assertThatCode(() -> auth.check(request("Bearer s3cret-token", "10.0.0.9")))
        .doesNotThrowAnyException();
  }

  @Test
  void theRequestAfterTheFifthFailureIsRefusedAndTheFourthIsNot() {
    for (int i = 1; i <= 4; i++) {
      assertStatus(request("Bearer guess" + i, "10.0.0.8"), 401, "wrong");
    }
    assertStatus(request(null, "10.0.0.8"), 401, "required"); // the 5th failure
    HttpError sixth = refusal(request("Bearer guess6", "10.0.0.8"));
    assertThat(sixth.status()).isEqualTo(429);
    assertThat(sixth.getMessage()).isEqualTo("too many failed logins; try again in 1 s");
  }

  @Test
  void thePauseIsCapped() {
    for (int i = 0; i < 60; i++) {
      nanos.addAndGet(AdminAuth.MAX_PAUSE.toNanos() + 1);
      refusal(request("Bearer guess" + i, "10.0.0.7"));
    }
    HttpError paused = refusal(request("Bearer s3cret-token", "10.0.0.7"));
    assertThat(paused.status()).isEqualTo(429);
    assertThat(Long.parseLong(paused.toResponse(true).headers().get("Retry-After")))
        .isLessThanOrEqualTo(AdminAuth.MAX_PAUSE.toSeconds());
  }

  private void assertStatus(Request request, int status, String message) {
    HttpError e = refusal(request);
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.getMessage()).contains(message);
  }

  private HttpError refusal(Request request) {
    try {
      auth.check(request);
    } catch (HttpError e) {
      return e;
    }
    throw new AssertionError("expected a refusal");
  }

  private static Request request(String authorization, String remote) {
    return new Request(
        "GET",
        "/admin/documents",
        Map.of(),
        Optional.empty(),
        new byte[0],
        authorization == null ? Map.of() : Map.of("authorization", authorization),
        remote);
  }
}
