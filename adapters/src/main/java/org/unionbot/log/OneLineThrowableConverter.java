package org.unionbot.log;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;

/**
 * {@code %oneLineEx}: the event's exception, with its suppressed exceptions and causes, on the
 * event's own line. It reads as the JDK prints a stack trace, with {@code " | "} where the JDK
 * starts a new line:
 *
 * <pre>
 * ... - POST /api/chat -&gt; 500 | java.lang.IllegalStateException: boom | at a.B.c(B.java:1)
 *   | Suppressed: [java.io.IOException: close failed | at a.B.d(B.java:2) | ... 9 more]
 *   | Caused by: java.sql.SQLException: closed | at a.B.e(B.java:3) | ... 9 more
 * </pre>
 *
 * <p>(on one line). A suppressed exception, with its own causes, stands in brackets, where the JDK
 * would indent it. Messages and frames are escaped by {@link LogText}. Being a {@link
 * ThrowableHandlingConverter}, it stops Logback from appending its own multi-line {@code %ex}.
 */
public final class OneLineThrowableConverter extends ThrowableHandlingConverter {
  private static final String SEPARATOR = " | ";

  @Override
  public String convert(ILoggingEvent event) {
    IThrowableProxy thrown = event.getThrowableProxy();
    if (thrown == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(2048).append(SEPARATOR);
    append(out, thrown);
    return out.toString();
  }

  /** The exception, its frames, its suppressed exceptions and its causes, from its headline on. */
  private static void append(StringBuilder out, IThrowableProxy thrown) {
    if (thrown.isCyclic()) {
      out.append("[CIRCULAR REFERENCE: ");
      headline(out, thrown);
      out.append(']');
      return;
    }
    headline(out, thrown);
    StackTraceElementProxy[] frames = thrown.getStackTraceElementProxyArray();
    int common = thrown.getCommonFrames();
    for (int i = 0; i < frames.length - common; i++) {
      out.append(SEPARATOR).append("at ");
      LogText.append(out, frames[i].getStackTraceElement().toString());
    }
    if (common > 0) {
      out.append(SEPARATOR).append("... ").append(common).append(" more");
    }
    IThrowableProxy[] suppressed = thrown.getSuppressed();
    if (suppressed != null) {
      for (IThrowableProxy each : suppressed) {
        out.append(SEPARATOR).append("Suppressed: [");
        append(out, each);
        out.append(']');
      }
    }
    if (thrown.getCause() != null) {
      out.append(SEPARATOR).append("Caused by: ");
      append(out, thrown.getCause());
    }
  }

  /** {@code class: message}, or the class alone, as {@link Throwable#toString} writes it. */
  private static void headline(StringBuilder out, IThrowableProxy thrown) {
    LogText.append(out, thrown.getClassName());
    if (thrown.getMessage() != null) {
      out.append(": ");
      LogText.append(out, thrown.getMessage());
    }
  }
}
