-- Quiz results and points (issue 4). One file per version, never edited once released:
-- Flyway checks every applied file's checksum on start.
--
-- Conventions for every table in unionbot.db (documents, FAQ, versions, unanswered questions and
-- the audit log come later, each in its own V<n>__<what>.sql):
--   * tables are plural nouns with a prefix per concern (quiz_*, kb_*, audit_*);
--   * times are *_at INTEGER epoch milliseconds (UTC); days are *day TEXT ISO dates (yyyy-MM-dd)
--     in the bot's time zone, fixed when the row is written;
--   * user ids are the channel's ids (WeChat openid, chat API "user") in user_id TEXT;
--   * STRICT tables, so a wrong type is an error rather than a silent conversion.

-- One row per graded answer.
CREATE TABLE quiz_answers (
  id          INTEGER PRIMARY KEY,
  user_id     TEXT    NOT NULL,
  item_id     TEXT    NOT NULL,
  correct     INTEGER NOT NULL CHECK (correct IN (0, 1)),
  points      INTEGER NOT NULL CHECK (points >= 0),
  answered_at INTEGER NOT NULL
) STRICT;

-- itemsSeen(user, day): a range of answered_at for one user, covering item_id.
CREATE INDEX quiz_answers_by_user_time ON quiz_answers (user_id, answered_at, item_id);

-- One row per finished round; bonus is what PointsRule gave it (daily round, streak).
CREATE TABLE quiz_rounds (
  id          INTEGER PRIMARY KEY,
  user_id     TEXT    NOT NULL,
  correct     INTEGER NOT NULL,
  total       INTEGER NOT NULL,
  bonus       INTEGER NOT NULL CHECK (bonus >= 0),
  finished_at INTEGER NOT NULL,
  day         TEXT    NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  CHECK (correct BETWEEN 0 AND total)
) STRICT;

-- First round of the day, the streak behind it, and the streak in a standing.
CREATE INDEX quiz_rounds_by_user_day ON quiz_rounds (user_id, day);

-- Each user's totals, kept in the same transaction as the answer or round that changes them, so
-- ranks and the leaderboard never sum the history. reached_at is when the user reached the
-- current points (the latest event that earned any); it breaks ties on the leaderboard.
CREATE TABLE quiz_scores (
  user_id    TEXT    NOT NULL PRIMARY KEY,
  points     INTEGER NOT NULL CHECK (points >= 0),
  answered   INTEGER NOT NULL CHECK (answered >= 0),
  correct    INTEGER NOT NULL,
  reached_at INTEGER,
  CHECK (correct BETWEEN 0 AND answered),
  CHECK (points = 0 OR reached_at IS NOT NULL)
) STRICT, WITHOUT ROWID;

-- The leaderboard (most points, then who got there first, then user id) and rank counts.
CREATE INDEX quiz_scores_by_rank ON quiz_scores (points DESC, reached_at, user_id);
