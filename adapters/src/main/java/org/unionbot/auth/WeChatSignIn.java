package org.unionbot.auth;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.net.http.HttpClient;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionbot.http.Endpoint;
import org.unionbot.http.HttpError;
import org.unionbot.http.Request;
import org.unionbot.http.Response;
import org.unionbot.web.WebPages;
import org.unionbot.wechat.WeChatConfig;

/**
 * Signs the chat page in as a public-account user, inside WeChat's browser (docs/api.md "WeChat
 * sign-in"), with OAuth scope {@code snsapi_base}:
 *
 * <ol>
 *   <li>{@code GET /} from WeChat's browser without a session ({@link #shouldSignIn}) is sent to
 *       {@value #START};
 *   <li>{@code GET /auth/wechat} binds a new random {@code state} to the browser (a signed cookie)
 *       and redirects to WeChat's authorize page, which returns at once to {@value #CALLBACK};
 *   <li>{@code GET /auth/wechat/callback?code&state} checks the state against the cookie, exchanges
 *       the code for the OpenID ({@link OAuthClient}), sets the session cookie ({@link
 *       WeChatSessions}) and redirects to {@code /}, where the chat API now acts as that user.
 * </ol>
 *
 * Without an AppID and AppSecret it is off: both paths redirect to {@code /}, which keeps its
 * random id. A missing, forged or expired state, a refused code or an unreachable WeChat shows a
 * Chinese page saying what to do ({@link SignInPages}), never a stack trace. Thread-safe.
 */
public final class WeChatSignIn implements Endpoint {

  /** Where a sign-in starts. */
  public static final String START = WebPages.SIGN_IN;

  /** Where WeChat sends the browser back. */
  public static final String CALLBACK = "/auth/wechat/callback";

  private static final Logger LOG = LoggerFactory.getLogger(WeChatSignIn.class);

  /** A Host header: a name or IPv4 address, or a bracketed IPv6 address, and maybe a port. */
  private static final Pattern HOST =
      Pattern.compile("([A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\])(:[0-9]{1,5})?");

  private final Optional<OAuthClient> oauth;
  private final WeChatSessions sessions;

  WeChatSignIn(Optional<OAuthClient> oauth, WeChatSessions sessions) {
    this.oauth = Objects.requireNonNull(oauth, "oauth");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  /**
   * Sign-in for {@code wechat}'s account: on when it has an AppID and an AppSecret. The code is
   * exchanged at its API base; the authorize page is WeChat's own while that base is WeChat's, else
   * at that base too (a local fake serves both in tests).
   */
  public static WeChatSignIn of(WeChatConfig wechat, WeChatSessions sessions) {
    Optional<OAuthClient> oauth = Optional.empty();
    if (wechat.customerService()) {
      URI authorize =
          wechat.apiBase().equals(WeChatConfig.DEFAULT_API_BASE)
              ? OAuthClient.DEFAULT_AUTHORIZE_BASE
              : wechat.apiBase();
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      oauth =
          Optional.of(
              new OAuthClient(
                  wechat.appId().orElseThrow(),
                  wechat.appSecret().orElseThrow(),
                  wechat.apiBase(),
                  authorize,
                  http));
    }
    return new WeChatSignIn(oauth, sessions);
  }

  /** Off: both paths lead back to the page's random id. */
  public static WeChatSignIn off() {
    return new WeChatSignIn(Optional.empty(), WeChatSessions.withRandomKey());
  }

  /** Whether sign-in is on (AppID and AppSecret configured). */
  public boolean on() {
    return oauth.isPresent();
  }

  /** The session cookies this checks. */
  public WeChatSessions sessions() {
    return sessions;
  }

  /**
   * Whether a request for the chat page should sign in first: sign-in is on, it comes from WeChat's
   * browser (not WeCom's, which cannot sign in to a public account) and carries no valid session.
   */
  public boolean shouldSignIn(Request request) {
    if (oauth.isEmpty()) {
      return false;
    }
    String agent = request.header("User-Agent").orElse("").toLowerCase(Locale.ROOT);
    return agent.contains("micromessenger")
        && !agent.contains("wxwork")
        && sessions.openid(request).isEmpty();
  }

  @Override
  public CompletableFuture<Response> handle(Request request) {
    if (!request.method().equals("GET")) {
      throw HttpError.methodNotAllowed("GET");
    }
    if (oauth.isEmpty()) {
      return CompletableFuture.completedFuture(redirect("/"));
    }
    return switch (request.path()) {
      case START -> CompletableFuture.completedFuture(start(request, oauth.get()));
      case CALLBACK -> callback(request, oauth.get());
      default -> throw HttpError.notFound();
    };
  }

  private Response start(Request request, OAuthClient client) {
    Optional<String> host = request.header("Host").filter(h -> HOST.matcher(h).matches());
    if (host.isEmpty()) {
      return SignInPages.noHost();
    }
    boolean https = WeChatSessions.https(request);
    String back = (https ? "https://" : "http://") + host.get() + CALLBACK;
    String state = WeChatSessions.newState();
    return redirect(client.authorizeUrl(back, state).toString())
        .withHeader("Set-Cookie", sessions.stateCookie(state, https));
  }

  private CompletableFuture<Response> callback(Request request, OAuthClient client) {
    Optional<String> code = request.param("code").filter(c -> !c.isBlank() && c.length() <= 512);
    Optional<String> state = request.param("state");
    Optional<String> bound = sessions.state(request);
    if (code.isEmpty() || state.isEmpty()) {
      LOG.info("WeChat sign-in refused: the callback has no code or state");
      return CompletableFuture.completedFuture(SignInPages.expired(400));
    }
    if (bound.isEmpty()
        || !MessageDigest.isEqual(bound.get().getBytes(UTF_8), state.get().getBytes(UTF_8))) {
      LOG.info(
          "WeChat sign-in refused: {}",
          bound.isEmpty()
              ? "no valid state cookie (expired, forged, or another browser)"
              : "the state differs from the one bound to this browser");
      return CompletableFuture.completedFuture(SignInPages.expired(403));
    }
    boolean https = WeChatSessions.https(request);
    return client
        .openid(code.get())
        .handle(
            (openid, failure) -> {
              if (failure != null) {
                Throwable cause =
                    failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause()
                        : failure;
                LOG.warn("WeChat sign-in failed: {}", cause.getMessage());
                return SignInPages.failed(
                    cause instanceof OAuthClient.ExchangeFailed f ? f.errcode() : 0);
              }
              return redirect("/").withHeader("Set-Cookie", sessions.sessionCookie(openid, https));
            });
  }

  private static Response redirect(String location) {
    return WebPages.secure(
        Response.text(302, "redirecting\n")
            .withHeader("Location", location)
            .withHeader("Cache-Control", "no-store"));
  }
}
