package org.clinicportal.homecare;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.audit.FieldChange;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Therapist;
import org.clinicportal.mail.MailKind;
import org.clinicportal.mail.Outbox;
import org.clinicportal.patient.Episode;
import org.clinicportal.patient.Patient;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.PortalAddress;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.StaleRecordException;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.TenantBound;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.security.UserAccount;

/**
 * The bound clinic's alerts: raised from a new journal entry (safety, worsening) and by the daily
 * watch over running programs (silence, no progress by the review date); read and acknowledged by
 * therapists. Each cause raises one alert, and raising and acknowledging are audited.
 */
@Stateless
@TenantBound
public class Alerts {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Tenancy tenancy;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Inject private Outbox outbox;
  @Inject private PortalAddress portal;

  /** Raises what a new journal entry calls for: an urgent alert for a safety yes, and worsening. */
  public void afterEntry(JournalEntry entry) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (entry.raisesSafetyConcern()) {
      raise(PatientAlert.safety(entry, now));
    }
    HomeProgram program = entry.getProgram();
    if (program == null) {
      return;
    }
    Integer assessed =
        program.getAssessment() == null ? null : program.getAssessment().getPainNow();
    OptionalInt start =
        assessed != null
            ? OptionalInt.of(assessed)
            : AlertRules.startingLevel(null, readingsOf(program.getId()));
    boolean alreadyOpen = !openOfKind(entry.getPatient(), AlertKind.WORSENING).isEmpty();
    if (start.isPresent()
        && !alreadyOpen
        && AlertRules.isWorse(start.getAsInt(), entry.reading())) {
      raise(PatientAlert.worsening(entry, start.getAsInt(), now));
    }
  }

  /**
   * Looks over one batch of the clinic's running programs on a day of the clinic: raises silence
   * after three whole days without a journal entry, and no progress when the review date has come
   * without the expected improvement. The batch is the programs of the next {@code max} patients
   * after {@code afterPatientId}, in the order of their ids; a patient has one active program.
   *
   * <p>Each batch commits on its own, whatever transaction its caller runs in, and reads only its
   * own patients' entries, causes and readings: the hourly watch holds no lock and no memory from
   * one batch to the next, and pauses between them (see {@link AlertWatch}).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public WatchedBatch watch(LocalDate today, long afterPatientId, int max) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<RunningProgram> batch =
        em.createNamedQuery("PatientAlert.runningPrograms", RunningProgram.class)
            .setParameter("today", today)
            .setParameter("after", afterPatientId)
            .setMaxResults(max)
            .getResultList();
    if (batch.isEmpty()) {
      return new WatchedBatch(0, 0, afterPatientId);
    }
    List<Long> patientIds = batch.stream().map(RunningProgram::patientId).toList();
    Map<Long, LocalDate> lastEntries = new HashMap<>();
    em.createNamedQuery("JournalEntry.lastOfPatients", Object[].class)
        .setParameter("patientIds", patientIds)
        .getResultStream()
        .forEach(row -> lastEntries.put((Long) row[0], (LocalDate) row[1]));
    Set<Cause> known = causesOf(patientIds);
    Map<Long, List<PainReading>> readings =
        readingsOfPrograms(
            batch.stream()
                .filter(program -> !today.isBefore(program.reviewOn()))
                .map(RunningProgram::programId)
                .toList());
    int raised = 0;
    for (RunningProgram program : batch) {
      Patient patient = em.getReference(Patient.class, program.patientId());
      Episode episode = em.getReference(Episode.class, program.episodeId());
      Optional<LocalDate> silentSince =
          AlertRules.silentSince(program.startsOn(), lastEntries.get(program.patientId()), today);
      if (silentSince.isPresent()
          && raiseUnlessKnown(
              PatientAlert.silence(patient, episode, silentSince.get(), now), known)) {
        raised++;
      }
      if (!today.isBefore(program.reviewOn())
          && reviewProgress(
              patient,
              episode,
              program,
              readings.getOrDefault(program.programId(), List.of()),
              today,
              now,
              known)) {
        raised++;
      }
    }
    return new WatchedBatch(batch.size(), raised, patientIds.get(patientIds.size() - 1));
  }

  /**
   * What one batch of the watch did: how many programs it looked over, how many alerts it raised,
   * and the last patient it read, after whom the next batch starts.
   */
  public record WatchedBatch(int programs, int raised, long lastPatientId) {}

  private boolean reviewProgress(
      Patient patient,
      Episode episode,
      RunningProgram program,
      List<PainReading> readings,
      LocalDate today,
      OffsetDateTime now,
      Set<Cause> known) {
    OptionalInt start = AlertRules.startingLevel(program.assessedPain(), readings);
    if (start.isEmpty()
        || !AlertRules.lacksProgress(start.getAsInt(), program.reviewOn(), readings, today)) {
      return false;
    }
    Integer latest =
        readings.stream()
            .filter(reading -> !reading.on().isAfter(program.reviewOn()))
            .reduce((earlier, later) -> later)
            .map(PainReading::before)
            .orElse(null);
    return raiseUnlessKnown(
        PatientAlert.noProgress(
            patient,
            episode,
            program.programId(),
            program.reviewOn(),
            start.getAsInt(),
            latest,
            now),
        known);
  }

  /** The causes of every alert the batch's patients ever had. */
  private Set<Cause> causesOf(List<Long> patientIds) {
    Set<Cause> causes = new HashSet<>();
    em.createNamedQuery("PatientAlert.causesOfPatients", Object[].class)
        .setParameter("patientIds", patientIds)
        .getResultStream()
        .forEach(row -> causes.add(new Cause((Long) row[0], (AlertKind) row[1], (String) row[2])));
    return causes;
  }

  /** What raised an alert: one cause raises one alert, ever. */
  private record Cause(long patientId, AlertKind kind, String reasonKey) {}

  /** The pain readings of each program, in the order they were recorded. */
  private Map<Long, List<PainReading>> readingsOfPrograms(List<Long> programIds) {
    Map<Long, List<PainReading>> readings = new HashMap<>();
    if (programIds.isEmpty()) {
      return readings;
    }
    em.createNamedQuery("JournalEntry.readingsOfPrograms", Object[].class)
        .setParameter("programIds", programIds)
        .getResultStream()
        .forEach(
            row ->
                readings
                    .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add(new PainReading((LocalDate) row[1], (Integer) row[2], (Integer) row[3])));
    return readings;
  }

  /** Open alerts, newest first; urgent ones are marked by their kind. */
  public List<PatientAlert> open(boolean onlyMyPatients) throws RecordException {
    ClinicPrincipal reader = tenancy.requireRole(Role.THERAPIST, Role.CLINIC_ADMIN);
    if (onlyMyPatients) {
      return em.createNamedQuery("PatientAlert.openOfTherapist", PatientAlert.class)
          .setParameter("accountId", reader.accountId())
          .getResultList();
    }
    return em.createNamedQuery("PatientAlert.open", PatientAlert.class).getResultList();
  }

  /** The latest acknowledged alerts, most recently acknowledged first. */
  public List<PatientAlert> acknowledged(int limit) throws RecordException {
    tenancy.requireRole(Role.THERAPIST, Role.CLINIC_ADMIN);
    return em.createNamedQuery("PatientAlert.acknowledged", PatientAlert.class)
        .setMaxResults(limit)
        .getResultList();
  }

  public long openCount() throws RecordException {
    tenancy.requireRole(Role.THERAPIST, Role.CLINIC_ADMIN);
    return em.createNamedQuery("PatientAlert.countOpen", Long.class).getSingleResult();
  }

  public List<PatientAlert> ofPatient(long patientId) throws RecordException {
    tenancy.requireRole(Role.THERAPIST, Role.CLINIC_ADMIN);
    return em.createNamedQuery("PatientAlert.ofPatient", PatientAlert.class)
        .setParameter("patientId", patientId)
        .getResultList();
  }

  /**
   * Closes an alert with the therapist's note of what was done.
   *
   * @throws RecordException for an unknown alert, one acknowledged already, or a missing note
   */
  public PatientAlert acknowledge(long alertId, long versionSeen, String note)
      throws RecordException {
    ClinicPrincipal therapist = tenancy.requireRole(Role.THERAPIST);
    PatientAlert alert = em.find(PatientAlert.class, alertId);
    if (alert == null) {
      throw new RecordException("alert.notFound");
    }
    if (alert.isAcknowledged()) {
      throw new RecordException("alert.acknowledged");
    }
    if (alert.getVersion() != versionSeen) {
      throw new StaleRecordException();
    }
    String text = note == null ? "" : note.trim();
    if (text.isEmpty() || text.length() > PatientAlert.MAX_ACKNOWLEDGEMENT) {
      throw new RecordException("alert.note");
    }
    UserAccount account = em.find(UserAccount.class, therapist.accountId());
    alert.acknowledge(account, text, OffsetDateTime.now(clock));
    audit.record(
        AuditAction.ALERT_ACKNOWLEDGED,
        alert.getPatient().getId(),
        List.of(FieldChange.set(alert.getKind().name(), text)));
    return alert;
  }

  /** Raises the watch's alert unless its cause is among those known, which it then joins. */
  private boolean raiseUnlessKnown(PatientAlert alert, Set<Cause> known) {
    if (!known.add(new Cause(alert.getPatient().getId(), alert.getKind(), alert.getReasonKey()))) {
      return false;
    }
    persist(alert);
    return true;
  }

  private boolean raise(PatientAlert alert) {
    boolean known =
        !em.createNamedQuery("PatientAlert.byCause", PatientAlert.class)
            .setParameter("patientId", alert.getPatient().getId())
            .setParameter("kind", alert.getKind())
            .setParameter("reasonKey", alert.getReasonKey())
            .getResultList()
            .isEmpty();
    if (known) {
      return false;
    }
    persist(alert);
    return true;
  }

  private void persist(PatientAlert alert) {
    em.persist(alert);
    audit.record(
        AuditAction.ALERT_RAISED,
        alert.getPatient().getId(),
        List.of(FieldChange.set("kind", alert.getKind().name())));
    if (alert.getKind() == AlertKind.SAFETY) {
      notice(alert);
    }
  }

  /**
   * Tells by e-mail that an urgent alert waits: the patient's therapist, when they gave an address
   * for notices, and the clinic's address for urgent notices, when it has one (once when both are
   * the same). The message names no patient and no answer; it is queued in the transaction that
   * raised the alert.
   */
  private void notice(PatientAlert alert) {
    Therapist therapist = alert.getPatient().getTherapist();
    Clinic clinic = em.find(Clinic.class, tenancy.currentClinicId());
    String toTherapist =
        therapist == null || !therapist.getAccount().isActive()
            ? null
            : therapist.getAccount().getNoticeEmail();
    String toClinic = clinic.getUrgentNoticeEmail();
    String link = portal.of("/therapist/alerts.xhtml");
    if (toTherapist != null) {
      outbox.queue(
          CareMail.in(therapist.getAccount().languageOr(clinic.getLanguage()))
              .of(
                  MailKind.URGENT_ALERT,
                  "urgent:" + alert.getId(),
                  toTherapist,
                  clinic.getName(),
                  link,
                  null));
    }
    if (toClinic != null && !toClinic.equalsIgnoreCase(toTherapist)) {
      outbox.queue(
          CareMail.in(clinic.getLanguage())
              .urgentToClinic(
                  "urgent:" + alert.getId() + ":clinic", toClinic, clinic.getName(), link));
    }
  }

  private List<PatientAlert> openOfKind(Patient patient, AlertKind kind) {
    return em.createNamedQuery("PatientAlert.openOfKind", PatientAlert.class)
        .setParameter("patientId", patient.getId())
        .setParameter("kind", kind)
        .getResultList();
  }

  private List<PainReading> readingsOf(long programId) {
    return em
        .createNamedQuery("JournalEntry.ofProgram", JournalEntry.class)
        .setParameter("programId", programId)
        .getResultList()
        .stream()
        .map(JournalEntry::reading)
        .toList();
  }
}
