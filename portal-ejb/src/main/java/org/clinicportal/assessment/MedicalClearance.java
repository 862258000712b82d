package org.clinicportal.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.clinicportal.platform.ClinicOwned;
import org.clinicportal.security.UserAccount;

/**
 * The documented decision that a patient whose assessment raised red flags or a skin-level finding
 * may nevertheless start a home program.
 */
@Entity
@Table(name = "medical_clearance")
@NamedQuery(
    name = "MedicalClearance.findByAssessments",
    query =
        "select c from MedicalClearance c join fetch c.clearedBy"
            + " where c.assessment.id in :assessmentIds")
public class MedicalClearance extends ClinicOwned {

  public static final int MAX_NOTE = 2000;

  @ManyToOne(optional = false)
  @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
  private Assessment assessment;

  @ManyToOne(optional = false)
  @JoinColumn(name = "cleared_by_id", nullable = false, updatable = false)
  private UserAccount clearedBy;

  @Column(name = "cleared_at", nullable = false, updatable = false)
  private OffsetDateTime clearedAt;

  @Column(nullable = false, updatable = false, length = MAX_NOTE)
  private String note;

  protected MedicalClearance() {}

  MedicalClearance(
      Assessment assessment, UserAccount clearedBy, OffsetDateTime clearedAt, String note) {
    this.assessment = Objects.requireNonNull(assessment);
    this.clearedBy = Objects.requireNonNull(clearedBy);
    this.clearedAt = Objects.requireNonNull(clearedAt);
    this.note = Objects.requireNonNull(note).trim();
  }

  public Assessment getAssessment() {
    return assessment;
  }

  public UserAccount getClearedBy() {
    return clearedBy;
  }

  public OffsetDateTime getClearedAt() {
    return clearedAt;
  }

  public String getNote() {
    return note;
  }
}
