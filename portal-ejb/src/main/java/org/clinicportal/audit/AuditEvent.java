package org.clinicportal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import org.clinicportal.platform.ClinicOwned;

/**
 * One entry of the audit trail. Written once, never changed: the database refuses updates and
 * deletes.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(
    name = "AuditEvent.ofPatient",
    query =
        "select e from AuditEvent e where e.patientId = :patientId and e.action not in :reads"
            + " order by e.occurredAt desc, e.id desc")
@NamedQuery(
    name = "AuditEvent.readsOfPatient",
    query =
        "select e from AuditEvent e where e.patientId = :patientId and e.action in :reads"
            + " order by e.occurredAt desc, e.id desc")
public class AuditEvent extends ClinicOwned {

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @Column(name = "actor_id", updatable = false)
  private Long actorId;

  @Column(name = "actor_name", nullable = false, updatable = false, length = 200)
  private String actorName;

  @Column(name = "actor_role", nullable = false, updatable = false, length = 20)
  private String actorRole;

  @Column(name = "remote_address", nullable = false, updatable = false, length = 64)
  private String remoteAddress;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 40)
  private AuditAction action;

  @Column(name = "patient_id", updatable = false)
  private Long patientId;

  @Column(nullable = false, updatable = false)
  private String details;

  protected AuditEvent() {}

  AuditEvent(
      OffsetDateTime occurredAt,
      Long actorId,
      String actorName,
      String actorRole,
      String remoteAddress,
      AuditAction action,
      Long patientId,
      String details) {
    this.occurredAt = occurredAt;
    this.actorId = actorId;
    this.actorName = actorName;
    this.actorRole = actorRole;
    this.remoteAddress = remoteAddress;
    this.action = action;
    this.patientId = patientId;
    this.details = details == null ? "" : details;
  }

  public OffsetDateTime getOccurredAt() {
    return occurredAt;
  }

  public Long getActorId() {
    return actorId;
  }

  public String getActorName() {
    return actorName;
  }

  public String getActorRole() {
    return actorRole;
  }

  public String getRemoteAddress() {
    return remoteAddress;
  }

  public AuditAction getAction() {
    return action;
  }

  public Long getPatientId() {
    return patientId;
  }

  public String getDetails() {
    return details;
  }

  /** The fields the action changed or set, for an action recorded with them. */
  public List<FieldChange> changes() {
    return FieldChange.fromText(details);
  }
}
