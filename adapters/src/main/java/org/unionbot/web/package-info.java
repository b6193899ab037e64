/**
 * The two web pages, served from the jar: the chat page at {@code /}, where anyone can try the bot
 * as a worker would in WeChat, and the admin page at {@code /admin/}, which talks to the admin API
 * with the admin token. Plain HTML, CSS and JavaScript with no build step and nothing loaded from
 * elsewhere; {@link org.unionbot.web.WebPages} serves them.
 */
package org.unionbot.web;
