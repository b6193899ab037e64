package org.unionbot.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.admin.AdminMessages;
import org.unionbot.wechat.FakeWeChatApi;
import org.unionbot.wechat.Signature;
import org.unionbot.wechat.WeChatConfig;
import org.unionbot.wecom.FakeWeCom;

/**
 * docs/openapi.yaml against a live server with its store: (a) the paths and methods of the server's
 * route table ({@link RouteTable}) are exactly the spec's, each path answers every method the spec
 * gives it and refuses the others with that {@code Allow}; (b) a representative request for every
 * operation gets a status the spec documents, in a documented content type, and a JSON body that
 * validates against the spec's schema (JSON Schema 2020-12, {@code $ref}s resolved within the
 * file). A route added without a spec entry, or a response shape that drifts, fails here.
 */
class OpenApiContractIT {
  private static final Path SPEC = Path.of("..", "docs", "openapi.yaml");
  private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE");
  private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NOTICE = AdminClient.resource("reading-month.txt");

  @TempDir static Path dir;
  private static FakeWeChatApi api;
  private static AdminServer server;
  private static JsonNode spec;
  private static HttpClient http;

  @BeforeAll
  static void start() throws IOException {
    spec = new YAMLMapper().readTree(Files.readString(SPEC, UTF_8));
    api = FakeWeChatApi.start();
    server =
        AdminServer.start(
            ServerConfig.loopback(dir, "wx-token")
                .withAdminToken(AdminServer.TOKEN)
                .withWeChat(
                    WeChatConfig.plaintext("wx-token")
                        .withCustomerService(
                            FakeWeChatApi.APP_ID, FakeWeChatApi.APP_SECRET, api.base()))
                .withWeCom(
                    FakeWeCom.config()
                        .withApi(FakeWeCom.AGENT_ID, FakeWeChatApi.CORP_SECRET, api.base())));
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (api != null) {
      api.close();
    }
  }

  @Test
  void theSpecListsExactlyTheRoutesTheServerRegisters() {
    Map<String, Set<String>> served = new TreeMap<>();
    for (Routes.Route route : server.server.routes().all()) {
      if (!route.methods().isEmpty()) { // a route without methods only reserves its paths
        served.put(route.path().replace("/*", "/{file}"), route.methods());
      }
    }
    assertThat(specPaths()).containsExactlyInAnyOrderElementsOf(served.keySet());
    served.forEach((path, methods) -> assertThat(specMethods(path)).as(path).isEqualTo(methods));
  }

  @Test
  void everySpecPathAnswersItsMethodsAndRefusesTheOthersWithItsAllow() throws Exception {
    for (String path : specPaths()) {
      Set<String> methods = specMethods(path);
      String url = probe(path);
      for (String method : methods) {
        HttpResponse<String> response = send(method, url, "", "application/json", true);
        assertThat(response.statusCode()).as(method + " " + path).isNotEqualTo(405);
        boolean routeMissing =
            response.statusCode() == 404
                && (response.body().equals("{\"error\":\"not found\"}")
                    || response.body().contains(AdminMessages.NO_SUCH_ROUTE)
                    || response.body().startsWith("not found"));
        assertThat(routeMissing).as(method + " " + path + " is not served").isFalse();
      }
      for (String method : METHODS) {
        if (!methods.contains(method)) {
          HttpResponse<String> response = send(method, url, "", "application/json", true);
          assertThat(response.statusCode()).as(method + " " + path).isEqualTo(405);
          assertThat(Set.of(response.headers().firstValue("Allow").orElse("").split(", ")))
              .as("Allow of " + path)
              .isEqualTo(methods);
        }
      }
    }
  }

  @Test
  void responsesMatchTheirSchemas() throws Exception {
    Set<String> covered = new TreeSet<>();
    Walk walk = new Walk(covered);

    walk.call("GET", "/healthz", "/healthz", null, null, false, 200);
    walk.call("GET", "/metrics", "/metrics", null, null, false, 200);
    JsonNode answer = walk.chat("{\"user\":\"u1\",\"text\":\"学深悟透分为几个步骤\"}");
    assertThat(answer.path("kind").asText()).isEqualTo("answer");
    assertThat(answer.has("sources")).isTrue();
    JsonNode fallback = walk.chat("{\"user\":\"u1\",\"text\":\"工会会费怎么交\"}");
    assertThat(fallback.path("kind").asText()).isEqualTo("fallback");
    assertThat(fallback.has("suggestions")).isTrue();
    walk.chat("{\"user\":\"u1\",\"event\":\"subscribe\"}");
    walk.chat("{\"user\":\"u1\",\"event\":\"click\",\"key\":\"HELP\"}");
    JsonNode quiz = walk.chat("{\"user\":\"u1\",\"text\":\"答题\"}");
    assertThat(quiz.has("quiz")).isTrue();
    JsonNode grade = walk.chat("{\"user\":\"u1\",\"text\":\"A\"}");
    assertThat(grade.has("grade")).isTrue();
    walk.chat("{\"user\":\"u1\",\"text\":\"积分\"}");
    walk.chat("{\"user\":\"u1\",\"text\":\"排行榜\"}");
    walk.call(
        "POST", "/api/chat", "/api/chat", "{\"user\":\"u1\"}", "application/json", false, 400);

    String timestamp = Long.toString(Instant.now().getEpochSecond());
    String query =
        "?signature="
            + Signature.sign("wx-token", timestamp, "n1")
            + "&timestamp="
            + timestamp
            + "&nonce=n1";
    HttpResponse<String> echo =
        walk.call("GET", "/wechat", "/wechat" + query + "&echostr=e42", null, null, false, 200);
    assertThat(echo.body()).isEqualTo("e42");
    String push =
        "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[o1]]></FromUserName>"
            + "<CreateTime>"
            + timestamp
            + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[学深悟透分为几个步骤]]>"
            + "</Content><MsgId>1</MsgId></xml>";
    walk.call("POST", "/wechat", "/wechat" + query + "&openid=o1", push, "text/xml", false, 200);
    walk.call(
        "GET",
        "/wechat",
        "/wechat?signature=x&timestamp=1&nonce=n&echostr=e",
        null,
        null,
        false,
        403);
    walk.call("GET", "/wechat", "/wechat?nonce=n", null, null, false, 400);

    FakeWeCom wecom = new FakeWeCom();
    walk.call("GET", "/wecom", wecom.verification("e42"), null, null, false, 200);
    FakeWeCom.Push wecomPush =
        wecom.push(FakeWeCom.text("zhangsan", "学深悟透分为几个步骤", FakeWeCom.nextMsgId()));
    walk.call("POST", "/wecom", wecomPush.uri(), wecomPush.body(), "text/xml", false, 200);
    walk.call("GET", "/wecom", "/wecom?nonce=n", null, null, false, 400);

    walk.call("GET", "/", "/", null, null, false, 200);
    walk.call("HEAD", "/", "/", null, null, false, 200);
    walk.call("GET", "/assets/{file}", "/assets/chat.js", null, null, false, 200);
    walk.call("HEAD", "/assets/{file}", "/assets/chat.css", null, null, false, 200);
    walk.call("GET", "/assets/{file}", "/assets/none.js", null, null, false, 404);
    // sign-in is on (this server has the AppSecret, to publish the menu): the start goes to
    // WeChat; a callback whose state no cookie of this browser binds is refused, nothing exchanged
    walk.call("GET", "/auth/wechat", "/auth/wechat", null, null, false, 302);
    walk.call(
        "GET",
        "/auth/wechat/callback",
        "/auth/wechat/callback?code=c&state=s",
        null,
        null,
        false,
        403);
    walk.call("GET", "/auth/wechat/callback", "/auth/wechat/callback", null, null, false, 400);
    signIn(walk);
    walk.call("GET", "/admin", "/admin", null, null, false, 301);
    walk.call("HEAD", "/admin", "/admin", null, null, false, 301);
    walk.call("GET", "/admin/", "/admin/", null, null, false, 200);
    walk.call("HEAD", "/admin/", "/admin/", null, null, false, 200);
    walk.call("GET", "/admin/assets/{file}", "/admin/assets/admin.js", null, null, false, 200);
    walk.call("HEAD", "/admin/assets/{file}", "/admin/assets/admin.css", null, null, false, 200);

    walk.call("GET", "/admin/documents", "/admin/documents", null, null, false, 401);
    walk.admin("GET", "/admin/documents", "/admin/documents", null, 200);
    walk.admin("GET", "/admin/documents/{id}", "/admin/documents/notice", null, 200);
    walk.admin("GET", "/admin/documents/{id}", "/admin/documents/none", null, 404);
    String doc =
        walk.admin("POST", "/admin/documents", "/admin/documents", upload(NOTICE), 201)
            .path("id")
            .asText();
    walk.call(
        "POST",
        "/admin/documents",
        "/admin/documents?title=" + URLEncoder.encode("送清凉活动安排", UTF_8),
        NOTICE,
        "text/plain; charset=utf-8",
        true,
        201);
    walk.call(
        "POST",
        "/admin/documents/preview",
        "/admin/documents/preview",
        NOTICE,
        "text/plain; charset=utf-8",
        true,
        200);
    walk.admin(
        "PUT",
        "/admin/documents/{id}",
        "/admin/documents/" + doc,
        upload(NOTICE + "\n\n活动期间，职工书屋每天开放到晚上九点。"),
        200);
    walk.admin("POST", "/admin/documents", "/admin/documents", "{\"text\":\"\"}", 400);
    walk.admin("DELETE", "/admin/documents/{id}", "/admin/documents/" + doc, null, 200);

    walk.admin("GET", "/admin/faq", "/admin/faq", null, 200);
    String faq =
        walk.admin(
                "POST",
                "/admin/faq",
                "/admin/faq",
                "{\"question\":\"工会会费怎么交\",\"answer\":\"按月交纳。\"}",
                201)
            .path("id")
            .asText();
    walk.admin(
        "PUT",
        "/admin/faq/{id}",
        "/admin/faq/" + faq,
        "{\"question\":\"工会会费怎么交\",\"answer\":\"按月交纳，由单位代扣。\"}",
        200);
    walk.admin("GET", "/admin/faq", "/admin/faq", null, 200);
    walk.admin("DELETE", "/admin/faq/{id}", "/admin/faq/" + faq, null, 200);

    walk.admin(
        "POST",
        "/admin/synonyms",
        "/admin/synonyms",
        "{\"term\":\"外卖骑手\",\"canonical\":\"新就业形态劳动者\"}",
        201);
    walk.admin("GET", "/admin/synonyms", "/admin/synonyms", null, 200);
    walk.admin(
        "DELETE",
        "/admin/synonyms/{term}",
        "/admin/synonyms/" + URLEncoder.encode("外卖骑手", UTF_8),
        null,
        200);

    walk.admin("GET", "/admin/quiz/questions", "/admin/quiz/questions", null, 200);
    String item =
        walk.admin(
                "POST",
                "/admin/quiz/questions",
                "/admin/quiz/questions",
                "{\"type\":\"choice\",\"prompt\":\"读书月活动在哪里举行？\",\"options\":[\"职工书屋\",\"体育馆\"],"
                    + "\"answer\":\"职工书屋\",\"accepted\":[],\"source\":\"地点在职工书屋。\"}",
                201)
            .path("id")
            .asText();
    walk.admin(
        "PUT",
        "/admin/quiz/questions/{id}",
        "/admin/quiz/questions/" + item,
        "{\"type\":\"choice\",\"prompt\":\"读书月活动在哪里举行？\",\"options\":[\"职工书屋\",\"图书馆\"],"
            + "\"answer\":\"职工书屋\",\"accepted\":[],\"source\":\"地点在职工书屋。\"}",
        200);
    walk.admin("DELETE", "/admin/quiz/questions/{id}", "/admin/quiz/questions/" + item, null, 200);
    walk.admin(
        "POST",
        "/admin/quiz/questions/{id}/enable",
        "/admin/quiz/questions/" + item + "/enable",
        null,
        200);
    walk.admin("GET", "/admin/quiz/questions", "/admin/quiz/questions", null, 200);

    walk.admin("GET", "/admin/unanswered", "/admin/unanswered?limit=10", null, 200);
    String canteen =
        walk.admin(
                "POST",
                "/admin/unanswered/faq",
                "/admin/unanswered/faq",
                "{\"text\":\"食堂几点开门\",\"answer\":\"早上七点。\"}",
                201)
            .path("id")
            .asText();
    walk.admin(
        "GET",
        "/admin/unanswered/suggest",
        "/admin/unanswered/suggest?text=" + URLEncoder.encode("饭堂早上几点开", UTF_8),
        null,
        200);
    walk.admin(
        "POST",
        "/admin/unanswered/attach",
        "/admin/unanswered/attach",
        "{\"text\":\"饭堂早上几点开\",\"faq\":\"" + canteen + "\"}",
        200);
    walk.admin(
        "POST", "/admin/unanswered/ignore", "/admin/unanswered/ignore", "{\"text\":\"在么在么\"}", 200);
    walk.admin(
        "POST", "/admin/unanswered/ignore", "/admin/unanswered/ignore", "{\"kind\":\"x\"}", 400);
    walk.admin("GET", "/admin/stats", "/admin/stats?days=7", null, 200);
    walk.admin("GET", "/admin/stats", "/admin/stats?days=0", null, 400);
    walk.admin("GET", "/admin/versions", "/admin/versions", null, 200);
    walk.admin("GET", "/admin/versions/{n}/diff", "/admin/versions/1/diff", null, 200);
    walk.admin("POST", "/admin/rollback", "/admin/rollback", "{\"version\":1}", 200);
    walk.admin("GET", "/admin/audit", "/admin/audit?limit=5", null, 200);
    String menu = walk.admin("GET", "/admin/menu", "/admin/menu", null, 200).toString();
    walk.admin("PUT", "/admin/menu", "/admin/menu", menu, 200);
    walk.admin("PUT", "/admin/menu", "/admin/menu", "{\"button\":[]}", 400);
    walk.admin("POST", "/admin/menu/publish", "/admin/menu/publish", null, 200);
    api.failNextMenu(40164);
    walk.admin("POST", "/admin/menu/publish", "/admin/menu/publish", null, 502);
    walk.admin("GET", "/admin/referral", "/admin/referral", null, 200);
    walk.admin("PUT", "/admin/referral", "/admin/referral", "{\"text\":\"请拨打12351。\"}", 200);
    walk.admin("PUT", "/admin/referral", "/admin/referral", "{\"text\":\" \"}", 400);
    walk.call("GET", "/healthz", "/healthz", null, null, false, 200);

    walk.admin("PUT", "/admin/units", "/admin/units", "[{\"name\":\"甲工会\",\"members\":3}]", 200);
    walk.call("PUT", "/admin/units", "/admin/units", "乙工会,5\n", "text/csv", true, 200);
    walk.admin("PUT", "/admin/units", "/admin/units", "[{\"name\":\"\",\"members\":3}]", 400);
    walk.admin("GET", "/admin/units", "/admin/units", null, 200);
    walk.admin(
        "PUT", "/admin/workers/{user}", "/admin/workers/wechat:o1", "{\"unit\":\"乙工会\"}", 200);
    walk.admin("PUT", "/admin/workers/{user}", "/admin/workers/wechat:o1", "{\"unit\":\"无\"}", 400);
    long contest =
        walk.admin(
                "POST",
                "/admin/contests",
                "/admin/contests",
                "{\"title\":\"竞赛\",\"startsAt\":\"2026-01-01 08:00\",\"endsAt\":\"2099-01-01 08:00\","
                    + "\"roundSize\":5,\"roundsPerDay\":2}",
                201)
            .path("id")
            .asLong();
    walk.admin("POST", "/admin/contests", "/admin/contests", "{\"title\":\"竞赛\"}", 400);
    walk.admin("GET", "/admin/contests", "/admin/contests", null, 200);
    walk.admin("GET", "/admin/contests/{id}", "/admin/contests/" + contest, null, 200);
    walk.admin("GET", "/admin/contests/{id}", "/admin/contests/999", null, 404);
    String results = "/admin/contests/" + contest + "/results";
    walk.admin("GET", "/admin/contests/{id}/results", results + "?by=unit&format=json", null, 200);
    walk.call(
        "GET", "/admin/contests/{id}/results", results + "?format=csv", null, null, true, 200);
    walk.call(
        "GET",
        "/admin/contests/{id}/results",
        results + "?by=unit&format=xlsx",
        null,
        null,
        true,
        200);
    walk.admin("GET", "/admin/contests/{id}/results", results + "?by=team", null, 400);

    assertThat(covered).as("operations with a checked success").isEqualTo(operations());
  }

  /** A sequence of requests, each checked against the spec; the operations that succeeded. */
  private record Walk(Set<String> covered) {
    JsonNode chat(String body) throws Exception {
      return JSON.readTree(
          call("POST", "/api/chat", "/api/chat", body, "application/json", false, 200).body());
    }

    JsonNode admin(String method, String path, String url, String body, int status)
        throws Exception {
      HttpResponse<String> response =
          call(method, path, url, body, body == null ? null : "application/json", true, status);
      return JSON.readTree(response.body());
    }

    HttpResponse<String> call(
        String method, String path, String url, String body, String type, boolean token, int status)
        throws Exception {
      HttpResponse<String> response = send(method, url, body, type, token);
      String what = method + " " + url + " -> " + response.statusCode() + " " + response.body();
      assertThat(response.statusCode()).as(what).isEqualTo(status);
      conforms(method, path, response, what);
      if (status < 400) {
        covered.add(method + " " + path);
      }
      return response;
    }
  }

  /**
   * Signs a browser inside WeChat in: the start sets the state cookie and sends it to WeChat, which
   * comes back with a code (the fake API gives an OpenID for any); the callback signs it in.
   */
  private static void signIn(Walk walk) throws Exception {
    HttpResponse<String> start =
        http.send(
            HttpRequest.newBuilder(URI.create(server.uri() + "/auth/wechat"))
                .header("User-Agent", "Mozilla/5.0 (iPhone) MicroMessenger/8.0.50")
                .build(),
            HttpResponse.BodyHandlers.ofString(UTF_8));
    assertThat(start.statusCode()).isEqualTo(302);
    String location = start.headers().firstValue("Location").orElseThrow();
    Matcher state = Pattern.compile("[?&]state=([^&#]+)").matcher(location);
    assertThat(state.find()).as(location).isTrue();
    String cookie = start.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    String url = "/auth/wechat/callback?code=c1&state=" + state.group(1);
    HttpResponse<String> back =
        http.send(
            HttpRequest.newBuilder(URI.create(server.uri() + url)).header("Cookie", cookie).build(),
            HttpResponse.BodyHandlers.ofString(UTF_8));
    String what = "GET " + url + " -> " + back.statusCode() + " " + back.body();
    assertThat(back.statusCode()).as(what).isEqualTo(302);
    assertThat(back.headers().allValues("Set-Cookie"))
        .as(what)
        .anyMatch(c -> c.startsWith("unionbot_wechat=") && c.contains(FakeWeChatApi.OAUTH_OPENID));
    conforms("GET", "/auth/wechat/callback", back, what);
    walk.covered().add("GET /auth/wechat/callback");
  }

  /** A JSON document upload with {@code text} and the reading-month notice's title. */
  private static String upload(String text) throws IOException {
    return JSON.writeValueAsString(Map.of("title", "关于开展职工书屋读书月活动的通知", "text", text));
  }

  /** Checks a response's status, content type and JSON body against the spec's operation. */
  private static void conforms(
      String method, String path, HttpResponse<String> response, String what) {
    JsonNode operation = spec.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
    assertThat(operation.isObject()).as("no operation for " + what).isTrue();
    JsonNode documented =
        resolve(operation.path("responses").path(Integer.toString(response.statusCode())));
    assertThat(documented.isObject()).as("status not in the spec: " + what).isTrue();
    JsonNode content = documented.path("content");
    if (content.isMissingNode() || content.isEmpty()) {
      return;
    }
    String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
    assertThat(content.has(type)).as("content type " + type + " not in the spec: " + what).isTrue();
    JsonNode schema = content.path(type).path("schema");
    if (!type.equals("application/json") || schema.isMissingNode()) {
      return;
    }
    List<Error> errors = validator(schema).validate(readJson(response.body()));
    assertThat(errors).as("schema of " + what).isEmpty();
  }

  /** A schema that resolves {@code #/components/...} within the spec. */
  private static Schema validator(JsonNode schema) {
    ObjectNode document = schema.deepCopy();
    document.set("components", spec.get("components"));
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(document);
  }

  private static JsonNode resolve(JsonNode node) {
    JsonNode ref = node.get("$ref");
    if (ref == null) {
      return node;
    }
    JsonNode target = spec;
    for (String part : ref.asText().substring(2).split("/")) {
      target = target.path(part);
    }
    return target;
  }

  private static JsonNode readJson(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  private static Set<String> specPaths() {
    Set<String> paths = new TreeSet<>();
    spec.path("paths").fieldNames().forEachRemaining(paths::add);
    return paths;
  }

  private static Set<String> specMethods(String path) {
    Set<String> methods = new TreeSet<>();
    for (Iterator<String> names = spec.path("paths").path(path).fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("parameters") && !name.equals("summary") && !name.equals("description")) {
        methods.add(name.toUpperCase(Locale.ROOT));
      }
    }
    return methods;
  }

  private static Set<String> operations() {
    Set<String> all = new TreeSet<>();
    for (String path : specPaths()) {
      specMethods(path).forEach(method -> all.add(method + " " + path));
    }
    return all;
  }

  /**
   * A URL for a spec path: a file that exists for the pages, an id that does not for the admin API
   * (so probing never changes anything: a missing item is a 404 that names it).
   */
  private static String probe(String path) {
    Matcher m = PARAM.matcher(path);
    StringBuilder url = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          url,
          path.startsWith("/admin/assets/")
              ? "admin.js"
              : path.startsWith("/assets/") ? "chat.js" : "probe-missing");
    }
    m.appendTail(url);
    return url.toString();
  }

  private static HttpResponse<String> send(
      String method, String url, String body, String type, boolean token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.uri() + url)).timeout(Duration.ofSeconds(30));
    if (token && url.startsWith("/admin/")) {
      request.header("Authorization", "Bearer " + AdminServer.TOKEN);
    }
    if (type != null && body != null) {
      request.header("Content-Type", type);
    }
    HttpRequest.BodyPublisher publisher =
        body == null || body.isEmpty()
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, UTF_8);
    return http.send(
        request.method(method, publisher).build(), HttpResponse.BodyHandlers.ofString(UTF_8));
  }
}
