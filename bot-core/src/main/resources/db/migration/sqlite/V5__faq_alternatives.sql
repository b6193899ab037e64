-- FAQs that catch rephrasings (issue 15): a pair's other wordings, as a JSON array of strings
-- ("[]" for the pairs stored before, which load as pairs without alternatives), versioned with
-- the pair; and the questions the admins took off the unanswered list for good.

ALTER TABLE kb_faqs ADD COLUMN alternatives TEXT NOT NULL DEFAULT '[]';

-- qkey: the question's key (QuestionKey), or "kind:<kind>" for a whole kind ("kind:noise").
CREATE TABLE unanswered_ignored (
  qkey       TEXT    NOT NULL PRIMARY KEY,
  text       TEXT    NOT NULL,
  ignored_at INTEGER NOT NULL,
  actor      TEXT    NOT NULL
) STRICT;
