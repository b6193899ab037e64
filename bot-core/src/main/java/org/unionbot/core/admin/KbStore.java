package org.unionbot.core.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.unionbot.core.store.Sql;
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
    return Sql.one(
        c,
        "SELECT max(version) FROM kb_versions",
        r -> {
          long v = r.getLong(1);
          return r.wasNull() ? Optional.<Long>empty() : Optional.of(v);
        });
  }

  static boolean exists(Connection c, long version) throws SQLException {
    return Sql.number(c, "SELECT count(*) FROM kb_versions WHERE version = ?", version) > 0;
  }

  /** Everything {@code version} was made of. */
  static KbState load(Connection c, long version) throws SQLException {
    List<KbState.Doc> docs =
        Sql.list(
            c,
            "SELECT r.doc_id, r.id, r.title, r.body, r.created_at"
                + " FROM kb_version_documents d"
                + " JOIN kb_document_revisions r ON r.id = d.revision_id"
                + " WHERE d.version = ? ORDER BY d.position",
            r ->
                new KbState.Doc(
                    r.getString(1),
                    r.getLong(2),
                    r.getString(3),
                    r.getString(4),
                    Instant.ofEpochMilli(r.getLong(5))),
            version);
    List<Faq> faqs =
        Sql.list(
            c,
            "SELECT faq_id, question, answer, alternatives FROM kb_faqs WHERE version = ?"
                + " ORDER BY position",
            r -> new Faq(r.getString(1), r.getString(2), r.getString(3), strings(r.getString(4))),
            version);
    List<Synonym> synonyms =
        Sql.list(
            c,
            "SELECT term, canonical FROM kb_synonyms WHERE version = ? ORDER BY position",
            r -> new Synonym(r.getString(1), r.getString(2)),
            version);
    List<QuizItem> quiz =
        Sql.list(
            c,
            "SELECT item_id, type, prompt, options, answer, accepted, source, section, doc"
                + " FROM kb_quiz_items WHERE version = ? ORDER BY position",
            r ->
                new QuizItem(
                    r.getString(1),
                    QuizItem.Type.valueOf(r.getString(2)),
                    r.getString(3),
                    strings(r.getString(4)),
                    r.getString(5),
                    strings(r.getString(6)),
                    r.getString(7),
                    r.getString(8),
                    r.getString(9)),
            version);
    Set<String> disabled =
        new LinkedHashSet<>(
            Sql.list(
                c,
                "SELECT item_id FROM kb_quiz_disabled WHERE version = ? ORDER BY item_id",
                r -> r.getString(1),
                version));
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
    Sql.update(
        c,
        "INSERT INTO kb_versions (version, created_at, actor, action, target)"
            + " VALUES (?, ?, ?, ?, ?)",
        version,
        millis,
        who.name(),
        action,
        target);
    List<KbState.Doc> docs = new ArrayList<>();
    long revision = Sql.number(c, "SELECT coalesce(max(id), 0) FROM kb_document_revisions");
    try (Sql.Prepared newRevision =
            Sql.prepare(
                c,
                "INSERT INTO kb_document_revisions (id, doc_id, title, body, chars, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)");
        Sql.Prepared member =
            Sql.prepare(
                c,
                "INSERT INTO kb_version_documents (version, position, doc_id, revision_id)"
                    + " VALUES (?, ?, ?, ?)")) {
      int position = 0;
      for (KbState.Doc d : next.documents()) {
        KbState.Doc stored = d;
        if (d.revision() == 0) {
          revision++;
          newRevision.update(revision, d.id(), d.title(), d.text(), d.text().length(), millis);
          stored = new KbState.Doc(d.id(), revision, d.title(), d.text(), at);
        }
        member.update(version, position++, stored.id(), stored.revision());
        docs.add(stored);
      }
    }
    Sql.updateEach(
        c,
        "INSERT INTO kb_faqs (version, position, faq_id, question, answer, alternatives)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        next.faqs(),
        (f, position) ->
            new Object[] {
              version, position, f.id(), f.question(), f.answer(), json(f.alternatives())
            });
    Sql.updateEach(
        c,
        "INSERT INTO kb_synonyms (version, position, term, canonical) VALUES (?, ?, ?, ?)",
        next.synonyms(),
        (s, position) -> new Object[] {version, position, s.term(), s.canonical()});
    Sql.updateEach(
        c,
        "INSERT INTO kb_quiz_items (version, position, item_id, type, prompt, options,"
            + " answer, accepted, source, section, doc)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        next.quiz(),
        (i, position) ->
            new Object[] {
              version,
              position,
              i.id(),
              i.type().name(),
              i.prompt(),
              json(i.options()),
              i.answer(),
              json(i.accepted()),
              i.source(),
              i.section(),
              i.doc()
            });
    Sql.updateEach(
        c,
        "INSERT INTO kb_quiz_disabled (version, item_id) VALUES (?, ?)",
        next.disabled(),
        (id, position) -> new Object[] {version, id});
    audit(c, at, who, action, target, version);
    return new KbState(version, docs, next.faqs(), next.synonyms(), next.quiz(), next.disabled());
  }

  static void audit(Connection c, Instant at, Actor who, String action, String target, long version)
      throws SQLException {
    Sql.update(
        c,
        "INSERT INTO audit_log (at, actor, address, action, target, version)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        at.toEpochMilli(),
        who.name(),
        who.address(),
        action,
        target,
        version);
  }

  /** Every version, newest first. */
  static List<VersionInfo> versions(Connection c) throws SQLException {
    return Sql.list(
        c,
        "SELECT version, created_at, actor, action, target FROM kb_versions"
            + " ORDER BY version DESC",
        r ->
            new VersionInfo(
                r.getLong(1),
                Instant.ofEpochMilli(r.getLong(2)),
                r.getString(3),
                r.getString(4),
                r.getString(5)));
  }

  /** The latest audit entries, newest first. */
  static List<AuditEntry> audit(Connection c, int limit) throws SQLException {
    return Sql.list(
        c,
        "SELECT at, actor, action, target, version FROM audit_log ORDER BY id DESC LIMIT ?",
        r ->
            new AuditEntry(
                Instant.ofEpochMilli(r.getLong(1)),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                r.getLong(5)),
        limit);
  }

  /**
   * The next id of a sequence ({@code prefix} and a number) that {@code taken} does not report as
   * used; {@link #advance} moves the sequence past it when the change commits.
   */
  static long peekId(Connection c, String sequence, String prefix, String takenSql)
      throws SQLException {
    long n =
        Sql.first(c, "SELECT next FROM admin_sequences WHERE name = ?", r -> r.getLong(1), sequence)
            .orElse(1L);
    try (Sql.Prepared taken = Sql.prepare(c, takenSql)) {
      while (taken.number(prefix + n) != 0) {
        n++;
      }
      return n;
    }
  }

  /** Records that ids up to {@code used} of {@code sequence} are taken. */
  static void advance(Connection c, String sequence, long used) throws SQLException {
    Sql.update(
        c,
        "INSERT INTO admin_sequences (name, next) VALUES (?, ?)"
            + " ON CONFLICT (name) DO UPDATE SET next = excluded.next",
        sequence,
        used + 1);
  }

  static Optional<String> setting(Connection c, String name) throws SQLException {
    return Sql.first(
        c, "SELECT value FROM admin_settings WHERE name = ?", r -> r.getString(1), name);
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
    Sql.update(
        c,
        "INSERT INTO admin_settings (name, value, updated_at) VALUES (?, ?, ?)"
            + " ON CONFLICT (name) "
            + onConflict,
        name,
        value,
        at.toEpochMilli());
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
      throw new StoreException("a stored list is not readable: " + e.getMessage(), e);
    }
  }
}
