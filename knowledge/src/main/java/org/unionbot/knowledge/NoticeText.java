package org.unionbot.knowledge;

import java.util.Objects;
import java.util.Optional;
import org.unionbot.knowledge.notice.NoticeParser;

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

  /**
   * The notice's title: the given one when it is not blank, else the title line the parser finds in
   * the text ("" when there is none). Not stripped.
   */
  public String resolvedTitle() {
    return title
        .filter(t -> !t.isBlank())
        .orElseGet(() -> new NoticeParser().parse(id, text, Optional.empty()).title());
  }
}
