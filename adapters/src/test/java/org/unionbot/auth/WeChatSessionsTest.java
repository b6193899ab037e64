package org.unionbot.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unionbot.http.Request;

/** The session and state cookies as a browser gets and returns them. */
class WeChatSessionsTest {
  private static final Instant T0 = Instant.parse("2026-12-04T08:00:00Z");
  private static final byte[] KEY = new byte[32];

  static {
    Arrays.fill(KEY, (byte) 7);
  }

  private static WeChatSessions at(Instant now) {
    return new WeChatSessions(KEY, Clock.fixed(now, ZoneOffset.UTC));
  }

  private static Request withHeaders(Map<String, String> headers) {
    return new Request("GET", "/", Map.of(), Optional.empty(), new byte[0], headers);
  }

  /** The request a browser sends back with the cookie of a {@code Set-Cookie} value. */
  private static Request returning(String setCookie) {
    return withHeaders(Map.of("cookie", "other=1; " + setCookie.split(";", 2)[0]));
  }

  @Test
  void theSessionCookieNamesTheOpenidForSevenDays() {
    WeChatSessions sessions = at(T0);
    String cookie = sessions.sessionCookie("oUser_42", false);

    assertThat(cookie)
        .startsWith("unionbot_wechat=oUser_42.")
        .contains("Path=/;", "Max-Age=604800", "SameSite=Lax")
        .containsIgnoringCase("HttpOnly")
        .doesNotContainIgnoringCase("Secure");
    assertThat(sessions.openid(returning(cookie))).contains("oUser_42");
    assertThat(
            at(T0.plus(WeChatSessions.SESSION_LIFETIME).minusSeconds(1)).openid(returning(cookie)))
        .contains("oUser_42");
    assertThat(at(T0.plus(WeChatSessions.SESSION_LIFETIME)).openid(returning(cookie))).isEmpty();
    assertThat(WeChatSessions.withRandomKey().openid(returning(cookie))).isEmpty();
  }

  @Test
  void overHttpsTheCookiesAreSecure() {
    WeChatSessions sessions = at(T0);

    assertThat(sessions.sessionCookie("oUser", true)).containsIgnoringCase("; Secure");
    assertThat(sessions.stateCookie("abc", true)).containsIgnoringCase("; Secure");
    assertThat(WeChatSessions.https(withHeaders(Map.of("x-forwarded-proto", "https")))).isTrue();
    assertThat(WeChatSessions.https(withHeaders(Map.of("x-forwarded-proto", "HTTPS, http"))))
        .isTrue();
    assertThat(WeChatSessions.https(withHeaders(Map.of("x-forwarded-proto", "http")))).isFalse();
    assertThat(WeChatSessions.https(withHeaders(Map.of()))).isFalse();
  }

  @Test
  void theStateCookieBindsTheStateForTenMinutesUnderTheCallback() {
    WeChatSessions sessions = at(T0);
    String state = WeChatSessions.newState();
    String cookie = sessions.stateCookie(state, false);

    assertThat(state).matches("[A-Za-z0-9_-]{22}").isNotEqualTo(WeChatSessions.newState());
    assertThat(cookie)
        .startsWith("unionbot_oauth_state=" + state + ".")
        .contains("Path=/auth/wechat;", "Max-Age=600", "SameSite=Lax")
        .containsIgnoringCase("HttpOnly");
    assertThat(sessions.state(returning(cookie))).contains(state);
    assertThat(at(T0.plus(WeChatSessions.STATE_LIFETIME)).state(returning(cookie))).isEmpty();
  }

  @Test
  void aStateIsNoSessionAndASessionNoState() {
    WeChatSessions sessions = at(T0);
    String state = sessions.stateCookie("oUser", false).split(";", 2)[0];
    String session = sessions.sessionCookie("oUser", false).split(";", 2)[0];
    String stateValue = state.substring(state.indexOf('=') + 1);
    String sessionValue = session.substring(session.indexOf('=') + 1);

    // the same value signed for the other purpose does not pass, even under the right name
    assertThat(sessions.openid(withHeaders(Map.of("cookie", "unionbot_wechat=" + stateValue))))
        .isEmpty();
    assertThat(
            sessions.state(withHeaders(Map.of("cookie", "unionbot_oauth_state=" + sessionValue))))
        .isEmpty();
  }

  @Test
  void aForgedCookieIsSkippedForAValidOne() {
    WeChatSessions sessions = at(T0);
    String good = sessions.sessionCookie("oGood", false).split(";", 2)[0];
    String forged = good.replace("oGood", "oEvil");

    assertThat(sessions.openid(withHeaders(Map.of("cookie", forged)))).isEmpty();
    assertThat(sessions.openid(withHeaders(Map.of("cookie", forged + "; " + good))))
        .contains("oGood");
    assertThat(sessions.openid(withHeaders(Map.of("cookie", "unionbot_wechat=oEvil")))).isEmpty();
    assertThat(sessions.openid(withHeaders(Map.of()))).isEmpty();
  }
}
