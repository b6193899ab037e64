package org.unionbot.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} as an operator runs it, in a child JVM on the test classpath: one {@code ready on}
 * line on stdout, answers over loopback, secrets in the data directory, and SIGTERM exits 0.
 */
class ServeProcessIT {
  private static final Pattern READY = Pattern.compile("ready on (http://127\\.0\\.0\\.1:(\\d+))");

  @TempDir Path dir;

  @Test
  void servesUntilSigtermAndExitsCleanly() throws Exception {
    Path data = dir.resolve("data");
    Path stdout = dir.resolve("stdout.txt");
    Path stderr = dir.resolve("stderr.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "org.unionbot.server.Main",
                "serve",
                "--port",
                "0",
                "--data",
                data.toString())
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    try {
      String line = awaitFirstLine(process, stdout);
      Matcher ready = READY.matcher(line);
      assertThat(ready.matches()).as("stdout: %s; stderr: %s", line, read(stderr)).isTrue();
      URI base = URI.create(ready.group(1));

      HttpResponse<String> chat =
          Loopback.post(base, "/api/chat", "{\"user\":\"u1\",\"text\":\"学深悟透分为几个步骤\"}");
      assertThat(chat.statusCode()).isEqualTo(200);
      assertThat(chat.body()).contains("\"kind\":\"answer\"", "学深悟透");
      assertThat(Loopback.get(base, "/healthz").body()).contains("\"status\":\"ok\"");

      Path secrets = data.resolve("secrets.properties");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets)))
          .isEqualTo("rw-------");
      String token =
          Files.readAllLines(secrets, UTF_8).stream()
              .filter(l -> l.startsWith("wechat-token="))
              .findFirst()
              .orElseThrow()
              .substring("wechat-token=".length());
      assertThat(read(stderr)).contains(secrets.toString()).doesNotContain(token);

      process.destroy(); // SIGTERM
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isZero();
      assertThat(Files.readAllLines(stdout, UTF_8)).containsExactly(line);
      assertThat(read(stderr)).contains("stopped");
    } finally {
      process.destroyForcibly();
    }
  }

  /** The first complete line the child writes to stdout, within a minute. */
  private static String awaitFirstLine(Process process, Path stdout) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      String text = read(stdout);
      int end = text.indexOf('\n');
      if (end >= 0) {
        return text.substring(0, end);
      }
      if (!process.isAlive()) {
        return "(exited with " + process.exitValue() + ")";
      }
      Thread.sleep(50);
    }
    return "(no line within a minute)";
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, UTF_8) : "";
  }
}
