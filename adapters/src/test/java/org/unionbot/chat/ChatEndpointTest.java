package org.unionbot.chat;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unionbot.core.Message;
import org.unionbot.core.Reply;
import org.unionbot.core.UserId;
import org.unionbot.http.HttpError;
import org.unionbot.http.Request;
import org.unionbot.http.Response;

/** docs/DESIGN.md's chat request shapes, and a 400 with a reason for everything else. */
class ChatEndpointTest {

  private static Message parse(String json) {
    return ChatEndpoint.parse(json.getBytes(UTF_8));
  }

  @Test
  void aQuestion() {
    assertThat(parse("{\"user\":\"u1\",\"text\":\"问题\"}"))
        .isEqualTo(new Message.Text("web:u1", "问题"));
  }

  @Test
  void eventsAndUnknownFieldsIgnored() {
    assertThat(parse("{\"user\":\"u1\",\"event\":\"subscribe\",\"extra\":1}"))
        .isEqualTo(new Message.Event("web:u1", "subscribe", ""));
    assertThat(parse("{\"user\":\"u1\",\"event\":\"CLICK\",\"key\":\"QUIZ\"}"))
        .isEqualTo(new Message.Event("web:u1", "click", "QUIZ"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|body must be a JSON object",
        "{|body is not valid JSON",
        "{\"user\":\"u\",\"text\":\"a\"} trailing|body is not valid JSON",
        "[1,2]|body must be a JSON object",
        "\"text\"|body must be a JSON object",
        "{\"text\":\"q\"}|\"user\" is required",
        "{\"user\":\" \",\"text\":\"q\"}|\"user\" is required",
        "{\"user\":5,\"text\":\"q\"}|\"user\" must be a string",
        "{\"user\":\"u\"}|give either \"text\" or \"event\"",
        "{\"user\":\"u\",\"text\":\"q\",\"event\":\"click\"}|give either \"text\" or \"event\"",
        "{\"user\":\"u\",\"text\":[\"q\"]}|\"text\" must be a string",
        "{\"user\":\"u\",\"event\":\"view\"}|\"event\" must be \"subscribe\" or \"click\"",
        "{\"user\":\"u\",\"event\":\"click\"}|a click needs a \"key\"",
        // issue 11 (F5): lone surrogates were stored as '?', merging users
        "{\"user\":\"s\\ud800\",\"text\":\"q\"}|\"user\" is not valid Unicode (unpaired surrogate)",
        "{\"user\":\"u\",\"text\":\"q\\udbff\"}|\"text\" is not valid Unicode (unpaired surrogate)"
      })
  void invalidRequestsAre400WithAReason(String body, String reason) {
    assertThatThrownBy(() -> parse(body))
        .isInstanceOfSatisfying(HttpError.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessage(reason);
  }

  @Test
  void theUserIsAlwaysInTheWebChannelAndInNfc() {
    assertThat(parse("{\"user\":\"o6_bmjrPTlm6\",\"text\":\"退出\"}").user())
        .isEqualTo("web:o6_bmjrPTlm6");
    assertThat(parse("{\"user\":\"wechat:o6_bmjrPTlm6\",\"text\":\"退出\"}").user())
        .isEqualTo("web:wechat:o6_bmjrPTlm6");
    assertThat(parse("{\"user\":\"e\\u0301\",\"text\":\"q\"}").user()).isEqualTo("web:é");
  }

  @Test
  void aSignedCookieNamesTheUserWhateverTheBodySays() {
    WebIds ids = WebIds.withRandomKey();
    String cookie = ids.newCookie();
    String value = cookie.substring("unionbot_user=".length(), cookie.indexOf(';'));
    String id = value.substring(0, value.indexOf('.'));
    byte[] body = "{\"user\":\"someone-else\",\"text\":\"积分\"}".getBytes(UTF_8);

    assertThat(cookie)
        .containsIgnoringCase("HttpOnly")
        .contains("SameSite=Lax", "Path=/", "Max-Age=31536000");
    assertThat(
            ChatEndpoint.parse(body, ids.verify(value).map(v -> UserId.of(UserId.WEB, v))).user())
        .isEqualTo("web:" + id);
    // altered, foreign or unsigned cookies count as none
    assertThat(ids.verify(id + "x." + value.substring(value.indexOf('.') + 1))).isEmpty();
    assertThat(WebIds.withRandomKey().verify(value)).isEmpty();
    assertThat(ids.verify(id)).isEmpty();
    assertThat(ids.verify(id + ".%%%")).isEmpty();
  }

  @Test
  void overlongTextIsRefused() {
    String body = "{\"user\":\"u\",\"text\":\"" + "问".repeat(ChatEndpoint.MAX_TEXT + 1) + "\"}";

    assertThatThrownBy(() -> parse(body)).hasMessage("\"text\" is longer than 2000 characters");
  }

  @Test
  void answersWithTheReplysJsonAndCountsItsKind() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    ChatEndpoint endpoint =
        new ChatEndpoint(m -> Reply.of(Reply.Kind.FALLBACK, "没找到"), Runnable::run, registry);
    Request request =
        new Request(
            "POST",
            "/api/chat",
            Map.of(),
            Optional.empty(),
            "{\"user\":\"u\",\"text\":\"天气\"}".getBytes(UTF_8));

    Response response = endpoint.handle(request).join();

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo(Response.JSON);
    assertThat(response.bodyText()).isEqualTo("{\"kind\":\"fallback\",\"text\":\"没找到\"}");
    assertThat(registry.counter("unionbot.replies", "channel", "chat", "kind", "fallback").count())
        .isEqualTo(1.0);
  }
}
