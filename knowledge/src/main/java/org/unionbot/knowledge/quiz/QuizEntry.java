package org.unionbot.knowledge.quiz;

import java.util.Objects;

/**
 * One item of the quiz bank as admins list it: the item, where it comes from, and whether rounds
 * draw it.
 *
 * @param item the item as rounds ask it (a curated edit replaces the generated text)
 * @param origin generated from the notices, curated by an admin, or generated and then edited
 * @param enabled false when an admin disabled it; rounds never ask a disabled item
 */
public record QuizEntry(QuizItem item, Origin origin, boolean enabled) {

  /** Where an item comes from. */
  public enum Origin {
    /** Generated from the notices when the version was built. */
    GENERATED,
    /** Written by an admin, with an id no generated item has. */
    CURATED,
    /** Generated, then replaced by an admin's item with the same id. */
    EDITED
  }

  public QuizEntry {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(origin, "origin");
  }
}
