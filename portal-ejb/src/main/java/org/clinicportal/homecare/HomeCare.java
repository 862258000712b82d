package org.clinicportal.homecare;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.patient.Episode;
import org.clinicportal.patient.Episodes;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.Patients;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.TenantBound;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.program.ProgramItem;
import org.clinicportal.program.ProgramStatus;

/**
 * Home care from both sides. A patient sees and logs only their own program and journal, found from
 * the account they signed in with, never from an id they send; therapists and clinic administrators
 * read any patient's progress in their clinic. Days are the clinic's days.
 */
@Stateless
@TenantBound
public class HomeCare {

  /** Weeks of check-ins shown beside the progress. */
  static final int CHECK_INS_SHOWN = 12;

  /** How many days back a phone that was offline may still send a round or an entry. */
  public static final int DAYS_BACK = 7;

  /** Journal entries shown beside the progress; the pain chart reads every entry. */
  static final int RECENT_ENTRIES = 30;

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Tenancy tenancy;
  @Inject private Patients patients;
  @Inject private Episodes episodes;
  @Inject private Alerts alerts;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  /** The signed-in patient's exercises for today. */
  public TodaysPlan todaysPlan() throws RecordException {
    Patient me = patients.signedIn();
    LocalDate today = today();
    Optional<HomeProgram> program = activeProgram(me.getId());
    if (program.isEmpty()) {
      return TodaysPlan.none(today);
    }
    LocalDate monday = Adherence.mondayOf(today);
    return TodaysPlan.of(program.get(), today, logs(me.getId(), monday, monday.plusDays(6)));
  }

  /**
   * Records what became of one round of an exercise of the patient's own active program today. The
   * same answer twice is one answer; a different one replaces the earlier.
   *
   * @throws RecordException when the exercise is not in the patient's active program, the round is
   *     not one of its rounds, or a skip has no reason
   */
  public ExerciseLog log(long itemId, int round, @NotNull LogOutcome outcome, SkipReason reason)
      throws RecordException {
    return log(itemId, null, round, outcome, reason);
  }

  /**
   * Records what became of one round of an exercise on a day of the last week, as a phone that was
   * offline sends it later. The round belongs to the program version that was the patient's plan
   * that day, also when a newer version has replaced it since. The same answer twice is one answer;
   * a different one replaces the earlier.
   *
   * @param day the day in the clinic's calendar; null for today
   * @throws RecordException when the exercise is not in a program of the patient that was the plan
   *     that day, the day is in the future or more than {@value #DAYS_BACK} days back, the round is
   *     not one of its rounds, or a skip has no reason
   */
  public ExerciseLog log(
      long itemId, LocalDate day, int round, @NotNull LogOutcome outcome, SkipReason reason)
      throws RecordException {
    Patient me = patients.signedIn();
    ProgramItem item = em.find(ProgramItem.class, itemId);
    if (item == null || !item.getProgram().getPatient().getId().equals(me.getId())) {
      throw new RecordException("homecare.exercise.notFound");
    }
    if (round < 1 || round > item.getDosage().getTimesPerDay()) {
      throw new RecordException("homecare.round");
    }
    if (outcome == LogOutcome.SKIPPED && reason == null) {
      throw new RecordException("homecare.skipReason");
    }
    LocalDate on = dayWithinReach(day);
    HomeProgram program = item.getProgram();
    if (!program.wasThePlanOn(on, clinicZone())) {
      throw new RecordException(
          program.getStatus() == ProgramStatus.ACTIVE && on.isBefore(program.getStartsOn())
              ? "homecare.notStarted"
              : "homecare.exercise.notFound");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    Optional<ExerciseLog> earlier =
        em.createNamedQuery("ExerciseLog.ofRound", ExerciseLog.class)
            .setParameter("itemId", itemId)
            .setParameter("on", on)
            .setParameter("round", round)
            .getResultStream()
            .findFirst();
    if (earlier.isPresent()) {
      earlier.get().record(outcome, reason, now);
      return earlier.get();
    }
    ExerciseLog log = new ExerciseLog(me, item, on, round, outcome, reason, now);
    em.persist(log);
    return log;
  }

  /** The day a round or entry is for: today when none is named, refused when out of reach. */
  private LocalDate dayWithinReach(LocalDate day) throws RecordException {
    LocalDate today = today();
    if (day == null) {
      return today;
    }
    if (day.isAfter(today)) {
      throw new RecordException("homecare.day.future");
    }
    if (day.isBefore(today.minusDays(DAYS_BACK))) {
      throw new RecordException("homecare.day.tooLongAgo");
    }
    return day;
  }

  /**
   * Writes the patient's journal entry for a session today. Sending the same form again returns the
   * entry it made the first time. A yes to a safety question raises an urgent alert.
   *
   * @throws RecordException when the form has a problem or names a program not the patient's own
   *     active one
   */
  public JournalEntry record(@NotNull JournalForm form) throws RecordException {
    Patient me = patients.signedIn();
    List<String> problems = form.problems();
    if (!problems.isEmpty()) {
      throw new RecordException(problems.get(0));
    }
    Optional<JournalEntry> sent =
        em.createNamedQuery("JournalEntry.bySubmission", JournalEntry.class)
            .setParameter("patientId", me.getId())
            .setParameter("key", form.getSubmissionKey().toString())
            .getResultStream()
            .findFirst();
    if (sent.isPresent()) {
      return sent.get();
    }
    LocalDate on = dayWithinReach(form.getSessionOn());
    HomeProgram program = null;
    if (form.getProgramId() != null) {
      program = em.find(HomeProgram.class, form.getProgramId());
      if (program == null
          || !program.getPatient().getId().equals(me.getId())
          || !program.wasThePlanOn(on, clinicZone())) {
        throw new RecordException("homecare.program.notFound");
      }
    }
    Episode episode =
        program != null ? program.getEpisode() : episodes.of(me.getId(), on).orElse(null);
    JournalEntry entry =
        new JournalEntry(me, program, episode, form, on, OffsetDateTime.now(clock));
    em.persist(entry);
    em.flush();
    audit.record(AuditAction.JOURNAL_ENTRY_RECORDED, me.getId());
    alerts.afterEntry(entry);
    return entry;
  }

  /** The signed-in patient's progress. */
  public CareProgress myProgress() throws RecordException {
    return progress(patients.signedIn().getId());
  }

  /** A patient's progress, for their clinic's therapists and administrators. */
  public CareProgress progressOf(long patientId) throws RecordException {
    tenancy.requireRole(Role.THERAPIST, Role.CLINIC_ADMIN);
    patients.find(patientId).orElseThrow(() -> new RecordException("patient.notFound"));
    return progress(patientId);
  }

  private CareProgress progress(long patientId) {
    List<JournalEntry> entries =
        em.createNamedQuery("JournalEntry.ofPatient", JournalEntry.class)
            .setParameter("patientId", patientId)
            .getResultList();
    List<PainReading> pain = new ArrayList<>(entries.stream().map(JournalEntry::reading).toList());
    Collections.reverse(pain);
    List<JournalEntry> recent = entries.subList(0, Math.min(RECENT_ENTRIES, entries.size()));
    List<CheckIn> asked =
        em.createNamedQuery("CheckIn.ofPatient", CheckIn.class)
            .setParameter("patientId", patientId)
            .setMaxResults(CHECK_INS_SHOWN)
            .getResultList();
    Optional<HomeProgram> program = activeProgram(patientId);
    if (program.isEmpty()) {
      return new CareProgress(null, List.of(), pain, recent, asked);
    }
    HomeProgram active = program.get();
    LocalDate today = today();
    List<Adherence.Planned> plan =
        active.getItems().stream()
            .map(
                item ->
                    new Adherence.Planned(
                        item.getId(),
                        item.getDosage().getTimesPerDay(),
                        item.getDosage().getDaysPerWeek()))
            .toList();
    List<Adherence.Done> done =
        logs(patientId, active.getStartsOn(), today).stream()
            .filter(ExerciseLog::isDone)
            .map(log -> new Adherence.Done(log.getItem().getId(), log.getPerformedOn()))
            .toList();
    return new CareProgress(
        active, Adherence.weekly(plan, active.getStartsOn(), today, done), pain, recent, asked);
  }

  /** Today in the bound clinic's time zone. */
  LocalDate today() {
    return LocalDate.now(clock.withZone(clinicZone()));
  }

  private ZoneId clinicZone() {
    return ZoneId.of(em.find(Clinic.class, tenancy.currentClinicId()).getTimeZone());
  }

  private List<ExerciseLog> logs(long patientId, LocalDate from, LocalDate to) {
    return em.createNamedQuery("ExerciseLog.ofPatientBetween", ExerciseLog.class)
        .setParameter("patientId", patientId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  private Optional<HomeProgram> activeProgram(long patientId) {
    Optional<HomeProgram> program =
        em.createNamedQuery("HomeProgram.findActiveOfPatient", HomeProgram.class)
            .setParameter("patientId", patientId)
            .getResultStream()
            .findFirst();
    program.ifPresent(active -> active.getItems().size());
    return program;
  }
}
