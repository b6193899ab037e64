package org.unionbot.core.admin;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.unionbot.core.store.Sql;
import org.unionbot.core.store.StoreException;
import org.unionbot.knowledge.quiz.QuizItem;

/**
 * {@link History.Titles} read from the stored versions in one read transaction, each title looked
 * up once; a generated quiz item's prompt comes from the knowledge base serving.
 */
final class HistoryTitles implements History.Titles {

  private final Connection c;
  private final Function<String, Optional<QuizItem>> generated;
  private final Map<String, Optional<String>> seen = new HashMap<>();

  HistoryTitles(Connection c, Function<String, Optional<QuizItem>> generated) {
    this.c = c;
    this.generated = generated;
  }

  @Override
  public Optional<String> document(String id, long version) {
    return lookup(
        "SELECT r.title FROM kb_version_documents d"
            + " JOIN kb_document_revisions r ON r.id = d.revision_id"
            + " WHERE d.doc_id = ? AND d.version <= ? ORDER BY d.version DESC LIMIT 1",
        id,
        version);
  }

  @Override
  public Optional<String> faq(String id, long version) {
    return lookup(
        "SELECT question FROM kb_faqs WHERE faq_id = ? AND version <= ?"
            + " ORDER BY version DESC LIMIT 1",
        id,
        version);
  }

  @Override
  public Optional<String> synonym(String term, long version) {
    return lookup(
        "SELECT canonical FROM kb_synonyms WHERE term = ? AND version <= ?"
            + " ORDER BY version DESC LIMIT 1",
        term,
        version);
  }

  @Override
  public Optional<String> quiz(String id, long version) {
    return lookup(
            "SELECT prompt FROM kb_quiz_items WHERE item_id = ? AND version <= ?"
                + " ORDER BY version DESC LIMIT 1",
            id,
            version)
        .or(() -> generated.apply(id).map(QuizItem::prompt));
  }

  private Optional<String> lookup(String sql, String id, long version) {
    return seen.computeIfAbsent(
        sql + '\u0000' + id + '\u0000' + version,
        k -> {
          try {
            return Sql.first(c, sql, r -> r.getString(1), id, version);
          } catch (SQLException e) {
            throw new StoreException("cannot read the history's titles: " + e.getMessage(), e);
          }
        });
  }
}
