package org.unionbot.core.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.unionbot.core.store.StoreException;
import org.unionbot.knowledge.Faq;
import org.unionbot.knowledge.Synonym;
import org.unionbot.knowledge.quiz.QuizItem;

/**
 * The SQL of the knowledge-base tables ({@code kb_*}, {@code audit_log}, {@code admin_*}; see
 * {@code V2__knowledge_admin.sql}). Every method runs inside a transaction its caller opened, so a
 * commit of a version is one transaction. Portable SQL only.
 */
final class KbStore {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private KbStore() {}

  /** A change was built on a version that is no longer the latest: another node committed. */
  static final class StaleVersionException extends StoreException {
    private static final long serialVersionUID = 1L;

    StaleVersionException(String message) {
      super(message);
    }
  }

  /** The highest committed version, empty on a new database. */
  static Optional<Long> latestVersion(Connection c) throws SQLException {
    try (PreparedStatement q = c.prepareStatement("SELECT max(version) FROM kb_versions");
        ResultSet rows = q.executeQuery()) {
      rows.next();
      long v = rows.getLong(1);
      return rows.wasNull() ? Optional.empty() : Optional.of(v);
    }
  }

  static boolean exists(Connection c, long version) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement("SELECT count(*) FROM kb_versions WHERE version = ?")) {
      q.setLong(1, version);
      try (ResultSet rows = q.executeQuery()) {
        rows.next();
        return rows.getLong(1) > 0;
      }
    }
  }

  /** Everything {@code version} was made of. */
  static KbState load(Connection c, long version) throws SQLException {
    List<KbState.Doc> docs = new ArrayList<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT r.doc_id, r.id, r.title, r.body, r.created_at"
                + " FROM kb_version_documents d"
                + " JOIN kb_document_revisions r ON r.id = d.revision_id"
                + " WHERE d.version = ? ORDER BY d.position")) {
      q.setLong(1, version);
      try (ResultSet rows = q.executeQuery()) {
        while (rows.next()) {
          docs.add(
              new KbState.Doc(
                  rows.getString(1),
                  rows.getLong(2),
                  rows.getString(3),
                  rows.getString(4),
                  Instant.ofEpochMilli(rows.getLong(5))));
        }
      }
    }
    List<Faq> faqs = new ArrayList<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT faq_id, question, answer FROM kb_faqs WHERE version = ? ORDER BY position")) {
      q.setLong(1, version);
      try (ResultSet rows = q.executeQuery()) {
        while (rows.next()) {
          faqs.add(new Faq(rows.getString(1), rows.getString(2), rows.getString(3)));
        }
      }
    }
    List<Synonym> synonyms = new ArrayList<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT term, canonical FROM kb_synonyms WHERE version = ? ORDER BY position")) {
      q.setLong(1, version);
      try (ResultSet rows = q.executeQuery()) {
        while (rows.next()) {
          synonyms.add(new Synonym(rows.getString(1), rows.getString(2)));
        }
      }
    }
    List<QuizItem> quiz = new ArrayList<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT item_id, type, prompt, options, answer, accepted, source, section, doc"
                + " FROM kb_quiz_items WHERE version = ? ORDER BY position")) {
      q.setLong(1, version);
      try (ResultSet rows = q.executeQuery()) {
        while (rows.next()) {
          quiz.add(
              new QuizItem(
                  rows.getString(1),
                  QuizItem.Type.valueOf(rows.getString(2)),
                  rows.getString(3),
                  strings(rows.getString(4)),
                  rows.getString(5),
                  strings(rows.getString(6)),
                  rows.getString(7),
                  rows.getString(8),
                  rows.getString(9)));
        }
      }
    }
    Set<String> disabled = new LinkedHashSet<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT item_id FROM kb_quiz_disabled WHERE version = ? ORDER BY item_id")) {
      q.setLong(1, version);
      try (ResultSet rows = q.executeQuery()) {
        while (rows.next()) {
          disabled.add(rows.getString(1));
        }
      }
    }
    return new KbState(version, docs, faqs, synonyms, quiz, disabled);
  }

  /**
   * Writes {@code next} as {@code version}: new document revisions, the version row, its lists and
   * the audit entry. Returns the state as stored (revision ids filled in).
   *
   * @throws StaleVersionException when {@code version} is not the next number (another node got
   *     there first)
   */
  static KbState commit(
      Connection c, KbState next, long version, Instant at, Actor who, String action, String target)
      throws SQLException {
    long expected = latestVersion(c).orElse(0L) + 1;
    if (version != expected) {
      throw new StaleVersionException(
          "the knowledge base changed underneath: expected to commit version "
              + expected
              + ", not "
              + version);
    }
    long millis = at.toEpochMilli();
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO kb_versions (version, created_at, actor, action, target)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      insert.setLong(1, version);
      insert.setLong(2, millis);
      insert.setString(3, who.name());
      insert.setString(4, action);
      insert.setString(5, target);
      insert.executeUpdate();
    }
    List<KbState.Doc> docs = new ArrayList<>();
    long revision = maxRevision(c);
    try (PreparedStatement newRevision =
            c.prepareStatement(
                "INSERT INTO kb_document_revisions (id, doc_id, title, body, chars, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)");
        PreparedStatement member =
            c.prepareStatement(
                "INSERT INTO kb_version_documents (version, position, doc_id, revision_id)"
                    + " VALUES (?, ?, ?, ?)")) {
      int position = 0;
      for (KbState.Doc d : next.documents()) {
        KbState.Doc stored = d;
        if (d.revision() == 0) {
          revision++;
          newRevision.setLong(1, revision);
          newRevision.setString(2, d.id());
          newRevision.setString(3, d.title());
          newRevision.setString(4, d.text());
          newRevision.setInt(5, d.text().length());
          newRevision.setLong(6, millis);
          newRevision.executeUpdate();
          stored = new KbState.Doc(d.id(), revision, d.title(), d.text(), at);
        }
        member.setLong(1, version);
        member.setInt(2, position++);
        member.setString(3, stored.id());
        member.setLong(4, stored.revision());
        member.executeUpdate();
        docs.add(stored);
      }
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO kb_faqs (version, position, faq_id, question, answer)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      int position = 0;
      for (Faq f : next.faqs()) {
        insert.setLong(1, version);
        insert.setInt(2, position++);
        insert.setString(3, f.id());
        insert.setString(4, f.question());
        insert.setString(5, f.answer());
        insert.executeUpdate();
      }
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO kb_synonyms (version, position, term, canonical) VALUES (?, ?, ?, ?)")) {
      int position = 0;
      for (Synonym s : next.synonyms()) {
        insert.setLong(1, version);
        insert.setInt(2, position++);
        insert.setString(3, s.term());
        insert.setString(4, s.canonical());
        insert.executeUpdate();
      }
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO kb_quiz_items (version, position, item_id, type, prompt, options,"
                + " answer, accepted, source, section, doc)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int position = 0;
      for (QuizItem i : next.quiz()) {
        insert.setLong(1, version);
        insert.setInt(2, position++);
        insert.setString(3, i.id());
        insert.setString(4, i.type().name());
        insert.setString(5, i.prompt());
        insert.setString(6, json(i.options()));
        insert.setString(7, i.answer());
        insert.setString(8, json(i.accepted()));
        insert.setString(9, i.source());
        insert.setString(10, i.section());
        insert.setString(11, i.doc());
        insert.executeUpdate();
      }
    }
    try (PreparedStatement insert =
        c.prepareStatement("INSERT INTO kb_quiz_disabled (version, item_id) VALUES (?, ?)")) {
      for (String id : next.disabled()) {
        insert.setLong(1, version);
        insert.setString(2, id);
        insert.executeUpdate();
      }
    }
    audit(c, at, who, action, target, version);
    return new KbState(version, docs, next.faqs(), next.synonyms(), next.quiz(), next.disabled());
  }

  private static long maxRevision(Connection c) throws SQLException {
    try (PreparedStatement q =
            c.prepareStatement("SELECT coalesce(max(id), 0) FROM kb_document_revisions");
        ResultSet rows = q.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  static void audit(Connection c, Instant at, Actor who, String action, String target, long version)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO audit_log (at, actor, address, action, target, version)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, at.toEpochMilli());
      insert.setString(2, who.name());
      insert.setString(3, who.address());
      insert.setString(4, action);
      insert.setString(5, target);
      insert.setLong(6, version);
      insert.executeUpdate();
    }
  }

  /** Every version, newest first. */
  static List<VersionInfo> versions(Connection c) throws SQLException {
    List<VersionInfo> out = new ArrayList<>();
    try (PreparedStatement q =
            c.prepareStatement(
                "SELECT version, created_at, actor, action, target FROM kb_versions"
                    + " ORDER BY version DESC");
        ResultSet rows = q.executeQuery()) {
      while (rows.next()) {
        out.add(
            new VersionInfo(
                rows.getLong(1),
                Instant.ofEpochMilli(rows.getLong(2)),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5)));
      }
    }
    return out;
  }

  /** The latest audit entries, newest first. */
  static List<AuditEntry> audit(Connection c, int limit) throws SQLException {
    List<AuditEntry> out = new ArrayList<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT at, actor, action, target, version FROM audit_log ORDER BY id DESC LIMIT ?")) {
      q.setInt(1, limit);
      try (ResultSet rows = q.executeQuery()) {
        while (rows.next()) {
          out.add(
              new AuditEntry(
                  Instant.ofEpochMilli(rows.getLong(1)),
                  rows.getString(2),
                  rows.getString(3),
                  rows.getString(4),
                  rows.getLong(5)));
        }
      }
    }
    return out;
  }

  /**
   * The next id of a sequence ({@code prefix} and a number) that {@code taken} does not report as
   * used; {@link #advance} moves the sequence past it when the change commits.
   */
  static long peekId(Connection c, String sequence, String prefix, String takenSql)
      throws SQLException {
    long n;
    try (PreparedStatement q =
        c.prepareStatement("SELECT next FROM admin_sequences WHERE name = ?")) {
      q.setString(1, sequence);
      try (ResultSet rows = q.executeQuery()) {
        n = rows.next() ? rows.getLong(1) : 1;
      }
    }
    try (PreparedStatement taken = c.prepareStatement(takenSql)) {
      while (true) {
        taken.setString(1, prefix + n);
        try (ResultSet rows = taken.executeQuery()) {
          rows.next();
          if (rows.getLong(1) == 0) {
            return n;
          }
        }
        n++;
      }
    }
  }

  /** Records that ids up to {@code used} of {@code sequence} are taken. */
  static void advance(Connection c, String sequence, long used) throws SQLException {
    try (PreparedStatement upsert =
        c.prepareStatement(
            "INSERT INTO admin_sequences (name, next) VALUES (?, ?)"
                + " ON CONFLICT (name) DO UPDATE SET next = excluded.next")) {
      upsert.setString(1, sequence);
      upsert.setLong(2, used + 1);
      upsert.executeUpdate();
    }
  }

  static Optional<String> setting(Connection c, String name) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement("SELECT value FROM admin_settings WHERE name = ?")) {
      q.setString(1, name);
      try (ResultSet rows = q.executeQuery()) {
        return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
      }
    }
  }

  static void putSetting(Connection c, String name, String value, Instant at) throws SQLException {
    insertSetting(
        c,
        name,
        value,
        at,
        "DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at");
  }

  /** Stores a setting unless one of that name exists. */
  static void putSettingIfAbsent(Connection c, String name, String value, Instant at)
      throws SQLException {
    insertSetting(c, name, value, at, "DO NOTHING");
  }

  /** Inserts a setting; {@code onConflict} says what happens to one of the same name. */
  private static void insertSetting(
      Connection c, String name, String value, Instant at, String onConflict) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO admin_settings (name, value, updated_at) VALUES (?, ?, ?)"
                + " ON CONFLICT (name) "
                + onConflict)) {
      insert.setString(1, name);
      insert.setString(2, value);
      insert.setLong(3, at.toEpochMilli());
      insert.executeUpdate();
    }
  }

  private static String json(List<String> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of strings is always JSON", e);
    }
  }

  private static List<String> strings(String json) {
    try {
      return JSON.readValue(json, STRINGS);
    } catch (JsonProcessingException e) {
      throw new StoreException("a stored quiz item is not readable: " + e.getMessage(), e);
    }
  }
}
