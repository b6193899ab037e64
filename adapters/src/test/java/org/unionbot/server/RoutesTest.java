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

class RoutesTest {
  private final Endpoint chat =
      request -> CompletableFuture.completedFuture(Response.text(200, "chat"));
  private final Endpoint admin =
      request -> CompletableFuture.completedFuture(Response.text(200, "admin"));
  private final Endpoint assets =
      request -> CompletableFuture.completedFuture(Response.text(200, "assets"));

  private final Routes routes =
      new Routes(
          List.of(
              new Routes.Route("/api/chat", Set.of("POST"), chat),
              new Routes.Route("/admin/*", Set.of("GET", "POST"), admin),
              new Routes.Route("/admin/assets/*", Set.of("GET"), assets)));

  @Test
  void exactPathsAndPrefixesFindTheirEndpoint() {
    assertThat(routes.find("POST", "/api/chat").endpoint()).isSameAs(chat);
    assertThat(routes.find("GET", "/admin/documents").endpoint()).isSameAs(admin);
    assertThat(routes.find("GET", "/admin/documents/d3").endpoint()).isSameAs(admin);
    assertThat(routes.find("GET", "/admin/assets/admin.js").endpoint()).isSameAs(assets);
  }

  @Test
  void aPrefixLabelsAllItsPathsAsOne() {
    assertThat(routes.label("/admin/documents/d3")).isEqualTo("/admin/*");
    assertThat(routes.label("/admin/assets/x.css")).isEqualTo("/admin/assets/*");
    assertThat(routes.label("/api/chat")).isEqualTo("/api/chat");
    assertThat(routes.label("/nope")).isEqualTo("other");
  }

  @Test
  void unknownPathsAnd405sStaySo() {
    assertThatThrownBy(() -> routes.find("GET", "/admin"))
        .isInstanceOfSatisfying(HttpError.class, e -> assertThat(e.status()).isEqualTo(404));
    assertThatThrownBy(() -> routes.find("GET", "/api/chatty"))
        .isInstanceOfSatisfying(HttpError.class, e -> assertThat(e.status()).isEqualTo(404));
    assertThatThrownBy(() -> routes.find("DELETE", "/admin/assets/a.js"))
        .isInstanceOfSatisfying(HttpError.class, e -> assertThat(e.status()).isEqualTo(405));
  }
}
