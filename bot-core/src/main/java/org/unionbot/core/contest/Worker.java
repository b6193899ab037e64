package org.unionbot.core.contest;

import java.time.Instant;
import java.util.Optional;

/**
 * A worker as contests know them.
 *
 * @param user the user id ({@code channel:id})
 * @param unit the unit they belong to, if bound
 * @param nickname the name leaderboards show, if set (else their masked id)
 * @param changedAt when they last changed units by chat; empty before their first change
 */
public record Worker(
    String user, Optional<String> unit, Optional<String> nickname, Optional<Instant> changedAt) {}
