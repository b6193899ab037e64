package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve}'s log as an operator's log reader (fail2ban, say) sees it, in a child JVM: a
 * request path that percent-encodes line breaks and a whole fake log line is logged on one line,
 * escaped, and never as a line of its own that would have an address banned.
 */
class LogLinesIT {
  private static final String FORGED =
      "16:52:00.000%20WARN%20%20o.u.a.AdminAuth%20-%20GET%20/admin/stats%20-%3E%20401"
          + "%20wrong%20admin%20token%20(from%2010.9.9.9)";
  private static final String LINE_START = "\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  ";

  @TempDir Path dir;

  @Test
  void aFakeLogLineInARequestPathStaysInsideItsRequestsOneLine() throws Exception {
    try (ServeProcess serve = ServeProcess.serve(dir, dir.resolve("data"), "--semantic", "off")) {
      // LF; then CR, NEL, the line separator U+2028 and ESC
      assertThat(Loopback.get(serve.uri(), "/x%0a" + FORGED).statusCode()).isEqualTo(404);
      assertThat(Loopback.get(serve.uri(), "/y%0d%c2%85%e2%80%a8%1b%5b2K" + FORGED).statusCode())
          .isEqualTo(404);

      List<String> lines = ServeProcess.read(serve.stderr).lines().toList();
      assertThat(lines).noneMatch(line -> line.startsWith("16:52:00.000"));
      assertThat(lines)
          .filteredOn(line -> line.contains("10.9.9.9"))
          .hasSize(2)
          .allMatch(line -> line.matches(LINE_START + "o\\.u\\.s\\.UnionbotServerHandler - .*"))
          .anyMatch(
              line ->
                  line.endsWith(
                      " - GET /x\\n16:52:00.000 WARN  o.u.a.AdminAuth - GET"
                          + " /admin/stats -> 401 wrong admin token (from 10.9.9.9) -> 404 not found"))
          .anyMatch(line -> line.contains(" - GET /y\\r\\x85\\u2028\\x1b[2K16:52:00.000 WARN "));
    }
  }
}
