package org.unionbot.core;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.unionbot.core.score.SqlScoreStore;

/**
 * The fixed time and settings the dialogue tests run the bot with: 2026-11-25 10:00 in Shanghai,
 * rounds of five items, sessions idle after 30 minutes.
 */
public final class TestBots {
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneId.of("UTC"));
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private TestBots() {}

  /** The bot's settings at {@link #CLOCK} in {@link #ZONE}. */
  public static Bot.Settings settings() {
    return new Bot.Settings(5, Duration.ofMinutes(30), CLOCK, ZONE);
  }

  /** A score store in {@code data}, at {@link #CLOCK} in {@link #ZONE}; the caller closes it. */
  public static SqlScoreStore scores(Path data) {
    return SqlScoreStore.open(data, CLOCK, ZONE);
  }
}
