-- Several nodes on one database (issue 6); see sqlite/V3__cluster.sql.

CREATE TABLE wechat_messages (
  dedupe_key TEXT   NOT NULL PRIMARY KEY,
  created_at BIGINT NOT NULL
);

CREATE INDEX wechat_messages_by_time ON wechat_messages (created_at);

CREATE TABLE quiz_rounds_open (
  user_id    TEXT   NOT NULL PRIMARY KEY,
  started_at BIGINT NOT NULL
);
