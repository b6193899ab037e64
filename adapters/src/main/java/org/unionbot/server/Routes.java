package org.unionbot.server;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.unionbot.http.Endpoint;
import org.unionbot.http.HttpError;

/**
 * The server's path table: each path with its methods and endpoint. Immutable. A path ending in
 * {@code /*} serves everything under it (the admin API); an exact path wins over a prefix, and a
 * longer prefix over a shorter one.
 */
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

  private static final String ANY = "*";

  private final Map<String, Route> byPath = new LinkedHashMap<>();

  /** Prefix routes, longest prefix first, by their prefix (the path without the {@code *}). */
  private final NavigableMap<String, Route> byPrefix = new TreeMap<>(Comparator.reverseOrder());

  Routes(List<Route> routes) {
    for (Route route : routes) {
      if (byPath.putIfAbsent(route.path(), route) != null) {
        throw new IllegalArgumentException("two routes for " + route.path());
      }
      if (route.path().endsWith("/" + ANY)) {
        byPrefix.put(route.path().substring(0, route.path().length() - ANY.length()), route);
      }
    }
  }

  /** These routes and one more. */
  Routes with(Route route) {
    List<Route> all = new java.util.ArrayList<>(byPath.values());
    all.add(route);
    return new Routes(all);
  }

  /**
   * The route for a request.
   *
   * @throws HttpError 404 for an unknown path, 405 (with {@code Allow}) for a method it does not
   *     accept
   */
  Route find(String method, String path) {
    Route route = route(path);
    if (route == null) {
      throw HttpError.notFound();
    }
    if (!route.methods().contains(method)) {
      throw HttpError.methodNotAllowed(route.allow());
    }
    return route;
  }

  /**
   * The metrics label for a path: the route's path when it is routed (so prefix routes stay one
   * label), else {@code other}.
   */
  String label(String path) {
    Route route = route(path);
    return route == null ? "other" : route.path();
  }

  private Route route(String path) {
    Route exact = byPath.get(path);
    if (exact != null && !path.endsWith("/" + ANY)) {
      return exact;
    }
    for (Map.Entry<String, Route> prefix : byPrefix.entrySet()) {
      if (path.startsWith(prefix.getKey())) {
        return prefix.getValue();
      }
    }
    return null;
  }
}
