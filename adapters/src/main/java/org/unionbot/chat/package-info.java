/**
 * The JSON chat channel: {@link org.unionbot.chat.ChatJson}, the JSON form of the bot's replies
 * shared by {@code POST /api/chat} and the CLI's {@code --json}, and {@link
 * org.unionbot.chat.ChatEndpoint}, which serves {@code POST /api/chat}.
 */
package org.unionbot.chat;
