package org.unionbot.knowledge.notice;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A paragraph and its sentences.
 *
 * @param text the repaired paragraph text
 * @param sentences the sentences, split after 。！？；, each with its end mark
 * @param topic the short first sentence that names the paragraph's point ("抓好传达学习"), without its
 *     end mark, when the paragraph opens with one
 * @param listed whether the paragraph is a line of a list
 * @param row whether the paragraph is a row of a table (a line of a list too)
 */
public record Paragraph(
    String text, List<String> sentences, Optional<String> topic, boolean listed, boolean row) {

  public Paragraph {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(topic, "topic");
    sentences = List.copyOf(sentences);
  }

  public Paragraph(String text, List<String> sentences, Optional<String> topic) {
    this(text, sentences, topic, false, false);
  }

  /** This paragraph as a line of a list (a Markdown item, or a line opening with ◆ or △). */
  Paragraph asListed() {
    return new Paragraph(text, sentences, topic, true, false);
  }

  /** This paragraph as the row of a table that {@link Tables} wrote as a sentence. */
  Paragraph asRow() {
    return new Paragraph(text, sentences, topic, true, true);
  }
}
