package org.clinicportal.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Makes a scheduled job run once per slot across every server of the portal. Each server's timer
 * fires; each asks to claim the slot (the minute the job was due), and PostgreSQL's primary key
 * lets exactly one of them have it, whichever comes first, also when both ask at the same moment. A
 * server that is down asks nothing, so a slot is never missed while one server runs.
 */
@Stateless
public class ScheduledRuns {

  /** How long a claim is kept: long enough that no late timer finds its slot free again. */
  static final Duration KEPT = Duration.ofDays(2);

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  /** The slot of a timer that fired now: the minute it was due in. */
  public static Instant slotOf(Instant firedAt) {
    return firedAt.truncatedTo(ChronoUnit.MINUTES);
  }

  /**
   * Claims {@code job}'s {@code slot} for this server, in a transaction of its own.
   *
   * @return whether this server is to run it; false when another claimed it first
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claim(String job, Instant slot) {
    PlainSql.of(em, "delete from scheduled_run where job = ?1 and slot < ?2")
        .setParameter(1, job)
        .setParameter(2, Timestamp.from(slot.minus(KEPT)))
        .executeUpdate();
    return PlainSql.of(
                em,
                "insert into scheduled_run (job, slot, server, claimed_at)"
                    + " values (?1, ?2, ?3, clock_timestamp()) on conflict do nothing")
            .setParameter(1, job)
            .setParameter(2, Timestamp.from(slot))
            .setParameter(3, server())
            .executeUpdate()
        == 1;
  }

  /** This server's name: the Payara instance and the machine it runs on. */
  static String server() {
    String host = System.getenv("HOSTNAME");
    return System.getProperty("com.sun.aas.instanceName", "server")
        + (host == null || host.isBlank() ? "" : "@" + host);
  }
}
