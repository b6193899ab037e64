package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.unionbot.http.Endpoint;
import org.unionbot.http.HttpError;
import org.unionbot.http.Response;

/** The path table: exact paths, {@code /*} prefixes, the longest prefix, and metrics labels. */
class RoutesTest {

  private static Endpoint says(String what) {
    return request -> CompletableFuture.completedFuture(Response.text(200, what));
  }

  private static final Routes ROUTES =
      new Routes(
          List.of(
              new Routes.Route("/admin/", Set.of("GET"), says("page")),
              new Routes.Route("/admin/*", Set.of("GET", "POST"), says("api")),
              new Routes.Route("/admin/assets/*", Set.of("GET"), says("assets")),
              new Routes.Route("/assets/*", Set.of("GET"), says("assets"))));

  private static String who(String method, String path) {
    return ROUTES.find(method, path).endpoint().handle(null).join().bodyText();
  }

  @Test
  void anExactPathBeatsAPrefixAndTheLongestPrefixWins() {
    assertThat(who("GET", "/admin/")).isEqualTo("page");
    assertThat(who("GET", "/admin/documents")).isEqualTo("api");
    assertThat(who("POST", "/admin/documents/7")).isEqualTo("api");
    assertThat(who("GET", "/admin/assets/admin.js")).isEqualTo("assets");
    assertThat(who("GET", "/assets/chat.js")).isEqualTo("assets");
  }

  @Test
  void aPrefixNeedsItsSlash() {
    assertThatThrownBy(() -> ROUTES.find("GET", "/assets"))
        .isInstanceOfSatisfying(HttpError.class, e -> assertThat(e.status()).isEqualTo(404));
    assertThatThrownBy(() -> ROUTES.find("GET", "/assetsX/chat.js"))
        .isInstanceOfSatisfying(HttpError.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void aPrefixChecksItsMethods() {
    assertThatThrownBy(() -> ROUTES.find("POST", "/assets/chat.js"))
        .isInstanceOfSatisfying(HttpError.class, e -> assertThat(e.status()).isEqualTo(405));
  }

  @Test
  void metricsLabelAPrefixByItsPattern() {
    assertThat(ROUTES.label("/assets/chat.js")).isEqualTo("/assets/*");
    assertThat(ROUTES.label("/admin/documents/42")).isEqualTo("/admin/*");
    assertThat(ROUTES.label("/admin/")).isEqualTo("/admin/");
    assertThat(ROUTES.label("/nope")).isEqualTo("other");
  }

  @Test
  void twoRoutesForOnePatternAreRefused() {
    assertThatThrownBy(
            () ->
                new Routes(
                    List.of(
                        new Routes.Route("/assets/*", Set.of("GET"), says("a")),
                        new Routes.Route("/assets/*", Set.of("GET"), says("b")))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
