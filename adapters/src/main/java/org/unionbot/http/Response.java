package org.unionbot.http;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP response: a status, a content type, a body and any extra headers. Immutable apart from
 * the body array, which nobody writes to.
 *
 * @param status the status code, e.g. 200
 * @param contentType the {@code Content-Type} header
 * @param body the body bytes
 * @param headers extra headers, e.g. {@code Allow}
 */
public record Response(int status, String contentType, byte[] body, Map<String, String> headers) {

  public static final String TEXT = "text/plain; charset=utf-8";
  public static final String JSON = "application/json; charset=utf-8";
  public static final String XML = "application/xml; charset=utf-8";

  public Response {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("not an HTTP status: " + status);
    }
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
    headers = Map.copyOf(headers);
  }

  public static Response of(int status, String contentType, String body) {
    return new Response(status, contentType, body.getBytes(UTF_8), Map.of());
  }

  public static Response text(int status, String body) {
    return of(status, TEXT, body);
  }

  public static Response json(int status, String body) {
    return of(status, JSON, body);
  }

  /** A copy with one more header. */
  public Response withHeader(String name, String value) {
    Map<String, String> more = new HashMap<>(headers);
    more.put(name, value);
    return new Response(status, contentType, body, more);
  }

  /** The body decoded as UTF-8. */
  public String bodyText() {
    return new String(body, UTF_8);
  }

  @Override
  public String toString() {
    return "Response[" + status + ", " + contentType + ", " + body.length + " bytes]";
  }
}
