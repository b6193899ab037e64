package org.unionbot.core.admin;

import java.time.Instant;

/**
 * A question the bot could not answer, grouped with the ways it was asked.
 *
 * @param text the first wording seen
 * @param count how many times it was asked
 * @param lastAt when it was last asked
 */
public record Unanswered(String text, long count, Instant lastAt) {}
