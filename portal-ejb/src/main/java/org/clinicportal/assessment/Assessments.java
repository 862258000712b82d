package org.clinicportal.assessment;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.audit.FieldChange;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.patient.Episodes;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.Patients;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.StaleRecordException;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.TenantBound;
import org.clinicportal.security.UserAccount;

/**
 * The bound clinic's trigger-point assessments: drafts, signing, amendments, medical clearance, and
 * whether a patient may start a home program. Therapists examine, sign and clear; clinic admins
 * read. Every change writes its audit entry in the same transaction.
 */
@Stateless
@TenantBound
public class Assessments {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Tenancy tenancy;
  @Inject private Patients patients;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Inject private Episodes episodes;
  @Inject private Event<AssessmentSigned> signedEvent;

  /** Opens a new draft assessment of a patient, dated today in the clinic's time zone. */
  public Assessment start(long patientId) throws RecordException {
    ClinicPrincipal examiner = tenancy.requireRole(Role.THERAPIST);
    Patient patient =
        patients.find(patientId).orElseThrow(() -> new RecordException("patient.notFound"));
    if (patient.isArchived()) {
      throw new RecordException("assessment.patientArchived");
    }
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(examiner.timeZone())));
    Assessment assessment =
        new Assessment(
            episodes.openFor(patient, today), account(examiner), today, OffsetDateTime.now(clock));
    assessment.revise(AssessmentForm.blank(today));
    em.persist(assessment);
    audit.record(AuditAction.ASSESSMENT_STARTED, patientId);
    return assessment;
  }

  /** Saves what was entered over the draft as it was when the form was opened. */
  public Assessment saveDraft(long id, long versionSeen, @NotNull @Valid AssessmentForm form)
      throws RecordException {
    Assessment assessment = ownDraft(id, versionSeen);
    assessment.revise(form);
    em.lock(assessment, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return assessment;
  }

  /**
   * Saves the form and signs the draft; from then on it never changes.
   *
   * @throws IncompleteAssessmentException naming what signing still needs; nothing is saved
   */
  public Assessment sign(long id, long versionSeen, @NotNull @Valid AssessmentForm form)
      throws RecordException {
    ClinicPrincipal signer = tenancy.requireRole(Role.THERAPIST);
    Assessment assessment = ownDraft(id, versionSeen);
    List<String> missing = new ArrayList<>(form.missing());
    if (assessment.isAmendment() && assessment.getAmendmentReason() == null) {
      missing.add("assessment.missing.amendmentReason");
    }
    if (!missing.isEmpty()) {
      throw new IncompleteAssessmentException(missing);
    }
    assessment.revise(form);
    em.flush();
    List<FieldChange> changes = assessment.sign(account(signer), OffsetDateTime.now(clock));
    em.flush();
    long patientId = assessment.getPatient().getId();
    if (assessment.isAmendment()) {
      audit.record(AuditAction.ASSESSMENT_AMENDED, patientId, changes);
    } else {
      audit.record(AuditAction.ASSESSMENT_SIGNED, patientId);
      signedEvent.fire(new AssessmentSigned(patientId, assessment.getId()));
    }
    return assessment;
  }

  /** Throws away a draft that was never signed. */
  public void discard(long id, long versionSeen) throws RecordException {
    Assessment assessment = ownDraft(id, versionSeen);
    long patientId = assessment.getPatient().getId();
    em.remove(assessment);
    audit.record(AuditAction.ASSESSMENT_DISCARDED, patientId);
  }

  /**
   * Opens the correction of a signed assessment as a draft that starts from everything it recorded.
   * An assessment has at most one amendment: when a draft amendment is already open, that one is
   * returned.
   */
  public Assessment amend(long id, String reason) throws RecordException {
    ClinicPrincipal examiner = tenancy.requireRole(Role.THERAPIST);
    Assessment original = existing(id);
    if (!original.isSigned()) {
      throw new RecordException("assessment.amend.draft");
    }
    Optional<Assessment> earlier = amendmentOf(id);
    if (earlier.isPresent()) {
      if (earlier.get().isSigned()) {
        throw new RecordException("assessment.amend.superseded");
      }
      return earlier.get();
    }
    String why = reason == null ? "" : reason.trim();
    if (why.isEmpty() || why.length() > 1000) {
      throw new RecordException("assessment.amend.reason");
    }
    loadFindings(original);
    Assessment amendment =
        Assessment.amending(original, account(examiner), why, OffsetDateTime.now(clock));
    em.persist(amendment);
    audit.record(AuditAction.ASSESSMENT_AMENDMENT_STARTED, original.getPatient().getId());
    return amendment;
  }

  /** Changes the reason an open amendment gives. */
  public Assessment explainAmendment(long id, long versionSeen, String reason)
      throws RecordException {
    Assessment amendment = ownDraft(id, versionSeen);
    String why = reason == null ? "" : reason.trim();
    if (!amendment.isAmendment() || why.isEmpty() || why.length() > 1000) {
      throw new RecordException("assessment.amend.reason");
    }
    amendment.explainAmendment(why);
    return amendment;
  }

  /**
   * Records the documented decision that the patient of a signed assessment needing medical review
   * may start a home program.
   */
  public MedicalClearance clear(long assessmentId, String note) throws RecordException {
    ClinicPrincipal therapist = tenancy.requireRole(Role.THERAPIST);
    Assessment assessment = existing(assessmentId);
    if (!assessment.isSigned() || !assessment.needsMedicalReview()) {
      throw new RecordException("clearance.notNeeded");
    }
    if (clearanceOf(assessmentId).isPresent()) {
      throw new RecordException("clearance.already");
    }
    String text = note == null ? "" : note.trim();
    if (text.isEmpty() || text.length() > MedicalClearance.MAX_NOTE) {
      throw new RecordException("clearance.note");
    }
    MedicalClearance clearance =
        new MedicalClearance(assessment, account(therapist), OffsetDateTime.now(clock), text);
    em.persist(clearance);
    audit.record(AuditAction.MEDICAL_CLEARANCE_RECORDED, assessment.getPatient().getId());
    return clearance;
  }

  /** The assessment with its findings; empty for an unknown id or another clinic's. */
  public Optional<Assessment> find(long id) throws RecordException {
    tenancy.requireRole(Role.THERAPIST, Role.CLINIC_ADMIN);
    Optional<Assessment> found = Optional.ofNullable(em.find(Assessment.class, id));
    found.ifPresent(Assessments::loadFindings);
    return found;
  }

  /**
   * A signed assessment as a PDF for the clinic's staff, its printing in the audit trail; empty for
   * a draft, an unknown id or another clinic's.
   */
  public Optional<AssessmentPrint> print(long id) throws RecordException {
    Optional<Assessment> found = find(id).filter(Assessment::isSigned);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Assessment assessment = found.get();
    byte[] pdf =
        AssessmentDocument.render(em.find(Clinic.class, tenancy.currentClinicId()), assessment);
    audit.record(AuditAction.ASSESSMENT_PRINTED, assessment.getPatient().getId());
    String record = assessment.getPatient().getRecordNumber().replaceAll("[^A-Za-z0-9_-]", "-");
    return Optional.of(
        new AssessmentPrint("assessment-" + record + "-" + assessment.getId() + ".pdf", pdf));
  }

  /** The assessment for someone opening its report, which the audit trail records. */
  public Optional<Assessment> openReport(long id) throws RecordException {
    Optional<Assessment> found = find(id);
    found.ifPresent(
        assessment ->
            audit.recordRead(AuditAction.ASSESSMENT_OPENED, assessment.getPatient().getId()));
    return found;
  }

  /**
   * The patient's assessments as they now stand, newest first: drafts, and signed ones not
   * superseded by a signed amendment.
   */
  public List<Assessment> ofPatient(long patientId) throws RecordException {
    tenancy.requireRole(Role.THERAPIST, Role.CLINIC_ADMIN);
    List<Assessment> current =
        em.createNamedQuery("Assessment.findCurrentOfPatient", Assessment.class)
            .setParameter("patientId", patientId)
            .getResultList();
    current.forEach(assessment -> assessment.getActivities().size());
    return current;
  }

  /** The amendment that corrects this assessment, signed or still a draft. */
  public Optional<Assessment> amendmentOf(long id) {
    if (!tenancy.callerHolds(Role.THERAPIST, Role.CLINIC_ADMIN)) {
      return Optional.empty();
    }
    return em.createNamedQuery("Assessment.findAmendmentOf", Assessment.class)
        .setParameter("assessmentId", id)
        .getResultStream()
        .findFirst();
  }

  /**
   * The clearance that covers this assessment: one recorded on it or on an assessment it amends.
   */
  public Optional<MedicalClearance> clearanceOf(long assessmentId) throws RecordException {
    List<Long> chain = new ArrayList<>();
    for (Assessment at = existing(assessmentId); at != null; at = at.getAmends()) {
      chain.add(at.getId());
    }
    return em.createNamedQuery("MedicalClearance.findByAssessments", MedicalClearance.class)
        .setParameter("assessmentIds", chain)
        .getResultStream()
        .findFirst();
  }

  /** Whether a home program may start for the patient now. */
  public ProgramReadiness programReadiness(long patientId) throws RecordException {
    tenancy.requireRole(Role.THERAPIST, Role.CLINIC_ADMIN);
    patients.find(patientId).orElseThrow(() -> new RecordException("patient.notFound"));
    Optional<Assessment> latest =
        em.createNamedQuery("Assessment.findCurrentOfPatient", Assessment.class)
            .setParameter("patientId", patientId)
            .getResultStream()
            .filter(Assessment::isSigned)
            .findFirst();
    if (latest.isEmpty()) {
      return ProgramReadiness.of(null, false);
    }
    return ProgramReadiness.of(latest.get(), clearanceOf(latest.get().getId()).isPresent());
  }

  /**
   * Refuses when the patient's latest signed assessment holds a home program back.
   *
   * @throws RecordException naming the first reason the program may not start
   */
  public void requireProgramMayStart(long patientId) throws RecordException {
    ProgramReadiness readiness = programReadiness(patientId);
    if (!readiness.mayStart()) {
      throw new RecordException(readiness.blockers().get(0));
    }
  }

  /** The change between two signed assessments of the same patient, earlier first. */
  public AssessmentComparison compare(long firstId, long secondId) throws RecordException {
    Assessment first = find(firstId).orElseThrow(() -> new RecordException("assessment.notFound"));
    Assessment second =
        find(secondId).orElseThrow(() -> new RecordException("assessment.notFound"));
    if (!first.isSigned()
        || !second.isSigned()
        || !first.getPatient().getId().equals(second.getPatient().getId())) {
      throw new RecordException("comparison.invalid");
    }
    boolean inOrder =
        first.getAssessedOn().isBefore(second.getAssessedOn())
            || (first.getAssessedOn().equals(second.getAssessedOn())
                && first.getId() < second.getId());
    return inOrder
        ? AssessmentComparison.of(first, second)
        : AssessmentComparison.of(second, first);
  }

  private static void loadFindings(Assessment assessment) {
    assessment.getTriggerPoints().size();
    assessment.getActivities().size();
    assessment.getMarks().size();
  }

  private Assessment existing(long id) throws RecordException {
    return find(id).orElseThrow(() -> new RecordException("assessment.notFound"));
  }

  private Assessment ownDraft(long id, long versionSeen) throws RecordException {
    ClinicPrincipal examiner = tenancy.requireRole(Role.THERAPIST);
    Assessment assessment = existing(id);
    if (assessment.isSigned()) {
      throw new RecordException("assessment.signed");
    }
    if (assessment.getExaminer().getId() != examiner.accountId()) {
      throw new RecordException("assessment.notYours");
    }
    if (assessment.getVersion() != versionSeen) {
      throw new StaleRecordException();
    }
    return assessment;
  }

  private UserAccount account(ClinicPrincipal person) throws RecordException {
    UserAccount account = em.find(UserAccount.class, person.accountId());
    if (account == null || !account.isActive()) {
      throw new RecordException("access.refused");
    }
    return account;
  }
}
