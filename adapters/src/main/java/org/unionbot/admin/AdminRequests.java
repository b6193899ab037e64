package org.unionbot.admin;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.unionbot.core.admin.Actor;
import org.unionbot.core.admin.AdminException;
import org.unionbot.core.admin.Change;
import org.unionbot.http.HttpError;
import org.unionbot.http.Request;
import org.unionbot.http.Response;

/**
 * What every admin endpoint does with a request: who made it (for the audit log), its bounded query
 * parameters, and how a read or a change is answered and refused.
 */
final class AdminRequests {
  /** The longest admin name kept for the audit log. */
  static final int MAX_NAME = 40;

  private AdminRequests() {}

  /**
   * Runs a change on {@code changes} and answers {@code status} with {@code {"id","version"}} (or
   * just the version when {@code withId} is false).
   */
  static CompletableFuture<Response> change(
      Executor changes, int status, Supplier<Change> work, boolean withId) {
    return CompletableFuture.supplyAsync(
        () -> {
          Change change;
          try {
            change = work.get();
          } catch (AdminException e) {
            throw refusal(e);
          }
          return Response.json(status, AdminJson.change(change, withId));
        },
        changes);
  }

  /** Answers 200 with {@code json}, read on the calling thread. */
  static CompletableFuture<Response> read(Supplier<String> json) {
    try {
      return CompletableFuture.completedFuture(Response.json(200, json.get()));
    } catch (AdminException e) {
      throw refusal(e);
    }
  }

  static HttpError refusal(AdminException e) {
    return HttpError.of(e.reason() == AdminException.Reason.NOT_FOUND ? 404 : 400, e.getMessage());
  }

  static Actor who(Request request) {
    return new Actor(name(request), request.remote());
  }

  /**
   * Who the audit log names: the {@code X-Admin-Name} the page sends, else "admin". Browsers only
   * send Latin-1 header values, so the page percent-encodes the name as UTF-8 (王老师 → %E7%8E%8B…); a
   * plain ASCII name arrives as it is.
   */
  static String name(Request request) {
    String name =
        request
            .header("X-Admin-Name")
            .map(AdminRequests::percentDecoded)
            .map(
                n ->
                    n.codePoints()
                        .filter(c -> !Character.isISOControl(c))
                        .collect(
                            StringBuilder::new,
                            StringBuilder::appendCodePoint,
                            StringBuilder::append)
                        .toString()
                        .strip())
            .orElse("");
    if (name.isEmpty()) {
      return "admin";
    }
    return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
  }

  private static String percentDecoded(String value) {
    try {
      return java.net.URLDecoder.decode(
          value.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return value;
    }
  }

  static int days(Request request) {
    return bounded(request, "days", 14, 1, 366);
  }

  static int limit(Request request) {
    return bounded(request, "limit", 100, 1, 1000);
  }

  private static int bounded(Request request, String param, int fallback, int min, int max) {
    String value = request.param(param).orElse(null);
    if (value == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw HttpError.badRequest(param + " must be a number from " + min + " to " + max);
  }
}
