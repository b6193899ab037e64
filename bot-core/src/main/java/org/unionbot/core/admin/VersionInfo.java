package org.unionbot.core.admin;

import java.time.Instant;

/**
 * One knowledge-base version.
 *
 * @param version its number, from 1, contiguous
 * @param at when it was committed
 * @param actor who made it ("system" for the seed)
 * @param action what made it: seed, add-document, replace-document, remove-document, add-faq,
 *     update-faq, remove-faq, put-synonym, remove-synonym, add-quiz, update-quiz, disable-quiz,
 *     enable-quiz, rollback
 * @param target the id it changed (for a rollback, the version it restored)
 */
public record VersionInfo(long version, Instant at, String actor, String action, String target) {}
