/**
 * The embedded database every store shares: {@link org.unionbot.core.store.Database} (transactions
 * in portable SQL) and {@link org.unionbot.core.store.SqliteDatabase}, the data directory's {@code
 * unionbot.db} (WAL, Flyway migrations from {@code db/migration}).
 */
package org.unionbot.core.store;
