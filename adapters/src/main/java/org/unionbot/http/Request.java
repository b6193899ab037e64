package org.unionbot.http;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request, fully read. Immutable apart from the body array, which nobody writes to.
 *
 * @param method the method in upper case: {@code GET}, {@code POST}, ...
 * @param path the decoded path without the query, e.g. {@code /wechat}
 * @param query the query parameters; a repeated parameter keeps its first value
 * @param contentType the {@code Content-Type} header, if any
 * @param body the body bytes (empty when there is none)
 * @param headers the request headers, names in lower case; a repeated header keeps its first value
 * @param remote the client's address (IP, no port), or "" when unknown
 * @param pathParams the values of its route's path parameters, e.g. {@code id} of {@code
 *     /admin/faq/{id}}
 */
public record Request(
    String method,
    String path,
    Map<String, String> query,
    Optional<String> contentType,
    byte[] body,
    Map<String, String> headers,
    String remote,
    Map<String, String> pathParams) {

  public Request {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    query = Map.copyOf(query);
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
    headers = Map.copyOf(headers);
    Objects.requireNonNull(remote, "remote");
    pathParams = Map.copyOf(pathParams);
  }

  /** A request without path parameters. */
  public Request(
      String method,
      String path,
      Map<String, String> query,
      Optional<String> contentType,
      byte[] body,
      Map<String, String> headers,
      String remote) {
    this(method, path, query, contentType, body, headers, remote, Map.of());
  }

  /** A request with headers from an unknown address. */
  public Request(
      String method,
      String path,
      Map<String, String> query,
      Optional<String> contentType,
      byte[] body,
      Map<String, String> headers) {
    this(method, path, query, contentType, body, headers, "");
  }

  /** A request without headers from an unknown address. */
  public Request(
      String method,
      String path,
      Map<String, String> query,
      Optional<String> contentType,
      byte[] body) {
    this(method, path, query, contentType, body, Map.of(), "");
  }

  /** A header by its name in any case, if present. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
  }

  /** A query parameter, if present. */
  public Optional<String> param(String name) {
    return Optional.ofNullable(query.get(name));
  }

  /**
   * A path parameter of the route that serves the request.
   *
   * @throws IllegalArgumentException when its route has no such parameter
   */
  public String pathParam(String name) {
    String value = pathParams.get(name);
    if (value == null) {
      throw new IllegalArgumentException("no path parameter " + name + " in " + path);
    }
    return value;
  }

  /** This request with the path parameters of its route. */
  public Request withPathParams(Map<String, String> params) {
    return params.isEmpty() && pathParams.isEmpty()
        ? this
        : new Request(method, path, query, contentType, body, headers, remote, params);
  }

  /** Omits the body and the query, which may hold user text or signatures. */
  @Override
  public String toString() {
    return "Request[" + method + " " + path + ", " + body.length + " bytes]";
  }
}
