package org.unionbot.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.unionbot.http.Endpoint;
import org.unionbot.http.HttpError;
import org.unionbot.http.Request;

/**
 * The server's route table: each route is a path pattern, the endpoint of each method it accepts,
 * the format of its errors and the check on its heads ({@link RouteTable} declares the server's). A
 * pattern is an exact path ({@code /admin/faq}), a path with parameters that each match one
 * non-empty segment ({@code /admin/faq/{id}}), or a prefix ending in {@code /*} that matches
 * everything below it ({@code /assets/*}). An exact path beats a pattern with parameters, which
 * beats a prefix; among those, literal segments beat parameters from the left, and the longest
 * prefix wins. A route without methods reserves its paths: every request there is a 404 in its
 * format. A 405 names in {@code Allow} the methods of its route. Immutable.
 */
final class Routes {

  /**
   * A check on a request's head, run before its body is read ({@link HeadGate}): the request line,
   * the headers and the client address, with an empty body. It runs on every request to its route's
   * paths, whatever the method, before a 404 or a 405.
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

  /** How a route's refusals read: short text, or {@code {"error":"…"}}. */
  enum Errors {
    TEXT,
    JSON
  }

  /**
   * One path pattern, the endpoint of each method it accepts, how its errors read and what its
   * heads are checked for.
   */
  record Route(String path, Map<String, Endpoint> endpoints, Errors errors, HeadCheck head) {
    Route {
      Objects.requireNonNull(path, "path");
      endpoints = Collections.unmodifiableMap(new TreeMap<>(endpoints));
      Objects.requireNonNull(errors, "errors");
      Objects.requireNonNull(head, "head");
      if (!path.startsWith("/")) {
        throw new IllegalArgumentException("a path starts with /: " + path);
      }
    }

    /** A route with no methods yet: {@link #on} adds them. */
    static Route of(String path, Errors errors, HeadCheck head) {
      return new Route(path, Map.of(), errors, head);
    }

    /** A route of one endpoint for {@code methods}, with text errors. */
    Route(String path, Set<String> methods, Endpoint endpoint, HeadCheck head) {
      this(path, each(methods, Objects.requireNonNull(endpoint, "endpoint")), Errors.TEXT, head);
    }

    private static Map<String, Endpoint> each(Set<String> methods, Endpoint endpoint) {
      Map<String, Endpoint> endpoints = new TreeMap<>();
      methods.forEach(method -> endpoints.put(method, endpoint));
      return endpoints;
    }

    /** A route of one endpoint for {@code methods}, with text errors and no head check. */
    Route(String path, Set<String> methods, Endpoint endpoint) {
      this(path, methods, endpoint, HeadCheck.NONE);
    }

    /** This route with {@code endpoint} serving {@code methods} as well. */
    Route on(Set<String> methods, Endpoint endpoint) {
      Objects.requireNonNull(endpoint, "endpoint");
      Map<String, Endpoint> more = new TreeMap<>(endpoints);
      for (String method : methods) {
        if (more.putIfAbsent(method, endpoint) != null) {
          throw new IllegalArgumentException("two endpoints for " + method + " " + path);
        }
      }
      return new Route(path, more, errors, head);
    }

    Route get(Endpoint endpoint) {
      return on(Set.of("GET"), endpoint);
    }

    Route post(Endpoint endpoint) {
      return on(Set.of("POST"), endpoint);
    }

    Route put(Endpoint endpoint) {
      return on(Set.of("PUT"), endpoint);
    }

    Route delete(Endpoint endpoint) {
      return on(Set.of("DELETE"), endpoint);
    }

    /** The methods it accepts. */
    Set<String> methods() {
      return endpoints.keySet();
    }

    /** The {@code Allow} header value: its methods in a stable order. */
    String allow() {
      return String.join(", ", endpoints.keySet());
    }

    boolean prefix() {
      return path.endsWith("/*");
    }
  }

  /** A route found for a request, with the values of its path parameters. */
  record Match(Route route, Map<String, String> params) {}

  private final List<Route> routes;
  private final Map<String, Route> exact = new LinkedHashMap<>();
  private final List<Route> patterns = new ArrayList<>();
  private final List<Route> prefixes = new ArrayList<>();

  Routes(List<Route> routes) {
    this.routes = List.copyOf(routes);
    Set<String> shapes = new java.util.HashSet<>();
    for (Route route : this.routes) {
      if (!shapes.add(route.path().replaceAll("\\{[^}/]*}", "{}"))) {
        throw new IllegalArgumentException("two routes for " + route.path());
      }
      if (route.prefix()) {
        prefixes.add(route);
      } else if (route.path().contains("{")) {
        patterns.add(route);
      } else {
        exact.put(route.path(), route);
      }
    }
    prefixes.sort((a, b) -> b.path().length() - a.path().length());
  }

  /**
   * The route for a request, with its path parameters.
   *
   * @throws HttpError 404 for an unknown or reserved path, 405 (with {@code Allow}) for a method
   *     its route does not accept
   */
  Match find(String method, String path) {
    Match match = match(path).orElseThrow(HttpError::notFound);
    Route route = match.route();
    if (route.methods().isEmpty()) {
      throw HttpError.notFound();
    }
    if (!route.methods().contains(method)) {
      throw HttpError.methodNotAllowed(route.allow());
    }
    return match;
  }

  /** The head check of the route for a path, whatever the method; none for an unknown path. */
  HeadCheck headCheck(String path) {
    return match(path).map(m -> m.route().head()).orElse(HeadCheck.NONE);
  }

  /** How refusals on a path read: its route's format, text for an unknown path. */
  Errors errors(String path) {
    return match(path).map(m -> m.route().errors()).orElse(Errors.TEXT);
  }

  /** Every route, in the order they were given. */
  List<Route> all() {
    return routes;
  }

  /** Every endpoint once, in the order of the routes. */
  List<Endpoint> endpoints() {
    Map<Endpoint, Boolean> seen = new IdentityHashMap<>();
    return routes.stream()
        .flatMap(route -> route.endpoints().values().stream())
        .filter(endpoint -> seen.put(endpoint, true) == null)
        .toList();
  }

  /**
   * The metrics label for a path: its route's pattern when it is routed, else (or when the route
   * only reserves its paths) {@code other}.
   */
  String label(String path) {
    return match(path)
        .map(Match::route)
        .filter(route -> !route.methods().isEmpty())
        .map(Route::path)
        .orElse("other");
  }

  private Optional<Match> match(String path) {
    Route route = exact.get(path);
    if (route != null) {
      return Optional.of(new Match(route, Map.of()));
    }
    Match best = null;
    for (Route pattern : patterns) {
      Map<String, String> params = params(pattern.path(), path);
      if (params != null && (best == null || literalFirst(pattern.path(), best.route().path()))) {
        best = new Match(pattern, params);
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    return prefixes.stream()
        .filter(prefix -> path.startsWith(prefix.path().substring(0, prefix.path().length() - 1)))
        .findFirst()
        .map(prefix -> new Match(prefix, Map.of()));
  }

  /** The parameters of {@code path} under {@code pattern}, or null when it does not match. */
  private static Map<String, String> params(String pattern, String path) {
    String[] want = pattern.split("/", -1);
    String[] got = path.split("/", -1);
    if (want.length != got.length) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < want.length; i++) {
      if (want[i].startsWith("{")) {
        if (got[i].isEmpty()) {
          return null;
        }
        params.put(want[i].substring(1, want[i].length() - 1), got[i]);
      } else if (!want[i].equals(got[i])) {
        return null;
      }
    }
    return params;
  }

  /** Whether {@code a} has a literal segment where {@code b} first has a parameter. */
  private static boolean literalFirst(String a, String b) {
    String[] x = a.split("/");
    String[] y = b.split("/");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      boolean px = x[i].startsWith("{");
      boolean py = y[i].startsWith("{");
      if (px != py) {
        return py;
      }
    }
    return false;
  }
}
