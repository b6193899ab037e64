package org.unionbot.admin;

import java.util.Objects;
import java.util.Optional;
import org.unionbot.knowledge.KnowledgeBase;

/**
 * The text of an uploaded notice file and how it was read.
 *
 * @param text the notice's text, lines separated by {@code \n}
 * @param title the title the file itself names (a Word document's title property), if any; else the
 *     notice's first line is its title
 * @param format how the file was read: {@code docx}, {@code pdf}, or the text encoding ({@code
 *     utf-8}, {@code gb18030}, {@code utf-16})
 */
public record NoticeFile(String text, Optional<String> title, String format) {
  public NoticeFile {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(format, "format");
  }

  /**
   * The title to store: {@code typed} when given, else the file's own title, else the first line.
   */
  public String titleOr(Optional<String> typed) {
    return typed
        .map(String::strip)
        .filter(t -> !t.isEmpty())
        .or(this::title)
        .orElseGet(() -> KnowledgeBase.titleOf(text));
  }
}
