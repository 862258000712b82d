package org.clinicportal.review;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.clinicportal.assessment.Progress;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.exercise.Dosage;
import org.clinicportal.homecare.Adherence;
import org.clinicportal.homecare.Alerts;
import org.clinicportal.homecare.ExerciseLog;
import org.clinicportal.homecare.JournalEntry;
import org.clinicportal.homecare.WeekAdherence;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.Patients;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.TenantBound;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.program.HomePrograms;
import org.clinicportal.program.ProgramItem;
import org.clinicportal.program.ProgramPlan;
import org.clinicportal.questionnaire.Measurement;
import org.clinicportal.questionnaire.Questionnaires;

/**
 * Reviews of the bound clinic's home programs: what the patient did since the active version
 * started, read against the {@link ProgressionRule}, and the therapist's decisions made into the
 * next version. Therapists and administrators read a review; therapists decide it.
 */
@Stateless
@TenantBound
public class Reviews {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Tenancy tenancy;
  @Inject private Patients patients;
  @Inject private HomePrograms programs;
  @Inject private Alerts alerts;
  @Inject private Questionnaires questionnaires;
  @Inject private Clock clock;

  /**
   * The review of the patient's active program as of today.
   *
   * @throws RecordException for a patient not of the clinic or without an active program
   */
  public ProgramReview review(long patientId) throws RecordException {
    tenancy.requireRole(Role.THERAPIST, Role.CLINIC_ADMIN);
    Patient patient =
        patients.find(patientId).orElseThrow(() -> new RecordException("patient.notFound"));
    HomeProgram program =
        programs.activeOf(patientId).orElseThrow(() -> new RecordException("review.noProgram"));
    LocalDate today = LocalDate.now(clock.withZone(clinicZone()));
    LocalDate from = program.getStartsOn();
    Map<Long, List<Adherence.Done>> doneOfItem = new HashMap<>();
    if (!today.isBefore(from)) {
      em
          .createNamedQuery("ExerciseLog.ofPatientBetween", ExerciseLog.class)
          .setParameter("patientId", patientId)
          .setParameter("from", from)
          .setParameter("to", today)
          .getResultList()
          .stream()
          .filter(ExerciseLog::isDone)
          .forEach(
              log ->
                  doneOfItem
                      .computeIfAbsent(log.getItem().getId(), item -> new ArrayList<>())
                      .add(new Adherence.Done(log.getItem().getId(), log.getPerformedOn())));
    }
    List<JournalEntry> entries =
        em
            .createNamedQuery("JournalEntry.ofPatient", JournalEntry.class)
            .setParameter("patientId", patientId)
            .getResultList()
            .stream()
            .filter(entry -> !entry.getSessionOn().isBefore(from))
            .sorted(
                Comparator.comparing(JournalEntry::getSessionOn)
                    .thenComparing(JournalEntry::getRecordedAt))
            .toList();
    PainTrend pain = PainTrend.of(entries.stream().map(JournalEntry::getPainBefore).toList());
    int safetyYes = (int) entries.stream().filter(JournalEntry::raisesSafetyConcern).count();
    int openAlerts =
        (int) alerts.ofPatient(patientId).stream().filter(alert -> !alert.isAcknowledged()).count();

    List<ExerciseReview> exercises = new ArrayList<>();
    int plannedInAll = 0;
    int doneInAll = 0;
    for (ProgramItem item : program.getItems()) {
      Dosage dosage = item.getDosage();
      List<WeekAdherence> weeks =
          Adherence.weekly(
              List.of(
                  new Adherence.Planned(
                      item.getId(), dosage.getTimesPerDay(), dosage.getDaysPerWeek())),
              from,
              today,
              doneOfItem.getOrDefault(item.getId(), List.of()));
      int planned = weeks.stream().mapToInt(WeekAdherence::planned).sum();
      int done = weeks.stream().mapToInt(WeekAdherence::done).sum();
      plannedInAll += planned;
      doneInAll += done;
      Integer percent = percent(done, planned);
      ProgressionRule.Proposed proposed = ProgressionRule.propose(percent, pain, safetyYes > 0);
      exercises.add(
          new ExerciseReview(
              item.getId(),
              item.getExercise().getName(),
              dosage,
              planned,
              done,
              percent,
              proposed.proposal(),
              proposed.reason(),
              ProgressionRule.apply(proposed.proposal(), dosage)));
    }
    return new ProgramReview(
        patientId,
        patient.getFullName(),
        program.getId(),
        program.getVersion(),
        program.getNumber(),
        program.getTitle(),
        from,
        program.getReviewOn(),
        today,
        percent(doneInAll, plannedInAll),
        pain,
        safetyYes,
        openAlerts,
        programs.ofPatient(patientId).stream().anyMatch(HomeProgram::isDraft),
        measured(program),
        List.copyOf(exercises));
  }

  /**
   * The signed-in therapist's own patients whose active program's review date has come, the longest
   * waiting first, at most {@code max} of them.
   */
  public List<ReviewDue> dueForMe(int max) throws RecordException {
    ClinicPrincipal me = tenancy.requireRole(Role.THERAPIST);
    LocalDate today = LocalDate.now(clock.withZone(clinicZone()));
    return em
        .createNamedQuery("HomeProgram.reviewsDueOfTherapist", HomeProgram.class)
        .setParameter("today", today)
        .setParameter("accountId", me.accountId())
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(
            program ->
                new ReviewDue(
                    program.getPatient().getId(),
                    program.getPatient().getFullName(),
                    program.getTitle(),
                    program.getReviewOn()))
        .toList();
  }

  /**
   * Makes the next version of the reviewed program: each exercise with the proposed dosage, its
   * dosage as now, or the therapist's own values, active from today until the next review. The
   * proposals are worked out again here, never taken from the request.
   *
   * @param programVersionSeen the version of the active program the review was opened on
   * @param nextReview the next version's review date; null for the usual two weeks
   * @throws RecordException when the program changed since, a decision is missing or names an
   *     exercise not in the program, a changed dosage is not a dosage, or the date is refused
   */
  public HomeProgram decide(
      long patientId,
      long programVersionSeen,
      @NotNull List<ReviewDecision> decisions,
      LocalDate nextReview)
      throws RecordException {
    tenancy.requireRole(Role.THERAPIST);
    ProgramReview review = review(patientId);
    Map<Long, ReviewDecision> byItem = new HashMap<>();
    for (ReviewDecision decision : decisions) {
      if (decision == null
          || decision.choice() == null
          || byItem.put(decision.itemId(), decision) != null) {
        throw new RecordException("review.decisions");
      }
    }
    if (!byItem
        .keySet()
        .equals(new HashSet<>(review.exercises().stream().map(ExerciseReview::itemId).toList()))) {
      throw new RecordException("review.decisions");
    }
    HomeProgram program =
        programs
            .find(review.programId())
            .orElseThrow(() -> new RecordException("review.noProgram"));
    ProgramPlan plan = program.toPlan();
    for (int position = 0; position < review.exercises().size(); position++) {
      ExerciseReview exercise = review.exercises().get(position);
      plan.getItems().get(position).dose(chosen(exercise, byItem.get(exercise.itemId())));
    }
    return programs.replaceActive(
        review.programId(),
        programVersionSeen,
        plan,
        review.today(),
        nextReview == null ? review.nextReviewOn() : nextReview);
  }

  /**
   * The change in pain, the Oswestry index and the functional scale from the first to the latest
   * measure of each in the program's episode, whoever measured it: the therapist in a signed
   * assessment or the patient in a questionnaire sent (the review's own among them). A measure
   * taken once is left out.
   */
  private List<MeasuredChange> measured(HomeProgram program) throws RecordException {
    List<Measurement> read = questionnaires.measurementsIn(program.getEpisode());
    return Stream.of(
            change(
                "comparison.painNow",
                read,
                each -> each.pain() == null ? null : each.pain().doubleValue(),
                Measurement::painReading),
            change(
                "comparison.oswestry", read, Measurement::oswestry, Measurement::oswestryReading),
            change(
                "comparison.functionalScale",
                read,
                Measurement::functional,
                Measurement::functionalReading))
        .flatMap(Optional::stream)
        .toList();
  }

  private static Optional<MeasuredChange> change(
      String key,
      List<Measurement> read,
      Function<Measurement, Double> value,
      Function<Measurement, Progress.Reading> reading) {
    List<Measurement> measured = read.stream().filter(each -> value.apply(each) != null).toList();
    if (measured.size() < 2) {
      return Optional.empty();
    }
    Measurement last = measured.get(measured.size() - 1);
    return Optional.of(
        new MeasuredChange(
            key, value.apply(measured.get(0)), value.apply(last), reading.apply(last)));
  }

  private static Dosage chosen(ExerciseReview exercise, ReviewDecision decision)
      throws RecordException {
    return switch (decision.choice()) {
      case ACCEPT -> exercise.proposed();
      case KEEP_AS_NOW -> exercise.current();
      case CHANGE -> {
        Dosage.Builder changed = decision.changed(exercise.current());
        List<String> problems = changed.problems();
        if (!problems.isEmpty()) {
          throw new RecordException(problems.get(0));
        }
        yield changed.build();
      }
    };
  }

  private static Integer percent(int done, int planned) {
    return planned == 0 ? null : done * 100 / planned;
  }

  private ZoneId clinicZone() {
    return ZoneId.of(em.find(Clinic.class, tenancy.currentClinicId()).getTimeZone());
  }
}
