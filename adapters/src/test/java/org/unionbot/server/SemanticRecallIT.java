package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --semantic} as an operator meets it, in child JVMs: what {@code /healthz}, {@code
 * /metrics} and the log say, that the bot answers whether or not the embedding model runs, and
 * where the model's native libraries go. Each start loads the model (a second or two), so these are
 * few.
 */
class SemanticRecallIT {

  private static final String QUESTION = "{\"user\":\"u1\",\"text\":\"学深悟透分为几个步骤\"}";

  @TempDir Path dir;

  @Test
  void offAnswersWithLexicalRecallAndLoadsNoModel() throws Exception {
    Path data = dir.resolve("data");
    try (ServeProcess serve = ServeProcess.serve(dir, data, "--semantic", "off")) {
      assertThat(health(serve))
          .isEqualTo(
              "{\"status\":\"ok\",\"kbVersion\":1,\"semantic\":\"off\",\"version\":\""
                  + serve.version()
                  + "\"}");
      assertThat(metrics(serve)).contains("unionbot_semantic_recall 0.0");
      assertAnswersTheSteps(serve);
      assertThat(ServeProcess.read(serve.stderr))
          .doesNotContain("semantic recall", "onnxruntime", "tokenizers");
      assertThat(data.resolve("native")).doesNotExist();
    }
  }

  @Test
  void whenTheNativeRuntimeCannotLoadItSaysSoOnceAndAnswersLexically() throws Exception {
    // ONNX Runtime looks only in the directory an operator names, and finds nothing there
    Path empty = Files.createDirectories(dir.resolve("no-natives"));
    ServeProcess.Jvm jvm =
        new ServeProcess.Jvm(List.of("-Donnxruntime.native.path=" + empty), Map.of());
    try (ServeProcess serve = ServeProcess.serve(dir, dir.resolve("data"), jvm)) {
      assertThat(health(serve))
          .isEqualTo(
              "{\"status\":\"ok\",\"kbVersion\":1,\"semantic\":\"unavailable\",\"version\":\""
                  + serve.version()
                  + "\"}");
      assertThat(metrics(serve)).contains("unionbot_semantic_recall 0.0");
      assertAnswersTheSteps(serve);
      assertThat(ServeProcess.read(serve.stderr).lines())
          .filteredOn(line -> line.contains("semantic recall unavailable"))
          .singleElement()
          .asString()
          .contains("WARN", "answering with lexical recall only");
    }
  }

  @Test
  void withoutAHomeOrALastingTempTheNativeLibrariesGoToTheDataDirectory() throws Exception {
    Path home = dir.resolve("no-such-home");
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path data = dir.resolve("data");
    ServeProcess.Jvm jvm =
        new ServeProcess.Jvm(
            List.of("-Duser.home=" + home, "-Djava.io.tmpdir=" + tmp),
            Map.of("HOME", home.toString()));
    try (ServeProcess serve = ServeProcess.serve(dir, data, jvm)) {
      assertThat(health(serve))
          .isEqualTo(
              "{\"status\":\"ok\",\"kbVersion\":1,\"semantic\":\"on\",\"version\":\""
                  + serve.version()
                  + "\"}");
      assertThat(metrics(serve)).contains("unionbot_semantic_recall 1.0");
      assertAnswersTheSteps(serve);
      assertThat(ServeProcess.read(serve.stderr))
          // ready did not wait for the model: the version was built without vectors, then given
          // them
          .contains(
              "semantic recall: bge-small-zh-v1.5",
              "version 1 answers with semantic recall from now on")
          .doesNotContain(" WARN ", " ERROR ");
      serve.process.destroy(); // SIGTERM
      assertThat(serve.await()).isZero();
    }
    assertThat(home).doesNotExist();
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.startsWith("onnxruntime-java"))
          .noneMatch(name -> name.startsWith("unionbot-native"));
    }
    assertThat(filesUnder(data.resolve("native")))
        .contains(System.mapLibraryName("onnxruntime"), System.mapLibraryName("tokenizers"));
  }

  private static String health(ServeProcess serve) throws Exception {
    HttpResponse<String> health = Loopback.get(serve.uri(), "/healthz");
    assertThat(health.statusCode()).isEqualTo(200);
    return health.body();
  }

  private static String metrics(ServeProcess serve) throws Exception {
    return Loopback.get(serve.uri(), "/metrics").body();
  }

  private static void assertAnswersTheSteps(ServeProcess serve) throws Exception {
    HttpResponse<String> chat = Loopback.post(serve.uri(), "/api/chat", QUESTION);
    assertThat(chat.statusCode()).isEqualTo(200);
    assertThat(chat.body()).contains("\"kind\":\"answer\"", "四个步骤");
  }

  private static List<String> filesUnder(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
    }
  }
}
