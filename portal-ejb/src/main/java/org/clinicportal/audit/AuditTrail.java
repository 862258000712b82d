package org.clinicportal.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.TenantBound;

/**
 * Writes and reads the bound clinic's audit trail. An entry is written in the transaction of the
 * change it describes, so a change and its entry are kept or lost together.
 */
@Stateless
@TenantBound
public class AuditTrail {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  /** The role the trail shows for software reading through the FHIR API. */
  public static final String CLIENT_ROLE = "FHIR_CLIENT";

  @Inject private Tenancy tenancy;
  @Inject private CallerAddress callerAddress;
  @Inject private Clock clock;

  /** Records an action with nothing more to say than what it was and whose record. */
  public void record(AuditAction action, Long patientId) {
    write(action, patientId, "");
  }

  /** Records an action with the fields it changed or set. */
  public void record(AuditAction action, Long patientId, List<FieldChange> changes) {
    write(action, patientId, FieldChange.asText(changes));
  }

  /** Records an action with a note in words (why a password change was refused, say). */
  public void recordNote(AuditAction action, Long patientId, String note) {
    write(action, patientId, note);
  }

  /**
   * Records what software reading through the FHIR API did, in the name the clinic registered it
   * under.
   */
  public void recordForClient(
      String clientName, AuditAction action, Long patientId, List<FieldChange> changes) {
    em.persist(
        new AuditEvent(
            OffsetDateTime.now(clock),
            null,
            clientName,
            CLIENT_ROLE,
            callerAddress.get(),
            action,
            patientId,
            FieldChange.asText(changes)));
  }

  private void write(AuditAction action, Long patientId, String details) {
    ClinicPrincipal person = tenancy.caller().orElse(null);
    em.persist(
        new AuditEvent(
            OffsetDateTime.now(clock),
            person == null ? null : person.accountId(),
            person == null ? "Portal" : person.displayName(),
            person == null ? "SYSTEM" : person.role().name(),
            callerAddress.get(),
            action,
            patientId,
            details));
  }

  /**
   * Records that someone opened a patient's record, in a transaction of its own: the entry is kept
   * before the page that shows the record is sent, whatever becomes of the page's own transaction.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordRead(AuditAction action, long patientId) {
    record(action, patientId);
  }

  /**
   * Records a sign-in attempt in the name of the account it was for; {@code actorId} is null when
   * the username matched no account, and {@code actorName} is then what was typed.
   */
  public void recordSignIn(
      AuditAction action, Long actorId, String actorName, String actorRole, String details) {
    String name = actorName == null || actorName.isBlank() ? "(no username)" : actorName.strip();
    em.persist(
        new AuditEvent(
            OffsetDateTime.now(clock),
            actorId,
            name.length() > 200 ? name.substring(0, 200) : name,
            actorRole,
            callerAddress.get(),
            action,
            null,
            details));
  }

  /** What was done to the patient's record, newest first; reads are kept apart. */
  public List<AuditEvent> ofPatient(long patientId) {
    return em.createNamedQuery("AuditEvent.ofPatient", AuditEvent.class)
        .setParameter("patientId", patientId)
        .setParameter("reads", AuditAction.READS)
        .getResultList();
  }

  /** Who opened the patient's chart, assessments and programs, newest first. */
  public List<AuditEvent> readsOf(long patientId, int limit) {
    return em.createNamedQuery("AuditEvent.readsOfPatient", AuditEvent.class)
        .setParameter("patientId", patientId)
        .setParameter("reads", AuditAction.READS)
        .setMaxResults(limit)
        .getResultList();
  }
}
