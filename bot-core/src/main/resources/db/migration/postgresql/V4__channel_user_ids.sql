-- Users keyed by channel (issue 11); see sqlite/V4__channel_user_ids.sql. The chat page's old ids
-- ("web-" and 8 lowercase hex digits) become "web:web-…", every other id "wechat:…".

UPDATE quiz_answers SET user_id = CASE
  WHEN user_id ~ '^web-[0-9a-f]{8}$' THEN 'web:' || user_id ELSE 'wechat:' || user_id END;

UPDATE quiz_rounds SET user_id = CASE
  WHEN user_id ~ '^web-[0-9a-f]{8}$' THEN 'web:' || user_id ELSE 'wechat:' || user_id END;

UPDATE quiz_scores SET user_id = CASE
  WHEN user_id ~ '^web-[0-9a-f]{8}$' THEN 'web:' || user_id ELSE 'wechat:' || user_id END;

UPDATE quiz_rounds_open SET user_id = CASE
  WHEN user_id ~ '^web-[0-9a-f]{8}$' THEN 'web:' || user_id ELSE 'wechat:' || user_id END;
