package org.unionbot.admin;

import static org.unionbot.admin.AdminRequests.limit;
import static org.unionbot.admin.AdminRequests.refusal;
import static org.unionbot.admin.AdminRequests.who;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.unionbot.core.admin.Actor;
import org.unionbot.core.admin.Admin;
import org.unionbot.core.admin.AdminException;
import org.unionbot.core.admin.Change;
import org.unionbot.http.HttpError;
import org.unionbot.http.Request;
import org.unionbot.http.Response;

/**
 * The admin API's unanswered questions (docs/api.md): the list with the FAQ pairs nearest each,
 * proposals for any text, and what an officer does with one: attach it to a pair as another
 * wording, make a new pair of it, or ignore it (or every greeting and bit of noise).
 */
public final class UnansweredEndpoint {
  /** How many nearest FAQ pairs an unanswered question is listed with. */
  static final int CLOSEST = 3;

  private final Admin admin;
  private final Executor changes;

  UnansweredEndpoint(Admin admin, Executor changes) {
    this.admin = Objects.requireNonNull(admin, "admin");
    this.changes = Objects.requireNonNull(changes, "changes");
  }

  /**
   * {@code GET /admin/unanswered}: each with the {@value #CLOSEST} FAQ pairs nearest it. Read on
   * the change executor: the nearest pairs take a question vector each.
   */
  public CompletableFuture<Response> list(Request request) {
    int limit = limit(request);
    return CompletableFuture.supplyAsync(
        () ->
            Response.json(
                200,
                AdminJson.unanswered(
                    admin.unanswered(limit), text -> admin.nearestFaqs(text, CLOSEST))),
        changes);
  }

  /** {@code GET /admin/unanswered/suggest?text=}: the FAQ pairs nearest a question. */
  public CompletableFuture<Response> suggest(Request request) {
    String text = request.param("text").orElse("").strip();
    if (text.isEmpty()) {
      throw HttpError.badRequest("请给出问题（text）");
    }
    return CompletableFuture.supplyAsync(
        () -> Response.json(200, AdminJson.closest(admin.nearestFaqs(text, CLOSEST))), changes);
  }

  /** {@code POST /admin/unanswered/attach}: the question becomes an alternative of a pair. */
  public CompletableFuture<Response> attach(Request request) {
    Actor who = who(request);
    AdminBody body = AdminBody.json(request);
    String text = body.string("text");
    String faq = body.string("faq");
    return change(200, () -> admin.attachUnanswered(who, text, faq), true);
  }

  /**
   * {@code POST /admin/unanswered/ignore}: {@code {"text"}} ignores one question, {@code
   * {"kind":"noise"}} every greeting, filler and emoji; answers {@code {"ignored": n}}.
   */
  public CompletableFuture<Response> ignore(Request request) {
    Actor who = who(request);
    AdminBody body = AdminBody.json(request);
    Optional<String> kind = body.optionalString("kind");
    String text = kind.isPresent() ? null : body.string("text");
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            long n =
                kind.isPresent()
                    ? admin.ignoreUnansweredKind(who, kind.get())
                    : admin.ignoreUnanswered(who, text) ? 1 : 0;
            return Response.json(200, "{\"ignored\":" + n + "}");
          } catch (AdminException e) {
            throw refusal(e);
          }
        },
        changes);
  }

  /** {@code POST /admin/unanswered/faq}. */
  public CompletableFuture<Response> faqFrom(Request request) {
    Actor who = who(request);
    AdminBody body = AdminBody.json(request);
    String text = body.string("text");
    String answer = body.string("answer");
    return change(201, () -> admin.faqFromUnanswered(who, text, answer), true);
  }

  private CompletableFuture<Response> change(int status, Supplier<Change> work, boolean withId) {
    return AdminRequests.change(changes, status, work, withId);
  }
}
