-- Knowledge contests (issue 16): units with their member counts, which unit each worker belongs to
-- and the name the leaderboards show, contests with their dates, and each counted contest round.

-- The grassroots unions (基层工会) an admin loaded, with their member counts.
CREATE TABLE contest_units (
  name    TEXT    NOT NULL PRIMARY KEY,
  members INTEGER NOT NULL CHECK (members >= 0)
) STRICT, WITHOUT ROWID;

-- A worker's unit and leaderboard name. changed_at is when the worker last changed units by chat
-- (NULL until the first change; the first binding is not a change): one change a week.
CREATE TABLE contest_workers (
  user_id    TEXT    NOT NULL PRIMARY KEY,
  unit       TEXT,
  nickname   TEXT,
  bound_at   INTEGER,
  changed_at INTEGER
) STRICT, WITHOUT ROWID;

-- A contest: from starts_at (inclusive) to ends_at (exclusive), epoch milliseconds; documents is
-- the document ids it draws items from, one a line, empty for every document.
CREATE TABLE contests (
  id             INTEGER PRIMARY KEY,
  title          TEXT    NOT NULL,
  starts_at      INTEGER NOT NULL,
  ends_at        INTEGER NOT NULL,
  round_size     INTEGER NOT NULL CHECK (round_size BETWEEN 1 AND 50),
  rounds_per_day INTEGER NOT NULL CHECK (rounds_per_day BETWEEN 1 AND 100),
  documents      TEXT    NOT NULL,
  created_at     INTEGER NOT NULL,
  CHECK (ends_at > starts_at)
) STRICT;

-- One row per counted contest round: the seq-th of its user's day (1 to rounds_per_day, so the
-- primary key keeps the daily limit on every node), the unit the user belonged to when it started
-- (its points stay with that unit), and what its answers earned so far.
CREATE TABLE contest_rounds (
  contest_id INTEGER NOT NULL REFERENCES contests (id),
  user_id    TEXT    NOT NULL,
  day        TEXT    NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  seq        INTEGER NOT NULL CHECK (seq >= 1),
  unit       TEXT,
  started_at INTEGER NOT NULL,
  answered   INTEGER NOT NULL DEFAULT 0,
  correct    INTEGER NOT NULL DEFAULT 0,
  points     INTEGER NOT NULL DEFAULT 0 CHECK (points >= 0),
  PRIMARY KEY (contest_id, user_id, day, seq),
  CHECK (correct BETWEEN 0 AND answered)
) STRICT, WITHOUT ROWID;

-- The unit leaderboard and the per-unit export.
CREATE INDEX contest_rounds_by_unit ON contest_rounds (contest_id, unit);
