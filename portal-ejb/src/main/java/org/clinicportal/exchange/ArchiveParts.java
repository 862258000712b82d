package org.clinicportal.exchange;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicportal.assessment.Assessment;
import org.clinicportal.assessment.AssessmentDocument;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.audit.FieldChange;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Therapist;
import org.clinicportal.exercise.Exercise;
import org.clinicportal.patient.Patient;
import org.clinicportal.platform.PortalAddress;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.TenantBound;
import org.clinicportal.program.Handout;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.program.ProgramHandouts;
import org.clinicportal.program.ProgramStatus;
import org.hl7.fhir.r4.model.Resource;

/**
 * The parts of the bound clinic's archive, for its administrators alone, each read in the
 * transaction of the call: the clinic and its therapists, then the patients a batch at a time.
 */
@Stateless
@TenantBound
public class ArchiveParts {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Tenancy tenancy;
  @Inject private AuditTrail audit;
  @Inject private PortalAddress portal;
  @Inject private ProgramHandouts handouts;

  /**
   * The clinic, its therapists and its exercise library as FHIR, and the archive's start in the
   * audit trail.
   *
   * @throws RecordException for anyone but the clinic's administrators
   */
  public List<Resource> staff() throws RecordException {
    tenancy.requireRole(Role.CLINIC_ADMIN);
    String base = base();
    List<Resource> staff = new ArrayList<>();
    Clinic clinic = clinic();
    staff.add(PatientRecordBundle.organization(base, clinic));
    em.createNamedQuery("Therapist.findAll", Therapist.class)
        .getResultStream()
        .map(therapist -> PatientRecordBundle.therapist(base, therapist))
        .forEach(staff::add);
    em.createNamedQuery("Exercise.findAll", Exercise.class)
        .getResultStream()
        .map(exercise -> ExerciseDefinitions.of(base, exercise, clinic.getLanguage()))
        .forEach(staff::add);
    audit.record(
        AuditAction.CLINIC_ARCHIVE_DOWNLOADED,
        null,
        List.of(FieldChange.set("patients", String.valueOf(patientCount()))));
    return staff;
  }

  /**
   * The next {@code size} patients after {@code afterPatient}, in id order: their records as FHIR
   * (without the clinic and therapists), their table rows, their signed assessments and their
   * running programs' handouts.
   *
   * @throws RecordException for anyone but the clinic's administrators
   */
  public ArchiveBatch batch(long afterPatient, int size) throws RecordException {
    tenancy.requireRole(Role.CLINIC_ADMIN);
    List<Patient> patients =
        em.createNamedQuery("Patient.after", Patient.class)
            .setParameter("after", afterPatient)
            .setMaxResults(size)
            .getResultList();
    String base = base();
    Clinic clinic = clinic();
    List<Resource> resources = new ArrayList<>();
    Map<String, List<List<String>>> rows = new LinkedHashMap<>();
    Map<String, byte[]> documents = new LinkedHashMap<>();
    for (Patient patient : patients) {
      RecordAssembly record = RecordAssembly.read(em, patient);
      record.bundle(base, clinic).resources().stream()
          .filter(resource -> !resource.fhirType().equals("Organization"))
          .filter(resource -> !resource.fhirType().equals("Practitioner"))
          .forEach(resources::add);
      ArchiveTables.rowsOf(record, clinic.getLanguage())
          .forEach(
              (table, added) ->
                  rows.computeIfAbsent(table, any -> new ArrayList<>()).addAll(added));
      for (HomeProgram program : record.programs()) {
        if (program.getStatus() == ProgramStatus.ACTIVE) {
          Handout handout = handouts.of(program.getId());
          documents.put("handouts/" + handout.fileName(), handout.pdf());
        }
      }
      String number = patient.getRecordNumber().replaceAll("[^A-Za-z0-9_-]", "-");
      for (Assessment assessment : record.assessments()) {
        documents.put(
            "assessments/assessment-" + number + "-" + assessment.getId() + ".pdf",
            AssessmentDocument.render(clinic, assessment));
      }
    }
    long last = patients.isEmpty() ? afterPatient : patients.get(patients.size() - 1).getId();
    return new ArchiveBatch(resources, rows, documents, last, patients.size());
  }

  private long patientCount() {
    return em.createNamedQuery("Patient.count", Long.class).getSingleResult();
  }

  private Clinic clinic() {
    return em.find(Clinic.class, tenancy.currentClinicId());
  }

  private String base() {
    return portal.of(RecordExports.FHIR_PATH);
  }
}
