package org.unionbot.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ServerSocket;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unionbot.chat.ChatEndpoint;
import org.unionbot.chat.WebIds;
import org.unionbot.core.Message;
import org.unionbot.core.Reply;
import org.unionbot.http.Request;
import org.unionbot.http.Response;
import org.unionbot.web.WebPages;
import org.unionbot.wechat.WeChatConfig;

/**
 * The sign-in's redirects, state check and code exchange against {@link FakeWeChatOAuth} on
 * loopback, one request at a time, as the browser test does them end to end.
 */
class WeChatSignInTest {
  private static final String WECHAT_UA =
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like"
          + " Gecko) Mobile/15E148 MicroMessenger/8.0.49(0x18003129) NetType/WIFI Language/zh_CN";
  private static final Pattern STATE = Pattern.compile("[?&]state=([A-Za-z0-9_-]+)#");

  private static FakeWeChatOAuth fake;
  private static WeChatSignIn signIn;

  @BeforeAll
  static void start() throws Exception {
    fake = FakeWeChatOAuth.start();
    signIn = WeChatSignIn.of(config(fake.base()), WeChatSessions.withRandomKey());
  }

  @AfterAll
  static void stop() {
    fake.close();
  }

  private static WeChatConfig config(URI api) {
    return WeChatConfig.plaintext("token")
        .withCustomerService(FakeWeChatOAuth.APP_ID, FakeWeChatOAuth.APP_SECRET, api);
  }

  private static Request get(String path, Map<String, String> query, Map<String, String> headers) {
    Map<String, String> all = new HashMap<>(headers);
    all.putIfAbsent("host", "bot.example.org");
    return new Request("GET", path, query, Optional.empty(), new byte[0], all);
  }

  private static String cookieOf(Response response) {
    return response.headers().get("Set-Cookie").split(";", 2)[0];
  }

  /** A started sign-in: the state sent to WeChat and the cookie that binds it. */
  private record Started(String state, String cookie) {}

  private static Started begin() {
    Response r = signIn.handle(get(WeChatSignIn.START, Map.of(), Map.of())).join();
    Matcher m = STATE.matcher(r.headers().get("Location"));
    assertThat(m.find()).isTrue();
    return new Started(m.group(1), cookieOf(r));
  }

  private static Response callback(String code, String state, String cookie) {
    Map<String, String> query = new HashMap<>();
    if (code != null) {
      query.put("code", code);
    }
    if (state != null) {
      query.put("state", state);
    }
    return signIn
        .handle(
            get(WeChatSignIn.CALLBACK, query, cookie == null ? Map.of() : Map.of("cookie", cookie)))
        .join();
  }

  @Test
  void startRedirectsToTheAuthorizePageWithAStateBoundToTheBrowser() {
    Response r = signIn.handle(get(WeChatSignIn.START, Map.of(), Map.of())).join();
    String location = r.headers().get("Location");
    Matcher m = STATE.matcher(location);

    assertThat(r.status()).isEqualTo(302);
    assertThat(location)
        .startsWith(
            fake.base()
                + "/connect/oauth2/authorize?appid="
                + FakeWeChatOAuth.APP_ID
                + "&redirect_uri=http%3A%2F%2Fbot.example.org%2Fauth%2Fwechat%2Fcallback"
                + "&response_type=code&scope=snsapi_base&state=")
        .endsWith("#wechat_redirect");
    assertThat(m.find()).isTrue();
    assertThat(r.headers().get("Set-Cookie"))
        .startsWith("unionbot_oauth_state=" + m.group(1) + ".")
        .doesNotContainIgnoringCase("secure");
    assertThat(r.headers()).containsEntry("Cache-Control", "no-store");
  }

  @Test
  void behindHttpsTheWayBackAndTheCookieAreHttps() {
    Response r =
        signIn
            .handle(get(WeChatSignIn.START, Map.of(), Map.of("x-forwarded-proto", "https")))
            .join();

    assertThat(r.headers().get("Location"))
        .contains("&redirect_uri=https%3A%2F%2Fbot.example.org%2Fauth%2Fwechat%2Fcallback&");
    assertThat(r.headers().get("Set-Cookie")).containsIgnoringCase("; Secure");
  }

  @Test
  void theCallbackExchangesTheCodeAndSignsTheBrowserIn() {
    Started s = begin();
    Response r = callback(fake.issueCode(), s.state(), s.cookie());

    assertThat(r.status()).isEqualTo(302);
    assertThat(r.headers()).containsEntry("Location", "/");
    String session = cookieOf(r);
    assertThat(session).startsWith("unionbot_wechat=" + fake.openid() + ".");
    Request page = get("/", Map.of(), Map.of("cookie", session, "user-agent", WECHAT_UA));
    assertThat(signIn.sessions().openid(page)).contains(fake.openid());
    assertThat(signIn.shouldSignIn(page)).isFalse();
  }

  @Test
  void aForgedOrUnboundStateIsRefusedBeforeAnyExchange() {
    Started s = begin();
    int before = fake.exchanges();

    Response forged = callback(fake.issueCode(), "forgedState0000000000x", s.cookie());
    Response unbound = callback(fake.issueCode(), s.state(), null);
    Response alteredCookie =
        callback(fake.issueCode(), s.state(), s.cookie().replace(s.state(), "A" + s.state()));

    for (Response r : List.of(forged, unbound, alteredCookie)) {
      assertThat(r.status()).isEqualTo(403);
      assertThat(r.contentType()).startsWith("text/html");
      assertThat(r.bodyText()).contains("请点下方按钮重新打开，或从公众号菜单重新打开本页面", "href=\"/\"");
      assertThat(r.headers()).doesNotContainKey("Set-Cookie");
      assertThat(r.headers().get("Content-Security-Policy")).contains("default-src 'self'");
    }
    assertThat(fake.exchanges()).isEqualTo(before);
    assertThat(callback(null, s.state(), s.cookie()).status()).isEqualTo(400);
  }

  @Test
  void aRefusedCodeOrAnUnreachableWeChatSaysWhatToDo() throws Exception {
    Started s = begin();
    String code = fake.issueCode();
    assertThat(callback(code, s.state(), s.cookie()).status()).isEqualTo(302);

    Response reused = callback(code, s.state(), s.cookie());
    assertThat(reused.status()).isEqualTo(502);
    assertThat(reused.bodyText()).contains("错误码 40029", "从公众号菜单重新打开");
    assertThat(reused.headers()).doesNotContainKey("Set-Cookie");

    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    WeChatSignIn down =
        WeChatSignIn.of(
            config(URI.create("http://127.0.0.1:" + closed)), WeChatSessions.withRandomKey());
    Response r = down.handle(get(WeChatSignIn.START, Map.of(), Map.of())).join();
    Matcher m = STATE.matcher(r.headers().get("Location"));
    assertThat(m.find()).isTrue();
    Response unreachable =
        down.handle(
                get(
                    WeChatSignIn.CALLBACK,
                    Map.of("code", "c", "state", m.group(1)),
                    Map.of("cookie", cookieOf(r))))
            .join();
    assertThat(unreachable.status()).isEqualTo(502);
    assertThat(unreachable.bodyText()).contains("暂时连不上微信");
  }

  @Test
  void withoutAHostNoWayBackCanBeGiven() {
    Request noHost =
        new Request("GET", WeChatSignIn.START, Map.of(), Optional.empty(), new byte[0], Map.of());
    Request badHost = get(WeChatSignIn.START, Map.of(), Map.of("host", "evil.example/x?"));

    assertThat(signIn.handle(noHost).join().status()).isEqualTo(400);
    assertThat(signIn.handle(badHost).join().bodyText()).contains("无法确定本站地址");
  }

  @Test
  void onlyWeChatsBrowserWithoutASessionIsSentToSignIn() {
    assertThat(signIn.shouldSignIn(get("/", Map.of(), Map.of("user-agent", WECHAT_UA)))).isTrue();
    assertThat(
            signIn.shouldSignIn(
                get("/", Map.of(), Map.of("user-agent", "Mozilla/5.0 (X11; Linux) Chrome/120"))))
        .isFalse();
    assertThat(
            signIn.shouldSignIn(
                get("/", Map.of(), Map.of("user-agent", WECHAT_UA + " wxwork/4.1.20"))))
        .isFalse();
    assertThat(signIn.shouldSignIn(get("/", Map.of(), Map.of()))).isFalse();

    WebPages pages = WebPages.load(WebIds.withRandomKey(), signIn::shouldSignIn);
    Response page = pages.handle(get("/", Map.of(), Map.of("user-agent", WECHAT_UA))).join();
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.headers()).containsEntry("Location", WeChatSignIn.START);
    assertThat(pages.handle(get("/", Map.of(), Map.of())).join().status()).isEqualTo(200);
  }

  @Test
  void withoutAnAppSecretSignInIsOffAndLeadsBackToThePage() {
    WeChatSignIn off =
        WeChatSignIn.of(WeChatConfig.plaintext("token"), WeChatSessions.withRandomKey());

    assertThat(off.on()).isFalse();
    assertThat(off.shouldSignIn(get("/", Map.of(), Map.of("user-agent", WECHAT_UA)))).isFalse();
    for (String path : List.of(WeChatSignIn.START, WeChatSignIn.CALLBACK)) {
      Response r = off.handle(get(path, Map.of("code", "c", "state", "s"), Map.of())).join();
      assertThat(r.status()).isEqualTo(302);
      assertThat(r.headers()).containsEntry("Location", "/").doesNotContainKey("Set-Cookie");
    }
  }

  @Test
  void theChatApiActsAsTheSignedInPublicAccountUser() {
    Started s = begin();
    String session = cookieOf(callback(fake.issueCode(), s.state(), s.cookie()));
    List<Message> seen = new CopyOnWriteArrayList<>();
    ChatEndpoint chat =
        new ChatEndpoint(
            m -> {
              seen.add(m);
              return Reply.of(Reply.Kind.FALLBACK, "好");
            },
            Runnable::run,
            new SimpleMeterRegistry(),
            WebIds.withRandomKey(),
            signIn.sessions());
    byte[] body = "{\"user\":\"web-1234abcd\",\"text\":\"积分\"}".getBytes(UTF_8);

    chat.handle(new Request("POST", "/api/chat", Map.of(), Optional.empty(), body, Map.of()))
        .join();
    chat.handle(
            new Request(
                "POST", "/api/chat", Map.of(), Optional.empty(), body, Map.of("cookie", session)))
        .join();
    String forged = session.replace(fake.openid(), "oSomeoneElse");
    chat.handle(
            new Request(
                "POST", "/api/chat", Map.of(), Optional.empty(), body, Map.of("cookie", forged)))
        .join();

    assertThat(seen)
        .extracting(Message::user)
        .containsExactly("web:web-1234abcd", "wechat:" + fake.openid(), "web:web-1234abcd");
  }
}
