package org.unionbot.log;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * {@code %escapedMsg}: the event's formatted message, as {@code %msg} writes it, escaped by {@link
 * LogText}. A request path with {@code %0a} in it cannot start a line of its own.
 */
public final class EscapedMessageConverter extends ClassicConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return LogText.escape(event.getFormattedMessage());
  }
}
