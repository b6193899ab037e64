package org.unionbot.chat;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.unionbot.auth.WeChatSessions;
import org.unionbot.core.Message;
import org.unionbot.core.Reply;
import org.unionbot.core.Unicode;
import org.unionbot.core.UserId;
import org.unionbot.http.Endpoint;
import org.unionbot.http.HttpError;
import org.unionbot.http.Request;
import org.unionbot.http.Response;

/**
 * {@code POST /api/chat} (docs/DESIGN.md "JSON chat API"): {@code {"user","text"}} or {@code
 * {"user","event":"subscribe|click","key"}} in, {@link ChatJson}'s reply object out.
 *
 * <p>Validation failures are 400 {@code {"error":"…"}}: a body that is not a JSON object, a missing
 * or blank {@code user}, neither or both of {@code text} and {@code event}, an unknown event, a
 * click without a {@code key}, a field of the wrong type, text longer than {@link #MAX_TEXT}, or a
 * string with an unpaired surrogate (not valid Unicode). Unknown fields are ignored.
 *
 * <p>The user is in the {@code web:} channel ({@link UserId}), so no request here can reach a
 * WeChat user's session, round or score: the chat page's signed cookie names it ({@link WebIds}),
 * else the body's {@code "user"}. The one exception is a page signed in through WeChat ({@code
 * org.unionbot.auth.WeChatSignIn}): its signed session cookie names a public-account user, {@code
 * wechat:OPENID}, whose session, rounds and score the page then shares with the chat. The bot runs
 * on the given executor. Thread-safe.
 */
public final class ChatEndpoint implements Endpoint {

  /** The longest question accepted, in characters. */
  public static final int MAX_TEXT = 2000;

  /** The longest user id accepted, in characters. */
  public static final int MAX_USER = 128;

  private static final ObjectReader READER =
      ChatJson.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final Function<Message, Reply> bot;
  private final WebIds ids;
  private final WeChatSessions sessions;
  private final Executor executor;
  private final Map<Reply.Kind, Counter> replies = new EnumMap<>(Reply.Kind.class);

  public ChatEndpoint(Function<Message, Reply> bot, Executor executor, MeterRegistry meters) {
    this(bot, executor, meters, WebIds.withRandomKey());
  }

  /**
   * @param ids checks the chat page's user cookie
   */
  public ChatEndpoint(
      Function<Message, Reply> bot, Executor executor, MeterRegistry meters, WebIds ids) {
    this(bot, executor, meters, ids, WeChatSessions.withRandomKey());
  }

  /**
   * @param ids checks the chat page's user cookie
   * @param sessions checks the session cookie of a page signed in through WeChat
   */
  public ChatEndpoint(
      Function<Message, Reply> bot,
      Executor executor,
      MeterRegistry meters,
      WebIds ids,
      WeChatSessions sessions) {
    this.bot = Objects.requireNonNull(bot, "bot");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.executor = Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(meters, "meters");
    for (Reply.Kind kind : Reply.Kind.values()) {
      replies.put(
          kind,
          Counter.builder("unionbot.replies")
              .description("Bot replies by channel and kind (answer, fallback, ...)")
              .tag("channel", "chat")
              .tag("kind", kind.wireName())
              .register(meters));
    }
  }

  @Override
  public CompletableFuture<Response> handle(Request request) {
    Message message = parse(request.body(), signedUser(request));
    return CompletableFuture.supplyAsync(() -> bot.apply(message), executor)
        .thenApply(
            reply -> {
              replies.get(reply.kind()).increment();
              return Response.json(200, ChatJson.write(reply));
            });
  }

  /**
   * The user a signed cookie names: the public-account user of a WeChat session, else the page's
   * own web id.
   */
  private Optional<UserId> signedUser(Request request) {
    Optional<UserId> signedIn = sessions.openid(request).map(id -> UserId.of(UserId.WECHAT, id));
    return signedIn.or(() -> ids.verified(request).map(id -> UserId.of(UserId.WEB, id)));
  }

  /** {@link #parse(byte[], Optional)} without a cookie. */
  static Message parse(byte[] body) {
    return parse(body, Optional.empty());
  }

  /**
   * The request body as a {@link Message}, or an {@link HttpError} 400 saying what is wrong. The
   * user is the one a signed cookie names when there is one, else {@code web:} and the body's
   * {@code "user"} (which is required either way, as the API documents).
   */
  static Message parse(byte[] body, Optional<UserId> cookieUser) {
    JsonNode json;
    try {
      json = READER.readTree(body);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw at == null
          ? HttpError.badRequest("body is not valid JSON")
          : HttpError.of(
              400,
              "body is not valid JSON",
              "at line " + at.getLineNr() + ", column " + at.getColumnNr());
    } catch (IOException e) {
      throw HttpError.badRequest("body is not valid JSON");
    }
    if (json == null || !json.isObject()) {
      throw HttpError.badRequest("body must be a JSON object");
    }
    String user = string(json, "user", MAX_USER);
    if (user == null || user.isBlank()) {
      throw HttpError.badRequest("\"user\" is required");
    }
    try {
      user = cookieUser.isPresent() ? cookieUser.get().key() : UserId.of(UserId.WEB, user).key();
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest("\"user\" is not usable: " + e.getMessage());
    }
    String text = string(json, "text", MAX_TEXT);
    String event = string(json, "event", 32);
    if ((text == null) == (event == null)) {
      throw HttpError.badRequest("give either \"text\" or \"event\"");
    }
    if (text != null) {
      return new Message.Text(user, text);
    }
    String type = event.strip().toLowerCase(Locale.ROOT);
    String key = string(json, "key", 128);
    switch (type) {
      case "subscribe":
        return new Message.Event(user, type, key == null ? "" : key);
      case "click":
        if (key == null || key.isBlank()) {
          throw HttpError.badRequest("a click needs a \"key\"");
        }
        return new Message.Event(user, type, key.strip());
      default:
        throw HttpError.badRequest("\"event\" must be \"subscribe\" or \"click\"");
    }
  }

  /** A string field, {@code null} when absent or JSON null; 400 when not a string or too long. */
  private static String string(JsonNode json, String field, int maxLength) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw HttpError.badRequest("\"" + field + "\" must be a string");
    }
    String text = value.asText();
    if (Unicode.unpairedSurrogate(text).isPresent()) {
      throw HttpError.badRequest("\"" + field + "\" is not valid Unicode (unpaired surrogate)");
    }
    if (text.length() > maxLength) {
      throw HttpError.badRequest("\"" + field + "\" is longer than " + maxLength + " characters");
    }
    return text;
  }
}
