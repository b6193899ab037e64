package org.unionbot.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unionbot.core.Unicode;
import org.unionbot.http.HttpError;
import org.unionbot.http.Request;

/**
 * The body of an admin request: a JSON object, or plain text (UTF-8) such as a menu. Every problem
 * is a 400 naming the field. Immutable.
 */
final class AdminBody {
  private static final ObjectReader READER =
      new ObjectMapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final JsonNode json;

  private AdminBody(JsonNode json) {
    this.json = json;
  }

  /** The body as a JSON object. */
  static AdminBody json(Request request) {
    JsonNode json;
    try {
      json = READER.readTree(request.body());
    } catch (JsonProcessingException e) {
      throw HttpError.badRequest("body is not valid JSON (UTF-8)");
    } catch (java.io.IOException e) {
      throw HttpError.badRequest("body is not valid JSON (UTF-8)");
    }
    if (json == null || !json.isObject()) {
      throw HttpError.badRequest("body must be a JSON object");
    }
    return new AdminBody(json);
  }

  /** The body as strict UTF-8 text; anything else (a binary upload) is a 400. */
  static String text(Request request) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(request.body()))
          .toString();
    } catch (CharacterCodingException e) {
      throw HttpError.badRequest("the upload is not UTF-8 text");
    }
  }

  /** A required string field. */
  String string(String field) {
    return optionalString(field)
        .orElseThrow(() -> HttpError.badRequest("\"" + field + "\" is required"));
  }

  /** A string field that may be absent or null. */
  Optional<String> optionalString(String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw HttpError.badRequest("\"" + field + "\" must be a string");
    }
    return Optional.of(valid(field, value.asText()));
  }

  /**
   * {@code text}, or 400 when it has an unpaired surrogate, which no database stores faithfully.
   */
  private static String valid(String field, String text) {
    if (Unicode.unpairedSurrogate(text).isPresent()) {
      throw HttpError.badRequest("\"" + field + "\" is not valid Unicode (unpaired surrogate)");
    }
    return text;
  }

  /** A required whole-number field. */
  long number(String field) {
    JsonNode value = json.get(field);
    if (value == null || !value.canConvertToLong() || !value.isIntegralNumber()) {
      throw HttpError.badRequest("\"" + field + "\" must be a whole number");
    }
    return value.asLong();
  }

  /** Whether the body has this field (null counts). */
  boolean has(String field) {
    return json.has(field);
  }

  /** A list of strings; absent or null is empty. */
  List<String> strings(String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw HttpError.badRequest("\"" + field + "\" must be a list of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        throw HttpError.badRequest("\"" + field + "\" must be a list of strings");
      }
      out.add(valid(field, item.asText()));
    }
    return out;
  }
}
