package org.clinicportal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing from one address, whichever clinics and usernames it tries: after 20 failed
 * sign-ins within 15 minutes, the address may not try again until the oldest of them is 15 minutes
 * old. Each attempt takes its slot before its password is checked, so attempts at the same moment
 * cannot together get past the limit; a success, or an attempt that was never checked, gives its
 * slot back. Kept in the server's memory; a restart forgets it, the accounts' own lockout does not.
 */
@ApplicationScoped
public class AddressThrottle {

  static final int FAILURES_ALLOWED = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);

  /** Beyond this many addresses, those with no recent failure are forgotten first. */
  static final int ADDRESSES_KEPT = 10_000;

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  @Inject
  public AddressThrottle(Clock clock) {
    this.clock = clock;
  }

  /** For the container's proxy only. */
  protected AddressThrottle() {
    this.clock = null;
  }

  /**
   * Takes a slot for an attempt from this address, counted as a failure unless it is {@linkplain
   * #release released}; or, when every slot of the window is taken, says until when the address is
   * held back and takes nothing.
   *
   * @return empty when the attempt may go ahead, else when the address may try again
   */
  public Optional<Instant> reserve(String address) {
    Instant now = clock.instant();
    if (failures.size() >= ADDRESSES_KEPT) {
      failures.values().removeIf(recent -> forgetOldAndIsEmpty(recent, now));
    }
    Deque<Instant> recent = failures.computeIfAbsent(address, ignored -> new ArrayDeque<>());
    synchronized (recent) {
      forgetOld(recent, now);
      if (recent.size() >= FAILURES_ALLOWED) {
        return Optional.of(recent.peekFirst().plus(WINDOW));
      }
      recent.addLast(now);
      return Optional.empty();
    }
  }

  /**
   * Gives back a slot this address took: its attempt signed in, or was never checked. Slots differ
   * only in their time, so the newest is given back.
   */
  public void release(String address) {
    Deque<Instant> recent = failures.get(address);
    if (recent != null) {
      synchronized (recent) {
        recent.pollLast();
      }
    }
  }

  private static boolean forgetOldAndIsEmpty(Deque<Instant> recent, Instant now) {
    synchronized (recent) {
      forgetOld(recent, now);
      return recent.isEmpty();
    }
  }

  private static void forgetOld(Deque<Instant> recent, Instant now) {
    while (!recent.isEmpty() && !recent.peekFirst().plus(WINDOW).isAfter(now)) {
      recent.removeFirst();
    }
  }
}
