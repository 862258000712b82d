package org.clinicportal.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The portal's clock in a test deployment that adds this class: it runs like the real one until a
 * test moves it, so that work due at a set moment (a reminder at 08:00) can be reached without
 * waiting, and a run across midnight sees one date.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class MovableClock {

  private static volatile Duration offset = Duration.ZERO;

  @Produces
  Clock clock() {
    return new Moved(ZoneOffset.UTC);
  }

  /** From now on, the clock reads {@code when} and runs on from there. */
  public static void moveTo(Instant when) {
    offset = Duration.between(Instant.now(), when);
  }

  public static void reset() {
    offset = Duration.ZERO;
  }

  private static final class Moved extends Clock {
    private final ZoneId zone;

    Moved(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new Moved(other);
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(offset);
    }
  }
}
