package org.clinicportal.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds how many sign-ins check a password at once. PBKDF2 keeps a processor busy for a good
 * fraction of a second per check, so a crowd of sign-ins would otherwise take every processor from
 * page requests. About one check per processor runs at a time; a sign-in that finds no free place
 * within a short wait ({@code PORTAL_SIGN_IN_WAIT_SECONDS}, 3 when unset, 1 to 60) is answered
 * {@link SignInResult.Refusal#BUSY} and has checked nothing.
 */
@ApplicationScoped
public class HashingGate {

  static final String WAIT_VARIABLE = "PORTAL_SIGN_IN_WAIT_SECONDS";
  static final Duration WAIT = Duration.ofSeconds(3);
  private static final long LONGEST_WAIT_SECONDS = 60;

  private final Semaphore places;
  private final long waitNanos;

  public HashingGate() {
    this(Math.max(2, Runtime.getRuntime().availableProcessors()), waitFrom(System.getenv()));
  }

  HashingGate(int places, Duration wait) {
    this.places = new Semaphore(places, true);
    this.waitNanos = wait.toNanos();
  }

  /** The wait the settings give, or the default one when they give none that is valid. */
  static Duration waitFrom(Map<String, String> settings) {
    String value = settings.get(WAIT_VARIABLE);
    try {
      long seconds = value == null ? WAIT.getSeconds() : Long.parseLong(value.trim());
      return seconds >= 1 && seconds <= LONGEST_WAIT_SECONDS ? Duration.ofSeconds(seconds) : WAIT;
    } catch (NumberFormatException e) {
      return WAIT;
    }
  }

  /** Runs the check when a place frees up within the wait, else answers that the portal is busy. */
  public SignInResult pass(Supplier<SignInResult> check) {
    try {
      if (!places.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
        return SignInResult.refused(SignInResult.Refusal.BUSY, null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return SignInResult.refused(SignInResult.Refusal.BUSY, null);
    }
    try {
      return check.get();
    } finally {
      places.release();
    }
  }
}
