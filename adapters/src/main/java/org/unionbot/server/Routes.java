package org.unionbot.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.unionbot.http.Endpoint;
import org.unionbot.http.HttpError;

/** The server's path table: exact paths, each with its methods and endpoint. Immutable. */
final class Routes {

  /** One path, the methods it accepts, and who serves it. */
  record Route(String path, Set<String> methods, Endpoint endpoint) {
    Route {
      Objects.requireNonNull(path, "path");
      methods = Set.copyOf(methods);
      Objects.requireNonNull(endpoint, "endpoint");
    }

    /** The {@code Allow} header value, methods in a stable order. */
    String allow() {
      return String.join(", ", new TreeSet<>(methods));
    }
  }

  private final Map<String, Route> byPath = new LinkedHashMap<>();

  Routes(List<Route> routes) {
    for (Route route : routes) {
      if (byPath.putIfAbsent(route.path(), route) != null) {
        throw new IllegalArgumentException("two routes for " + route.path());
      }
    }
  }

  /**
   * The route for a request.
   *
   * @throws HttpError 404 for an unknown path, 405 (with {@code Allow}) for a method it does not
   *     accept
   */
  Route find(String method, String path) {
    Route route = byPath.get(path);
    if (route == null) {
      throw HttpError.notFound();
    }
    if (!route.methods().contains(method)) {
      throw HttpError.methodNotAllowed(route.allow());
    }
    return route;
  }

  /** Every endpoint, in the order of the routes. */
  List<Endpoint> endpoints() {
    return byPath.values().stream().map(Route::endpoint).toList();
  }

  /** The metrics label for a path: the path itself when it is routed, else {@code other}. */
  String label(String path) {
    return byPath.containsKey(path) ? path : "other";
  }
}
