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
 */
public record Request(
    String method,
    String path,
    Map<String, String> query,
    Optional<String> contentType,
    byte[] body,
    Map<String, String> headers,
    String remote) {

  public Request {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    query = Map.copyOf(query);
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
    headers = Map.copyOf(headers);
    Objects.requireNonNull(remote, "remote");
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

  /** Omits the body and the query, which may hold user text or signatures. */
  @Override
  public String toString() {
    return "Request[" + method + " " + path + ", " + body.length + " bytes]";
  }
}
