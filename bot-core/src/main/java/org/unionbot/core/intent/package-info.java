/**
 * The dialogue: {@link org.unionbot.core.intent.Intents}, one ordered table of the things a message
 * can mean (menu keys, command words, quiz answers, numbered picks, questions), each a small
 * handler, and the per-user session and quiz rounds they work on.
 */
package org.unionbot.core.intent;
