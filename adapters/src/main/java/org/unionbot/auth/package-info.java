/**
 * Signing the chat page in as a WeChat public-account user: {@link org.unionbot.auth.WeChatSignIn}
 * serves {@code /auth/wechat} and its callback (OAuth scope {@code snsapi_base}), and {@link
 * org.unionbot.auth.WeChatSessions} signs and checks the session and state cookies with
 * HMAC-SHA256. The chat API takes the user from a valid session cookie, so points earned on the
 * page and in the public account's chat are one user's.
 */
package org.unionbot.auth;
