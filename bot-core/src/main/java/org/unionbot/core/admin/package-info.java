/**
 * The admin service: {@link org.unionbot.core.admin.Store} opens the database and hands out the
 * change pipeline ({@link org.unionbot.core.admin.Admin}), scores, the question log and claims.
 * Each kind of change (documents, FAQ pairs, synonyms, quiz items, rollback, import) is an {@code
 * Edit} in its own file, a pure function of the immutable {@code KbState}; the pipeline validates,
 * builds the next version off to the side, commits it with its audit entry and swaps it in.
 */
package org.unionbot.core.admin;
