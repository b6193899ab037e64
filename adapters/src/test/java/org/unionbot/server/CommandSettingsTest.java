package org.unionbot.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code ask}, {@code kb}, {@code backup} and {@code restore} read their settings as {@code serve}
 * does: flags &gt; environment &gt; config file &gt; defaults (issue 13: {@code ask} ignored {@code
 * UNIONBOT_DATA} and {@code --config}).
 */
class CommandSettingsTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), env).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path configFile(String content) throws Exception {
    return Files.writeString(dir.resolve("unionbot.properties"), content, UTF_8);
  }

  /** backup refuses a data directory without a database, naming the directory it took. */
  @Test
  void theEnvironmentBeatsTheConfigFileAndTheFlagBeatsBoth() throws Exception {
    Path file = configFile("data=" + dir.resolve("from-file") + "\n");
    String backup = dir.resolve("b.db").toString();
    Map<String, String> env = Map.of("UNIONBOT_DATA", dir.resolve("from-env").toString());

    assertThat(run(Map.of(), "backup", backup, "--config", file.toString()).err())
        .contains(dir.resolve("from-file").toString());
    assertThat(run(env, "backup", backup, "--config", file.toString()).err())
        .contains(dir.resolve("from-env").toString())
        .doesNotContain("from-file");
    Run flag =
        run(env, "backup", backup, "--config", file.toString(), "--data", dir + "/from-flag");
    assertThat(flag.code()).isEqualTo(2);
    assertThat(flag.err()).contains("from-flag").doesNotContain("from-env", "from-file");
  }

  /** A bad value from the config file or the environment is a usage error, as for serve. */
  @ParameterizedTest
  @ValueSource(strings = {"ask", "kb"})
  void askAndKbRefuseABadSemanticValueFromTheConfigFile(String command) throws Exception {
    Path file = configFile("semantic=maybe\n");
    String[] args =
        command.equals("ask")
            ? new String[] {"ask", "--config", file.toString(), "学深悟透分为几个步骤"}
            : new String[] {"kb", "list", "--config", file.toString()};
    Run refused = run(Map.of("UNIONBOT_DATA", dir.resolve("data").toString()), args);

    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("semantic must be on or off, not 'maybe'");
    assertThat(dir.resolve("data")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ask", "kb", "backup", "restore"})
  void everyCommandTakesTheConfigVariableAndRefusesUnknownKeys(String command) throws Exception {
    Path file = configFile("prot=1\n");
    String[] args =
        switch (command) {
          case "ask" -> new String[] {"ask", "学深悟透分为几个步骤"};
          case "kb" -> new String[] {"kb", "list"};
          default -> new String[] {command, dir.resolve("backup.db").toString()};
        };
    Run refused = run(Map.of("UNIONBOT_CONFIG", file.toString()), args);

    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("unknown keys in config file", "[prot]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"backup", "restore"})
  void backupAndRestoreTakeTheDatabaseFromTheConfigFile(String command) throws Exception {
    Path file = configFile("db=jdbc:postgresql://127.0.0.1/unionbot\n");

    Run refused =
        run(Map.of(), command, dir.resolve("backup.db").toString(), "--config", file.toString());

    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("the store is PostgreSQL", "pg_");
  }

  @Test
  void backupTakesTheDataDirectoryFromTheEnvironment() {
    Path data = dir.resolve("from-env");

    Run backup =
        run(Map.of("UNIONBOT_DATA", data.toString()), "backup", dir.resolve("b.db").toString());

    assertThat(backup.code()).isEqualTo(2);
    assertThat(backup.err()).contains(data.toString());
  }
}
