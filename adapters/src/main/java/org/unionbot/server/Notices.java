package org.unionbot.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.NoticeText;

/** Reads the notice the knowledge base starts from: a file, or the one bundled in the jar. */
final class Notices {
  private Notices() {}

  /**
   * The notice in {@code file} (UTF-8 plain text or Markdown), or the bundled notice when empty.
   *
   * @throws ConfigException if the file cannot be read or is blank
   */
  static NoticeText read(Optional<Path> file) {
    if (file.isEmpty()) {
      return KnowledgeBase.bundledNotice();
    }
    Path path = file.get();
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      throw new ConfigException("cannot read notice file " + path + ": " + e.getMessage());
    }
    if (text.isBlank()) {
      throw new ConfigException("notice file is empty: " + path);
    }
    String id = path.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    return new NoticeText(id, Optional.empty(), text);
  }
}
