package org.unionbot.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.unionbot.core.Reply;
import org.unionbot.knowledge.Source;

/**
 * Renders a {@link Reply} as docs/DESIGN.md's chat API object: {@code kind}, {@code text}, then
 * {@code sources} and {@code suggestions} only when there are any. Thread-safe.
 */
public final class ChatJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

  private ChatJson() {}

  public static ObjectNode tree(Reply reply) {
    ObjectNode out = MAPPER.createObjectNode();
    out.put("kind", reply.kind().wireName());
    out.put("text", reply.text());
    if (!reply.sources().isEmpty()) {
      ArrayNode sources = out.putArray("sources");
      for (Source s : reply.sources()) {
        sources
            .addObject()
            .put("doc", s.doc())
            .put("title", s.title())
            .put("section", s.section())
            .put("snippet", s.snippet());
      }
    }
    reply
        .quiz()
        .ifPresent(
            q -> {
              ObjectNode quiz = out.putObject("quiz");
              quiz.put("id", q.id()).put("type", q.type()).put("prompt", q.prompt());
              ArrayNode options = quiz.putArray("options");
              q.options().forEach(options::add);
              quiz.put("index", q.index()).put("total", q.total());
            });
    reply
        .grade()
        .ifPresent(
            g ->
                out.putObject("grade")
                    .put("correct", g.correct())
                    .put("answer", g.answer())
                    .put("explanation", g.explanation())
                    .put("score", g.score()));
    if (!reply.suggestions().isEmpty()) {
      ArrayNode suggestions = out.putArray("suggestions");
      reply.suggestions().forEach(suggestions::add);
    }
    return out;
  }

  public static String write(Reply reply) {
    try {
      return MAPPER.writeValueAsString(tree(reply));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
