package org.unionbot.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.unionbot.http.Endpoint;
import org.unionbot.http.HttpError;
import org.unionbot.http.Request;

/**
 * The server's path table: exact paths, each with its methods and endpoint, and prefix paths ending
 * in {@code /*} (e.g. {@code /assets/*}) that serve everything below them, the longest prefix
 * winning. An exact path beats a prefix. Immutable.
 */
final class Routes {

  /**
   * A check on a request's head, run before its body is read ({@link HeadGate}): the request line,
   * the headers and the client address, with an empty body.
   */
  @FunctionalInterface
  interface HeadCheck {
    /** No check: every head goes on. */
    HeadCheck NONE = head -> {};

    /**
     * @throws HttpError to refuse the request without reading its body
     */
    void check(Request head);
  }

  /** One path, the methods it accepts, who serves it and what its heads are checked for. */
  record Route(String path, Set<String> methods, Endpoint endpoint, HeadCheck head) {
    Route {
      Objects.requireNonNull(path, "path");
      methods = Set.copyOf(methods);
      Objects.requireNonNull(endpoint, "endpoint");
      Objects.requireNonNull(head, "head");
    }

    /** A route whose heads are not checked. */
    Route(String path, Set<String> methods, Endpoint endpoint) {
      this(path, methods, endpoint, HeadCheck.NONE);
    }

    /** The {@code Allow} header value, methods in a stable order. */
    String allow() {
      return String.join(", ", new TreeSet<>(methods));
    }
  }

  private final Map<String, Route> byPath = new LinkedHashMap<>();
  private final Map<String, Route> byPrefix = new LinkedHashMap<>();

  Routes(List<Route> routes) {
    for (Route route : routes) {
      boolean prefix = route.path().endsWith("/*");
      Map<String, Route> table = prefix ? byPrefix : byPath;
      String key = prefix ? route.path().substring(0, route.path().length() - 1) : route.path();
      if (table.putIfAbsent(key, route) != null) {
        throw new IllegalArgumentException("two routes for " + route.path());
      }
    }
  }

  /** These routes and one more. */
  Routes with(Route route) {
    List<Route> all = new java.util.ArrayList<>(byPath.values());
    all.addAll(byPrefix.values());
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

  /** The head check of the route for a request; none when the path or the method has no route. */
  HeadCheck headCheck(String method, String path) {
    Route route = route(path);
    return route == null || !route.methods().contains(method) ? HeadCheck.NONE : route.head();
  }

  /** Every route, exact routes first, in the order they were given. */
  List<Route> all() {
    return java.util.stream.Stream.concat(byPath.values().stream(), byPrefix.values().stream())
        .toList();
  }

  /** Every endpoint, exact routes first, in the order of the routes. */
  List<Endpoint> endpoints() {
    return java.util.stream.Stream.concat(byPath.values().stream(), byPrefix.values().stream())
        .map(Route::endpoint)
        .toList();
  }

  /**
   * The metrics label for a path: the route's path ({@code /assets/*} for a prefix) when it is
   * routed, else {@code other}.
   */
  String label(String path) {
    Route route = route(path);
    return route == null ? "other" : route.path();
  }

  /** The exact route, else the one with the longest prefix of {@code path}, else null. */
  private Route route(String path) {
    Route exact = byPath.get(path);
    if (exact != null) {
      return exact;
    }
    Route best = null;
    int longest = -1;
    for (Map.Entry<String, Route> prefix : byPrefix.entrySet()) {
      if (path.startsWith(prefix.getKey()) && prefix.getKey().length() > longest) {
        best = prefix.getValue();
        longest = prefix.getKey().length();
      }
    }
    return best;
  }
}
