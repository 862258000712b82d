package org.clinicportal.exchange;

import ca.uhn.fhir.context.FhirContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.Patients;
import org.clinicportal.platform.PortalAddress;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.TenantBound;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The records people take out of the portal. A patient downloads their own record, and the clinic's
 * therapists and administrators any patient's of the clinic, as a FHIR R4 bundle: the clinic, the
 * patient's therapists, the patient, every program version that ran, and every measure by the
 * therapist (the current version of each signed assessment) and by the patient (questionnaires
 * sent, the journal). Each export is written to the audit trail in the name of who asked.
 */
@Stateless
@TenantBound
public class RecordExports {

  /** Where the portal's FHIR resources and code systems live, below its address. */
  public static final String FHIR_PATH = "/fhir";

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Tenancy tenancy;
  @Inject private Patients patients;
  @Inject private AuditTrail audit;
  @Inject private PortalAddress portal;
  @Inject private Clock clock;

  /**
   * The signed-in patient's own record.
   *
   * @throws RecordException {@code homecare.noRecord} for an account with no patient record
   */
  public RecordExport mine() throws RecordException {
    return export(patients.signedIn());
  }

  /**
   * A patient's record, for their clinic's therapists and administrators: to send with a referral,
   * or for a patient who asks for it at the desk.
   *
   * @throws RecordException {@code patient.notFound} for a patient the caller's clinic does not
   *     have
   */
  public RecordExport of(long patientId) throws RecordException {
    tenancy.requireRole(Role.THERAPIST, Role.CLINIC_ADMIN);
    return export(
        patients.find(patientId).orElseThrow(() -> new RecordException("patient.notFound")));
  }

  private RecordExport export(Patient patient) {
    Clinic clinic = em.find(Clinic.class, tenancy.currentClinicId());
    PatientRecordBundle record = RecordAssembly.of(em, portal.of(FHIR_PATH), clinic, patient);
    OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneId.of(clinic.getTimeZone())));
    Bundle bundle = record.build(now);
    audit.record(AuditAction.RECORD_EXPORTED, patient.getId());
    return new RecordExport(
        FhirContext.forR4Cached()
            .newJsonParser()
            .setPrettyPrint(true)
            .encodeResourceToString(bundle),
        "health-record-" + patient.getId() + "-" + now.toLocalDate() + ".json");
  }
}
