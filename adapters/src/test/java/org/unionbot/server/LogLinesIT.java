package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve}'s log as an operator's log reader (fail2ban, say) sees it, in a child JVM: a
 * request path that percent-encodes line breaks and a whole fake log line is logged on one line,
 * escaped, and never as a line of its own that would have an address banned; docs/operations.md's
 * pattern ("Logs") for such a reader finds only the address that really sent a wrong admin token.
 */
class LogLinesIT {
  private static final String FORGED =
      "16:52:00.000%20WARN%20%20o.u.a.AdminAuth%20-%20GET%20/admin/stats%20-%3E%20401"
          + "%20wrong%20admin%20token%20(from%2010.9.9.9)";
  private static final String LINE_START =
      "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) INFO  ";

  /**
   * docs/operations.md's pattern ("Logs") for a fail2ban-style reader, {@code <HOST>} as a group.
   */
  private static final Pattern WRONG_TOKEN =
      Pattern.compile(
          "^\\S+ INFO  o\\.u\\.s\\.UnionbotServerHandler - \\S+ .* -> 401 wrong admin token"
              + " \\(from (\\S+)\\)$");

  @TempDir Path dir;

  @Test
  void aFakeLogLineInARequestPathStaysInsideItsRequestsOneLine() throws Exception {
    try (ServeProcess serve = ServeProcess.serve(dir, dir.resolve("data"), "--semantic", "off")) {
      // LF; then CR, NEL, the line separator U+2028 and ESC
      assertThat(Loopback.get(serve.uri(), "/x%0a" + FORGED).statusCode()).isEqualTo(404);
      assertThat(Loopback.get(serve.uri(), "/y%0d%c2%85%e2%80%a8%1b%5b2K" + FORGED).statusCode())
          .isEqualTo(404);

      // a real wrong token from loopback, behind a path that names another address
      HttpResponse<String> refused =
          Loopback.CLIENT.send(
              HttpRequest.newBuilder(serve.uri().resolve("/admin/stats%20-%3E%20" + FORGED))
                  .header("Authorization", "Bearer not-the-token")
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(refused.statusCode()).isEqualTo(401);

      List<String> lines = ServeProcess.read(serve.stderr).lines().toList();
      assertThat(lines).noneMatch(line -> line.startsWith("16:52:00.000"));
      assertThat(lines)
          .filteredOn(line -> line.contains("10.9.9.9"))
          .hasSize(3)
          .allMatch(line -> line.matches(LINE_START + "o\\.u\\.s\\.UnionbotServerHandler - .*"))
          .anyMatch(
              line ->
                  line.endsWith(
                      " - GET /x\\n16:52:00.000 WARN  o.u.a.AdminAuth - GET"
                          + " /admin/stats -> 401 wrong admin token (from 10.9.9.9) -> 404 not found"))
          .anyMatch(line -> line.contains(" - GET /y\\r\\x85\\u2028\\x1b[2K16:52:00.000 WARN "));
      // the reader bans the address that sent the wrong token, and only that one
      assertThat(lines)
          .map(WRONG_TOKEN::matcher)
          .filteredOn(Matcher::matches)
          .singleElement()
          .extracting(m -> m.group(1))
          .isEqualTo("127.0.0.1");
    }
  }
}
