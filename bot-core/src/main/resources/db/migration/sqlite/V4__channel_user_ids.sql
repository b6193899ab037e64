-- Users keyed by channel (issue 11): a user id is now "<channel>:<the channel's id>", such as
-- "wechat:<openid>", "wecom:<userid>" or "web:<the chat page's id>", so that the same id on two
-- channels is two users and a leaderboard can count one channel (SqlScoreStore.top).
--
-- Before this version ids were the channel's own: the chat page made "web-" and 8 lowercase hex
-- digits, everything else came from WeChat (an openid) or the JSON chat API. Such a page id
-- becomes "web:web-1a2b3c4d"; every other id becomes "wechat:<id>". No id of the old schema
-- contains ':', but one that did would be prefixed the same way. The mapping gives distinct ids
-- distinct new ids, so quiz_scores and quiz_rounds_open keep one row per user.

UPDATE quiz_answers SET user_id = CASE
  WHEN user_id GLOB 'web-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'
  THEN 'web:' || user_id ELSE 'wechat:' || user_id END;

UPDATE quiz_rounds SET user_id = CASE
  WHEN user_id GLOB 'web-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'
  THEN 'web:' || user_id ELSE 'wechat:' || user_id END;

UPDATE quiz_scores SET user_id = CASE
  WHEN user_id GLOB 'web-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'
  THEN 'web:' || user_id ELSE 'wechat:' || user_id END;

UPDATE quiz_rounds_open SET user_id = CASE
  WHEN user_id GLOB 'web-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'
  THEN 'web:' || user_id ELSE 'wechat:' || user_id END;
