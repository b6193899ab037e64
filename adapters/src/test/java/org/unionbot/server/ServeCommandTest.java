package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code serve} refuses bad arguments with a clear message and exit code 2, before binding. */
class ServeCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int serve(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "serve";
    all[1] = "--data";
    all[2] = dir.resolve("data").toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--prot|80|Unknown options: '--prot'",
        "--db|mysql://127.0.0.1/unionbot|db: not a PostgreSQL JDBC URL",
        "--port|70000|port must be a number from 0 to 65535",
        "--port|eighty|port must be a number from 0 to 65535",
        "--wechat-aes-key|abc|wechat-aes-key must be exactly 43 letters and digits",
        "--wechat-reply-timeout-ms|-5|wechat-reply-timeout-ms must be a number",
        "--semantic|maybe|semantic must be on or off, not 'maybe'",
        "--max-connections|none|max-connections must be a number from 1 to 1000000",
        "--trusted-proxies|nginx.local|trusted-proxies: 'nginx.local' is not an IP address",
        "--ranked-channels|sms|ranked-channels must list some of wechat, wecom, web"
      })
  void unknownFlagsAndBadValuesExitWith2(String flag, String value, String message) {
    assertThat(serve(flag, value)).isEqualTo(2);
    assertThat(err.toString()).contains(message);
    assertThat(out.toString()).doesNotContain("ready on");
  }

  @Test
  void aMissingNoticeFileExitsWith2() {
    assertThat(serve("--notice", dir.resolve("missing.txt").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("cannot read notice file");
  }

  @Test
  void anEmptyNoticeFileExitsWith2() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");

    assertThat(serve("--notice", empty.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("notice file is empty");
  }

  @Test
  void anUnreachableDatabaseExitsWith1WithoutShowingThePassword() throws Exception {
    int closedPort;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/unionbot?user=u&password=hunter2";
    assertThat(serve("--db", url, "--wechat-token", "tok123", "--admin-token", "adm")).isEqualTo(1);
    assertThat(err.toString())
        .contains("cannot open the database", "127.0.0.1:" + closedPort)
        .doesNotContain("hunter2");
    assertThat(out.toString()).doesNotContain("ready on");
  }

  @Test
  void aSharedDatabaseNeedsConfiguredTokens() throws Exception {
    String url = "jdbc:postgresql://127.0.0.1:1/unionbot";
    assertThat(serve("--db", url, "--wechat-token", "tok123")).isEqualTo(2);
    assertThat(err.toString()).contains("set wechat-token and admin-token");
    assertThat(serve("--db", url, "--admin-token", "adm")).isEqualTo(2);
    assertThat(dir.resolve("data/secrets.properties")).doesNotExist();
  }

  @Test
  void helpListsEveryOption() {
    assertThat(serve("--help")).isZero();
    assertThat(out.toString())
        .contains("--host", "--port", "--data", "--config", "--notice", "--wechat-token")
        .contains("--wechat-aes-key", "--wechat-app-id", "--wechat-app-secret", "--admin-token")
        .contains("--db", "--semantic=on|off")
        .containsPattern("lexical recall only \\[on\\]");
  }

  @Test
  void askAndKbRefuseABadSemanticValueWith2() {
    Path data = dir.resolve("data");
    for (String[] args :
        new String[][] {
          {"ask", "--data", data.toString(), "--semantic", "maybe", "学深悟透分为几个步骤"},
          {"kb", "list", "--data", data.toString(), "--semantic", "maybe"}
        }) {
      StringWriter err = new StringWriter();
      assertThat(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args))
          .isEqualTo(2);
      assertThat(err.toString()).contains("semantic must be on or off, not 'maybe'");
    }
    assertThat(data).doesNotExist();
  }
}
