package org.unionbot.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar as an operator runs it: it says which version it is (issue 12: {@code --version} printed
 * {@code dev}), and {@code --log-format json} or {@code UNIONBOT_LOG_FORMAT=json} make its log one
 * JSON object per line on stderr, the start line naming that version, while stdout has only {@code
 * ready on}.
 */
class JarVersionIT {
  private static final String VERSION = "\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void versionComesFromTheJarsManifest() throws Exception {
    assertThat(ServeProcess.Jvm.JAR.jar().orElseThrow())
        .as("mvn package builds it before the integration tests")
        .exists();
    ServeProcess version = ServeProcess.launch(dir, ServeProcess.Jvm.JAR, "--version");

    assertThat(version.await()).isZero();
    assertThat(ServeProcess.read(version.stdout).strip()).matches("unionbot " + VERSION);
    assertThat(ServeProcess.read(version.stderr)).isEmpty();
  }

  @Test
  void jsonLogsByOptionOrEnvironmentAreOneObjectPerLineNamingTheVersion() throws Exception {
    // the environment's child starts while the option's does: two starts for the time of one
    ServeProcess.Jvm byEnv = ServeProcess.Jvm.JAR.withEnv(Map.of("UNIONBOT_LOG_FORMAT", "json"));
    try (ServeProcess env =
            ServeProcess.launch(
                dir.resolve("env"),
                byEnv,
                "serve",
                "--port",
                "0",
                "--data",
                dir.resolve("env-data").toString(),
                "--semantic",
                "off");
        ServeProcess option =
            ServeProcess.serve(
                dir.resolve("option"),
                dir.resolve("option-data"),
                ServeProcess.Jvm.JAR,
                "--semantic",
                "off",
                "--log-format",
                "json")) {
      assertThat(env.firstLine()).matches(ServeProcess.READY);
      for (ServeProcess serve : List.of(option, env)) {
        serve.process.destroy(); // SIGTERM: the last lines are logged too
        assertThat(serve.await()).isZero();
        assertThat(Files.readAllLines(serve.stdout, UTF_8))
            .as("stdout: the ready line and no Logback status")
            .singleElement()
            .matches(line -> ServeProcess.READY.matcher(line).matches());

        List<JsonNode> events = new ArrayList<>();
        for (String line : Files.readAllLines(serve.stderr, UTF_8)) {
          JsonNode event = JSON.readTree(line);
          assertThat(event.isObject()).as(line).isTrue();
          events.add(event);
        }
        assertThat(events)
            .allMatch(e -> e.has("timestamp") && e.has("level") && e.has("loggerName"))
            .anyMatch(e -> "stopped".equals(e.get("formattedMessage").asText()))
            .filteredOn(e -> e.get("formattedMessage").asText().contains(" listening on "))
            .singleElement()
            .satisfies(
                start -> {
                  assertThat(start.get("level").asText()).isEqualTo("INFO");
                  assertThat(start.get("loggerName").asText())
                      .isEqualTo("org.unionbot.server.UnionbotServer");
                  assertThat(start.get("formattedMessage").asText())
                      .matches(
                          "unionbot "
                              + VERSION
                              + " \\(built \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\) listening"
                              + " on http://127\\.0\\.0\\.1:\\d+, store SQLite .*");
                });
      }
    }
  }
}
