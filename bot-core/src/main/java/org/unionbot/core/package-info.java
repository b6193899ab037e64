/**
 * The dialogue core: one {@link org.unionbot.core.Bot} that every channel (WeChat, the JSON chat
 * API, the CLI) hands its {@link org.unionbot.core.Message}s to, getting a {@link
 * org.unionbot.core.Reply} back. Nothing here knows about HTTP, XML or JSON.
 */
package org.unionbot.core;
