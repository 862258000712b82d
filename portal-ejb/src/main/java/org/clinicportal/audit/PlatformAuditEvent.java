package org.clinicportal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.clinicportal.platform.PortalEntity;

/**
 * One entry of the platform operators' own audit trail: a sign-in attempt or an account change of
 * an operator, who belongs to no clinic. Written once, never changed: the database refuses updates
 * and deletes.
 */
@Entity
@Table(name = "platform_audit_event")
@NamedQuery(
    name = "PlatformAuditEvent.latest",
    query = "select e from PlatformAuditEvent e order by e.occurredAt desc, e.id desc")
public class PlatformAuditEvent extends PortalEntity {

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @Column(name = "actor_id", updatable = false)
  private Long actorId;

  @Column(name = "actor_name", nullable = false, updatable = false, length = 200)
  private String actorName;

  @Column(name = "remote_address", nullable = false, updatable = false, length = 64)
  private String remoteAddress;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 40)
  private AuditAction action;

  @Column(nullable = false, updatable = false)
  private String details;

  protected PlatformAuditEvent() {}

  PlatformAuditEvent(
      OffsetDateTime occurredAt,
      Long actorId,
      String actorName,
      String remoteAddress,
      AuditAction action,
      String details) {
    this.occurredAt = occurredAt;
    this.actorId = actorId;
    this.actorName = actorName;
    this.remoteAddress = remoteAddress;
    this.action = action;
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

  public String getRemoteAddress() {
    return remoteAddress;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getDetails() {
    return details;
  }
}
