package org.unionbot.core.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.zip.CRC32;

/**
 * The few things the two databases do differently, in one place. Every other statement the stores
 * run is shared, portable SQL; the DDL differs per database in its own migration folder ({@code
 * db/migration/sqlite}, {@code db/migration/postgresql}).
 *
 * <ul>
 *   <li><b>Locks</b> inside a write transaction: SQLite writes one at a time anyway ({@code BEGIN
 *       IMMEDIATE}), so its locks do nothing; PostgreSQL takes a transaction-scoped advisory lock
 *       ({@code pg_advisory_xact_lock}), released by the commit or rollback.
 *   <li><b>Notifications</b>: PostgreSQL's {@code pg_notify}, delivered to listening nodes when the
 *       transaction commits; nothing on SQLite, whose single node has nobody to tell.
 *   <li><b>Shared</b>: whether several processes may use the database at once (PostgreSQL), which
 *       turns on the cross-node work (knowledge-base sync, WeChat dedupe in the database).
 * </ul>
 */
public enum Dialect {
  SQLITE("classpath:db/migration/sqlite", false),
  POSTGRESQL("classpath:db/migration/postgresql", true);

  /** The advisory-lock class of the knowledge-base lock (one lock for every admin change). */
  static final int KB_LOCK = 0x756e6b62; // "unkb"

  /** The advisory-lock class of per-user locks (a quiz round finishing). */
  static final int USER_LOCK = 0x756e7573; // "unus"

  private final String migrations;
  private final boolean shared;

  Dialect(String migrations, boolean shared) {
    this.migrations = migrations;
    this.shared = shared;
  }

  /** The Flyway location of this database's migrations. */
  public String migrations() {
    return migrations;
  }

  /** Whether several nodes may share the database. */
  public boolean shared() {
    return shared;
  }

  /**
   * Serializes knowledge-base changes across every process on the database until the current
   * transaction ends. Call first thing in the write transaction.
   */
  public void lockKnowledgeBase(Connection c) throws SQLException {
    lock(c, KB_LOCK, 0);
  }

  /**
   * Serializes one user's score changes that read before they write, until the transaction ends.
   */
  public void lockUser(Connection c, String user) throws SQLException {
    CRC32 crc = new CRC32();
    crc.update(user.getBytes(StandardCharsets.UTF_8));
    lock(c, USER_LOCK, (int) crc.getValue());
  }

  private void lock(Connection c, int classId, int objectId) throws SQLException {
    if (this != POSTGRESQL) {
      return;
    }
    Sql.select(c, "SELECT pg_advisory_xact_lock(?, ?)", classId, objectId);
  }

  /** Sends {@code payload} on {@code channel} when the current transaction commits. */
  public void notify(Connection c, String channel, String payload) throws SQLException {
    if (this != POSTGRESQL) {
      return;
    }
    Sql.select(c, "SELECT pg_notify(?, ?)", channel, payload);
  }
}
