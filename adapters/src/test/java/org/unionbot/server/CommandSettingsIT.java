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

/**
 * {@code ask} and {@code kb} open the store that the environment or the config file names (issue
 * 13: {@code ask} ignored {@code UNIONBOT_DATA} and {@code --config}). The refusals are in {@link
 * CommandSettingsTest}.
 */
class CommandSettingsIT {
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

  @Test
  void askAnswersFromTheDataDirectoryOfTheEnvironment() {
    Path data = dir.resolve("from-env");

    Run ask =
        run(Map.of("UNIONBOT_DATA", data.toString()), "ask", "--semantic", "off", "学深悟透分为几个步骤");

    assertThat(ask.code()).as(ask.err()).isZero();
    assertThat(data.resolve("unionbot.db")).exists();
  }

  @Test
  void kbListsTheDataDirectoryOfTheConfigFile() throws Exception {
    Path data = dir.resolve("from-file");
    Path file = configFile("data=" + data + "\nsemantic=off\nport=8081\n");

    Run list = run(Map.of(), "kb", "list", "--config", file.toString());

    assertThat(list.code()).as(list.err()).isZero();
    assertThat(list.out()).contains("version 1");
    assertThat(data.resolve("unionbot.db")).exists();
  }
}
