package org.clinicportal.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionLifetimeTest {

  private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");

  @Test
  void aSessionLastsTwelveHoursFromItsSignInHoweverBusy() {
    SessionLifetime lifetime = new SessionLifetime(Map.of());
    MovableClock clock = new MovableClock(NINE);
    Instant signedInAt = clock.instant();

    for (int quarter = 1; quarter < 12 * 4; quarter++) {
      clock.move(Duration.ofMinutes(15));
      assertFalse(lifetime.over(signedInAt, clock.instant()), "a request every 15 minutes");
    }
    clock.move(Duration.ofMinutes(15).minusSeconds(1));
    assertFalse(lifetime.over(signedInAt, clock.instant()), "one second before the twelfth hour");
    clock.move(Duration.ofSeconds(1));
    assertTrue(lifetime.over(signedInAt, clock.instant()), "at the twelfth hour");
    assertEquals(12, lifetime.getHours());
  }

  @Test
  void theLifetimeCanBeSetAndAWrongSettingFallsBackToTwelveHours() {
    SessionLifetime two = new SessionLifetime(Map.of("PORTAL_SESSION_HOURS", " 2 "));
    assertFalse(two.over(NINE, NINE.plus(Duration.ofHours(2)).minusSeconds(1)));
    assertTrue(two.over(NINE, NINE.plus(Duration.ofHours(2))));
    assertEquals(168, new SessionLifetime(Map.of("PORTAL_SESSION_HOURS", "168")).getHours());
    for (String wrong : new String[] {"0", "-5", "twelve", "169", "99999", ""}) {
      assertEquals(
          12, new SessionLifetime(Map.of("PORTAL_SESSION_HOURS", wrong)).getHours(), wrong);
    }
  }

  /** A clock the test moves forward by hand. */
  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant start) {
      now = start;
    }

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
