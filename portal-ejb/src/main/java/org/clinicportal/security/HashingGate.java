package org.clinicportal.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Bounds how many sign-ins check a password at once, and how many wait for a check. PBKDF2 keeps a
 * processor busy for a good fraction of a second per check, so a crowd of sign-ins would otherwise
 * take every processor from page requests: checks run one fewer at a time than there are processors
 * (at least one), which leaves a processor with the pages. A sign-in waits its turn for a place, up
 * to {@code PORTAL_SIGN_IN_WAIT_SECONDS} (20 when unset, 1 to 60); since a waiting sign-in holds a
 * request thread, at most {@link #WAITING} wait at once. A sign-in that finds the line full, or no
 * place within the wait, is answered {@link SignInResult.Refusal#BUSY} and has checked nothing.
 */
@ApplicationScoped
public class HashingGate {

  static final String WAIT_VARIABLE = "PORTAL_SIGN_IN_WAIT_SECONDS";
  static final Duration WAIT = Duration.ofSeconds(20);
  private static final long LONGEST_WAIT_SECONDS = 60;

  /** Sign-ins that may wait for a check at once: half of the portal's 48 request threads. */
  static final int WAITING = 24;

  private final Semaphore places;
  private final long waitNanos;
  private final int mostWaiting;
  private final AtomicInteger waiting = new AtomicInteger();

  public HashingGate() {
    this(placesFor(Runtime.getRuntime().availableProcessors()), waitFrom(System.getenv()), WAITING);
  }

  HashingGate(int places, Duration wait, int mostWaiting) {
    this.places = new Semaphore(places, true);
    this.waitNanos = wait.toNanos();
    this.mostWaiting = mostWaiting;
  }

  /** Checks that run at once on a machine with this many processors. */
  static int placesFor(int processors) {
    return Math.max(1, processors - 1);
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

  /**
   * Runs the check when a place frees up within the wait, else answers that the portal is busy; a
   * sign-in that finds the line of waiting ones full is answered busy at once.
   */
  public SignInResult pass(Supplier<SignInResult> check) {
    if (!placeWithin(0) && !awaitPlace()) {
      return SignInResult.refused(SignInResult.Refusal.BUSY, null);
    }
    try {
      return check.get();
    } finally {
      places.release();
    }
  }

  private boolean awaitPlace() {
    if (waiting.incrementAndGet() > mostWaiting) {
      waiting.decrementAndGet();
      return false;
    }
    try {
      return placeWithin(waitNanos);
    } finally {
      waiting.decrementAndGet();
    }
  }

  /** Sign-ins waiting for a place now. */
  int waiting() {
    return waiting.get();
  }

  /** Takes a place in turn: a sign-in does not pass those already waiting. */
  private boolean placeWithin(long nanos) {
    try {
      return places.tryAcquire(nanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
