package org.clinicportal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When the sessions of each account were last ended, once that was committed: by a deactivation, a
 * password reset or the owner's own password change. A session signed in before then must end at
 * its next request, not when it next falls idle. Kept in this server's memory, which is where its
 * sessions live.
 */
@ApplicationScoped
public class SessionRevocations {

  /** The account's sessions begun before this moment are over. */
  public record SessionsEnded(long accountId, Instant at) {}

  private final Map<Long, Instant> ends = new ConcurrentHashMap<>();

  void ended(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsEnded event) {
    ends.merge(event.accountId(), event.at(), (earlier, later) -> later);
  }

  /**
   * Whether a session of this account that began at {@code signedInAt} has been ended since; the
   * session that changed its own password counts as begun at the moment of the change.
   */
  public boolean revoked(long accountId, Instant signedInAt) {
    Instant ended = ends.get(accountId);
    return ended != null && signedInAt.isBefore(ended);
  }
}
