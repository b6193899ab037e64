package org.unionbot.log;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands {@code java.util.logging} records (HanLP's warnings, the PostgreSQL driver's) to SLF4J, so
 * that {@code logback.xml} lays them out, escaped, one event per line, like every other. Without
 * it, the JDK's console handler writes each record to stderr as two lines of its own format, and
 * whatever text the record carries as it is.
 */
public final class JulBridge extends Handler {
  private final SimpleFormatter formatter = new SimpleFormatter();

  private JulBridge() {}

  /**
   * Replaces the handlers of the {@code java.util.logging} root logger (the JDK's console handler)
   * with the bridge. Called once, first thing in {@code main}.
   */
  public static void install() {
    java.util.logging.Logger root = LogManager.getLogManager().getLogger("");
    for (Handler handler : root.getHandlers()) {
      root.removeHandler(handler);
    }
    root.addHandler(new JulBridge());
  }

  @Override
  public void publish(LogRecord record) {
    String name = record.getLoggerName();
    Logger logger = LoggerFactory.getLogger(name == null ? "java.util.logging" : name);
    org.slf4j.event.Level level = level(record.getLevel());
    if (logger.isEnabledForLevel(level)) {
      // the message with its parameters filled in, as the JDK's own formatters write it
      logger.atLevel(level).setCause(record.getThrown()).log(formatter.formatMessage(record));
    }
  }

  /** SEVERE is ERROR, WARNING WARN, INFO INFO, CONFIG and FINE DEBUG, anything finer TRACE. */
  private static org.slf4j.event.Level level(Level level) {
    int value = level.intValue();
    if (value >= Level.SEVERE.intValue()) {
      return org.slf4j.event.Level.ERROR;
    } else if (value >= Level.WARNING.intValue()) {
      return org.slf4j.event.Level.WARN;
    } else if (value >= Level.INFO.intValue()) {
      return org.slf4j.event.Level.INFO;
    } else if (value >= Level.FINE.intValue()) {
      return org.slf4j.event.Level.DEBUG;
    }
    return org.slf4j.event.Level.TRACE;
  }

  @Override
  public void flush() {
    // nothing buffered: each record goes on as it comes
  }

  @Override
  public void close() {
    // nothing held
  }
}
