package org.unionbot.core.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.unionbot.core.store.Database;
import org.unionbot.core.store.Sql;

/**
 * Which node handles a WeChat push ({@code wechat_messages}). WeChat retries a push that got no
 * reply within 5 s, and a retry may reach another node (its first node died, or the balancer moved
 * the user): the first node to insert the message's key handles it, the others answer {@code
 * success} (no reply) instead of running the bot a second time. Each node asks only for pushes its
 * own reply cache has not seen, so a retry reaching the same node costs no query.
 *
 * <p>On SQLite (one node) every claim succeeds without touching the database: the node's reply
 * cache is enough. Keys older than {@link #KEEP} are deleted now and then ({@link #PURGE_EVERY}),
 * in the transaction of a claim. Thread-safe.
 */
final class MessageClaims {

  /** How long a claimed key is kept: WeChat's retries end within about 15 s. */
  static final Duration KEEP = Duration.ofHours(1);

  /** How often a claim also deletes the expired keys. */
  static final Duration PURGE_EVERY = Duration.ofMinutes(5);

  private final Database db;
  private final boolean shared;
  private final AtomicLong nextPurge = new AtomicLong(Long.MIN_VALUE);

  MessageClaims(Database db) {
    this.db = db;
    this.shared = db.dialect().shared();
  }

  /** True when this node is the first to claim {@code key}, which it then handles. */
  boolean claim(String key, Instant at) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(at, "at");
    if (!shared) {
      return true;
    }
    long now = at.toEpochMilli();
    long due = nextPurge.get();
    boolean purge = now >= due && nextPurge.compareAndSet(due, now + PURGE_EVERY.toMillis());
    return db.write(
        c -> {
          if (purge) {
            Sql.update(
                c, "DELETE FROM wechat_messages WHERE created_at < ?", now - KEEP.toMillis());
          }
          return Sql.update(
                  c,
                  "INSERT INTO wechat_messages (dedupe_key, created_at) VALUES (?, ?)"
                      + " ON CONFLICT (dedupe_key) DO NOTHING",
                  key,
                  now)
              == 1;
        });
  }
}
