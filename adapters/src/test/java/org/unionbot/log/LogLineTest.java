package org.unionbot.log;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Layout;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.joran.spi.JoranException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lines the server writes, laid out by the shipped {@code logback.xml} itself: whatever a
 * message or an exception carries, one event is one line, and a reader can tell every escaped
 * character from the text around it.
 */
class LogLineTest {
  private static final String HANDLER = "org.unionbot.server.UnionbotServerHandler";
  private static final String FORGED =
      "16:52:00.000 WARN  o.u.a.AdminAuth - GET /admin/stats -> 401 wrong admin token"
          + " (from 10.9.9.9)";

  /** Date, time to the millisecond and the zone's offset ({@code Z} in UTC), then a space. */
  static final String LINE_START =
      "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) ";

  private static LoggerContext context;
  private static Layout<ILoggingEvent> layout;

  @BeforeAll
  static void configureFromTheShippedFile() throws JoranException {
    context = new LoggerContext();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(LogLineTest.class.getResource("/logback.xml"));
    OutputStreamAppender<ILoggingEvent> stderr =
        (OutputStreamAppender<ILoggingEvent>)
            context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
    layout = ((LayoutWrappingEncoder<ILoggingEvent>) stderr.getEncoder()).getLayout();
  }

  @AfterAll
  static void stop() {
    context.stop();
  }

  @Test
  void aLineFeedInARequestPathCannotStartAForgedLine() {
    String line = line(Level.INFO, "{} {} -> 404 not found", null, "GET", "/x\n" + FORGED);

    assertThat(line)
        .matches(LINE_START + "INFO  o\\.u\\.s\\.UnionbotServerHandler - .*\n")
        .endsWith(" - GET /x\\n" + FORGED + " -> 404 not found\n")
        .containsOnlyOnce("\n");
  }

  /** Issue 12: lines said the time of day only, not the day nor the zone. */
  @Test
  void aLineStartsWithTheDateTimeAndOffsetOfItsEvent() {
    LoggingEvent event =
        new LoggingEvent(
            Logger.class.getName(), context.getLogger(HANDLER), Level.INFO, "up", null, null);
    event.setTimeStamp(1_796_344_201_123L); // 2026-12-04T00:30:01.123Z

    String line = layout.doLayout(event);

    String time = line.substring(0, line.indexOf(' '));
    assertThat(line).matches(LINE_START + "INFO  .*\n");
    assertThat(OffsetDateTime.parse(time).toInstant())
        .isEqualTo(Instant.parse("2026-12-04T00:30:01.123Z"));
  }

  /**
   * What a message carries, and how it reads in the line: every line break and control character
   * escaped visibly, a literal backslash doubled so that an escape cannot be faked, invisible
   * formatting and lone surrogates escaped, and text left as it is.
   */
  static Stream<Arguments> escapes() {
    return Stream.of(
        escape("carriage return", "a\rb", "a\\rb"),
        escape("CR LF", "a\r\nb", "a\\r\\nb"),
        escape("tab", "a\tb", "a\\tb"),
        escape("vertical tab, form feed", "a\u000bb\u000cc", "a\\x0bb\\x0cc"),
        escape("NUL", "a\u0000b", "a\\x00b"),
        escape("DEL", "a\u007fb", "a\\x7fb"),
        escape("NEL, C1", "a\u0085b", "a\\x85b"),
        escape("CSI, C1", "a\u009bb", "a\\x9bb"),
        escape("line and paragraph separators", "a\u2028b\u2029c", "a\\u2028b\\u2029c"),
        // an escape sequence that would clear a terminal's screen and colour the rest red
        escape("terminal escape sequences", "\u001b[2J\u001b[31mERROR", "\\x1b[2J\\x1b[31mERROR"),
        escape("a backslash before n", "/x\\n" + FORGED, "/x\\\\n" + FORGED),
        escape("a backslash in a path", "C:\\data", "C:\\\\data"),
        // right-to-left override, zero-width space, byte order mark: text that reads other than it
        // is
        escape("right-to-left override", "ok\u202egnp.exe", "ok\\u202egnp.exe"),
        escape("zero-width space, byte order mark", "a\u200bb\ufeff", "a\\u200bb\\ufeff"),
        escape("lone surrogates", "x\ud800y\udc00", "x\\ud800y\\udc00"),
        escape("text, an emoji and an accent", "学深悟透 \ud83d\ude00 café", "学深悟透 \ud83d\ude00 café"));
  }

  private static Arguments escape(String what, String message, String logged) {
    return Arguments.of(Named.of(what, message), logged);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("escapes")
  void aMessageIsOneLineAndEveryEscapeVisible(String message, String logged) {
    assertThat(message(message)).isEqualTo(logged);
  }

  @Test
  void anExceptionWithItsCausesIsOneLine() {
    IOException disk = new IOException("disk\r\nfull");
    IllegalStateException failure = new IllegalStateException("boom\n" + FORGED, disk);
    failure.addSuppressed(new UncheckedIOException("close failed", new IOException("gone")));

    String line = line(Level.ERROR, "{} {} -> 500", failure, "POST", "/api/chat");

    assertThat(line)
        .containsOnlyOnce("\n")
        .endsWith("\n")
        .contains(
            " - POST /api/chat -> 500 | java.lang.IllegalStateException: boom\\n"
                + FORGED
                + " | at ",
            " | Suppressed: [java.io.UncheckedIOException: close failed | at ",
            // made on the same line as the exception it caused: every frame is in common
            " | Caused by: java.io.IOException: gone | ... ",
            " more] | Caused by: java.io.IOException: disk\\r\\nfull | at ")
        .containsOnlyOnce("java.lang.IllegalStateException")
        .doesNotContain("\t");
    // frames read as the JDK writes them, each after a separator
    assertThat(line)
        .contains(" | at org.unionbot.log.LogLineTest.anExceptionWithItsCausesIsOneLine(");
  }

  @Test
  void aCircularCauseEndsTheChain() {
    IllegalStateException outer = new IllegalStateException("outer");
    IllegalArgumentException inner = new IllegalArgumentException("inner", outer);
    outer.initCause(inner);

    String line = line(Level.ERROR, "failed", outer);

    assertThat(line)
        .containsOnlyOnce("\n")
        .contains(
            " | Caused by: java.lang.IllegalArgumentException: inner | at ",
            " | Caused by: [CIRCULAR REFERENCE: java.lang.IllegalStateException: outer]");
  }

  /** What {@code message} becomes in a line, without the time, level and logger before it. */
  private static String message(String message) {
    String line = line(Level.INFO, "{}", null, message);
    assertThat(line).containsOnlyOnce("\n");
    return line.substring(line.indexOf(" - ") + 3, line.length() - 1);
  }

  private static String line(Level level, String format, Throwable thrown, Object... args) {
    Logger logger = context.getLogger(HANDLER);
    return layout.doLayout(
        new LoggingEvent(Logger.class.getName(), logger, level, format, thrown, args));
  }
}
