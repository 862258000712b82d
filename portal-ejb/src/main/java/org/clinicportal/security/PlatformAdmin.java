package org.clinicportal.security;

import java.time.OffsetDateTime;

/**
 * An operator of the whole platform, as the database shows one to the portal: without its password
 * hash, which stays behind the {@code platform_operator_*} functions. An operator belongs to no
 * clinic and signs in with the clinic field left empty; failed sign-ins in a row lock it as they
 * lock a clinic account ({@link SignInLockout}).
 */
public record PlatformAdmin(
    long id,
    String username,
    String displayName,
    boolean active,
    int failedSignIns,
    OffsetDateTime lockedUntil) {

  /** Whether repeated failed sign-ins keep this operator shut out at this moment. */
  public boolean isLockedAt(OffsetDateTime now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /** When the lock begins that one more failure would set, or null when it would set none. */
  OffsetDateTime lockAfterOneMoreFailure(OffsetDateTime now) {
    return SignInLockout.lockedUntil(failedSignIns + 1, now);
  }
}
