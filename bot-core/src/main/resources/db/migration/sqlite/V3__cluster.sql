-- Several nodes on one database (issue 6). SQLite runs one node, so these tables stay empty or tiny
-- there; they exist so that both databases have the same schema and the same statements.

-- WeChat pushes some node has claimed (MsgId, or user+CreateTime for events): the first node to
-- insert the key handles the message. Rows older than an hour are purged now and then.
CREATE TABLE wechat_messages (
  dedupe_key TEXT    NOT NULL PRIMARY KEY,
  created_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX wechat_messages_by_time ON wechat_messages (created_at);

-- Quiz rounds in progress: written when a round starts, deleted when it ends. A row whose node died
-- tells another node that the user's round was interrupted.
CREATE TABLE quiz_rounds_open (
  user_id    TEXT    NOT NULL PRIMARY KEY,
  started_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
