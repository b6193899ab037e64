/**
 * The database every store shares: {@link org.unionbot.core.store.Database} (transactions in
 * portable SQL), {@link org.unionbot.core.store.SqliteDatabase} (the data directory's {@code
 * unionbot.db}: WAL, migrations from {@code db/migration/sqlite}; its file checks, Flyway step,
 * connection settings, process lock and file-identity check are the package-private {@code
 * SqliteFile}, {@code SqliteMigrations}, {@code SqliteConnections}, {@code SqliteFileLock} and
 * {@code SqliteFileIdentity}), {@link org.unionbot.core.store.PostgresDatabase} (a PostgreSQL
 * database shared by several nodes: HikariCP, migrations from {@code db/migration/postgresql}),
 * {@link org.unionbot.core.store.StoreConfig}, which picks one, and {@link
 * org.unionbot.core.store.Dialect}, the few statements that differ, and {@link
 * org.unionbot.core.store.Sql}, the statement and row-mapping helper the stores are written with.
 */
package org.unionbot.core.store;
