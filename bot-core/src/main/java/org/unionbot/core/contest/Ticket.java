package org.unionbot.core.contest;

/**
 * A counted contest round: the {@code seq}-th of its user's rounds on {@code day} that counts for
 * the contest, and the unit it counts for.
 *
 * @param contest the contest
 * @param user the user id
 * @param day the calendar day it started on (ISO, the bot's time zone)
 * @param seq 1 to the contest's rounds per day
 * @param unit the unit the user belonged to when it started; null when unbound
 */
public record Ticket(Contest contest, String user, String day, int seq, String unit) {}
