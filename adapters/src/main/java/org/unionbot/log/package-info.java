/**
 * The log's own layout, so that a log line cannot be forged and one event is one line
 * (docs/operations.md "Logs"). {@code logback.xml} lays every event out with {@link
 * org.unionbot.log.EscapedMessageConverter} ({@code %escapedMsg}) and {@link
 * org.unionbot.log.OneLineThrowableConverter} ({@code %oneLineEx}), both of which escape what they
 * write with {@link org.unionbot.log.LogText}: at the sink, so that no call site, and no library's
 * logger, can forget. {@link org.unionbot.log.JulBridge} brings the libraries that log through
 * {@code java.util.logging} (HanLP, the PostgreSQL driver) there too.
 */
package org.unionbot.log;
