package org.unionbot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionbot.http.HttpError;
import org.unionbot.http.Request;
import org.unionbot.http.Response;

/** The pages and assets as the endpoint serves them: types, headers, caching, refusals. */
class WebPagesTest {
  private static final WebPages PAGES = WebPages.load();

  private static Response get(String path) {
    return PAGES.handle(new Request("GET", path, Map.of(), Optional.empty(), new byte[0])).join();
  }

  private static Response get(String path, Map<String, String> headers) {
    return PAGES
        .handle(new Request("GET", path, Map.of(), Optional.empty(), new byte[0], headers))
        .join();
  }

  @ParameterizedTest
  @CsvSource({
    "/, text/html; charset=utf-8",
    "/assets/chat.js, text/javascript; charset=utf-8",
    "/assets/chat.css, text/css; charset=utf-8",
    "/assets/icon.svg, image/svg+xml; charset=utf-8",
    "/admin/, text/html; charset=utf-8",
    "/admin/assets/admin.js, text/javascript; charset=utf-8",
    "/admin/assets/admin.css, text/css; charset=utf-8"
  })
  void servesEachFileWithItsTypeAndTheSecurityHeaders(String path, String type) {
    Response response = get(path);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo(type);
    assertThat(response.body()).isNotEmpty();
    assertThat(response.headers())
        .containsEntry("Cache-Control", "no-cache")
        .containsEntry("X-Content-Type-Options", "nosniff")
        .containsEntry("X-Frame-Options", "DENY")
        .containsEntry("Referrer-Policy", "no-referrer")
        .containsKey("ETag");
    assertThat(response.headers().get("Content-Security-Policy")).startsWith("default-src 'self'");
    assertThat(response.headers().get("ETag")).matches("\"[0-9a-f]{24}\"");
  }

  /** Issue 11: the chat page's user id comes from the server, signed, not from the page. */
  @Test
  void theChatPageGivesABrowserWithoutAValidCookieASignedOne() {
    String given = get("/").headers().get("Set-Cookie");
    String value = given.substring(0, given.indexOf(';'));

    assertThat(given).startsWith("unionbot_user=").containsIgnoringCase("HttpOnly");
    assertThat(get("/", Map.of("cookie", value)).headers()).doesNotContainKey("Set-Cookie");
    assertThat(get("/", Map.of("cookie", value + "x")).headers()).containsKey("Set-Cookie");
    assertThat(get("/", Map.of("cookie", "unionbot_user=web-1a2b3c4d")).headers())
        .containsKey("Set-Cookie");
    assertThat(get("/assets/chat.js").headers()).doesNotContainKey("Set-Cookie");
  }

  @Test
  void headIsServedLikeGet() {
    Response head =
        PAGES.handle(new Request("HEAD", "/", Map.of(), Optional.empty(), new byte[0])).join();

    assertThat(head.status()).isEqualTo(200);
    assertThat(head.headers())
        .usingRecursiveComparison()
        .ignoringFields("Set-Cookie") // a new id each time
        .isEqualTo(get("/").headers());
  }

  @Test
  void anUnchangedFileIs304() {
    String etag = get("/assets/chat.js").headers().get("ETag");

    Response again = get("/assets/chat.js", Map.of("if-none-match", "\"other\", W/" + etag));
    Response changed = get("/assets/chat.js", Map.of("if-none-match", "\"other\""));

    assertThat(again.status()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.headers()).containsEntry("ETag", etag);
    assertThat(changed.status()).isEqualTo(200);
  }

  @Test
  void adminWithoutSlashRedirects() {
    Response response = get("/admin");

    assertThat(response.status()).isEqualTo(301);
    assertThat(response.headers()).containsEntry("Location", "/admin/");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/assets/",
        "/assets/nope.js",
        "/assets/chat.js/",
        "/assets/admin.js",
        "/admin/assets/chat.js",
        "/assets/../admin/assets/admin.js",
        "/assets/../../etc/passwd",
        "/assets/..%2fchat/index.html",
        "/assets/chat/index.html",
        "/assets/org/unionbot/web/chat/chat.js",
        "/admin/assets/../../../pom.xml",
        "/admin/index.html",
        "/index.html",
        "/assets/CHAT.JS"
      })
  void anythingElseIs404(String path) {
    assertThatThrownBy(() -> get(path))
        .isInstanceOfSatisfying(HttpError.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void otherMethodsAre405() {
    assertThatThrownBy(
            () -> PAGES.handle(new Request("POST", "/", Map.of(), Optional.empty(), new byte[0])))
        .isInstanceOfSatisfying(HttpError.class, e -> assertThat(e.status()).isEqualTo(405));
  }

  /** CSP {@code default-src 'self'} forbids inline code: the pages must not need any. */
  @ParameterizedTest
  @ValueSource(strings = {"/", "/admin/"})
  void pagesHaveNoInlineScriptStyleOrOutsideResource(String path) {
    String html = PAGES.body(path);

    assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)");
    assertThat(html).doesNotContain("<style", " style=", "javascript:");
    assertThat(html).doesNotContainPattern("\\son[a-z]+=");
    assertThat(html).doesNotContain("http://", "https://", "//cdn");
    Matcher refs = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(html);
    while (refs.find()) {
      assertThat(get(refs.group(1)).status()).as(refs.group(1)).isEqualTo(200);
    }
  }

  /** Bot and API text goes in with textContent: the scripts never write HTML. */
  @ParameterizedTest
  @ValueSource(strings = {"/", "/admin/"})
  void scriptsNeverWriteHtml(String page) {
    Matcher scripts = Pattern.compile("<script src=\"([^\"]+)\"").matcher(PAGES.body(page));
    int count = 0;
    while (scripts.find()) {
      count++;
      assertThat(PAGES.body(scripts.group(1)))
          .as(scripts.group(1))
          .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(")
          .doesNotContain("http://", "https://");
    }
    assertThat(count).as("scripts of " + page).isPositive();
  }
}
