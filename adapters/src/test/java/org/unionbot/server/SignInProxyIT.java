package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.auth.FakeWeChatOAuth;
import org.unionbot.wechat.WeChatConfig;

/**
 * The WeChat sign-in believes {@code X-Forwarded-Proto} only from a trusted proxy: behind nginx
 * ({@code trusted-proxies=127.0.0.1}) a request that came over HTTPS gets an https way back from
 * WeChat and {@code Secure} cookies; without that setting a client cannot claim HTTPS.
 */
class SignInProxyIT {
  @TempDir Path dir;

  private static HttpResponse<String> startSignIn(URI base) throws Exception {
    return Loopback.CLIENT.send(
        HttpRequest.newBuilder(base.resolve("/auth/wechat"))
            .timeout(Duration.ofSeconds(30))
            .header("X-Forwarded-Proto", "https")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static ServerConfig config(Path data, FakeWeChatOAuth fake, TrustedProxies proxies) {
    return ServerConfig.loopback(data, "wx-token")
        .withAdminToken(AdminServer.TOKEN)
        .withWeChat(
            WeChatConfig.plaintext("wx-token")
                .withCustomerService(
                    FakeWeChatOAuth.APP_ID, FakeWeChatOAuth.APP_SECRET, fake.base()))
        .withLimits(ServerConfig.Limits.DEFAULTS.withTrustedProxies(proxies));
  }

  @Test
  void httpsIsBelievedFromATrustedProxyOnly() throws Exception {
    try (FakeWeChatOAuth fake = FakeWeChatOAuth.start()) {
      try (AdminServer behindNginx =
          AdminServer.start(config(dir.resolve("a"), fake, TrustedProxies.parse("127.0.0.1")))) {
        HttpResponse<String> r = startSignIn(behindNginx.uri());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow())
            .startsWith(fake.base() + "/connect/oauth2/authorize?")
            .contains("redirect_uri=https%3A%2F%2F127.0.0.1%3A" + behindNginx.uri().getPort());
        assertThat(r.headers().firstValue("Set-Cookie").orElseThrow())
            .containsIgnoringCase("; Secure");
      }
      try (AdminServer direct =
          AdminServer.start(config(dir.resolve("b"), fake, TrustedProxies.NONE))) {
        HttpResponse<String> r = startSignIn(direct.uri());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow())
            .contains("redirect_uri=http%3A%2F%2F127.0.0.1%3A" + direct.uri().getPort());
        assertThat(r.headers().firstValue("Set-Cookie").orElseThrow())
            .doesNotContainIgnoringCase("secure");
      }
    }
  }
}
