package org.unionbot.server;

import static org.unionbot.server.Routes.Errors.JSON;
import static org.unionbot.server.Routes.Errors.TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.unionbot.admin.AdminEndpoint;
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

  /** The endpoints the table routes to; {@code admin} is empty for a server without a store. */
  record Endpoints(
      Endpoint wechat,
      Endpoint chat,
      HeadCheck chatLimit,
      Endpoint health,
      Endpoint metrics,
      WebPages pages,
      Optional<AdminEndpoint> admin) {}

  static Routes of(Endpoints e) {
    Set<String> page = Set.copyOf(WebPages.METHODS);
    List<Route> routes = new ArrayList<>();
    routes.add(Route.of("/wechat", TEXT, HeadCheck.NONE).on(Set.of("GET", "POST"), e.wechat()));
    routes.add(Route.of("/api/chat", JSON, e.chatLimit()).post(e.chat()));
    routes.add(Route.of("/api/*", JSON, HeadCheck.NONE));
    routes.add(Route.of("/healthz", TEXT, HeadCheck.NONE).get(e.health()));
    routes.add(Route.of("/metrics", TEXT, HeadCheck.NONE).get(e.metrics()));
    routes.add(Route.of("/", TEXT, HeadCheck.NONE).on(page, e.pages()));
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
    return List.of(
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
        Route.of("/admin/quiz/questions", JSON, token).get(a::quizItems).post(a::addQuizItem),
        Route.of("/admin/quiz/questions/{id}", JSON, token)
            .put(a::updateQuizItem)
            .delete(a::disableQuizItem),
        Route.of("/admin/quiz/questions/{id}/enable", JSON, token).post(a::enableQuizItem),
        Route.of("/admin/unanswered", JSON, token).get(a::unanswered),
        Route.of("/admin/unanswered/faq", JSON, token).post(a::faqFromUnanswered),
        Route.of("/admin/unanswered/suggest", JSON, token).get(a::suggestFaqs),
        Route.of("/admin/unanswered/attach", JSON, token).post(a::attachUnanswered),
        Route.of("/admin/unanswered/ignore", JSON, token).post(a::ignoreUnanswered),
        Route.of("/admin/stats", JSON, token).get(a::stats),
        Route.of("/admin/versions", JSON, token).get(a::versions),
        Route.of("/admin/rollback", JSON, token).post(a::rollback),
        Route.of("/admin/audit", JSON, token).get(a::audit),
        Route.of("/admin/menu", JSON, token).get(a::menu).put(a::putMenu),
        Route.of("/admin/referral", JSON, token).get(a::referral).put(a::putReferral));
  }
}
