package org.unionbot.core.admin;

/**
 * The sequences new ids are numbered from ({@code doc-N}, {@code faq-N}, {@code cq-N}), each with
 * the query that says whether an id is already used.
 */
enum IdSequence {
  DOCUMENT("doc", "doc-", "kb_document_revisions WHERE doc_id = ?"),
  FAQ("faq", "faq-", "kb_faqs WHERE faq_id = ?"),
  QUIZ("quiz", "cq-", "kb_quiz_items WHERE item_id = ?");

  private final String key;
  private final String prefix;
  private final String takenSql;

  IdSequence(String key, String prefix, String takenWhere) {
    this.key = key;
    this.prefix = prefix;
    this.takenSql = "SELECT count(*) FROM " + takenWhere;
  }

  /** The sequence's row in {@code admin_sequences}. */
  String key() {
    return key;
  }

  /** What ids start with. */
  String prefix() {
    return prefix;
  }

  /** The count of rows that use an id (its one parameter). */
  String takenSql() {
    return takenSql;
  }

  /** The id of number {@code n}. */
  String id(long n) {
    return prefix + n;
  }
}
