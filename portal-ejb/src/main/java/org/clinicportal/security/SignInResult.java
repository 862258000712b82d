package org.clinicportal.security;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.clinicportal.platform.ClinicPrincipal;

/** What became of a sign-in attempt: the person signed in, or why not and until when. */
public record SignInResult(ClinicPrincipal principal, Refusal refusal, Instant retryAfter) {

  /** Why an attempt was refused; the page words each one for the person at the keyboard. */
  public enum Refusal {
    /** The clinic, username or password is wrong, or the account may not sign in. */
    NOT_RECOGNISED,
    /**
     * The account is locked after failed sign-ins in a row. Worded on the page as {@link
     * #NOT_RECOGNISED}, so that a lock does not tell a stranger the username exists.
     */
    ACCOUNT_LOCKED,
    /** Too many failed sign-ins came from this address lately. */
    ADDRESS_HELD_BACK,
    /** Too many passwords were being checked at once; nothing was checked or counted. */
    BUSY
  }

  static SignInResult signedIn(ClinicPrincipal principal) {
    return new SignInResult(Objects.requireNonNull(principal), null, null);
  }

  public static SignInResult refused(Refusal refusal, Instant retryAfter) {
    return new SignInResult(null, Objects.requireNonNull(refusal), retryAfter);
  }

  public static SignInResult notRecognised() {
    return refused(Refusal.NOT_RECOGNISED, null);
  }

  public Optional<ClinicPrincipal> signedInPrincipal() {
    return Optional.ofNullable(principal);
  }
}
