package org.unionbot.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The admin API and the chat API over loopback, as an admin's script would call them. */
final class AdminClient {
  static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final String token;

  AdminClient(URI base, String token) {
    this.base = base;
    this.token = token;
  }

  /** A test resource as text. */
  static String resource(String name) {
    try (InputStream in = AdminClient.class.getResourceAsStream("/admin/" + name)) {
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String encode(String s) {
    return URLEncoder.encode(s, UTF_8).replace("+", "%20");
  }

  HttpResponse<String> get(String path) {
    return send(builder(path).GET());
  }

  HttpResponse<String> post(String path, Object body) {
    return send(builder(path).header("Content-Type", "application/json").POST(json(body)));
  }

  HttpResponse<String> put(String path, Object body) {
    return send(builder(path).header("Content-Type", "application/json").PUT(json(body)));
  }

  HttpResponse<String> delete(String path) {
    return send(builder(path).DELETE());
  }

  HttpResponse<String> send(String method, String path, String contentType, byte[] body) {
    return send(
        builder(path)
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** Adds a notice; returns the 201's {@code {"id","version"}}. */
  JsonNode addDocument(String title, String text) {
    HttpResponse<String> r = post("/admin/documents", Map.of("title", title, "text", text));
    if (r.statusCode() != 201) {
      throw new AssertionError("add document: " + r.statusCode() + " " + r.body());
    }
    return tree(r);
  }

  /** Asks the bot through the chat API, as a worker on the web would. */
  JsonNode ask(String user, String text) {
    HttpResponse<String> r =
        send(
            HttpRequest.newBuilder(base.resolve("/api/chat"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(json(Map.of("user", user, "text", text))));
    return tree(r);
  }

  static JsonNode tree(HttpResponse<String> r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + r.statusCode() + " " + r.body(), e);
    }
  }

  private HttpRequest.Builder builder(String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token)
        .header("X-Admin-Name", encode("王老师"));
  }

  private static HttpRequest.BodyPublisher json(Object body) {
    try {
      return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return Loopback.CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
