/**
 * The admin service: {@link org.unionbot.core.admin.Admin} changes the knowledge base while the bot
 * serves (documents, FAQ pairs, synonyms, quiz items, rollbacks), with every change a new version
 * committed to the data directory's database before it serves, and reports what workers asked
 * (unanswered questions, stats) and who changed what (the audit log). The HTTP admin API and the
 * {@code kb} CLI are thin layers over it.
 */
package org.unionbot.core.admin;
