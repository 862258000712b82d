package org.clinicportal.homecare;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.mail.Mail;
import org.clinicportal.mail.MailKind;
import org.clinicportal.mail.Outbox;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.PatientChanged;
import org.clinicportal.patient.Patients;
import org.clinicportal.platform.PortalAddress;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.TenantBound;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.program.ProgramActivated;
import org.clinicportal.reminder.ReminderChoices;
import org.clinicportal.reminder.ReminderSchedule;
import org.clinicportal.security.LinkSigner;

/**
 * The bound clinic's exercise reminders. A patient's reminders follow their active program's rounds
 * and days until the patient chooses their own; they go by mail, in the clinic's time zone, only to
 * an address the patient confirmed; the evening nudge goes only on a day with nothing logged. The
 * same reminders reach the patient's own calendar through a feed behind a secret link ({@link
 * CalendarFeeds}), and the weekly check-in is asked with them ({@link CheckIns}).
 *
 * <p>Longer than most services: following a program, walking the due times, the address check and
 * the stop links all change one plan under one schedule, and each message carries the links the
 * others check.
 */
@Stateless
@TenantBound
public class Reminders {

  /**
   * How long before its time a reminder alone is queued, to leave at that time: a minute in which
   * many patients are reminded is prepared over the five runs of the reminder job before it, each
   * taking a quarter of its minute at most. A nudge or a check-in is decided at its time.
   */
  static final Duration AHEAD = Duration.ofMinutes(5);

  /** How late a reminder may still go out after its time, when the portal was away. */
  static final Duration GRACE = Duration.ofHours(2);

  /** How long a link to confirm an address stays valid. */
  static final Duration ADDRESS_CHECK_VALID = Duration.ofDays(7);

  /** How long a stop link in a message keeps working. */
  static final Duration STOP_LINK_VALID = Duration.ofDays(365);

  static final String CONFIRM_PURPOSE = "address.confirm";

  /** How many passed times one run walks through per patient; a longer gap is walked next run. */
  private static final int MAX_STEPS = 50;

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private Tenancy tenancy;
  @Inject private Outbox outbox;
  @Inject private LinkSigner links;
  @Inject private PortalAddress portal;
  @Inject private Patients patients;
  @Inject private CheckIns checkIns;

  /**
   * A program has become active: the patient's reminders follow its rounds and days (unless the
   * patient chose their own), and a patient with an address not yet confirmed is asked to.
   */
  public void follow(@Observes ProgramActivated activated) {
    HomeProgram program = em.find(HomeProgram.class, activated.programId());
    int rounds =
        program.getItems().stream()
            .mapToInt(item -> item.getDosage().getTimesPerDay())
            .max()
            .orElse(1);
    int days =
        program.getItems().stream()
            .mapToInt(item -> item.getDosage().getDaysPerWeek())
            .max()
            .orElse(7);
    ReminderPlan plan =
        planOf(activated.patientId())
            .map(
                existing -> {
                  existing.choose(existing.choices().withProgramChanged(rounds, days));
                  return existing;
                })
            .orElseGet(
                () -> {
                  ReminderPlan made =
                      new ReminderPlan(
                          program.getPatient(), ReminderChoices.defaultsFor(rounds, days));
                  em.persist(made);
                  return made;
                });
    Instant now = clock.instant();
    addressCheckIfNew(plan, now).ifPresent(outbox::queue);
    reschedule(plan);
  }

  /**
   * A patient's record changed (an address, an archive): what was queued ahead for them is
   * withdrawn and their next reminder is prepared again from their record as it is now.
   */
  public void reconsider(@Observes PatientChanged changed) {
    planOf(changed.patientId()).ifPresent(this::reschedule);
  }

  /**
   * Queues the notice that a questionnaire is due, to leave at {@code at} and be withdrawn under
   * {@code topic} until then, when the patient confirmed an address and takes questions by mail (a
   * questionnaire shares the weekly check-in's switch and stop link). The notice is a link, no
   * question.
   *
   * @param path the page of the questionnaire, below the portal's address
   * @return whether a notice was queued
   */
  public boolean announceQuestions(
      long patientId, String causeKey, String path, Instant at, String topic) {
    Optional<ReminderPlan> plan =
        planOf(patientId)
            .filter(ReminderPlan::mayMail)
            .filter(found -> found.choices().isCheckInOn());
    if (plan.isEmpty()) {
      return false;
    }
    return outbox.queue(
        wordsFor(plan.get())
            .of(
                MailKind.QUESTIONNAIRE,
                causeKey,
                plan.get().getAddress(),
                clinic().getName(),
                portal.of(path),
                stopLink(plan.get(), MailKind.CHECK_IN, at))
            .heldUntil(at, topic));
  }

  /** The signed-in patient's reminders, or empty before their first program. */
  public Optional<ReminderPlan> mine() throws RecordException {
    return planOf(patients.signedIn().getId());
  }

  /**
   * The signed-in patient's own choice of reminders; their program's changes no longer move them.
   *
   * @throws RecordException {@code reminder.noPlan} before their first program
   */
  public ReminderPlan chooseMine(@NotNull ReminderChoices choices) throws RecordException {
    ReminderPlan plan = myPlan();
    plan.choose(choices);
    reschedule(plan);
    return plan;
  }

  private ReminderPlan myPlan() throws RecordException {
    return planOf(patients.signedIn().getId())
        .orElseThrow(() -> new RecordException("reminder.noPlan"));
  }

  /** The patient's reminders, if their program ever had any. */
  public Optional<ReminderPlan> planOf(long patientId) {
    return em.createNamedQuery("ReminderPlan.ofPatient", ReminderPlan.class)
        .setParameter("patientId", patientId)
        .getResultStream()
        .findFirst();
  }

  /**
   * Withdraws what was queued ahead for the patient and sets their next moment afresh from now,
   * after their choices or their record changed.
   */
  private void reschedule(ReminderPlan plan) {
    outbox.withdraw(topicOf(plan.getPatient().getId()));
    if (!plan.mayMail() || !plan.choices().isCheckInOn()) {
      outbox.withdrawUnder(questionsTopicOf(plan.getPatient().getId()));
    }
    ReminderSchedule schedule = scheduleOf(plan);
    moveOn(plan, schedule, schedule.nextAfter(clock.instant()).orElse(null));
  }

  private static void moveOn(ReminderPlan plan, ReminderSchedule schedule, Instant next) {
    plan.dueNext(next, next != null && schedule.remindsOnlyAt(next));
  }

  /**
   * The start of the topics under which a patient's questionnaire notices wait until their day:
   * each questionnaire's notice has its own topic below it, and all of them go when the patient
   * stops questions by mail or can no longer be mailed.
   */
  public static String questionsTopicOf(long patientId) {
    return "questions:" + patientId + ":";
  }

  /** The topic under which a patient's reminders wait in the outbox until they are sent. */
  static String topicOf(long patientId) {
    return "reminders:" + patientId;
  }

  /**
   * Queues the mail of every reminder whose time has come, and of every reminder alone due within
   * {@link #AHEAD}, held until its time, for at most {@code max} patients, and moves each past
   * those to its next time. A reminder more than {@link #GRACE} late is passed over.
   *
   * @return how many patients' reminders were moved on, and how many messages were queued
   */
  public DueRun queueDue(int max) {
    Instant now = clock.instant();
    Instant ahead = now.plus(AHEAD);
    List<ReminderPlan> due =
        em.createNamedQuery("ReminderPlan.due", ReminderPlan.class)
            .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
            .setParameter("ahead", OffsetDateTime.ofInstant(ahead, ZoneOffset.UTC))
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setMaxResults(max)
            .getResultList();
    ZoneId zone = zone();
    Map<Long, HomeProgram> programs = activePrograms(due);
    List<Mail> mails = new ArrayList<>();
    for (ReminderPlan plan : due) {
      ReminderSchedule schedule = new ReminderSchedule(plan.choices(), zone);
      Optional<HomeProgram> program = Optional.ofNullable(programs.get(plan.getPatient().getId()));
      Instant at = plan.getNextDueAt().toInstant();
      for (int step = 0;
          at != null && isDue(at, now, ahead, schedule) && step < MAX_STEPS;
          step++) {
        if (!at.isBefore(now.minus(GRACE))) {
          mails.addAll(mailsAt(plan, schedule, program, at.atZone(zone).toLocalDate(), at));
        }
        at = schedule.nextAfter(at).orElse(null);
      }
      moveOn(plan, schedule, at);
    }
    return new DueRun(due.size(), outbox.queueAll(mails));
  }

  private static boolean isDue(Instant at, Instant now, Instant ahead, ReminderSchedule schedule) {
    return !at.isAfter(now) || (!at.isAfter(ahead) && schedule.remindsOnlyAt(at));
  }

  /** What one batch of due reminders did: patients moved on, messages queued. */
  public record DueRun(int patients, int messages) {}

  /** The messages due for the patient at {@code at}: a reminder, a nudge, a check-in, or none. */
  private List<Mail> mailsAt(
      ReminderPlan plan,
      ReminderSchedule schedule,
      Optional<HomeProgram> program,
      LocalDate day,
      Instant at) {
    Patient patient = plan.getPatient();
    if (patient.isArchived()
        || program.isEmpty()
        || program.get().getStartsOn() == null
        || day.isBefore(program.get().getStartsOn())) {
      return List.of();
    }
    Optional<CheckIn> asked =
        schedule.checkInOn(day).map(ZonedDateTime::toInstant).filter(at::equals).isPresent()
            ? checkIns.ask(patient, program.get(), day, at)
            : Optional.empty();
    if (!plan.mayMail()) {
      return addressCheckIfNew(plan, at).stream().toList();
    }
    List<Mail> mails = new ArrayList<>();
    asked.ifPresent(checkIn -> mails.add(checkInMail(plan, checkIn, at)));
    if (schedule.remindersOn(day).stream().map(ZonedDateTime::toInstant).anyMatch(at::equals)) {
      mails.add(
          mail(plan, MailKind.REMINDER, "reminder:" + patient.getId() + ":" + at, at)
              .heldUntil(at, topicOf(patient.getId())));
    }
    if (schedule.nudgeOn(day).map(ZonedDateTime::toInstant).filter(at::equals).isPresent()
        && nothingLogged(patient.getId(), day)) {
      mails.add(mail(plan, MailKind.NUDGE, "nudge:" + patient.getId() + ":" + day, at));
    }
    return mails;
  }

  /** The patient's mail, in the language they read the portal in. */
  private CareMail wordsFor(ReminderPlan plan) {
    return CareMail.in(plan.getPatient().languageOr(clinic().getLanguage()));
  }

  private Mail mail(ReminderPlan plan, MailKind kind, String cause, Instant at) {
    return wordsFor(plan)
        .of(
            kind,
            cause,
            plan.getAddress(),
            clinic().getName(),
            portal.of("/patient/"),
            stopLink(plan, kind, at));
  }

  /** The check-in's question, with a link per possible answer of how many days. */
  private Mail checkInMail(ReminderPlan plan, CheckIn checkIn, Instant at) {
    String answer = portal.of(checkIns.answerPath(checkIn));
    return wordsFor(plan)
        .checkIn(
            "check-in:" + checkIn.getId(),
            plan.getAddress(),
            clinic().getName(),
            answer,
            stopLink(plan, MailKind.CHECK_IN, at));
  }

  private String stopLink(ReminderPlan plan, MailKind kind, Instant at) {
    return portal.of(
        "/mail/stop?t="
            + links.sign(
                stopPurpose(kind),
                tenancy.currentClinicId(),
                plan.getPatient().getId(),
                at.plus(STOP_LINK_VALID)));
  }

  /**
   * Starts confirming the patient's address when it is one no check was sent to.
   *
   * @return the confirmation request to send, if one is due
   */
  private Optional<Mail> addressCheckIfNew(ReminderPlan plan, Instant now) {
    Patient patient = plan.getPatient();
    String email = patient.getEmail();
    if (email == null
        || email.isBlank()
        || plan.mayMail()
        || email.strip().equalsIgnoreCase(plan.getAddress())) {
      return Optional.empty();
    }
    Instant expires = now.plus(ADDRESS_CHECK_VALID).truncatedTo(ChronoUnit.SECONDS);
    plan.checkAddress(email, expires);
    String confirm =
        portal.of(
            "/mail/confirm?t="
                + links.sign(CONFIRM_PURPOSE, tenancy.currentClinicId(), patient.getId(), expires));
    return Optional.of(
        wordsFor(plan)
            .of(
                MailKind.ADDRESS_CHECK,
                "address:" + patient.getId() + ":" + expires.getEpochSecond(),
                plan.getAddress(),
                clinic().getName(),
                confirm,
                null));
  }

  /**
   * Confirms the patient's address from the latest check link.
   *
   * @return whether it is confirmed now
   */
  public boolean confirmAddress(long patientId, Instant linkExpires) {
    return planOf(patientId)
        .map(plan -> plan.confirmAddress(linkExpires, clock.instant()))
        .orElse(false);
  }

  /** Stops one kind of mail for the patient; it stays stopped until they turn it on again. */
  public boolean stop(long patientId, MailKind kind) {
    Optional<ReminderPlan> found = planOf(patientId);
    found.ifPresent(
        plan -> {
          ReminderChoices.Changes change = plan.choices().change();
          switch (kind) {
            case REMINDER -> change.reminders(false);
            case NUDGE -> change.nudge(false);
            case CHECK_IN -> change.checkIn(false);
            default -> throw new IllegalArgumentException(kind + " cannot be stopped");
          }
          plan.choose(change.build());
          reschedule(plan);
        });
    return found.isPresent();
  }

  /** The purpose a stop link of this kind is signed for. */
  static String stopPurpose(MailKind kind) {
    return "stop." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private boolean nothingLogged(long patientId, LocalDate day) {
    boolean exercised =
        !em.createNamedQuery("ExerciseLog.ofPatientBetween", ExerciseLog.class)
            .setParameter("patientId", patientId)
            .setParameter("from", day)
            .setParameter("to", day)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    boolean wrote =
        em.createNamedQuery("JournalEntry.ofPatient", JournalEntry.class)
            .setParameter("patientId", patientId)
            .setMaxResults(1)
            .getResultStream()
            .anyMatch(entry -> entry.getSessionOn().equals(day));
    return !exercised && !wrote;
  }

  /** The active program of each patient of a batch who has one, by patient id, in one query. */
  private Map<Long, HomeProgram> activePrograms(List<ReminderPlan> plans) {
    if (plans.isEmpty()) {
      return Map.of();
    }
    return em.createNamedQuery("HomeProgram.findActiveOfPatients", HomeProgram.class)
        .setParameter("patientIds", plans.stream().map(plan -> plan.getPatient().getId()).toList())
        .getResultStream()
        .collect(
            Collectors.toMap(
                program -> program.getPatient().getId(), program -> program, (a, b) -> a));
  }

  private ReminderSchedule scheduleOf(ReminderPlan plan) {
    return new ReminderSchedule(plan.choices(), zone());
  }

  private ZoneId zone() {
    return ZoneId.of(clinic().getTimeZone());
  }

  private Clinic clinic() {
    return em.find(Clinic.class, tenancy.currentClinicId());
  }
}
