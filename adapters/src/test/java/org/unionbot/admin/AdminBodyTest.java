package org.unionbot.admin;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unionbot.http.HttpError;
import org.unionbot.http.Request;

class AdminBodyTest {

  private static AdminBody body(String json) {
    return AdminBody.json(
        new Request(
            "POST", "/admin/faq", Map.of(), Optional.of("application/json"), json.getBytes(UTF_8)));
  }

  /**
   * Issue 11 (F5): a lone surrogate is stored as '?', so the admin would not get back their text.
   */
  @Test
  void stringsWithALoneSurrogateAre400() {
    assertThatThrownBy(() -> body("{\"question\":\"会\\ud800\"}").string("question"))
        .isInstanceOfSatisfying(HttpError.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessage("\"question\" is not valid Unicode (unpaired surrogate)");
    assertThatThrownBy(() -> body("{\"terms\":[\"a\",\"\\udc00\"]}").strings("terms"))
        .hasMessage("\"terms\" is not valid Unicode (unpaired surrogate)");
    assertThat(body("{\"question\":\"工会😀\"}").string("question")).isEqualTo("工会😀");
  }
}
