package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionbot.server.Routes.Errors.JSON;
import static org.unionbot.server.Routes.Errors.TEXT;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unionbot.http.Endpoint;
import org.unionbot.http.HttpError;
import org.unionbot.http.Response;
import org.unionbot.server.Routes.HeadCheck;
import org.unionbot.server.Routes.Route;

/**
 * The route table: exact paths, path parameters, {@code /*} prefixes and which wins, reserved
 * paths, error formats and metrics labels.
 */
class RoutesTest {

  private static Endpoint says(String what) {
    return request -> CompletableFuture.completedFuture(Response.text(200, what));
  }

  private static final HeadCheck TOKEN = head -> {};

  private static final Routes ROUTES =
      new Routes(
          List.of(
              Route.of("/admin/", JSON, HeadCheck.NONE).get(says("page")),
              Route.of("/admin/*", JSON, TOKEN),
              Route.of("/admin/faq", JSON, TOKEN).get(says("faqs")).post(says("add")),
              Route.of("/admin/faq/{id}", JSON, TOKEN).put(says("update")).delete(says("remove")),
              Route.of("/admin/faq/{id}/enable", JSON, TOKEN).post(says("enable")),
              Route.of("/admin/{what}/new", JSON, TOKEN).get(says("what")),
              Route.of("/admin/assets/*", JSON, HeadCheck.NONE).get(says("admin assets")),
              Route.of("/assets/*", TEXT, HeadCheck.NONE).get(says("assets"))));

  private static String who(String method, String path) {
    return ROUTES.find(method, path).route().endpoints().get(method).handle(null).join().bodyText();
  }

  private static int refusal(String method, String path) {
    try {
      ROUTES.find(method, path);
      return 0;
    } catch (HttpError e) {
      return e.status();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "GET, /admin/, page",
    "GET, /admin/faq, faqs",
    "POST, /admin/faq, add",
    "PUT, /admin/faq/7, update",
    "POST, /admin/faq/7/enable, enable",
    "GET, /admin/quiz/new, what",
    "GET, /admin/assets/admin.js, admin assets",
    "GET, /assets/chat.js, assets",
    "GET, /assets/, assets"
  })
  void anExactPathBeatsParametersWhichBeatAPrefix(String method, String path, String endpoint) {
    assertThat(who(method, path)).isEqualTo(endpoint);
  }

  @Test
  void parametersAreNamedByThePattern() {
    assertThat(ROUTES.find("DELETE", "/admin/faq/f-12").params()).isEqualTo(Map.of("id", "f-12"));
    assertThat(ROUTES.find("GET", "/admin/faq").params()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "GET, /assets, 404",
    "GET, /assetsX/chat.js, 404",
    "GET, /admin/faq/, 404",
    "GET, /admin/faq/7/8, 404",
    "GET, /admin/nope, 404",
    "POST, /admin/nope, 404",
    "POST, /assets/chat.js, 405",
    "GET, /admin/faq/7, 405",
    "DELETE, /admin/faq, 405",
    "GET, /admin/faq/new, 405" // a literal segment wins from the left, whatever the method
  })
  void unknownAndReservedPathsAre404AndOtherMethods405(String method, String path, int status) {
    assertThat(refusal(method, path)).isEqualTo(status);
  }

  @Test
  void a405NamesTheMethodsOfItsRoute() {
    assertThatThrownBy(() -> ROUTES.find("GET", "/admin/faq/7"))
        .isInstanceOfSatisfying(
            HttpError.class,
            e -> assertThat(e.toResponse(true).headers()).containsEntry("Allow", "DELETE, PUT"));
  }

  @Test
  void errorsAndHeadChecksFollowTheRouteOfThePath() {
    assertThat(ROUTES.errors("/admin/nope")).isEqualTo(JSON);
    assertThat(ROUTES.errors("/assets/x")).isEqualTo(TEXT);
    assertThat(ROUTES.errors("/nope")).isEqualTo(TEXT);
    assertThat(ROUTES.headCheck("/admin/faq/7")).isSameAs(TOKEN);
    assertThat(ROUTES.headCheck("/admin/nope")).isSameAs(TOKEN);
    assertThat(ROUTES.headCheck("/admin/")).isSameAs(HeadCheck.NONE);
    assertThat(ROUTES.headCheck("/nope")).isSameAs(HeadCheck.NONE);
  }

  @ParameterizedTest(name = "{0} is labelled {1}")
  @CsvSource({
    "/assets/chat.js, /assets/*",
    "/admin/faq/42, /admin/faq/{id}",
    "/admin/, /admin/",
    "/admin/nope, other",
    "/nope, other"
  })
  void metricsLabelAPathByItsPattern(String path, String label) {
    assertThat(ROUTES.label(path)).isEqualTo(label);
  }

  @Test
  void twoRoutesForOnePatternAreRefused() {
    assertThatThrownBy(
            () ->
                new Routes(
                    List.of(
                        new Route("/assets/*", Set.of("GET"), says("a")),
                        new Route("/assets/*", Set.of("GET"), says("b")))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Routes(
                    List.of(
                        Route.of("/faq/{id}", TEXT, HeadCheck.NONE).get(says("a")),
                        Route.of("/faq/{name}", TEXT, HeadCheck.NONE).put(says("b")))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Route.of("/faq", TEXT, HeadCheck.NONE).get(says("a")).get(says("b")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
