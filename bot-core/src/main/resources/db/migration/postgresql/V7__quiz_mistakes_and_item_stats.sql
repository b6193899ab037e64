-- The wrong-answer book and item statistics (issue 16): PostgreSQL's DDL for
-- sqlite/V7__quiz_mistakes_and_item_stats.sql, with the same tables, columns, keys and checks.

CREATE TABLE quiz_mistakes (
  user_id   TEXT   NOT NULL,
  item_id   TEXT   NOT NULL,
  missed_at BIGINT NOT NULL,
  PRIMARY KEY (user_id, item_id)
);

CREATE INDEX quiz_mistakes_by_user_time ON quiz_mistakes (user_id, missed_at DESC);

CREATE TABLE quiz_item_stats (
  item_id TEXT    NOT NULL PRIMARY KEY,
  asked   INTEGER NOT NULL CHECK (asked >= 0),
  correct INTEGER NOT NULL,
  CHECK (correct BETWEEN 0 AND asked)
);

INSERT INTO quiz_item_stats (item_id, asked, correct)
  SELECT item_id, count(*), sum(correct) FROM quiz_answers GROUP BY item_id;

INSERT INTO quiz_mistakes (user_id, item_id, missed_at)
  SELECT user_id, item_id, max(answered_at) FROM quiz_answers
  WHERE correct = 0 GROUP BY user_id, item_id;
