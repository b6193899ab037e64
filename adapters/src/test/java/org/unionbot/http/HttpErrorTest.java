package org.unionbot.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HttpErrorTest {

  @Test
  void textResponsesAreTheShortMessage() {
    Response r = HttpError.of(403, "signature check failed", "bad signature").toResponse(false);

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.contentType()).isEqualTo(Response.TEXT);
    assertThat(r.bodyText()).isEqualTo("signature check failed\n");
  }

  @Test
  void jsonResponsesAreAnErrorObjectWithTheMessageEscaped() {
    Response r = HttpError.badRequest("\"user\" is required").toResponse(true);

    assertThat(r.contentType()).isEqualTo(Response.JSON);
    assertThat(r.bodyText()).isEqualTo("{\"error\":\"\\\"user\\\" is required\"}");
  }

  @Test
  void theDetailIsForTheLogOnly() {
    HttpError e = HttpError.of(400, "malformed message", "missing MsgType");

    assertThat(e.detail()).contains("missing MsgType");
    assertThat(e.toResponse(false).bodyText()).doesNotContain("MsgType");
    assertThat(e.getStackTrace()).isEmpty();
  }

  @Test
  void methodNotAllowedCarriesAllow() {
    assertThat(HttpError.methodNotAllowed("GET, POST").toResponse(false).headers())
        .containsEntry("Allow", "GET, POST");
  }

  @Test
  void onlyErrorStatuses() {
    assertThatThrownBy(() -> HttpError.of(200, "ok")).isInstanceOf(IllegalArgumentException.class);
  }
}
