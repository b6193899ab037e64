package org.unionbot.server;

import static org.unionbot.server.Routes.Errors.JSON;
import static org.unionbot.server.Routes.Errors.TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.unionbot.admin.AdminEndpoint;
import org.unionbot.admin.ContestEndpoint;
import org.unionbot.http.Endpoint;
import org.unionbot.server.Routes.HeadCheck;
import org.unionbot.server.Routes.Route;
import org.unionbot.web.WebPages;

/**
 * Every route the server serves, in one table: path, methods, endpoint, error format and head check
 * (docs/openapi.yaml lists the same paths; OpenApiContractIT holds the two together). Under {@code
 * /api/} and {@code /admin/} errors are JSON, except on the bare {@code /admin}, which redirects;
 * elsewhere they are short text.
 */
final class RouteTable {
  private RouteTable() {}

  /**
   * The endpoints the table routes to; {@code admin} is empty for a server without a store, {@code
   * wecom} without a WeCom app.
   */
  record Endpoints(
      Endpoint wechat,
      Endpoint chat,
      HeadCheck chatLimit,
      Endpoint health,
      Endpoint metrics,
      WebPages pages,
      Optional<AdminEndpoint> admin,
      Endpoint signIn,
      Optional<Endpoint> wecom) {}

  static Routes of(Endpoints e) {
    Set<String> page = Set.copyOf(WebPages.METHODS);
    List<Route> routes = new ArrayList<>();
    routes.add(Route.of("/wechat", TEXT, HeadCheck.NONE).on(Set.of("GET", "POST"), e.wechat()));
    e.wecom()
        .ifPresent(
            wecom ->
                routes.add(
                    Route.of("/wecom", TEXT, HeadCheck.NONE).on(Set.of("GET", "POST"), wecom)));
    routes.add(Route.of("/api/chat", JSON, e.chatLimit()).post(e.chat()));
    routes.add(Route.of("/api/*", JSON, HeadCheck.NONE));
    routes.add(Route.of("/healthz", TEXT, HeadCheck.NONE).get(e.health()));
    routes.add(Route.of("/metrics", TEXT, HeadCheck.NONE).get(e.metrics()));
    routes.add(Route.of("/", TEXT, HeadCheck.NONE).on(page, e.pages()));
    routes.add(Route.of("/auth/wechat", TEXT, HeadCheck.NONE).get(e.signIn()));
    routes.add(Route.of("/auth/wechat/callback", TEXT, HeadCheck.NONE).get(e.signIn()));
    routes.add(Route.of("/assets/*", TEXT, HeadCheck.NONE).on(page, e.pages()));
    routes.add(Route.of("/admin", TEXT, HeadCheck.NONE).on(page, e.pages()));
    routes.add(Route.of("/admin/", JSON, HeadCheck.NONE).on(page, e.pages()));
    routes.add(Route.of("/admin/assets/*", JSON, HeadCheck.NONE).on(page, e.pages()));
    HeadCheck token = e.admin().<HeadCheck>map(a -> a::authorize).orElse(HeadCheck.NONE);
    routes.add(Route.of("/admin/*", JSON, token));
    e.admin().ifPresent(admin -> routes.addAll(admin(admin, token)));
    return new Routes(routes);
  }

  /** The admin API (docs/DESIGN.md "Admin API"): every request needs the token first. */
  private static List<Route> admin(AdminEndpoint a, HeadCheck token) {
    List<Route> routes =
        new ArrayList<>(
            List.of(
                Route.of("/admin/documents", JSON, token).get(a::documents).post(a::addDocument),
                Route.of("/admin/documents/preview", JSON, token).post(a::previewDocument),
                Route.of("/admin/documents/{id}", JSON, token)
                    .get(a::document)
                    .put(a::replaceDocument)
                    .delete(a::removeDocument),
                Route.of("/admin/faq", JSON, token).get(a::faqs).post(a::addFaq),
                Route.of("/admin/faq/{id}", JSON, token).put(a::updateFaq).delete(a::removeFaq),
                Route.of("/admin/synonyms", JSON, token).get(a::synonyms).post(a::putSynonym),
                Route.of("/admin/synonyms/{term}", JSON, token).delete(a::removeSynonym),
                Route.of("/admin/quiz/questions", JSON, token)
                    .get(a::quizItems)
                    .post(a::addQuizItem),
                Route.of("/admin/quiz/questions/{id}", JSON, token)
                    .put(a::updateQuizItem)
                    .delete(a::disableQuizItem),
                Route.of("/admin/quiz/questions/{id}/enable", JSON, token).post(a::enableQuizItem),
                Route.of("/admin/unanswered", JSON, token).get(a.unanswered()::list),
                Route.of("/admin/unanswered/faq", JSON, token).post(a.unanswered()::faqFrom),
                Route.of("/admin/unanswered/suggest", JSON, token).get(a.unanswered()::suggest),
                Route.of("/admin/unanswered/attach", JSON, token).post(a.unanswered()::attach),
                Route.of("/admin/unanswered/ignore", JSON, token).post(a.unanswered()::ignore),
                Route.of("/admin/stats", JSON, token).get(a::stats),
                Route.of("/admin/versions", JSON, token).get(a::versions),
                Route.of("/admin/versions/{n}/diff", JSON, token).get(a::versionDiff),
                Route.of("/admin/rollback", JSON, token).post(a::rollback),
                Route.of("/admin/audit", JSON, token).get(a::audit),
                Route.of("/admin/menu", JSON, token).get(a::menu).put(a::putMenu),
                Route.of("/admin/menu/publish", JSON, token).post(a::publishMenu),
                Route.of("/admin/referral", JSON, token).get(a::referral).put(a::putReferral)));
    routes.addAll(contests(a.contests(), token));
    return routes;
  }

  /** Units and contests (issue 16). */
  private static List<Route> contests(ContestEndpoint c, HeadCheck token) {
    return List.of(
        Route.of("/admin/units", JSON, token).get(c::units).put(c::putUnits),
        Route.of("/admin/workers/{user}", JSON, token).put(c::reassign),
        Route.of("/admin/contests", JSON, token).get(c::contests).post(c::create),
        Route.of("/admin/contests/{id}", JSON, token).get(c::contest),
        Route.of("/admin/contests/{id}/results", JSON, token).get(c::results));
  }
}
