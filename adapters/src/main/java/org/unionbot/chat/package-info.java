/** The JSON form of the bot's replies, shared by the chat API and the CLI's {@code --json}. */
package org.unionbot.chat;
