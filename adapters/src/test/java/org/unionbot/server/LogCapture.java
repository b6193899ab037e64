package org.unionbot.server;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.Layout;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;

/** What the server logs while a test runs, as an operator reads it: level and message. */
final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {
  private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);

  private LogCapture() {}

  /** Captures every log event from now until {@link #close}. */
  static LogCapture capture() {
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
  List<String> messages(Level level) {
    return events.stream()
        .filter(e -> e.getLevel() == level)
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  /**
   * What the server's own log ({@code logback.xml}, on stderr) wrote for the events at {@code
   * level}, in order, each with its line separator.
   */
  List<String> lines(Level level) {
    OutputStreamAppender<ILoggingEvent> stderr =
        (OutputStreamAppender<ILoggingEvent>) root.getAppender("STDERR");
    Layout<ILoggingEvent> layout =
        ((LayoutWrappingEncoder<ILoggingEvent>) stderr.getEncoder()).getLayout();
    return events.stream().filter(e -> e.getLevel() == level).map(layout::doLayout).toList();
  }

  /** Whether a message so far matches. */
  boolean any(Predicate<String> message) {
    return events.stream().map(ILoggingEvent::getFormattedMessage).anyMatch(message);
  }

  @Override
  public void close() {
    root.detachAppender(this);
    stop();
  }
}
