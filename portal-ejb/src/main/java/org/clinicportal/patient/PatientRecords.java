package org.clinicportal.patient;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditEvent;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.audit.FieldChange;
import org.clinicportal.clinic.Therapist;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.StaleRecordException;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.TenantBound;

/**
 * The bound clinic's patient records: register, revise, archive and restore, find, search, and the
 * history of each record. Every change writes its audit entry in the same transaction.
 */
@Stateless
@TenantBound
public class PatientRecords {

  private static final Role[] STAFF = {Role.THERAPIST, Role.CLINIC_ADMIN};
  private static final int RECENT_READS = 50;

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private AuditTrail audit;
  @Inject private Patients patients;
  @Inject private Tenancy tenancy;
  @Inject private Event<PatientChanged> changed;

  public Patient register(@NotNull @Valid PatientDetails details) throws RecordException {
    tenancy.requireRole(STAFF);
    requireFreeRecordNumber(details.getRecordNumber());
    Patient patient = new Patient(details, therapist(details.getTherapistId()));
    em.persist(patient);
    patient.numberIfUnnumbered();
    audit.record(AuditAction.PATIENT_CREATED, patient.getId());
    return patient;
  }

  /**
   * Saves what was entered over the record as it was when the form was opened. When someone saved
   * it in between, nothing is written and {@link StaleRecordException} says so.
   */
  public Patient revise(long id, long versionSeen, @NotNull @Valid PatientDetails details)
      throws RecordException {
    Patient patient = existing(id);
    if (patient.getVersion() != versionSeen) {
      throw new StaleRecordException();
    }
    List<FieldChange> changes = patient.revise(details, therapist(details.getTherapistId()));
    if (!changes.isEmpty()) {
      audit.record(AuditAction.PATIENT_CHANGED, id, changes);
      changed.fire(new PatientChanged(id));
    }
    return patient;
  }

  public Patient archive(long id, long versionSeen) throws RecordException {
    Patient patient = current(id, versionSeen);
    if (patient.isArchived()) {
      throw new RecordException("patient.archived.already");
    }
    patient.archive();
    audit.record(AuditAction.PATIENT_ARCHIVED, id);
    changed.fire(new PatientChanged(id));
    return patient;
  }

  public Patient restore(long id, long versionSeen) throws RecordException {
    Patient patient = current(id, versionSeen);
    if (!patient.isArchived()) {
      throw new RecordException("patient.archived.not");
    }
    patient.restore();
    audit.record(AuditAction.PATIENT_RESTORED, id);
    changed.fire(new PatientChanged(id));
    return patient;
  }

  /**
   * The patient with this id in the bound clinic; empty for an unknown id or another clinic's
   * patient.
   */
  public Optional<Patient> find(long id) {
    return tenancy.callerHolds(STAFF) ? patients.find(id) : Optional.empty();
  }

  /**
   * The patient's chart for someone opening it, which the audit trail records; empty for an unknown
   * id or a caller who is not staff.
   */
  public Optional<Patient> openChart(long id) {
    Optional<Patient> patient = find(id);
    patient.ifPresent(found -> audit.recordRead(AuditAction.CHART_OPENED, found.getId()));
    return patient;
  }

  /** Who opened the patient's records lately, newest first; empty unless the caller is staff. */
  public List<AuditEvent> readsOf(long patientId) {
    return tenancy.callerHolds(STAFF) ? audit.readsOf(patientId, RECENT_READS) : List.of();
  }

  /** The record's history, newest first; empty for an unknown id or a caller who is not staff. */
  public List<AuditEvent> history(long patientId) {
    return tenancy.callerHolds(STAFF) ? audit.ofPatient(patientId) : List.of();
  }

  /** The therapists a patient can be assigned to. */
  public List<Therapist> therapists() {
    return em.createNamedQuery("Therapist.findActive", Therapist.class).getResultList();
  }

  /**
   * One page of the search, sorted in the database and counted up to {@link
   * PatientResults#COUNT_LIMIT}.
   */
  public PatientResults search(@NotNull PatientQuery query) {
    if (!tenancy.callerHolds(STAFF)) {
      return new PatientResults(List.of(), 0, false);
    }
    return new PatientSearch(em, query).page();
  }

  private Patient existing(long id) throws RecordException {
    tenancy.requireRole(STAFF);
    return find(id).orElseThrow(() -> new RecordException("patient.notFound"));
  }

  private Patient current(long id, long versionSeen) throws RecordException {
    Patient patient = existing(id);
    if (patient.getVersion() != versionSeen) {
      throw new StaleRecordException();
    }
    return patient;
  }

  private Therapist therapist(Long therapistId) throws RecordException {
    if (therapistId == null) {
      return null;
    }
    Therapist therapist = em.find(Therapist.class, therapistId);
    if (therapist == null || !therapist.getAccount().isActive()) {
      throw new RecordException("patient.therapist.unknown");
    }
    return therapist;
  }

  private void requireFreeRecordNumber(String recordNumber) throws RecordException {
    if (recordNumber == null || recordNumber.isBlank()) {
      return;
    }
    boolean taken =
        !em.createNamedQuery("Patient.findByRecordNumber", Patient.class)
            .setParameter("recordNumber", recordNumber.trim())
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new RecordException("patient.recordNumber.taken");
    }
  }
}
