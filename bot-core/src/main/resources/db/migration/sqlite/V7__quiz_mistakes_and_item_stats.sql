-- The wrong-answer book and item statistics (issue 16). Conventions as in V1.

-- Each user's wrong-answer book ("错题"): one row per item the user answered wrong in a graded
-- answer, missed_at the latest such answer. "错题" replays the rows newest first; an item answered
-- right there leaves the book. Written in the same transaction as the wrong answer.
CREATE TABLE quiz_mistakes (
  user_id   TEXT    NOT NULL,
  item_id   TEXT    NOT NULL,
  missed_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, item_id)
) STRICT, WITHOUT ROWID;

-- mistakes(user, limit): newest first.
CREATE INDEX quiz_mistakes_by_user_time ON quiz_mistakes (user_id, missed_at DESC);

-- How often each item was answered in graded answers, and how often right: its difficulty.
-- Changed in the same transaction as the answer, by an atomic upsert.
CREATE TABLE quiz_item_stats (
  item_id TEXT    NOT NULL PRIMARY KEY,
  asked   INTEGER NOT NULL CHECK (asked >= 0),
  correct INTEGER NOT NULL,
  CHECK (correct BETWEEN 0 AND asked)
) STRICT, WITHOUT ROWID;

INSERT INTO quiz_item_stats (item_id, asked, correct)
  SELECT item_id, count(*), sum(correct) FROM quiz_answers GROUP BY item_id;

INSERT INTO quiz_mistakes (user_id, item_id, missed_at)
  SELECT user_id, item_id, max(answered_at) FROM quiz_answers
  WHERE correct = 0 GROUP BY user_id, item_id;
