package org.unionbot.core.contest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the test moves by hand, in any zone (the quiz asks for one to count its days). */
final class MovingClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  MovingClock(Instant now) {
    this(new AtomicReference<>(now), ZoneOffset.UTC);
  }

  private MovingClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  void set(Instant instant) {
    now.set(instant);
  }

  void advance(Duration d) {
    now.updateAndGet(t -> t.plus(d));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId z) {
    return new MovingClock(now, z);
  }
}
