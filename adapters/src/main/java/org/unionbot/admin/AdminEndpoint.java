package org.unionbot.admin;

import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.unionbot.core.admin.Actor;
import org.unionbot.core.admin.Admin;
import org.unionbot.core.admin.AdminException;
import org.unionbot.core.admin.Change;
import org.unionbot.core.admin.QuizDraft;
import org.unionbot.http.Endpoint;
import org.unionbot.http.HttpError;
import org.unionbot.http.Request;
import org.unionbot.http.Response;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.quiz.QuizItem;
import org.unionbot.wechat.Menu;

/**
 * The admin API under {@code /admin/} (docs/DESIGN.md "Admin API", docs/api.md "Admin API"):
 * documents, FAQ pairs, synonyms, quiz items, unanswered questions, stats, versions and rollback,
 * the audit log and the menu. Every request needs the bearer token ({@link AdminAuth}). JSON in and
 * out; refusals are {@code {"error":"…"}} with 400, 401, 404, 405 or 429.
 *
 * <p>Reads run on the calling worker thread. Changes run one at a time on {@code changes}, a
 * separate executor, because building a version takes a moment and must not hold up workers'
 * questions; the reply is sent once the new version serves.
 */
public final class AdminEndpoint implements Endpoint {
  /**
   * Every path this endpoint serves, written as docs/openapi.yaml writes them. A path added to
   * {@link #handle} belongs here and in that file; OpenApiContractIT checks both against the
   * server.
   */
  public static final List<String> PATHS =
      List.of(
          "/admin/documents",
          "/admin/documents/{id}",
          "/admin/faq",
          "/admin/faq/{id}",
          "/admin/synonyms",
          "/admin/synonyms/{term}",
          "/admin/quiz/questions",
          "/admin/quiz/questions/{id}",
          "/admin/quiz/questions/{id}/enable",
          "/admin/unanswered",
          "/admin/unanswered/faq",
          "/admin/stats",
          "/admin/versions",
          "/admin/rollback",
          "/admin/audit",
          "/admin/menu");

  /** The longest admin name kept for the audit log. */
  static final int MAX_NAME = 40;

  private final Admin admin;
  private final AdminAuth auth;
  private final Set<String> menuKeys;
  private final Executor changes;

  /**
   * @param token the admin bearer token
   * @param menuKeys the click keys the bot acts on, which menus may use
   * @param changes where changes run, one at a time
   */
  public AdminEndpoint(Admin admin, String token, Set<String> menuKeys, Executor changes) {
    this(admin, token, menuKeys, changes, Ticker.systemTicker());
  }

  AdminEndpoint(Admin admin, String token, Set<String> menuKeys, Executor changes, Ticker ticker) {
    this.admin = Objects.requireNonNull(admin, "admin");
    this.auth = new AdminAuth(token, ticker);
    this.menuKeys = Set.copyOf(menuKeys);
    this.changes = Objects.requireNonNull(changes, "changes");
  }

  /** Measures the failed-token records in {@code registry} as the cache {@code admin_auth}. */
  public void monitor(MeterRegistry registry) {
    CaffeineCacheMetrics.monitor(registry, auth.failures(), "admin_auth");
  }

  /**
   * Refuses a request whose token does not hold (401) or whose address is paused (429): the check
   * {@link #handle} starts with. The server also runs it on a request's head alone, before it reads
   * the body, so that an upload without the token costs it no memory; one {@link AdminAuth} counts
   * the failures of both.
   *
   * @throws HttpError 401 or 429
   */
  public void authorize(Request head) {
    auth.check(head);
  }

  @Override
  public CompletableFuture<Response> handle(Request request) {
    auth.check(request);
    Actor who = new Actor(name(request), request.remote());
    String method = request.method();
    List<String> path = segments(request.path());
    String head = path.isEmpty() ? "" : path.get(0);
    try {
      return switch (head) {
        case "documents" -> documents(request, who, method, path);
        case "faq" -> faq(request, who, method, path);
        case "synonyms" -> synonyms(request, who, method, path);
        case "quiz" -> quiz(request, who, method, path);
        case "unanswered" -> unanswered(request, who, method, path);
        case "stats" -> read(method, path, 1, () -> AdminJson.stats(admin.stats(days(request))));
        case "versions" ->
            read(method, path, 1, () -> AdminJson.versions(admin.versions(), admin.version()));
        case "audit" -> read(method, path, 1, () -> AdminJson.audit(admin.audit(limit(request))));
        case "rollback" -> {
          only(method, path, 1, "POST");
          long version = AdminBody.json(request).number("version");
          yield change(200, () -> admin.rollback(who, version), true);
        }
        case "menu" -> menu(request, who, method, path);
        default -> throw HttpError.notFound();
      };
    } catch (AdminException e) {
      throw refusal(e);
    }
  }

  private CompletableFuture<Response> documents(
      Request request, Actor who, String method, List<String> path) {
    if (path.size() == 1) {
      if (method.equals("GET")) {
        return done(AdminJson.documents(admin.documents()));
      }
      allow(method, "GET, POST");
      Upload upload = Upload.of(request);
      return change(201, () -> admin.addDocument(who, upload.title(), upload.text()), true);
    }
    String id = path.get(1);
    if (path.size() != 2) {
      throw HttpError.notFound();
    }
    return switch (method) {
      case "GET" ->
          done(
              AdminJson.document(
                  admin.document(id).orElseThrow(() -> HttpError.of(404, "no document " + id))));
      case "PUT" -> {
        Upload upload = Upload.of(request);
        yield change(
            200, () -> admin.replaceDocument(who, id, upload.title(), upload.text()), true);
      }
      case "DELETE" -> change(200, () -> admin.removeDocument(who, id), false);
      default -> throw HttpError.methodNotAllowed("DELETE, GET, PUT");
    };
  }

  private CompletableFuture<Response> faq(
      Request request, Actor who, String method, List<String> path) {
    if (path.size() == 1) {
      if (method.equals("GET")) {
        return done(AdminJson.faqs(admin.faqs()));
      }
      allow(method, "GET, POST");
      AdminBody body = AdminBody.json(request);
      String question = body.string("question");
      String answer = body.string("answer");
      return change(201, () -> admin.addFaq(who, question, answer), true);
    }
    if (path.size() != 2) {
      throw HttpError.notFound();
    }
    String id = path.get(1);
    return switch (method) {
      case "PUT" -> {
        AdminBody body = AdminBody.json(request);
        String question = body.string("question");
        String answer = body.string("answer");
        yield change(200, () -> admin.updateFaq(who, id, question, answer), true);
      }
      case "DELETE" -> change(200, () -> admin.removeFaq(who, id), false);
      default -> throw HttpError.methodNotAllowed("DELETE, PUT");
    };
  }

  private CompletableFuture<Response> synonyms(
      Request request, Actor who, String method, List<String> path) {
    if (path.size() == 1) {
      if (method.equals("GET")) {
        return done(AdminJson.synonyms(admin.synonyms()));
      }
      allow(method, "GET, POST");
      AdminBody body = AdminBody.json(request);
      String term = body.string("term");
      String canonical = body.string("canonical");
      return change(201, () -> admin.putSynonym(who, term, canonical), false);
    }
    if (path.size() != 2) {
      throw HttpError.notFound();
    }
    String term = path.get(1);
    allow(method, "DELETE");
    return change(200, () -> admin.removeSynonym(who, term), false);
  }

  private CompletableFuture<Response> quiz(
      Request request, Actor who, String method, List<String> path) {
    if (path.size() < 2 || !path.get(1).equals("questions") || path.size() > 4) {
      throw HttpError.notFound();
    }
    if (path.size() == 2) {
      if (method.equals("GET")) {
        return done(AdminJson.quiz(admin.knowledge().quizBank()));
      }
      allow(method, "GET, POST");
      QuizDraft draft = draft(AdminBody.json(request));
      return change(201, () -> admin.addQuizItem(who, draft), true);
    }
    String id = path.get(2);
    if (path.size() == 4) {
      if (!path.get(3).equals("enable")) {
        throw HttpError.notFound();
      }
      allow(method, "POST");
      return change(200, () -> admin.enableQuizItem(who, id), false);
    }
    return switch (method) {
      case "PUT" -> {
        QuizDraft draft = draft(AdminBody.json(request));
        yield change(200, () -> admin.updateQuizItem(who, id, draft), true);
      }
      case "DELETE" -> change(200, () -> admin.disableQuizItem(who, id), false);
      default -> throw HttpError.methodNotAllowed("DELETE, PUT");
    };
  }

  private CompletableFuture<Response> unanswered(
      Request request, Actor who, String method, List<String> path) {
    if (path.size() == 1) {
      return read(method, path, 1, () -> AdminJson.unanswered(admin.unanswered(limit(request))));
    }
    if (path.size() != 2 || !path.get(1).equals("faq")) {
      throw HttpError.notFound();
    }
    allow(method, "POST");
    AdminBody body = AdminBody.json(request);
    String text = body.string("text");
    String answer = body.string("answer");
    return change(201, () -> admin.faqFromUnanswered(who, text, answer), true);
  }

  private CompletableFuture<Response> menu(
      Request request, Actor who, String method, List<String> path) {
    if (path.size() != 1) {
      throw HttpError.notFound();
    }
    if (method.equals("GET")) {
      return done(menu().json());
    }
    allow(method, "GET, PUT");
    Menu menu;
    try {
      menu = Menu.parse(AdminBody.text(request), menuKeys);
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest(e.getMessage());
    }
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            admin.putMenu(who, menu.json());
          } catch (AdminException e) {
            throw refusal(e);
          }
          return Response.json(200, menu.json());
        },
        changes);
  }

  /** The menu admins saved, or the default one. */
  private Menu menu() {
    return admin.menu().map(json -> Menu.parse(json, menuKeys)).orElseGet(Menu::defaults);
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

  private static CompletableFuture<Response> read(
      String method, List<String> path, int size, Supplier<String> body) {
    only(method, path, size, "GET");
    return done(body.get());
  }

  private static CompletableFuture<Response> done(String json) {
    return CompletableFuture.completedFuture(Response.json(200, json));
  }

  private static void only(String method, List<String> path, int size, String allowed) {
    if (path.size() != size) {
      throw HttpError.notFound();
    }
    allow(method, allowed);
  }

  private static void allow(String method, String allowed) {
    if (!List.of(allowed.split(", ")).contains(method)) {
      throw HttpError.methodNotAllowed(allowed);
    }
  }

  private static HttpError refusal(AdminException e) {
    return HttpError.of(e.reason() == AdminException.Reason.NOT_FOUND ? 404 : 400, e.getMessage());
  }

  /** The path after {@code /admin/}, split at slashes, without empty parts. */
  private static List<String> segments(String path) {
    return java.util.Arrays.stream(path.substring("/admin/".length()).split("/"))
        .filter(s -> !s.isEmpty())
        .toList();
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
            .map(AdminEndpoint::percentDecoded)
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

  private static int days(Request request) {
    return bounded(request, "days", 14, 1, 366);
  }

  private static int limit(Request request) {
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

  /**
   * A document as uploaded: JSON {@code {"title","text"}}, or a bare text file with {@code
   * ?title=}.
   */
  private record Upload(String title, String text) {
    static Upload of(Request request) {
      if (AdminBody.isText(request)) {
        String text = AdminBody.text(request);
        return new Upload(
            request.param("title").orElseGet(() -> KnowledgeBase.titleOf(text)), text);
      }
      AdminBody body = AdminBody.json(request);
      String text = body.string("text");
      String title =
          body.optionalString("title")
              .filter(t -> !t.isBlank())
              .orElseGet(() -> KnowledgeBase.titleOf(text));
      return new Upload(title, text);
    }
  }
}
