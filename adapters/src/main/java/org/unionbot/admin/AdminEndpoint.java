package org.unionbot.admin;

import static org.unionbot.admin.AdminRequests.days;
import static org.unionbot.admin.AdminRequests.limit;
import static org.unionbot.admin.AdminRequests.read;
import static org.unionbot.admin.AdminRequests.refusal;
import static org.unionbot.admin.AdminRequests.who;

import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.unionbot.core.admin.Actor;
import org.unionbot.core.admin.Admin;
import org.unionbot.core.admin.AdminException;
import org.unionbot.core.admin.Change;
import org.unionbot.core.admin.QuizDraft;
import org.unionbot.http.HttpError;
import org.unionbot.http.Request;
import org.unionbot.http.Response;
import org.unionbot.knowledge.quiz.QuizItem;

/**
 * The admin API under {@code /admin/} (docs/DESIGN.md "Admin API", docs/api.md "Admin API"):
 * documents, FAQ pairs, synonyms, quiz items, unanswered questions, stats, versions and rollback,
 * the audit log and the menu (and its publication), one method per operation. The server's route
 * table ({@code RouteTable}) maps each path and method to its method here, checks the bearer token
 * with {@link #authorize} on every request first, and answers 404 and 405 itself. JSON in and out;
 * refusals are {@code {"error":"…"}} with 400, 401, 404, 405 or 429 (and 409 or 502 from publishing
 * the menu).
 *
 * <p>Reads run on the calling worker thread. Changes run one at a time on {@code changes}, a
 * separate executor, because building a version takes a moment and must not hold up workers'
 * questions; the reply is sent once the new version serves.
 */
public final class AdminEndpoint {
  private final Admin admin;
  private final AdminAuth auth;
  private final MenuRules menus;
  private final Executor changes;
  private final MenuPublishing publishing;
  private final ContestEndpoint contests;
  private final UnansweredEndpoint unanswered;

  /**
   * An admin API whose menu cannot be published (no channel's API is configured).
   *
   * @param token the admin bearer token
   * @param menus what a menu must be, for the channel that publishes it
   * @param changes where changes run, one at a time
   */
  public AdminEndpoint(Admin admin, String token, MenuRules menus, Executor changes) {
    this(admin, token, menus, List.of(), changes, Ticker.systemTicker());
  }

  /**
   * @param token the admin bearer token
   * @param menus what a menu must be, for the channel that publishes it
   * @param targets where {@code POST /admin/menu/publish} sends the menu; empty when no channel's
   *     API is configured
   * @param changes where changes run, one at a time
   */
  public AdminEndpoint(
      Admin admin, String token, MenuRules menus, List<MenuTarget> targets, Executor changes) {
    this(admin, token, menus, targets, changes, Ticker.systemTicker());
  }

  AdminEndpoint(Admin admin, String token, MenuRules menus, Executor changes, Ticker ticker) {
    this(admin, token, menus, List.of(), changes, ticker);
  }

  private AdminEndpoint(
      Admin admin,
      String token,
      MenuRules menus,
      List<MenuTarget> targets,
      Executor changes,
      Ticker ticker) {
    this.admin = Objects.requireNonNull(admin, "admin");
    this.auth = new AdminAuth(token, ticker);
    this.menus = Objects.requireNonNull(menus, "menus");
    this.changes = Objects.requireNonNull(changes, "changes");
    this.publishing = new MenuPublishing(admin, targets, changes);
    this.contests = new ContestEndpoint(admin.contests(), id -> admin.document(id).isPresent());
    this.unanswered = new UnansweredEndpoint(admin, changes);
  }

  /** The unanswered questions' endpoints: the list, proposals, attach, ignore, new FAQ pair. */
  public UnansweredEndpoint unanswered() {
    return unanswered;
  }

  /** The contest and unit endpoints (issue 16), behind the same token. */
  public ContestEndpoint contests() {
    return contests;
  }

  /** Measures the failed-token records in {@code registry} as the cache {@code admin_auth}. */
  public void monitor(MeterRegistry registry) {
    CaffeineCacheMetrics.monitor(registry, auth.failures(), "admin_auth");
  }

  /**
   * Refuses a request whose token does not hold (401) or whose address is paused (429). The server
   * runs it on the head of every request to the admin API, before it reads the body, so that an
   * upload without the token costs it no memory.
   *
   * @throws HttpError 401 or 429
   */
  public void authorize(Request head) {
    auth.check(head);
  }

  /** {@code GET /admin/documents}. */
  public CompletableFuture<Response> documents(Request request) {
    return read(() -> AdminJson.documents(admin.documents()));
  }

  /**
   * {@code POST /admin/documents}: JSON, or the file itself (Word, PDF, plain text or Markdown)
   * with an optional {@code ?title=}.
   */
  public CompletableFuture<Response> addDocument(Request request) {
    Actor who = who(request);
    Upload upload = Upload.of(request);
    return change(201, () -> admin.addDocument(who, upload.title(), upload.text()), true);
  }

  /**
   * {@code POST /admin/documents/preview}: the title and text an upload would store, without
   * storing anything, so that the officer can check them first.
   */
  public CompletableFuture<Response> previewDocument(Request request) {
    Upload upload = Upload.of(request);
    return read(() -> AdminJson.preview(upload.title(), upload.text(), upload.format()));
  }

  /** {@code GET /admin/documents/{id}}. */
  public CompletableFuture<Response> document(Request request) {
    String id = request.pathParam("id");
    return read(
        () ->
            AdminJson.document(
                admin.document(id).orElseThrow(() -> HttpError.of(404, "no document " + id))));
  }

  /** {@code PUT /admin/documents/{id}}. */
  public CompletableFuture<Response> replaceDocument(Request request) {
    Actor who = who(request);
    String id = request.pathParam("id");
    Upload upload = Upload.of(request);
    return change(200, () -> admin.replaceDocument(who, id, upload.title(), upload.text()), true);
  }

  /** {@code DELETE /admin/documents/{id}}. */
  public CompletableFuture<Response> removeDocument(Request request) {
    Actor who = who(request);
    String id = request.pathParam("id");
    return change(200, () -> admin.removeDocument(who, id), false);
  }

  /** {@code GET /admin/faq}. */
  public CompletableFuture<Response> faqs(Request request) {
    return read(() -> AdminJson.faqs(admin.faqs()));
  }

  /** {@code POST /admin/faq}. */
  public CompletableFuture<Response> addFaq(Request request) {
    Actor who = who(request);
    AdminBody body = AdminBody.json(request);
    String question = body.string("question");
    String answer = body.string("answer");
    List<String> alternatives = body.strings("alternatives");
    return change(201, () -> admin.addFaq(who, question, answer, alternatives), true);
  }

  /** {@code PUT /admin/faq/{id}}. */
  public CompletableFuture<Response> updateFaq(Request request) {
    Actor who = who(request);
    String id = request.pathParam("id");
    AdminBody body = AdminBody.json(request);
    String question = body.string("question");
    String answer = body.string("answer");
    // absent: the pair keeps its alternatives
    List<String> alternatives = body.has("alternatives") ? body.strings("alternatives") : null;
    return change(200, () -> admin.updateFaq(who, id, question, answer, alternatives), true);
  }

  /** {@code DELETE /admin/faq/{id}}. */
  public CompletableFuture<Response> removeFaq(Request request) {
    Actor who = who(request);
    String id = request.pathParam("id");
    return change(200, () -> admin.removeFaq(who, id), false);
  }

  /** {@code GET /admin/synonyms}. */
  public CompletableFuture<Response> synonyms(Request request) {
    return read(() -> AdminJson.synonyms(admin.synonyms()));
  }

  /** {@code POST /admin/synonyms}. */
  public CompletableFuture<Response> putSynonym(Request request) {
    Actor who = who(request);
    AdminBody body = AdminBody.json(request);
    String term = body.string("term");
    String canonical = body.string("canonical");
    return change(201, () -> admin.putSynonym(who, term, canonical), false);
  }

  /** {@code DELETE /admin/synonyms/{term}}. */
  public CompletableFuture<Response> removeSynonym(Request request) {
    Actor who = who(request);
    String term = request.pathParam("term");
    return change(200, () -> admin.removeSynonym(who, term), false);
  }

  /** {@code GET /admin/quiz/questions}. */
  public CompletableFuture<Response> quizItems(Request request) {
    return read(() -> AdminJson.quiz(admin.knowledge().quizBank(), admin.scores().itemStats()));
  }

  /** {@code POST /admin/quiz/questions}. */
  public CompletableFuture<Response> addQuizItem(Request request) {
    Actor who = who(request);
    QuizDraft draft = draft(AdminBody.json(request));
    return change(201, () -> admin.addQuizItem(who, draft), true);
  }

  /** {@code PUT /admin/quiz/questions/{id}}. */
  public CompletableFuture<Response> updateQuizItem(Request request) {
    Actor who = who(request);
    String id = request.pathParam("id");
    QuizDraft draft = draft(AdminBody.json(request));
    return change(200, () -> admin.updateQuizItem(who, id, draft), true);
  }

  /** {@code DELETE /admin/quiz/questions/{id}}: disables it. */
  public CompletableFuture<Response> disableQuizItem(Request request) {
    Actor who = who(request);
    String id = request.pathParam("id");
    return change(200, () -> admin.disableQuizItem(who, id), false);
  }

  /** {@code POST /admin/quiz/questions/{id}/enable}. */
  public CompletableFuture<Response> enableQuizItem(Request request) {
    Actor who = who(request);
    String id = request.pathParam("id");
    return change(200, () -> admin.enableQuizItem(who, id), false);
  }

  /** {@code GET /admin/stats}. */
  public CompletableFuture<Response> stats(Request request) {
    int days = days(request);
    return read(() -> AdminJson.stats(admin.stats(days)));
  }

  /** {@code GET /admin/versions}. */
  public CompletableFuture<Response> versions(Request request) {
    return read(
        () -> {
          long current = admin.version();
          var versions = admin.versions();
          return HistoryJson.versions(versions, admin.describeVersions(versions), current);
        });
  }

  /** {@code GET /admin/versions/{n}/diff}: what a rollback to version n would change. */
  public CompletableFuture<Response> versionDiff(Request request) {
    long version;
    try {
      version = Long.parseLong(request.pathParam("n"));
    } catch (NumberFormatException e) {
      throw HttpError.badRequest("版本号应是数字，例如 /admin/versions/3/diff。");
    }
    return read(() -> HistoryJson.diff(admin.diff(version)));
  }

  /** {@code POST /admin/rollback}. */
  public CompletableFuture<Response> rollback(Request request) {
    Actor who = who(request);
    long version = AdminBody.json(request).number("version");
    return change(200, () -> admin.rollback(who, version), true);
  }

  /** {@code GET /admin/audit}. */
  public CompletableFuture<Response> audit(Request request) {
    int limit = limit(request);
    return read(
        () -> {
          var entries = admin.audit(limit);
          return HistoryJson.audit(entries, admin.describeAudit(entries));
        });
  }

  /** {@code GET /admin/menu}: the menu admins saved, or the default one. */
  public CompletableFuture<Response> menu(Request request) {
    return read(() -> admin.menu().map(menus::check).orElseGet(menus::defaults));
  }

  /** {@code PUT /admin/menu}: checked by the channel's {@link MenuRules} before it is saved. */
  public CompletableFuture<Response> putMenu(Request request) {
    Actor who = who(request);
    String menu;
    try {
      menu = menus.check(AdminBody.text(request));
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest(e.getMessage());
    }
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            admin.putMenu(who, menu);
          } catch (AdminException e) {
            throw refusal(e);
          }
          return Response.json(200, menu);
        },
        changes);
  }

  /**
   * {@code POST /admin/menu/publish}: sends the stored menu (or the default one) to the public
   * account and, when configured, the WeCom app ({@link MenuPublishing}).
   */
  public CompletableFuture<Response> publishMenu(Request request) {
    Actor who = who(request);
    String menu = admin.menu().map(menus::check).orElseGet(menus::defaults);
    return publishing.publish(who, menu);
  }

  /**
   * {@code GET /admin/referral}: the line union matters outside the notices are referred with, and
   * whether an admin set it ({@code custom}) or it is the bot's default.
   */
  public CompletableFuture<Response> referral(Request request) {
    return read(() -> AdminJson.referral(admin.referral()));
  }

  /** {@code PUT /admin/referral} with {@code {"text":"…"}}: not blank, at most 500 characters. */
  public CompletableFuture<Response> putReferral(Request request) {
    Actor who = who(request);
    String line = AdminBody.json(request).string("text");
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            admin.putReferral(who, line);
          } catch (AdminException e) {
            throw refusal(e);
          }
          return Response.json(200, AdminJson.referral(admin.referral()));
        },
        changes);
  }

  private static QuizDraft draft(AdminBody body) {
    String type = body.string("type").toUpperCase(Locale.ROOT);
    QuizItem.Type kind;
    try {
      kind = QuizItem.Type.valueOf(type);
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest("\"type\" must be choice or blank");
    }
    return new QuizDraft(
        kind,
        body.string("prompt"),
        body.strings("options"),
        body.string("answer"),
        body.strings("accepted"),
        body.optionalString("source").orElse(""));
  }

  /**
   * Runs a change on the change executor and answers {@code status} with {@code {"id","version"}}
   * (or just the version when {@code withId} is false).
   */
  private CompletableFuture<Response> change(int status, Supplier<Change> work, boolean withId) {
    return AdminRequests.change(changes, status, work, withId);
  }
}
