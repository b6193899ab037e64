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
 */
public record Request(
    String method,
    String path,
    Map<String, String> query,
    Optional<String> contentType,
    byte[] body) {

  public Request {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    query = Map.copyOf(query);
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
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
