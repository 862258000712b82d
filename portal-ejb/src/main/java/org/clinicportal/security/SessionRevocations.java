package org.clinicportal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each account was last deactivated, once that was committed: a session signed in before then
 * must end at its next request, not when it next falls idle. Kept in this server's memory, which is
 * where its sessions live.
 */
@ApplicationScoped
public class SessionRevocations {

  /** An account was deactivated at this moment; its earlier sessions are over. */
  public record AccountDeactivated(long accountId, Instant at) {}

  private final Map<Long, Instant> deactivations = new ConcurrentHashMap<>();

  void deactivated(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountDeactivated event) {
    deactivations.merge(event.accountId(), event.at(), (earlier, later) -> later);
  }

  /** Whether a session of this account that began at {@code signedInAt} has been ended since. */
  public boolean revoked(long accountId, Instant signedInAt) {
    Instant deactivated = deactivations.get(accountId);
    return deactivated != null && !signedInAt.isAfter(deactivated);
  }
}
