package org.clinicportal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
