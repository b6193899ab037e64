package org.unionbot.log;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --log-format json} (issue 12): the shipped {@code logback.xml}, configured as {@link
 * LogFormat#JSON} does, writes each event as one JSON object on one line, whatever its message
 * carries, and the message reads back exactly as logged.
 */
class LogFormatTest {
  private static final String FORGED =
      "2026-12-04T08:30:01.123+08:00 WARN  o.u.a.AdminAuth - GET /admin/stats -> 401 wrong admin"
          + " token (from 10.9.9.9)";

  private static LoggerContext context;
  private static Encoder<ILoggingEvent> encoder;

  @BeforeAll
  static void configureAsJson() throws Exception {
    context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter()); // the JSON carries the MDC
    context.putProperty(LogFormat.PROPERTY, LogFormat.JSON.value());
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(LogFormatTest.class.getResource("/logback.xml"));
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    encoder = ((OutputStreamAppender<ILoggingEvent>) root.getAppender("STDERR")).getEncoder();
  }

  @AfterAll
  static void stop() {
    context.stop();
  }

  @Test
  void theJsonAppenderUsesLogbacksOwnEncoder() {
    assertThat(encoder).isInstanceOf(JsonEncoder.class);
  }

  @Test
  void anEventIsOneJsonObjectOnOneLineAndItsMessageReadsBackUnchanged() throws Exception {
    String path = "/x\n" + FORGED + "\r\u001b[2J\u2028\"quoted\" \\n 学深悟透";
    LoggingEvent event =
        new LoggingEvent(
            Logger.class.getName(),
            context.getLogger("org.unionbot.server.UnionbotServerHandler"),
            Level.INFO,
            "{} {} -> 404 not found",
            null,
            new Object[] {"GET", path});
    event.setTimeStamp(1_796_344_201_123L);

    String line = new String(encoder.encode(event), UTF_8);

    assertThat(line).endsWith("\n").containsOnlyOnce("\n").doesNotContain("\r", "\u001b");
    JsonNode json = new ObjectMapper().readTree(line);
    assertThat(json.get("level").asText()).isEqualTo("INFO");
    assertThat(json.get("loggerName").asText())
        .isEqualTo("org.unionbot.server.UnionbotServerHandler");
    assertThat(json.get("timestamp").asLong()).isEqualTo(1_796_344_201_123L);
    assertThat(json.get("formattedMessage").asText())
        .isEqualTo("GET " + path + " -> 404 not found");
  }

  @Test
  void anExceptionStaysOnItsEventsLine() throws Exception {
    LoggingEvent event =
        new LoggingEvent(
            Logger.class.getName(),
            context.getLogger("org.unionbot.server.Main"),
            Level.ERROR,
            "unexpected error",
            new IllegalStateException("boom\n" + FORGED),
            null);

    String line = new String(encoder.encode(event), UTF_8);

    assertThat(line).containsOnlyOnce("\n");
    JsonNode throwable = new ObjectMapper().readTree(line).get("throwable");
    assertThat(throwable.get("className").asText()).isEqualTo("java.lang.IllegalStateException");
    assertThat(throwable.get("message").asText()).isEqualTo("boom\n" + FORGED);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      nullValues = "no format",
      value = {"json, JSON", "text, TEXT", "JSON, no format", "xml, no format"})
  void onlyTextAndJsonAreFormats(String value, LogFormat format) {
    assertThat(LogFormat.parse(value)).isEqualTo(Optional.ofNullable(format));
  }
}
