package org.unionbot.http;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request refused with a status and a short, fixed message that is safe to show the caller. The
 * optional detail is for the log only (never a secret and never a whole body); it stays out of the
 * response.
 *
 * <p>{@link #toResponse(boolean)} is the one place a refusal becomes a response: short text, or
 * {@code {"error":"…"}} for JSON APIs, and never a stack trace.
 */
public final class HttpError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String detail;
  private final String header;
  private final String headerValue;

  private HttpError(int status, String message, String detail, String header, String headerValue) {
    super(message, null, false, false);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("not an error status: " + status);
    }
    this.status = status;
    this.detail = detail;
    this.header = header;
    this.headerValue = headerValue;
  }

  /** A refusal with a status and a message for the caller. */
  public static HttpError of(int status, String message) {
    return new HttpError(status, message, null, null, null);
  }

  /** A refusal whose {@code detail} goes to the log only. */
  public static HttpError of(int status, String message, String detail) {
    return new HttpError(status, message, Objects.requireNonNull(detail, "detail"), null, null);
  }

  public static HttpError badRequest(String message) {
    return of(400, message);
  }

  public static HttpError notFound() {
    return of(404, "not found");
  }

  /** 405 with the {@code Allow} header listing {@code allowed}, e.g. {@code "GET, POST"}. */
  public static HttpError methodNotAllowed(String allowed) {
    return new HttpError(405, "method not allowed", null, "Allow", allowed);
  }

  /** 429 with {@code Retry-After}: the caller should wait {@code seconds} before trying again. */
  public static HttpError tooManyRequests(String message, long seconds, String detail) {
    return new HttpError(
        429,
        message,
        Objects.requireNonNull(detail, "detail"),
        "Retry-After",
        Long.toString(seconds));
  }

  /** This refusal with another message for the caller: the same status, detail and header. */
  public HttpError withMessage(String message) {
    return new HttpError(status, message, detail, header, headerValue);
  }

  public int status() {
    return status;
  }

  /** What to log beside the message, if anything. */
  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }

  /** The response: {@code {"error": message}} when {@code json}, else the message as text. */
  public Response toResponse(boolean json) {
    String body =
        json
            ? JsonNodeFactory.instance.objectNode().put("error", getMessage()).toString()
            : getMessage() + "\n";
    Response response =
        new Response(status, json ? Response.JSON : Response.TEXT, body.getBytes(UTF_8), Map.of());
    return header == null ? response : response.withHeader(header, headerValue);
  }
}
