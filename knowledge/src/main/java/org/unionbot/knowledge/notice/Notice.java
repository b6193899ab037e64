package org.unionbot.knowledge.notice;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed notice. Immutable.
 *
 * @param id stable document id
 * @param title the headline
 * @param byline who wrote it ("记者 张兆领 文/图"), if the notice says; not answer text
 * @param captions photo captions; not answer text
 * @param sections the lead (heading "") first, then each headed section in order
 */
public record Notice(
    String id,
    String title,
    Optional<String> byline,
    List<String> captions,
    List<Section> sections) {

  public Notice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(byline, "byline");
    captions = List.copyOf(captions);
    sections = List.copyOf(sections);
  }

  /** The sections that carry a heading (the lead excluded), in document order. */
  public List<Section> headedSections() {
    return sections.stream().filter(s -> !s.heading().isEmpty()).toList();
  }

  /** The number of characters of answer text. */
  public int chars() {
    return sections.stream()
        .flatMap(s -> s.paragraphs().stream())
        .mapToInt(p -> p.text().length())
        .sum();
  }
}
