package org.clinicportal.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Writes and reads the platform operators' audit trail. Operators stand outside every clinic, so
 * their entries are kept apart from the clinics' trails and no clinic is bound to write them.
 */
@Stateless
public class PlatformAudit {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private CallerAddress callerAddress;
  @Inject private Clock clock;

  /**
   * Records what happened to an operator's account, in the transaction of the change; {@code
   * actorId} is null when the typed username matched no operator, and {@code actorName} is then
   * what was typed.
   */
  public void record(AuditAction action, Long actorId, String actorName, String details) {
    String name = actorName == null || actorName.isBlank() ? "(no username)" : actorName.strip();
    em.persist(
        new PlatformAuditEvent(
            OffsetDateTime.now(clock),
            actorId,
            name.length() > 200 ? name.substring(0, 200) : name,
            callerAddress.get(),
            action,
            details));
  }

  /** Records a refused attempt, kept whatever becomes of the transaction that refused it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordAlone(AuditAction action, Long actorId, String actorName, String details) {
    record(action, actorId, actorName, details);
  }

  /** The newest entries first, for the operators alone. */
  @RolesAllowed("PLATFORM_ADMIN")
  public List<PlatformAuditEvent> latest(int limit) {
    return em.createNamedQuery("PlatformAuditEvent.latest", PlatformAuditEvent.class)
        .setMaxResults(limit)
        .getResultList();
  }
}
