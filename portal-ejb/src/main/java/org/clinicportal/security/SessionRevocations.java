package org.clinicportal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.PlainSql;

/**
 * When the sessions of each account were last ended: by a deactivation, a password reset or the
 * owner's own password change. A session signed in before then must end at its next request, not
 * when it next falls idle, on whichever server it lives.
 *
 * <p>The end is written to {@code session_revocation} in the transaction that caused it, and kept
 * in this server's memory once that transaction committed; the other servers of the portal read it
 * from the table within seconds ({@link RevocationFeed}). Requests only read the memory.
 */
@ApplicationScoped
public class SessionRevocations {

  /** Whose sessions: a clinic's account, or a platform operator, whose ids are counted apart. */
  public record Holder(boolean operator, long id) {

    public static Holder account(long id) {
      return new Holder(false, id);
    }

    public static Holder operator(long id) {
      return new Holder(true, id);
    }

    /** The holder of a signed-in person's session. */
    public static Holder of(ClinicPrincipal person) {
      return new Holder(person.clinicId() == null, person.accountId());
    }
  }

  /**
   * The holder's sessions begun before this moment are over. The moment is kept to the microsecond,
   * as PostgreSQL keeps it: read back, it must not round up past the session that caused it (a
   * password change keeps its own session, dated the same moment).
   */
  public record SessionsEnded(Holder holder, Instant at) {
    public SessionsEnded {
      at = at.truncatedTo(ChronoUnit.MICROS);
    }
  }

  private final Map<Holder, Instant> ends = new ConcurrentHashMap<>();

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  /** Writes the end in the transaction that caused it, for every server to read. */
  void record(@Observes SessionsEnded event) {
    PlainSql.of(
            em,
            "insert into session_revocation (operator, account_id, ended_at) values (?1, ?2, ?3)"
                + " on conflict (operator, account_id) do update"
                + " set ended_at = greatest(session_revocation.ended_at, excluded.ended_at)")
        .setParameter(1, event.holder().operator())
        .setParameter(2, event.holder().id())
        .setParameter(3, Timestamp.from(event.at()))
        .executeUpdate();
  }

  /** Keeps the end in this server's memory once its cause committed. */
  void ended(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsEnded event) {
    learn(event.holder(), event.at());
  }

  /** Keeps an end this server learnt of, from its own work or another server's. */
  void learn(Holder holder, Instant at) {
    ends.merge(holder, at, (earlier, later) -> later.isAfter(earlier) ? later : earlier);
  }

  /**
   * Whether a session of this holder that began at {@code signedInAt} has been ended since; the
   * session that changed its own password counts as begun at the moment of the change.
   */
  public boolean revoked(Holder holder, Instant signedInAt) {
    Instant ended = ends.get(holder);
    return ended != null && signedInAt.isBefore(ended);
  }
}
