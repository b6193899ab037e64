package org.unionbot.knowledge;

import java.util.Objects;
import java.util.Optional;

/**
 * A notice as an admin supplies it: plain text or Markdown.
 *
 * @param id stable document id
 * @param title a title that overrides the text's first line, if given
 * @param text the notice text
 */
public record NoticeText(String id, Optional<String> title, String text) {

  public NoticeText {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("document id must not be blank");
    }
  }
}
