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
    return latest("question", "kb_faqs", "faq_id", id, version);
  }

  @Override
  public Optional<String> synonym(String term, long version) {
    return latest("canonical", "kb_synonyms", "term", term, version);
  }

  @Override
  public Optional<String> quiz(String id, long version) {
    return latest("prompt", "kb_quiz_items", "item_id", id, version)
        .or(() -> generated.apply(id).map(QuizItem::prompt));
  }

  /** {@code column} of the row keyed {@code id} in {@code version}, or in the latest before. */
  private Optional<String> latest(
      String column, String table, String key, String id, long version) {
    return lookup(
        "SELECT "
            + column
            + " FROM "
            + table
            + " WHERE "
            + key
            + " = ? AND version <= ? ORDER BY version DESC LIMIT 1",
        id,
        version);
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
