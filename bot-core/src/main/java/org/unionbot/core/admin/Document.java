package org.unionbot.core.admin;

import java.time.Instant;

/**
 * A document of the version now serving.
 *
 * @param id the document id
 * @param title its title
 * @param text the notice text as uploaded (plain text or Markdown)
 * @param updatedAt when this text was stored
 */
public record Document(String id, String title, String text, Instant updatedAt) {}
