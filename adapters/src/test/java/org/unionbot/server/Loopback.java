package org.unionbot.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A plain HTTP/1.1 client for the integration tests; it only ever talks to loopback. */
final class Loopback {
  static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private Loopback() {}

  static HttpResponse<String> get(URI base, String pathAndQuery)
      throws IOException, InterruptedException {
    return CLIENT.send(
        request(base, pathAndQuery).GET().build(), HttpResponse.BodyHandlers.ofString(UTF_8));
  }

  static HttpResponse<String> post(URI base, String pathAndQuery, String body)
      throws IOException, InterruptedException {
    return postAsync(base, pathAndQuery, body).join();
  }

  static HttpResponse<String> post(URI base, String pathAndQuery, byte[] body)
      throws IOException, InterruptedException {
    return CLIENT.send(
        request(base, pathAndQuery).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
        HttpResponse.BodyHandlers.ofString(UTF_8));
  }

  static CompletableFuture<HttpResponse<String>> postAsync(
      URI base, String pathAndQuery, String body) {
    return CLIENT.sendAsync(
        request(base, pathAndQuery)
            .header("Content-Type", "text/xml; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body, UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString(UTF_8));
  }

  private static HttpRequest.Builder request(URI base, String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(30));
  }
}
