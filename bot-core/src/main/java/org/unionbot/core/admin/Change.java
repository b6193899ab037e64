package org.unionbot.core.admin;

/**
 * What a change did.
 *
 * @param id the id of what changed (document, FAQ pair, synonym term, quiz item, the version rolled
 *     back to)
 * @param version the knowledge-base version serving after it
 */
public record Change(String id, long version) {}
