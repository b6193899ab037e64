package org.unionbot.core.admin;

import java.time.Instant;

/**
 * One change in the audit log.
 *
 * @param at when
 * @param actor who ({@link Actor#name()})
 * @param action what (the {@link VersionInfo#action()} names, put-menu, publish-menu and
 *     put-referral)
 * @param target the id it changed
 * @param version the knowledge-base version it made, or the one serving for a change outside the
 *     knowledge base (the menu)
 */
public record AuditEntry(Instant at, String actor, String action, String target, long version) {}
