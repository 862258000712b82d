package org.clinicportal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.clinicportal.platform.Role;
import org.junit.jupiter.api.Test;

class SignInLockoutTest {

  private static final OffsetDateTime NOON =
      OffsetDateTime.of(2026, 3, 2, 12, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void everyFifthFailureLocksForTwiceAsLongAsTheLastUpToADay() {
    assertNull(SignInLockout.lockedUntil(4, NOON));
    assertEquals(NOON.plusMinutes(15), SignInLockout.lockedUntil(5, NOON));
    assertNull(SignInLockout.lockedUntil(6, NOON));
    assertEquals(NOON.plusMinutes(30), SignInLockout.lockedUntil(10, NOON));
    assertEquals(NOON.plusMinutes(60), SignInLockout.lockedUntil(15, NOON));
    assertEquals(NOON.plusDays(1), SignInLockout.lockedUntil(50, NOON));
    assertEquals(NOON.plusDays(1), SignInLockout.lockedUntil(5_000, NOON));
  }

  @Test
  void anAccountLocksAtTheFifthWrongPasswordAndAResetOpensIt() {
    UserAccount account = new UserAccount("noa", "Noa Becker", Role.THERAPIST, "hash");
    for (int i = 1; i < 5; i++) {
      assertFalse(account.signInFailed(NOON), "failure " + i);
    }
    assertTrue(account.signInFailed(NOON));
    assertTrue(account.isLockedAt(NOON.plusMinutes(14)));
    assertFalse(account.isLockedAt(NOON.plusMinutes(15)));

    account.setTemporaryPassword("new-hash");
    assertFalse(account.isLockedAt(NOON));
    assertNull(account.getLockedUntil());
  }

  @Test
  void aSuccessfulSignInStartsTheCountAgain() {
    UserAccount account = new UserAccount("noa", "Noa Becker", Role.THERAPIST, "hash");
    for (int i = 0; i < 4; i++) {
      account.signInFailed(NOON);
    }
    account.signedIn();
    for (int i = 0; i < 4; i++) {
      assertFalse(account.signInFailed(NOON));
    }
  }

  @Test
  void anAddressIsHeldBackAfterTwentyFailuresWithinAQuarterOfAnHour() {
    MovableClock clock = new MovableClock(NOON.toInstant());
    AddressThrottle throttle = new AddressThrottle(clock);
    for (int i = 0; i < AddressThrottle.FAILURES_ALLOWED; i++) {
      assertTrue(throttle.reserve("203.0.113.7").isEmpty(), "attempt " + (i + 1));
      clock.advance(Duration.ofSeconds(10));
    }

    assertEquals(
        NOON.toInstant().plus(AddressThrottle.WINDOW),
        throttle.reserve("203.0.113.7").orElseThrow());
    assertTrue(throttle.reserve("198.51.100.2").isEmpty(), "another address may try");
    clock.advance(Duration.ofMinutes(15).minusSeconds(200));
    assertTrue(throttle.reserve("203.0.113.7").isEmpty(), "the oldest failure expired");
  }

  @Test
  void aReleasedSlotDoesNotCount() {
    MovableClock clock = new MovableClock(NOON.toInstant());
    AddressThrottle throttle = new AddressThrottle(clock);
    for (int i = 0; i < AddressThrottle.FAILURES_ALLOWED - 1; i++) {
      assertTrue(throttle.reserve("203.0.113.7").isEmpty());
    }
    for (int i = 0; i < 50; i++) {
      assertTrue(throttle.reserve("203.0.113.7").isEmpty(), "success " + (i + 1));
      throttle.release("203.0.113.7");
    }

    assertTrue(throttle.reserve("203.0.113.7").isEmpty(), "the twentieth failure");
    assertTrue(throttle.reserve("203.0.113.7").isPresent(), "held back after it");
  }

  @Test
  void failuresSpreadOverMoreThanAQuarterOfAnHourNeverHoldAnAddressBack() {
    MovableClock clock = new MovableClock(NOON.toInstant());
    AddressThrottle throttle = new AddressThrottle(clock);
    for (int i = 0; i < 100; i++) {
      assertTrue(throttle.reserve("203.0.113.7").isEmpty(), "failure " + i);
      clock.advance(Duration.ofMinutes(1));
    }
  }

  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant start) {
      now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
