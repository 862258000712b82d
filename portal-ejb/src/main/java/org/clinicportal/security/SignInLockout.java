package org.clinicportal.security;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * How long an account stays locked after failed sign-ins in a row: every fifth failure locks it,
 * for 15 minutes the first time and twice as long each time after, up to a day. A successful
 * sign-in or a password reset by the clinic starts the count again.
 */
public final class SignInLockout {

  public static final int FAILURES_BEFORE_LOCK = 5;
  static final Duration FIRST_LOCK = Duration.ofMinutes(15);
  static final Duration LONGEST_LOCK = Duration.ofDays(1);

  private SignInLockout() {}

  /** When an account with this many failures in a row, the latest now, opens again; or null. */
  static OffsetDateTime lockedUntil(int failuresInARow, OffsetDateTime now) {
    if (failuresInARow < FAILURES_BEFORE_LOCK || failuresInARow % FAILURES_BEFORE_LOCK != 0) {
      return null;
    }
    int doublings = Math.min(failuresInARow / FAILURES_BEFORE_LOCK - 1, 10);
    Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
    return now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
  }
}
