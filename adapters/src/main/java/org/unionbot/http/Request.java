package org.unionbot.http;

import java.util.Locale;
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
 */
public record Request(
    String method,
    String path,
    Map<String, String> query,
    Optional<String> contentType,
    byte[] body,
    Map<String, String> headers) {

  public Request {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    query = Map.copyOf(query);
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
    headers = Map.copyOf(headers);
  }

  /** A request without headers (tests, and endpoints that read none). */
  public Request(
      String method,
      String path,
      Map<String, String> query,
      Optional<String> contentType,
      byte[] body) {
    this(method, path, query, contentType, body, Map.of());
  }

  /** A header, by name in any case, if present. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
  }

  /** A query parameter, if present. */
  public Optional<String> param(String name) {
    return Optional.ofNullable(query.get(name));
  }

  /** Omits the body, the query and the headers, which may hold user text, signatures or tokens. */
  @Override
  public String toString() {
    return "Request[" + method + " " + path + ", " + body.length + " bytes]";
  }
}
