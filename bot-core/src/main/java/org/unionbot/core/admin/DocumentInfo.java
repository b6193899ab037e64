package org.unionbot.core.admin;

import java.time.Instant;

/**
 * A document in the list: no text.
 *
 * @param id the document id, URL-safe ({@code [a-z0-9-]+}), never reused
 * @param title its title
 * @param chars the length of its text, in characters (UTF-16 units)
 * @param updatedAt when this text was stored
 */
public record DocumentInfo(String id, String title, int chars, Instant updatedAt) {}
