package org.clinicportal.program;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clinicportal.assessment.Assessment;
import org.clinicportal.assessment.Assessments;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.exercise.Exercise;
import org.clinicportal.exercise.ExerciseLibrary;
import org.clinicportal.exercise.ExerciseQuery;
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
 * The bound clinic's home programs: the suggestion from a signed assessment, drafts, activation
 * behind the medical-review gate, and new versions of active programs. Therapists prescribe.
 */
@Stateless
@TenantBound
public class HomePrograms {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Tenancy tenancy;
  @Inject private Event<ProgramActivated> activated;
  @Inject private Patients patients;
  @Inject private Assessments assessments;
  @Inject private ExerciseLibrary library;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Inject private Episodes episodes;

  /**
   * A first program for the patient from their latest signed assessment; only strengthening when
   * there is none.
   */
  public ProgramPlan suggest(long patientId, String title) throws RecordException {
    tenancy.requireRole(Role.THERAPIST);
    patient(patientId);
    List<Exercise> exercises = library.search(ExerciseQuery.everything());
    Optional<Assessment> latest =
        assessments.ofPatient(patientId).stream().filter(Assessment::isSigned).findFirst();
    if (latest.isEmpty()) {
      return ProgramSuggestion.from(List.of(), exercises, title);
    }
    Assessment assessment = assessments.find(latest.get().getId()).orElseThrow();
    return ProgramSuggestion.from(assessment.getTriggerPoints(), exercises, title);
  }

  /** Saves a plan as a new draft version of the patient's program. */
  public HomeProgram startDraft(long patientId, @NotNull @Valid ProgramPlan plan)
      throws RecordException {
    ClinicPrincipal therapist = tenancy.requireRole(Role.THERAPIST);
    Patient patient = patient(patientId);
    if (patient.isArchived()) {
      throw new RecordException("program.patientArchived");
    }
    Map<Long, Exercise> exercises = exercisesOf(plan);
    Integer last =
        em.createNamedQuery("HomeProgram.lastNumberOfPatient", Integer.class)
            .setParameter("patientId", patientId)
            .getSingleResult();
    Assessment basis =
        assessments.ofPatient(patientId).stream()
            .filter(Assessment::isSigned)
            .findFirst()
            .orElse(null);
    HomeProgram program =
        new HomeProgram(
            episodes.openFor(
                patient, LocalDate.now(clock.withZone(ZoneId.of(therapist.timeZone())))),
            last == null ? 1 : last + 1,
            basis,
            account(therapist),
            OffsetDateTime.now(clock));
    program.revise(plan.getTitle(), plan.getItems(), exercises);
    em.persist(program);
    audit.record(AuditAction.PROGRAM_DRAFTED, patientId);
    return program;
  }

  /** Saves a changed plan over a draft as it was when the form was opened. */
  public HomeProgram saveDraft(long programId, long versionSeen, @NotNull @Valid ProgramPlan plan)
      throws RecordException {
    tenancy.requireRole(Role.THERAPIST);
    HomeProgram program = draft(programId, versionSeen);
    program.revise(plan.getTitle(), plan.getItems(), exercisesOf(plan));
    em.lock(program, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return program;
  }

  /**
   * Makes a draft the patient's program from the start date; the review date defaults to two weeks
   * later. The program the patient followed until then is kept as an earlier version.
   *
   * @throws RecordException when the patient's latest assessment holds a program back
   */
  public HomeProgram activate(
      long programId, long versionSeen, LocalDate startsOn, LocalDate reviewOn)
      throws RecordException {
    tenancy.requireRole(Role.THERAPIST);
    HomeProgram program = draft(programId, versionSeen);
    long patientId = program.getPatient().getId();
    assessments.requireProgramMayStart(patientId);
    if (program.getItems().isEmpty()) {
      throw new RecordException("program.empty");
    }
    LocalDate today = LocalDate.now(clock);
    if (startsOn == null
        || startsOn.isBefore(today.minusYears(1))
        || startsOn.isAfter(today.plusYears(1))) {
      throw new RecordException("program.startsOn");
    }
    LocalDate review =
        reviewOn == null ? startsOn.plusDays(HomeProgram.DEFAULT_REVIEW_DAYS) : reviewOn;
    if (!review.isAfter(startsOn) || review.isAfter(startsOn.plusDays(365))) {
      throw new RecordException("program.reviewOn");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    active(patientId)
        .ifPresent(
            current -> {
              current.supersede(now);
              em.flush();
            });
    program.activate(startsOn, review, now);
    audit.record(AuditAction.PROGRAM_ACTIVATED, patientId);
    activated.fire(new ProgramActivated(patientId, program.getId()));
    return program;
  }

  /**
   * Opens the next version of the patient's active program as a draft; when one is open already,
   * that one is returned.
   */
  public HomeProgram revise(long activeProgramId) throws RecordException {
    ClinicPrincipal therapist = tenancy.requireRole(Role.THERAPIST);
    HomeProgram current = existing(activeProgramId);
    if (current.getStatus() != ProgramStatus.ACTIVE) {
      throw new RecordException("program.notActive");
    }
    Optional<HomeProgram> open =
        ofPatient(current.getPatient().getId()).stream().filter(HomeProgram::isDraft).findFirst();
    if (open.isPresent()) {
      return open.get();
    }
    HomeProgram next =
        HomeProgram.nextVersionOf(current, account(therapist), OffsetDateTime.now(clock));
    em.persist(next);
    audit.record(AuditAction.PROGRAM_DRAFTED, current.getPatient().getId());
    return next;
  }

  /**
   * Makes the next version of an active program at once, with the plan given, from the start date
   * to the review date: what a review decides. The active program must be as it was when the review
   * was opened; a draft of the next version that was open takes the plan given.
   *
   * @throws RecordException when the program is not active, or the plan or the dates are refused as
   *     the program editor refuses them
   */
  public HomeProgram replaceActive(
      long activeProgramId,
      long versionSeen,
      @NotNull @Valid ProgramPlan plan,
      LocalDate startsOn,
      LocalDate reviewOn)
      throws RecordException {
    tenancy.requireRole(Role.THERAPIST);
    HomeProgram current = existing(activeProgramId);
    if (current.getStatus() != ProgramStatus.ACTIVE) {
      throw new RecordException("program.notActive");
    }
    if (current.getVersion() != versionSeen) {
      throw new StaleRecordException();
    }
    HomeProgram next = revise(activeProgramId);
    next.revise(plan.getTitle(), plan.getItems(), exercisesOf(plan));
    em.flush();
    return activate(next.getId(), next.getVersion(), startsOn, reviewOn);
  }

  /** Saves what a program holds as one of the clinic's templates, under a name of its own. */
  public ProgramTemplate saveAsTemplate(long programId, String name) throws RecordException {
    ClinicPrincipal therapist = tenancy.requireRole(Role.THERAPIST);
    HomeProgram program = existing(programId);
    String title = name == null ? "" : name.trim();
    if (title.isEmpty() || title.length() > 120) {
      throw new RecordException("template.name");
    }
    if (program.getItems().isEmpty()) {
      throw new RecordException("program.empty");
    }
    boolean taken =
        !em.createNamedQuery("ProgramTemplate.findByName", ProgramTemplate.class)
            .setParameter("name", title)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new RecordException("template.nameTaken");
    }
    ProgramTemplate template =
        new ProgramTemplate(title, program, account(therapist), OffsetDateTime.now(clock));
    em.persist(template);
    return template;
  }

  /** The clinic's templates by name. */
  public List<ProgramTemplate> templates() throws RecordException {
    tenancy.requireRole(Role.THERAPIST, Role.CLINIC_ADMIN);
    return em.createNamedQuery("ProgramTemplate.findAll", ProgramTemplate.class).getResultList();
  }

  /** Opens a draft for the patient that starts from one of the clinic's templates. */
  public HomeProgram startFromTemplate(long patientId, long templateId) throws RecordException {
    tenancy.requireRole(Role.THERAPIST);
    ProgramTemplate template = em.find(ProgramTemplate.class, templateId);
    if (template == null) {
      throw new RecordException("template.notFound");
    }
    return startDraft(patientId, template.toPlan());
  }

  public void removeTemplate(long templateId) throws RecordException {
    tenancy.requireRole(Role.THERAPIST, Role.CLINIC_ADMIN);
    ProgramTemplate template = em.find(ProgramTemplate.class, templateId);
    if (template == null) {
      throw new RecordException("template.notFound");
    }
    em.remove(template);
  }

  /** Every version of the patient's program, newest first. */
  public List<HomeProgram> ofPatient(long patientId) throws RecordException {
    tenancy.requireRole(Role.THERAPIST, Role.CLINIC_ADMIN);
    return em.createNamedQuery("HomeProgram.findOfPatient", HomeProgram.class)
        .setParameter("patientId", patientId)
        .getResultList();
  }

  /** The program with its exercises; empty for an unknown id or another clinic's. */
  public Optional<HomeProgram> find(long id) throws RecordException {
    tenancy.requireRole(Role.THERAPIST, Role.CLINIC_ADMIN);
    Optional<HomeProgram> found = Optional.ofNullable(em.find(HomeProgram.class, id));
    found.ifPresent(program -> program.getItems().size());
    return found;
  }

  /** The program for someone opening it, which the audit trail records. */
  public Optional<HomeProgram> openProgram(long id) throws RecordException {
    Optional<HomeProgram> found = find(id);
    found.ifPresent(
        program -> audit.recordRead(AuditAction.PROGRAM_OPENED, program.getPatient().getId()));
    return found;
  }

  /** The patient's active program, if they follow one; empty for another clinic's patient too. */
  public Optional<HomeProgram> activeOf(long patientId) throws RecordException {
    tenancy.requireRole(Role.THERAPIST, Role.CLINIC_ADMIN);
    return active(patientId);
  }

  private Optional<HomeProgram> active(long patientId) {
    return em.createNamedQuery("HomeProgram.findActiveOfPatient", HomeProgram.class)
        .setParameter("patientId", patientId)
        .getResultStream()
        .findFirst();
  }

  private HomeProgram existing(long id) throws RecordException {
    return find(id).orElseThrow(() -> new RecordException("program.notFound"));
  }

  private HomeProgram draft(long id, long versionSeen) throws RecordException {
    HomeProgram program = existing(id);
    if (!program.isDraft()) {
      throw new RecordException("program.notDraft");
    }
    if (program.getVersion() != versionSeen) {
      throw new StaleRecordException();
    }
    return program;
  }

  private Patient patient(long patientId) throws RecordException {
    return patients.find(patientId).orElseThrow(() -> new RecordException("patient.notFound"));
  }

  /** The clinic's exercises the plan names, read in one query, after checking every dosage. */
  private Map<Long, Exercise> exercisesOf(ProgramPlan plan) throws RecordException {
    Set<Long> ids = new HashSet<>();
    for (ProgramPlan.Item item : plan.getItems()) {
      if (item.getExerciseId() == null || item.getPhase() == null) {
        throw new RecordException("program.exercise.unknown");
      }
      ids.add(item.getExerciseId());
    }
    Map<Long, Exercise> exercises = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createNamedQuery("Exercise.findByIds", Exercise.class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(exercise -> exercises.put(exercise.getId(), exercise));
    }
    for (ProgramPlan.Item item : plan.getItems()) {
      if (!exercises.containsKey(item.getExerciseId())) {
        throw new RecordException("program.exercise.unknown");
      }
      List<String> problems = item.problems();
      if (!problems.isEmpty()) {
        throw new RecordException(problems.get(0));
      }
    }
    return exercises;
  }

  private UserAccount account(ClinicPrincipal person) throws RecordException {
    UserAccount account = em.find(UserAccount.class, person.accountId());
    if (account == null || !account.isActive()) {
      throw new RecordException("access.refused");
    }
    return account;
  }
}
