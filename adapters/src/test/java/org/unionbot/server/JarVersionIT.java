package org.unionbot.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The jar says which version it is (issue 12: {@code --version} printed {@code dev}). */
class JarVersionIT {

  @Test
  void versionComesFromTheJarsManifest() throws Exception {
    Path jar = Path.of("target", "unionbot.jar");
    assertThat(jar).as("mvn package builds it before the integration tests").exists();
    Process java =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "--version")
            .redirectErrorStream(true)
            .start();
    String out = new String(java.getInputStream().readAllBytes(), UTF_8).strip();

    assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(java.exitValue()).isZero();
    assertThat(out).matches("unionbot \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }
}
