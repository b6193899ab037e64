package org.unionbot.log;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * A library that logs through {@code java.util.logging}, as HanLP does, ends up in the server's own
 * log: its records become Logback events, and nothing writes them to stderr past {@code
 * logback.xml}.
 */
class JulBridgeTest {
  private final java.util.logging.Logger julRoot = LogManager.getLogManager().getLogger("");
  // not HanLP's own logger, whose level HanLP sets to WARNING once loaded by another test
  private static final String NAME = "org.postgresql.Driver";

  private final Logger library = (Logger) LoggerFactory.getLogger(NAME);
  private final ListAppender<ILoggingEvent> events = new ListAppender<>();
  private List<Handler> before;
  private Level levelBefore;

  @BeforeEach
  void capture() {
    before = List.of(julRoot.getHandlers());
    events.start();
    library.addAppender(events);
    // logback.xml's INFO; under `-am test` bot-core's test classes (and their logback-test.xml,
    // root WARN) are on this class path too, since the reactor hands out the directory, not the jar
    levelBefore = library.getLevel();
    library.setLevel(Level.INFO);
  }

  @AfterEach
  void restore() {
    library.setLevel(levelBefore);
    library.detachAppender(events);
    for (Handler handler : julRoot.getHandlers()) {
      julRoot.removeHandler(handler);
    }
    before.forEach(julRoot::addHandler);
  }

  @Test
  void aRecordBecomesOneEventOfTheSameLoggerAndNoConsoleHandlerIsLeft() {
    JulBridge.install();
    java.util.logging.Logger.getLogger(NAME)
        .log(java.util.logging.Level.WARNING, "合并【{0}】失败", "x\n16:52:00.000 WARN  forged");

    assertThat(julRoot.getHandlers()).singleElement().isInstanceOf(SLF4JBridgeHandler.class);
    assertThat(events.list).hasSize(1);
    ILoggingEvent event = events.list.get(0);
    assertThat(event.getLevel()).isEqualTo(Level.WARN);
    assertThat(event.getLoggerName()).isEqualTo(NAME);
    assertThat(event.getFormattedMessage()).isEqualTo("合并【x\n16:52:00.000 WARN  forged】失败");
  }

  @Test
  void levelsAndTheExceptionCarryOver() {
    JulBridge.install();
    java.util.logging.Logger jul = java.util.logging.Logger.getLogger(NAME);
    jul.setLevel(java.util.logging.Level.INFO); // whatever a library or test set before
    jul.log(java.util.logging.Level.SEVERE, "线程同步异常", new IOException("disk"));
    jul.info("开始加载自定义词典");
    jul.fine("below the server's INFO");

    assertThat(events.list)
        .extracting(ILoggingEvent::getLevel, ILoggingEvent::getFormattedMessage)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Level.ERROR, "线程同步异常"),
            org.assertj.core.groups.Tuple.tuple(Level.INFO, "开始加载自定义词典"));
    assertThat(events.list.get(0).getThrowableProxy().getMessage()).isEqualTo("disk");
  }
}
