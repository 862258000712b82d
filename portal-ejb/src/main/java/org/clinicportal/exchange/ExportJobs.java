package org.clinicportal.exchange;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.audit.FieldChange;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Therapist;
import org.clinicportal.exercise.Exercise;
import org.clinicportal.patient.Patient;
import org.clinicportal.platform.Language;
import org.clinicportal.platform.PortalAddress;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.TenantBound;
import org.hl7.fhir.r4.model.Resource;

/**
 * The bound clinic's Bulk Data exports: started for a client, read a batch of patients at a time
 * (each batch its own transaction, so that nothing builds up while a large clinic is written),
 * finished, failed or cancelled, and found again only by the client that started them. Starting,
 * finishing and each file downloaded are audited in the client's name.
 */
@Stateless
@TenantBound
public class ExportJobs {

  /** The kinds of resource an export writes, in the order their files are listed. */
  public static final List<String> EXPORTABLE =
      List.of(
          "Organization",
          "Practitioner",
          "ActivityDefinition",
          "Patient",
          "CarePlan",
          "ServiceRequest",
          "Observation",
          "QuestionnaireResponse",
          "Flag");

  /** An export that has not moved for this long is taken as stopped with its server. */
  static final Duration STALLED = Duration.ofMinutes(15);

  private static final Set<String> ONCE_PER_EXPORT =
      Set.of("Organization", "Practitioner", "ActivityDefinition");

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Tenancy tenancy;
  @Inject private AuditTrail audit;
  @Inject private PortalAddress portal;
  @Inject private Clock clock;

  /**
   * Starts an export for the grant's client.
   *
   * @throws ExportRefusedException 404 for a caseload of no therapist of the clinic, 429 while the
   *     client's last export still runs
   */
  public ExportJob start(
      ClientGrant grant, ExportLevel level, Long therapist, List<String> types, String request)
      throws ExportRefusedException {
    FhirClient client = clientOf(grant);
    if (!em.createNamedQuery("BulkExport.runningOf", BulkExport.class)
        .setParameter("client", client)
        .getResultList()
        .isEmpty()) {
      throw ExportRefusedException.running();
    }
    long patients;
    if (level == ExportLevel.GROUP) {
      if (em.createNamedQuery("Therapist.findByAccount", Therapist.class)
          .setParameter("accountId", therapist)
          .getResultList()
          .isEmpty()) {
        throw new ExportRefusedException(404, "No such group");
      }
      patients =
          em.createNamedQuery("Patient.countOfTherapist", Long.class)
              .setParameter("account", therapist)
              .getSingleResult();
    } else {
      patients = em.createNamedQuery("Patient.count", Long.class).getSingleResult();
    }
    BulkExport export =
        new BulkExport(client, level, therapist, types, request, (int) patients, now());
    em.persist(export);
    em.flush();
    audit.recordForClient(
        client.getName(),
        AuditAction.FHIR_EXPORT_STARTED,
        null,
        List.of(
            FieldChange.set("client", client.getClientId()),
            FieldChange.set("request", export.getRequest())));
    return ExportJob.of(export);
  }

  /** The clinic, its therapists and its exercise library, once per export, of the kinds asked. */
  public List<Resource> staff(String jobId) {
    BulkExport export = byJob(jobId);
    String base = base();
    List<Resource> staff = new ArrayList<>();
    if (export.types().contains("Organization")) {
      staff.add(PatientRecordBundle.organization(base, clinic()));
    }
    if (export.types().contains("Practitioner")) {
      em.createNamedQuery("Therapist.findAll", Therapist.class)
          .getResultStream()
          .map(therapist -> PatientRecordBundle.therapist(base, therapist))
          .forEach(staff::add);
    }
    if (export.types().contains("ActivityDefinition")) {
      Language language = clinic().getLanguage();
      em.createNamedQuery("Exercise.findAll", Exercise.class)
          .getResultStream()
          .map(exercise -> ExerciseDefinitions.of(base, exercise, language))
          .forEach(staff::add);
    }
    return staff;
  }

  /**
   * The records of the export's next patients after {@code afterPatient}, in id order, counted as
   * done; a stopped export answers that it stopped.
   */
  public ExportBatch batch(String jobId, long afterPatient, int size) {
    BulkExport export = byJob(jobId);
    if (!export.isRunning()) {
      return ExportBatch.stopped();
    }
    TypedQuery<Patient> query =
        export.getLevel() == ExportLevel.GROUP
            ? em.createNamedQuery("Patient.ofTherapistAfter", Patient.class)
                .setParameter("account", export.getTherapist())
            : em.createNamedQuery("Patient.after", Patient.class);
    List<Patient> patients =
        query.setParameter("after", afterPatient).setMaxResults(size).getResultList();
    String base = base();
    Clinic clinic = clinic();
    List<String> types = export.types();
    List<Resource> resources = new ArrayList<>();
    for (Patient patient : patients) {
      RecordAssembly.of(em, base, clinic, patient).resources().stream()
          .filter(resource -> types.contains(resource.fhirType()))
          .filter(resource -> !ONCE_PER_EXPORT.contains(resource.fhirType()))
          .forEach(resources::add);
    }
    export.progressed(patients.size(), now());
    long last = patients.isEmpty() ? afterPatient : patients.get(patients.size() - 1).getId();
    return new ExportBatch(resources, last, patients.size(), true);
  }

  /** Marks the export done with its files' counts, unless it was cancelled meanwhile. */
  public void finish(String jobId, Map<String, Integer> counts) {
    BulkExport export = byJob(jobId);
    if (export.isRunning()) {
      export.finish(counts, now());
      audit.recordForClient(
          export.getClient().getName(),
          AuditAction.FHIR_EXPORT_FINISHED,
          null,
          List.of(
              FieldChange.set("client", export.getClient().getClientId()),
              FieldChange.set("patients", String.valueOf(export.getPatientsDone()))));
    }
  }

  /** Marks the export failed, unless it was cancelled meanwhile. */
  public void fail(String jobId, String problem) {
    BulkExport export = byJob(jobId);
    if (export.isRunning()) {
      export.fail(problem, now());
    }
  }

  /**
   * The export of that job id, for the client that started it.
   *
   * @throws ExportRefusedException 404 for any other job id, or another client's
   */
  public ExportJob find(ClientGrant grant, String jobId) throws ExportRefusedException {
    return ExportJob.of(ofClient(grant, jobId));
  }

  /**
   * Cancels the client's running export; its files are removed by the caller.
   *
   * @throws ExportRefusedException 404 for an export that is not the client's or not running
   */
  public void cancel(ClientGrant grant, String jobId) throws ExportRefusedException {
    BulkExport export = ofClient(grant, jobId);
    if (!export.isRunning()) {
      throw ExportRefusedException.notFound();
    }
    export.cancel(now());
  }

  /**
   * Records that the client downloads one file of its finished export.
   *
   * @throws ExportRefusedException 404 for an export that is not the client's, not done, or has no
   *     file of that kind
   */
  public void download(ClientGrant grant, String jobId, String type) throws ExportRefusedException {
    BulkExport export = ofClient(grant, jobId);
    if (export.getStatus() != ExportStatus.DONE || !export.output().containsKey(type)) {
      throw ExportRefusedException.notFound();
    }
    audit.recordForClient(
        grant.clientName(),
        AuditAction.FHIR_EXPORT_DOWNLOADED,
        null,
        List.of(FieldChange.set("client", grant.clientId()), FieldChange.set("file", type)));
  }

  /**
   * Forgets exports finished more than a day ago and fails those that stopped moving.
   *
   * @return the job ids whose files are to go
   */
  public List<String> tidy() {
    OffsetDateTime now = now();
    List<String> gone = new ArrayList<>();
    for (BulkExport stalled :
        em.createNamedQuery("BulkExport.stalled", BulkExport.class)
            .setParameter("before", now.minus(STALLED))
            .getResultList()) {
      stalled.fail("The export stopped with its server; start a new one", now);
      gone.add(stalled.getJobId());
    }
    for (BulkExport old :
        em.createNamedQuery("BulkExport.finishedBefore", BulkExport.class)
            .setParameter("before", now.minus(BulkExport.KEPT))
            .getResultList()) {
      gone.add(old.getJobId());
      em.remove(old);
    }
    return gone;
  }

  private BulkExport ofClient(ClientGrant grant, String jobId) throws ExportRefusedException {
    return em.createNamedQuery("BulkExport.byJob", BulkExport.class)
        .setParameter("jobId", jobId)
        .getResultStream()
        .filter(export -> export.getClient().getClientId().equals(grant.clientId()))
        .findFirst()
        .orElseThrow(ExportRefusedException::notFound);
  }

  private BulkExport byJob(String jobId) {
    return em.createNamedQuery("BulkExport.byJob", BulkExport.class)
        .setParameter("jobId", jobId)
        .getSingleResult();
  }

  private FhirClient clientOf(ClientGrant grant) {
    return em.createNamedQuery("FhirClient.byClientId", FhirClient.class)
        .setParameter("clientId", grant.clientId())
        .getSingleResult();
  }

  private Clinic clinic() {
    return em.find(Clinic.class, tenancy.currentClinicId());
  }

  private String base() {
    return portal.of(RecordExports.FHIR_PATH);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
