package org.clinicportal.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.clinicportal.platform.PlainSql;

/**
 * Slows down guessing from one address, whichever clinics and usernames it tries: after 20 failed
 * sign-ins within 15 minutes, the address may not try again until the oldest of them is 15 minutes
 * old. Each attempt takes its slot before its password is checked, so attempts at the same moment
 * cannot together get past the limit; a success, or an attempt that was never checked, gives its
 * slot back.
 *
 * <p>The slots are rows of {@code sign_in_attempt}, so that every server of the portal counts the
 * same attempts and a restart forgets none. Each reservation commits on its own, before the
 * password check it guards, and takes a transaction-scoped advisory lock on its address: attempts
 * from one address are counted one after another, whichever server each reaches.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AddressThrottle {

  static final int FAILURES_ALLOWED = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Clock clock;

  /**
   * Takes a slot for an attempt from this address, counted as a failure unless it is {@linkplain
   * #release released}; or, when every slot of the window is taken, says until when the address is
   * held back and takes nothing.
   *
   * @return empty when the attempt may go ahead, else when the address may try again
   */
  public Optional<Instant> reserve(String address) {
    Instant now = clock.instant();
    PlainSql.of(em, "select 1 from pg_advisory_xact_lock(hashtext(?1))")
        .setParameter(1, "sign-in-throttle " + address)
        .getResultList();
    PlainSql.of(em, "delete from sign_in_attempt where attempted_at <= ?1")
        .setParameter(1, Timestamp.from(now.minus(WINDOW)))
        .executeUpdate();
    Object[] window =
        (Object[])
            PlainSql.of(
                    em,
                    "select count(*), min(attempted_at) from sign_in_attempt where address = ?1")
                .setParameter(1, address)
                .getSingleResult();
    if (((Number) window[0]).longValue() >= FAILURES_ALLOWED) {
      return Optional.of(instant(window[1]).plus(WINDOW));
    }
    PlainSql.of(em, "insert into sign_in_attempt (address, attempted_at) values (?1, ?2)")
        .setParameter(1, address)
        .setParameter(2, Timestamp.from(now))
        .executeUpdate();
    return Optional.empty();
  }

  /**
   * Gives back a slot this address took: its attempt signed in, or was never checked. Slots differ
   * only in their time, so the newest is given back.
   */
  public void release(String address) {
    PlainSql.of(
            em,
            "delete from sign_in_attempt where id ="
                + " (select max(id) from sign_in_attempt where address = ?1)")
        .setParameter(1, address)
        .executeUpdate();
  }

  private static Instant instant(Object timestamp) {
    return timestamp instanceof OffsetDateTime moment
        ? moment.toInstant()
        : ((Timestamp) timestamp).toInstant();
  }
}
