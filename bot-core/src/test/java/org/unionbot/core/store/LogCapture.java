package org.unionbot.core.store;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/** What the store logs while a test runs, as an operator reads it: level and message. */
public final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {
  private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);

  private LogCapture() {}

  /** Captures every log event from now until {@link #close}. */
  public static LogCapture capture() {
    LogCapture capture = new LogCapture();
    capture.setContext(capture.root.getLoggerContext());
    capture.start();
    capture.root.addAppender(capture);
    return capture;
  }

  @Override
  protected void append(ILoggingEvent event) {
    events.add(event);
  }

  /** The formatted messages logged at {@code level}, in order. */
  public List<String> messages(Level level) {
    return events.stream()
        .filter(e -> e.getLevel() == level)
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  @Override
  public void close() {
    root.detachAppender(this);
    stop();
  }
}
