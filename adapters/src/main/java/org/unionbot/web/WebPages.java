package org.unionbot.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.unionbot.chat.WebIds;
import org.unionbot.http.Endpoint;
import org.unionbot.http.HttpError;
import org.unionbot.http.Request;
import org.unionbot.http.Response;

/**
 * {@code GET} and {@code HEAD} of the web pages: the chat page at {@code /}, the admin page at
 * {@code /admin/} ({@code /admin} redirects there) and their scripts and styles under {@code
 * /assets/} and {@code /admin/assets/}.
 *
 * <p>The files are classpath resources under {@code org/unionbot/web/}, read once into memory when
 * this is built. Only the paths in the table below are served, so no request path can reach any
 * other file; everything else under the asset prefixes is a 404. Every response carries a strict
 * {@code Content-Security-Policy} (the pages load nothing inline and nothing from elsewhere),
 * {@code X-Frame-Options: DENY} and {@code Referrer-Policy: no-referrer}. Pages and assets are
 * revalidated on each use ({@code Cache-Control: no-cache}) against a strong {@code ETag}, so an
 * unchanged file costs a 304 and an upgraded server is seen at once. The chat page also gives a
 * browser without a valid user cookie its own ({@link WebIds}), and sends a browser that should
 * sign in through WeChat first ({@code org.unionbot.auth.WeChatSignIn}) to {@value #SIGN_IN}.
 * Thread-safe.
 */
public final class WebPages implements Endpoint {

  /** The routes to give this endpoint: exact paths, and prefixes ending in {@code /*}. */
  public static final List<String> ROUTES =
      List.of("/", "/admin", "/admin/", "/assets/*", "/admin/assets/*");

  /** The methods it serves. */
  public static final List<String> METHODS = List.of("GET", "HEAD");

  static final String HTML = "text/html; charset=utf-8";
  static final String JS = "text/javascript; charset=utf-8";
  static final String CSS = "text/css; charset=utf-8";
  static final String SVG = "image/svg+xml; charset=utf-8";

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private static final String ROOT = "/org/unionbot/web/";

  /** The chat page's path: where a browser gets its user cookie. */
  private static final String CHAT = "/";

  /** Where a browser that should sign in before the chat page is sent. */
  public static final String SIGN_IN = "/auth/wechat";

  /** A file in the jar, under {@code org/unionbot/web/}, and its content type. */
  private record Source(String resource, String contentType) {}

  /**
   * The admin page's scripts: {@code admin.js} (the API, login and tabs) first, then one per tab,
   * in the order {@code admin/index.html} loads them.
   */
  private static final List<String> ADMIN_SCRIPTS =
      List.of(
          "admin.js",
          "admin-documents.js",
          "admin-faq.js",
          "admin-quiz.js",
          "admin-stats.js",
          "admin-history.js",
          "admin-menu.js",
          "admin-contests.js");

  /** Every path served, and the file behind it. */
  private static final Map<String, Source> TABLE = table();

  private static Map<String, Source> table() {
    Map<String, Source> table = new HashMap<>();
    table.put("/", new Source("chat/index.html", HTML));
    table.put("/assets/chat.js", new Source("chat/chat.js", JS));
    table.put("/assets/chat.css", new Source("chat/chat.css", CSS));
    table.put("/assets/icon.svg", new Source("icon.svg", SVG));
    table.put("/admin/", new Source("admin/index.html", HTML));
    table.put("/admin/assets/admin.css", new Source("admin/admin.css", CSS));
    table.put("/admin/assets/admin-reports.css", new Source("admin/admin-reports.css", CSS));
    ADMIN_SCRIPTS.forEach(
        file -> table.put("/admin/assets/" + file, new Source("admin/" + file, JS)));
    return Map.copyOf(table);
  }

  /** One file, ready to send. */
  private record Asset(byte[] body, String contentType, String etag) {}

  private final Map<String, Asset> assets;
  private final WebIds ids;
  private final Predicate<Request> signIn;

  private WebPages(Map<String, Asset> assets, WebIds ids, Predicate<Request> signIn) {
    this.assets = Map.copyOf(assets);
    this.ids = ids;
    this.signIn = signIn;
  }

  /**
   * Reads every page and asset from the classpath.
   *
   * @throws IllegalStateException if one is missing from the jar
   */
  public static WebPages load() {
    return load(WebIds.withRandomKey());
  }

  /**
   * Reads every page and asset from the classpath; the chat page gives a browser without a valid
   * user cookie a new one from {@code ids}.
   *
   * @throws IllegalStateException if one is missing from the jar
   */
  public static WebPages load(WebIds ids) {
    return load(ids, request -> false);
  }

  /**
   * {@link #load(WebIds)}, with the chat page redirecting to {@value #SIGN_IN} the requests that
   * {@code signIn} says should sign in first.
   *
   * @throws IllegalStateException if a page or asset is missing from the jar
   */
  public static WebPages load(WebIds ids, Predicate<Request> signIn) {
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(signIn, "signIn");
    Map<String, Asset> assets = new HashMap<>();
    TABLE.forEach(
        (path, source) -> {
          byte[] body = read(ROOT + source.resource());
          assets.put(path, new Asset(body, source.contentType(), etag(body)));
        });
    return new WebPages(assets, ids, signIn);
  }

  @Override
  public CompletableFuture<Response> handle(Request request) {
    if (!METHODS.contains(request.method())) {
      throw HttpError.methodNotAllowed(String.join(", ", METHODS));
    }
    if (request.path().equals("/admin")) {
      return CompletableFuture.completedFuture(
          secure(Response.text(301, "moved to /admin/\n").withHeader("Location", "/admin/")));
    }
    if (request.path().equals(CHAT) && signIn.test(request)) {
      return CompletableFuture.completedFuture(
          secure(
              Response.text(302, "moved to " + SIGN_IN + "\n")
                  .withHeader("Location", SIGN_IN)
                  .withHeader("Cache-Control", "no-store")));
    }
    Asset asset = assets.get(request.path());
    if (asset == null) {
      throw HttpError.notFound();
    }
    boolean unchanged =
        request.header("If-None-Match").map(v -> matches(v, asset.etag)).orElse(false);
    Response response =
        new Response(
                unchanged ? 304 : 200,
                asset.contentType,
                unchanged ? new byte[0] : asset.body,
                Map.of())
            .withHeader("ETag", asset.etag)
            .withHeader("Cache-Control", "no-cache");
    if (request.path().equals(CHAT) && ids.verified(request).isEmpty()) {
      response = response.withHeader("Set-Cookie", ids.newCookie());
    }
    return CompletableFuture.completedFuture(secure(response));
  }

  /** The headers every page response carries: also for other pages of the server's own. */
  public static Response secure(Response response) {
    return response
        .withHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .withHeader("X-Content-Type-Options", "nosniff")
        .withHeader("X-Frame-Options", "DENY")
        .withHeader("Referrer-Policy", "no-referrer");
  }

  /** Whether an {@code If-None-Match} value (a list of tags, or {@code *}) names {@code etag}. */
  static boolean matches(String ifNoneMatch, String etag) {
    for (String tag : ifNoneMatch.split(",")) {
      String t = tag.strip();
      if (t.startsWith("W/")) {
        t = t.substring(2);
      }
      if (t.equals("*") || t.equals(etag)) {
        return true;
      }
    }
    return false;
  }

  private static byte[] read(String resource) {
    try (InputStream in = WebPages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing from the jar: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static String etag(byte[] body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256", e);
    }
  }

  /** The body served at {@code path}, for tests. */
  String body(String path) {
    return new String(Objects.requireNonNull(assets.get(path), path).body, UTF_8);
  }
}
