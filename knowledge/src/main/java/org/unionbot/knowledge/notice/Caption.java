package org.unionbot.knowledge.notice;

import java.util.Objects;

/**
 * A photo caption and where it sits. Not answer text.
 *
 * @param text the caption without its ▲ mark
 * @param section the index in {@link Notice#sections()} of the section the caption appears in (the
 *     one whose heading was the last heading before it; the lead when no heading came before it),
 *     or -1 when that section does not exist (a caption before any heading in a notice without lead
 *     text)
 */
public record Caption(String text, int section) {

  public Caption {
    Objects.requireNonNull(text, "text");
    if (section < -1) {
      throw new IllegalArgumentException("section: " + section);
    }
  }
}
