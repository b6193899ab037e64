package org.unionbot.log;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * How the log lays out its lines: {@code text}, one escaped line per event (the default), or {@code
 * json}, one JSON object per line by Logback's {@code JsonEncoder}. {@code logback.xml} declares an
 * appender for each and picks the one named by the context property {@link #PROPERTY}.
 */
public enum LogFormat {
  TEXT,
  JSON;

  /** The Logback property that names the format in use; {@code text} when unset. */
  public static final String PROPERTY = "unionbot.log.format";

  /** The value as the option and the environment variable spell it. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code text} or {@code json}; empty for anything else. */
  public static Optional<LogFormat> parse(String value) {
    for (LogFormat format : values()) {
      if (format.value().equals(value)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /**
   * Lays out the log of this process so, from now on: Logback configures itself as text on its
   * first use, before any option is read, so {@code json} configures it again from {@code
   * logback.xml} with {@link #PROPERTY} set. Nothing happens when the format is already in use, or
   * when Logback is not the SLF4J binding or has no {@code logback.xml} (some tests).
   */
  public void apply() {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    String current = Optional.ofNullable(context.getProperty(PROPERTY)).orElse(TEXT.value());
    URL config = LogFormat.class.getResource("/logback.xml");
    if (current.equals(value()) || config == null) {
      return;
    }
    context.reset();
    context.putProperty(PROPERTY, value());
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    try {
      configurator.doConfigure(config);
    } catch (JoranException e) {
      throw new IllegalStateException("cannot configure the log from " + config, e);
    }
  }
}
