-- The knowledge base's source of truth, the question log and the audit log (issue 5). Conventions
-- as in V1: prefixes per concern, *_at INTEGER epoch milliseconds (UTC), *day TEXT ISO dates in
-- the bot's time zone, STRICT tables. The statements the code runs are portable SQL; only this DDL
-- is SQLite's (STRICT, WITHOUT ROWID), and a PostgreSQL schema would be its own migration set.
--
-- Versions are immutable. Each knowledge-base version has a kb_versions row and, keyed by its
-- number, the full list of what it is built from: document revisions (kb_version_documents), FAQ
-- pairs, synonyms, curated quiz items and disabled quiz ids. A change writes the whole next
-- version in one transaction; a rollback to N writes a new version with N's lists. The version now
-- serving is the highest number. Document texts are stored once per revision, never copied.

-- One row per knowledge-base version: who made it, doing what, to which id.
CREATE TABLE kb_versions (
  version    INTEGER PRIMARY KEY CHECK (version >= 1),
  created_at INTEGER NOT NULL,
  actor      TEXT    NOT NULL,
  action     TEXT    NOT NULL,
  target     TEXT    NOT NULL
) STRICT;

-- Every text a document ever had. doc_id is URL-safe and never reused for another document.
-- title is the document's title as shown and passed to the parser.
CREATE TABLE kb_document_revisions (
  id         INTEGER PRIMARY KEY,
  doc_id     TEXT    NOT NULL CHECK (doc_id <> '' AND doc_id NOT GLOB '*[^a-z0-9-]*'),
  title      TEXT    NOT NULL,
  body       TEXT    NOT NULL,
  chars      INTEGER NOT NULL CHECK (chars >= 0),
  created_at INTEGER NOT NULL
) STRICT;

CREATE INDEX kb_document_revisions_by_doc ON kb_document_revisions (doc_id);

-- Which revision of which document each version holds, in the admins' order.
CREATE TABLE kb_version_documents (
  version     INTEGER NOT NULL REFERENCES kb_versions (version),
  position    INTEGER NOT NULL,
  doc_id      TEXT    NOT NULL,
  revision_id INTEGER NOT NULL REFERENCES kb_document_revisions (id),
  PRIMARY KEY (version, position),
  UNIQUE (version, doc_id)
) STRICT;

CREATE TABLE kb_faqs (
  version  INTEGER NOT NULL REFERENCES kb_versions (version),
  position INTEGER NOT NULL,
  faq_id   TEXT    NOT NULL,
  question TEXT    NOT NULL,
  answer   TEXT    NOT NULL,
  PRIMARY KEY (version, position),
  UNIQUE (version, faq_id)
) STRICT;

CREATE TABLE kb_synonyms (
  version   INTEGER NOT NULL REFERENCES kb_versions (version),
  position  INTEGER NOT NULL,
  term      TEXT    NOT NULL,
  canonical TEXT    NOT NULL,
  PRIMARY KEY (version, position),
  UNIQUE (version, term)
) STRICT;

-- Curated quiz items (new ones, and edits of generated ones under the generated id). options and
-- accepted are JSON arrays of strings.
CREATE TABLE kb_quiz_items (
  version  INTEGER NOT NULL REFERENCES kb_versions (version),
  position INTEGER NOT NULL,
  item_id  TEXT    NOT NULL,
  type     TEXT    NOT NULL CHECK (type IN ('CHOICE', 'BLANK')),
  prompt   TEXT    NOT NULL,
  options  TEXT    NOT NULL,
  answer   TEXT    NOT NULL,
  accepted TEXT    NOT NULL,
  source   TEXT    NOT NULL,
  section  TEXT    NOT NULL,
  doc      TEXT    NOT NULL,
  PRIMARY KEY (version, position),
  UNIQUE (version, item_id)
) STRICT;

CREATE TABLE kb_quiz_disabled (
  version INTEGER NOT NULL REFERENCES kb_versions (version),
  item_id TEXT    NOT NULL,
  PRIMARY KEY (version, item_id)
) STRICT, WITHOUT ROWID;

-- Counters for ids that are never reused (doc-1, faq-1, cq-1, …).
CREATE TABLE admin_sequences (
  name TEXT    NOT NULL PRIMARY KEY,
  next INTEGER NOT NULL CHECK (next >= 1)
) STRICT, WITHOUT ROWID;

-- Settings admins edit that are not part of a knowledge-base version (the WeChat menu JSON).
CREATE TABLE admin_settings (
  name       TEXT    NOT NULL PRIMARY KEY,
  value      TEXT    NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- Every change an admin made: who (name and address), what, to which id, when, and the
-- knowledge-base version it made (or that was serving, for changes outside the knowledge base).
CREATE TABLE audit_log (
  id      INTEGER PRIMARY KEY,
  at      INTEGER NOT NULL,
  actor   TEXT    NOT NULL,
  address TEXT    NOT NULL,
  action  TEXT    NOT NULL,
  target  TEXT    NOT NULL,
  version INTEGER NOT NULL
) STRICT;

CREATE INDEX audit_log_by_version ON audit_log (version);

-- Questions asked per day (in the bot's time zone), and how many were answered.
CREATE TABLE stats_days (
  day      TEXT    NOT NULL PRIMARY KEY
    CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  total    INTEGER NOT NULL CHECK (total >= 0),
  answered INTEGER NOT NULL,
  CHECK (answered BETWEEN 0 AND total)
) STRICT, WITHOUT ROWID;

-- Each distinct question per day, grouped by its normalised text (qkey); text is the first
-- wording seen.
CREATE TABLE stats_questions (
  day      TEXT    NOT NULL,
  qkey     TEXT    NOT NULL,
  text     TEXT    NOT NULL,
  count    INTEGER NOT NULL CHECK (count >= 1),
  answered INTEGER NOT NULL,
  last_at  INTEGER NOT NULL,
  PRIMARY KEY (day, qkey),
  CHECK (answered BETWEEN 0 AND count)
) STRICT, WITHOUT ROWID;

-- Questions the bot could not answer (fallbacks, low-confidence answers), grouped like
-- stats_questions; a row goes when an admin turns it into a FAQ pair.
CREATE TABLE stats_unanswered (
  qkey    TEXT    NOT NULL PRIMARY KEY,
  text    TEXT    NOT NULL,
  count   INTEGER NOT NULL CHECK (count >= 1),
  last_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- unanswered(limit): most frequent first, then most recent.
CREATE INDEX stats_unanswered_by_count ON stats_unanswered (count DESC, last_at DESC);
