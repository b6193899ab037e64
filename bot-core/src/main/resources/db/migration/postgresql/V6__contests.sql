-- Knowledge contests (issue 16); see sqlite/V6__contests.sql.

CREATE TABLE contest_units (
  name    TEXT    NOT NULL PRIMARY KEY,
  members INTEGER NOT NULL CHECK (members >= 0)
);

CREATE TABLE contest_workers (
  user_id    TEXT   NOT NULL PRIMARY KEY,
  unit       TEXT,
  nickname   TEXT,
  bound_at   BIGINT,
  changed_at BIGINT
);

CREATE TABLE contests (
  id             BIGINT  NOT NULL PRIMARY KEY,
  title          TEXT    NOT NULL,
  starts_at      BIGINT  NOT NULL,
  ends_at        BIGINT  NOT NULL,
  round_size     INTEGER NOT NULL CHECK (round_size BETWEEN 1 AND 50),
  rounds_per_day INTEGER NOT NULL CHECK (rounds_per_day BETWEEN 1 AND 100),
  documents      TEXT    NOT NULL,
  created_at     BIGINT  NOT NULL,
  CHECK (ends_at > starts_at)
);

CREATE TABLE contest_rounds (
  contest_id BIGINT  NOT NULL REFERENCES contests (id),
  user_id    TEXT    NOT NULL,
  day        TEXT    NOT NULL,
  seq        INTEGER NOT NULL CHECK (seq >= 1),
  unit       TEXT,
  started_at BIGINT  NOT NULL,
  answered   INTEGER NOT NULL DEFAULT 0,
  correct    INTEGER NOT NULL DEFAULT 0,
  points     INTEGER NOT NULL DEFAULT 0 CHECK (points >= 0),
  PRIMARY KEY (contest_id, user_id, day, seq),
  CHECK (correct BETWEEN 0 AND answered)
);

CREATE INDEX contest_rounds_by_unit ON contest_rounds (contest_id, unit);
