package org.unionbot.log;

import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Hands {@code java.util.logging} records (HanLP's warnings, the PostgreSQL driver's) to SLF4J
 * through jul-to-slf4j, so that {@code logback.xml} lays them out, escaped, one event per line,
 * like every other. Without it, the JDK's console handler writes each record to stderr as two lines
 * of its own format, and whatever text the record carries as it is.
 */
public final class JulBridge {
  private JulBridge() {}

  /**
   * Replaces the handlers of the {@code java.util.logging} root logger (the JDK's console handler)
   * with the bridge. Called once, first thing in {@code main}.
   */
  public static void install() {
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
  }
}
